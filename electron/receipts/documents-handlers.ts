import { BahiError } from '../../shared/result';
import { receiptHtml } from '../documents/print/ReceiptDocument';
import { defineHandlers } from '../ipc/router';
import { receiptConfirmation } from './confirmation';
import { importReceiptsFile } from './import';
import { printableReceipt } from './printable';
import { numberAsFileName, printedFile } from '../documents/print/printed-file';

export const receiptDocumentsHandlers = defineHandlers({
  'receipts.print': async ({ id, format }, { ledger, renderPdf }) => {
    const receipt = printableReceipt(ledger, id);
    const html = receiptHtml(receipt);
    return printedFile(html, numberAsFileName(receipt.number), format, renderPdf);
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
