import { requireCompany } from '../../db/company/company';
import { compareCustomerLedger } from '../../db/customer-reconciliation/customer-reconciliation';
import type { Ledger } from '../../db/ledger/open';
import type {
  CompareInput,
  ConfirmationLetterInput,
} from '../../shared/customer-reconciliation/contract';
import { formatDateIndian, todayIso, type IsoDate } from '../../shared/dates';
import { printedFile } from '../documents/print/printed-file';
import { defineHandlers } from '../ipc/router';
import { download } from '../reports/mis-handlers';
import { customerFileName, printableStatement } from '../reports/statement-printable';
import { confirmationLetterHtml, letterReference } from './confirmation-letter';
import { comparisonWorkbook } from './excel';

async function compare(ledger: Ledger, input: Required<CompareInput>) {
  const { contentBase64, windowDays, ...q } = input;
  return compareCustomerLedger(
    ledger,
    { ...q, bytes: Buffer.from(contentBase64, 'base64') },
    { windowDays },
  );
}

type LetterQuery = Omit<Required<ConfirmationLetterInput>, 'format' | 'letterDate'> & {
  letterDate?: string | null | undefined;
};

/** The letter and the statement it encloses, read from the books; nothing is written. */
function confirmationLetter(ledger: Ledger, q: LetterQuery) {
  const statement = printableStatement(ledger, {
    customerId: q.customerId,
    from: q.from,
    to: q.asOf,
  });
  const { fyStartMonth } = requireCompany(ledger);
  const letter = {
    statement,
    reference: letterReference(statement.customer.code, q.asOf, fyStartMonth),
    letterDate: q.letterDate ?? todayIso(),
    replyDays: q.replyDays,
  };
  const name = customerFileName(
    statement.customer,
    'balance confirmation',
    formatDateIndian(q.asOf as IsoDate),
  );
  return { html: confirmationLetterHtml(letter), name };
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
  'customerReconciliation.confirmationLetter': async ({ format, ...q }, { ledger, renderPdf }) => {
    const { html, name } = confirmationLetter(ledger, q);
    return printedFile(html, name, format, renderPdf);
  },
});
