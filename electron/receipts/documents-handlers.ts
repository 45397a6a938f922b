import { BahiError } from '../../shared/result';
import { receiptHtml } from '../documents/print/ReceiptDocument';
import { defineHandlers } from '../ipc/router';
import { receiptConfirmation } from './confirmation';
import { importReceiptsFile } from './import';
import { printableReceipt } from './printable';

export const receiptDocumentsHandlers = defineHandlers({
  'receipts.print': async ({ id, format }, { ledger, renderPdf }) => {
    const receipt = printableReceipt(ledger, id);
    const html = receiptHtml(receipt);
    const base = receipt.number.replace(/[^A-Za-z0-9-]+/g, '-');
    if (format === 'html') {
      return {
        fileName: `${base}.html`,
        mimeType: 'text/html',
        contentBase64: Buffer.from(html).toString('base64'),
      };
    }
    const pdf = await renderPdf(html);
    return {
      fileName: `${base}.pdf`,
      mimeType: 'application/pdf',
      contentBase64: pdf.toString('base64'),
    };
  },
  'receipts.printDialog': async ({ id }, { ledger, printWithDialog }) => {
    if (!printWithDialog) {
      throw new BahiError(
        'FORBIDDEN',
        'Printing to a printer needs the desktop app; save the PDF and print that',
        { field: 'id' },
      );
    }
    return { printed: await printWithDialog(receiptHtml(printableReceipt(ledger, id))) };
  },
  'receipts.confirmation': ({ id }, { ledger }) => receiptConfirmation(ledger, id),
  'receipts.import': (input, { ledger, actor }) =>
    importReceiptsFile(ledger, {
      fileName: input.fileName,
      bytes: Buffer.from(input.contentBase64, 'base64'),
      dryRun: input.dryRun,
      actor,
    }),
});
