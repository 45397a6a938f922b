import {
  creditNotesAgainst,
  listDisputes,
  raiseDispute,
  resolveDispute,
  updateDispute,
} from '../../db/disputes/disputes';
import { defineHandlers } from '../ipc/router';

export const disputesHandlers = defineHandlers({
  'disputes.list': (q, { ledger }) => listDisputes(ledger, q),
  'disputes.raise': (input, { ledger, actor }) => raiseDispute(ledger, input, actor),
  'disputes.update': ({ id, ...values }, { ledger, actor }) =>
    updateDispute(ledger, id, values, actor),
  'disputes.creditNotes': ({ documentId }, { ledger }) => creditNotesAgainst(ledger, documentId),
  'disputes.resolve': (input, { ledger, actor }) => resolveDispute(ledger, input, actor),
});
