import { getCompany, setupCompany, updateCompany } from '../../db/company/company';
import { defineHandlers } from '../ipc/router';

export const companyHandlers = defineHandlers({
  'company.get': (_input, { ledger }) => getCompany(ledger),
  'company.setup': (input, { ledger, actor }) => setupCompany(ledger, input, actor),
  'company.update': (input, { ledger, actor }) => updateCompany(ledger, input, actor),
});
