import { BahiError } from '../../shared/result';
import { statementHtml } from '../documents/print/StatementDocument';
import { printedFile } from '../documents/print/printed-file';
import { defineHandlers } from '../ipc/router';
import { bulkStatementsScope, startBulkStatements } from './statement-bulk';
import { exportStatementWorkbook } from './statement-excel';
import { customerFileName, printableStatement } from './statement-printable';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const statementHandlers = defineHandlers({
  'reports.printStatement': async ({ format, ...q }, { ledger, renderPdf }) => {
    const statement = printableStatement(ledger, q);
    const name = customerFileName(statement.customer, 'statement', statement.periodLabel);
    return printedFile(statementHtml(statement), name, format, renderPdf);
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
