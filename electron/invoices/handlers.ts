import {
  cancelInvoice,
  createDraft,
  creditCheck,
  deleteDraft,
  getDocument,
  issueDocument,
  listDocuments,
  updateDraft,
} from '../../db/invoices/invoices';
import { journalsForDocument } from '../../db/journal/journal';
import { defineHandlers } from '../ipc/router';

export const invoicesHandlers = defineHandlers({
  'invoices.list': (input, { ledger }) => listDocuments(ledger, input),
  'invoices.get': ({ id }, { ledger }) => getDocument(ledger, id),
  'invoices.createDraft': (input, { ledger, actor }) => createDraft(ledger, input, actor),
  'invoices.updateDraft': ({ id, draft }, { ledger, actor }) =>
    updateDraft(ledger, id, draft, actor),
  'invoices.deleteDraft': ({ id }, { ledger, actor }) => {
    deleteDraft(ledger, id, actor);
    return { deleted: true as const };
  },
  'invoices.creditCheck': ({ id }, { ledger }) => creditCheck(ledger, id),
  'invoices.issue': ({ id }, { ledger, actor }) => issueDocument(ledger, id, actor),
  'invoices.cancel': ({ id, ...options }, { ledger, actor }) =>
    cancelInvoice(ledger, id, options, actor),
  'invoices.journal': ({ id }, { ledger }) => journalsForDocument(ledger, id),
});
