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
import { printHtml } from '../documents/print/TaxDocument';
import { BahiError } from '../../shared/result';
import { defineHandlers } from '../ipc/router';
import { importOpeningFile } from './opening-import';
import { printableDocument } from './printable';
import { numberAsFileName, printedFile } from '../documents/print/printed-file';

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
  'invoices.issue': ({ id, override }, { ledger, actor }) =>
    issueDocument(ledger, id, actor, override ?? null),
  'invoices.cancel': ({ id, ...options }, { ledger, actor }) =>
    cancelInvoice(ledger, id, options, actor),
  'invoices.journal': ({ id }, { ledger }) => journalsForDocument(ledger, id),
  'invoices.print': async ({ id, copies, format }, { ledger, renderPdf }) => {
    const doc = printableDocument(ledger, id);
    const html = printHtml(doc, copies);
    return printedFile(html, numberAsFileName(doc.number), format, renderPdf);
  },
  'invoices.printDialog': async ({ id, copies }, { ledger, printWithDialog }) => {
    if (!printWithDialog) {
      throw new BahiError(
        'FORBIDDEN',
        'Printing to a printer needs the desktop app; save the PDF and print that',
        {
          field: 'id',
        },
      );
    }
    return { printed: await printWithDialog(printHtml(printableDocument(ledger, id), copies)) };
  },
  'invoices.importOpening': async (input, { ledger, actor }) =>
    importOpeningFile(ledger, {
      fileName: input.fileName,
      bytes: Buffer.from(input.contentBase64, 'base64'),
      dryRun: input.dryRun,
      actor,
    }),
});
