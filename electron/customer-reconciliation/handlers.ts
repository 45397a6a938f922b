import { compareCustomerLedger } from '../../db/customer-reconciliation/customer-reconciliation';
import { defineHandlers } from '../ipc/router';

export const customerReconciliationHandlers = defineHandlers({
  'customerReconciliation.compare': async ({ contentBase64, windowDays, ...q }, { ledger }) => {
    const { statement: _statement, ...result } = await compareCustomerLedger(
      ledger,
      { ...q, bytes: Buffer.from(contentBase64, 'base64') },
      { windowDays },
    );
    return result;
  },
});
