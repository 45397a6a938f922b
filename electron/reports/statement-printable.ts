// A statement of account from the ledger, as the print pipeline and Excel want it: the company
// and customer as they head every printed document, the statement itself, and its file name.
import { requireCompany } from '../../db/company/company';
import { getCustomer } from '../../db/customers/customers';
import type { Ledger } from '../../db/ledger/open';
import { statementOf } from '../../db/reports/statement';
import { financialYearOf, type IsoDate } from '../../shared/dates';
import type { PrintableDocument, PrintableParty } from '../../shared/invoices/printable';
import type { StatementOfAccount } from '../../shared/reports/contract';
import { printableParty, printableSupplier } from '../invoices/printable';

export interface PrintableStatement {
  supplier: PrintableDocument['supplier'];
  customer: PrintableParty & { code: string };
  statement: StatementOfAccount;
  /** "2025-26" for a whole financial year, else "01-04-2025 to 30-09-2025" style ISO dates. */
  periodLabel: string;
}

/** The financial year's label when the period is exactly one, else the two dates. */
export function periodLabel(from: string, to: string, fyStartMonth = 4): string {
  const fy = financialYearOf(from as IsoDate, fyStartMonth);
  return fy.start === from && fy.end === to ? fy.label : `${from} to ${to}`;
}

export function printableStatement(
  ledger: Ledger,
  q: { customerId: number; from: string; to: string },
): PrintableStatement {
  const statement = statementOf(ledger, q);
  const c = getCustomer(ledger, q.customerId);
  const party = printableParty({
    name: c.name,
    gstin: c.gstin,
    pan: c.pan,
    address: c.billingAddress,
    stateCode: c.stateCode,
    email: c.email,
    phone: c.phone,
  });
  return {
    supplier: printableSupplier(ledger),
    customer: { ...party, code: c.code },
    statement,
    periodLabel: periodLabel(q.from, q.to, requireCompany(ledger).fyStartMonth),
  };
}

/** Characters Windows (or any file system) refuses in a name, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]+/g;

/** A file name safe on Windows: `CODE - Customer Name - statement 2025-26.pdf`. */
export function statementFileName(
  s: { customer: { code: string; name: string }; periodLabel: string },
  ext: 'pdf' | 'html' | 'xlsx',
): string {
  return `${customerFileName(s.customer, 'statement', s.periodLabel)}.${ext}`;
}

/** `CODE - Customer Name - what label`, every part cleaned of what Windows refuses; no extension. */
export function customerFileName(
  customer: { code: string; name: string },
  what: string,
  label: string,
): string {
  const clean = (t: string, max: number) =>
    t
      .replace(UNSAFE, '-')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, max)
      .replace(/[. ]+$/, '');
  const base = [clean(customer.code, 40), clean(customer.name, 80), what]
    .filter((p) => p !== '')
    .join(' - ');
  return `${base} ${clean(label, 40)}`;
}
