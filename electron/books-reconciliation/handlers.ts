import { controlReport } from '../../db/books-reconciliation/control';
import {
  compareBalances,
  importTallyOutstanding,
  setExternalBalance,
} from '../../db/books-reconciliation/external';
import { defineHandlers } from '../ipc/router';
import { download } from '../reports/mis-handlers';
import { booksReconciliationWorkbook } from './excel';

export const booksReconciliationHandlers = defineHandlers({
  'booksReconciliation.control': ({ asOf, deep }, { ledger }) => controlReport(ledger, asOf, deep),
  'booksReconciliation.importTally': ({ contentBase64, ...input }, { ledger, actor }) =>
    importTallyOutstanding(
      ledger,
      { ...input, bytes: Buffer.from(contentBase64, 'base64') },
      actor,
    ),
  'booksReconciliation.setBalance': (input, { ledger, actor }) =>
    setExternalBalance(ledger, input, actor),
  'booksReconciliation.compare': (q, { ledger }) => compareBalances(ledger, q),
  'booksReconciliation.exportExcel': async (q, { ledger }) =>
    download(await booksReconciliationWorkbook(ledger, q)),
});
