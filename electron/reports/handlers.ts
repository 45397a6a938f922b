import { ageingReport } from '../../db/reports/ageing';
import { defineHandlers } from '../ipc/router';

export const reportsHandlers = defineHandlers({
  'reports.ageing': (input, { ledger }) => ageingReport(ledger, input),
});
