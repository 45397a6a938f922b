import { importStatement, rememberedMapping } from '../../db/bank-reconciliation/import';
import {
  acceptAbove,
  acceptMatch,
  createReceiptFromLine,
  matchedLines,
  suggestionsFor,
  unmatch,
  unmatchedQueue,
} from '../../db/bank-reconciliation/matches';
import { bankReconciliation } from '../../db/bank-reconciliation/statement';
import { statementColumns } from '../../db/bank-statements/columns';
import { getBankAccount } from '../../db/receipts/bank-accounts';
import { defineHandlers } from '../ipc/router';

export const bankReconciliationHandlers = defineHandlers({
  'bankReconciliation.import': ({ contentBase64, ...input }, { ledger, actor }) =>
    importStatement(ledger, { ...input, bytes: Buffer.from(contentBase64, 'base64') }, actor),
  'bankReconciliation.columns': async ({ bankAccountId, contentBase64 }, { ledger }) => {
    const bank = getBankAccount(ledger, bankAccountId);
    const columns = await statementColumns(Buffer.from(contentBase64, 'base64'));
    return { ...columns, remembered: rememberedMapping(ledger, bank.id) };
  },
  'bankReconciliation.suggestions': ({ bankAccountId }, { ledger }) =>
    suggestionsFor(ledger, bankAccountId),
  'bankReconciliation.matched': ({ bankAccountId }, { ledger }) =>
    matchedLines(ledger, bankAccountId),
  'bankReconciliation.match': (input, { ledger, actor }) => acceptMatch(ledger, input, actor),
  'bankReconciliation.acceptAbove': (input, { ledger, actor }) => acceptAbove(ledger, input, actor),
  'bankReconciliation.unmatch': (input, { ledger, actor }) => unmatch(ledger, input, actor),
  'bankReconciliation.createReceipt': (input, { ledger, actor }) =>
    createReceiptFromLine(ledger, input, actor),
  'bankReconciliation.queue': ({ bankAccountId, asOf }, { ledger }) =>
    unmatchedQueue(ledger, bankAccountId, asOf),
  'bankReconciliation.statement': ({ bankAccountId, asOf }, { ledger }) =>
    bankReconciliation(ledger, bankAccountId, asOf),
});
