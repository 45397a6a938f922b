import { BahiError } from '../../shared/result';
import { statementHtml } from '../documents/print/StatementDocument';
import { defineHandlers } from '../ipc/router';
import { bulkStatementsScope, startBulkStatements } from './statement-bulk';
import { exportStatementWorkbook } from './statement-excel';
import { printableStatement, statementFileName } from './statement-printable';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const statementHandlers = defineHandlers({
  'reports.printStatement': async ({ format, ...q }, { ledger, renderPdf }) => {
    const statement = printableStatement(ledger, q);
    const html = statementHtml(statement);
    if (format === 'html') {
      return {
        fileName: statementFileName(statement, 'html'),
        mimeType: 'text/html',
        contentBase64: Buffer.from(html).toString('base64'),
      };
    }
    return {
      fileName: statementFileName(statement, 'pdf'),
      mimeType: 'application/pdf',
      contentBase64: (await renderPdf(html)).toString('base64'),
    };
  },
  'reports.printStatementDialog': async (q, { ledger, printWithDialog }) => {
    if (!printWithDialog) {
      throw new BahiError(
        'FORBIDDEN',
        'Printing to a printer needs the desktop app; save the PDF and print that',
        { field: 'customerId' },
      );
    }
    return { printed: await printWithDialog(statementHtml(printableStatement(ledger, q))) };
  },
  'reports.exportStatement': async (q, { ledger }) => {
    const { fileName, bytes } = await exportStatementWorkbook(ledger, q);
    return { fileName, mimeType: XLSX, contentBase64: bytes.toString('base64') };
  },
  'reports.bulkStatementsScope': ({ to }, { ledger }) => bulkStatementsScope(ledger, to),
  'reports.startBulkStatements': (q, ctx) => startBulkStatements(ctx, q),
});
