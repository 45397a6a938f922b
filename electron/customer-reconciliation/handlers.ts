import { compareCustomerLedger } from '../../db/customer-reconciliation/customer-reconciliation';
import type { Ledger } from '../../db/ledger/open';
import type { CompareInput } from '../../shared/customer-reconciliation/contract';
import { defineHandlers } from '../ipc/router';
import { download } from '../reports/mis-handlers';
import { comparisonWorkbook } from './excel';

async function compare(ledger: Ledger, input: Required<CompareInput>) {
  const { contentBase64, windowDays, ...q } = input;
  return compareCustomerLedger(
    ledger,
    { ...q, bytes: Buffer.from(contentBase64, 'base64') },
    { windowDays },
  );
}

export const customerReconciliationHandlers = defineHandlers({
  'customerReconciliation.compare': async (input, { ledger }) => {
    const { statement: _statement, ...result } = await compare(ledger, input);
    return result;
  },
  'customerReconciliation.exportExcel': async (input, { ledger }) => {
    const { statement, ...result } = await compare(ledger, input);
    return download(
      await comparisonWorkbook(ledger, result, {
        customerCode: statement.customer.code,
        from: input.from,
        to: input.to,
      }),
    );
  },
});
