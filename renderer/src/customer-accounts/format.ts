import { daysBetween, financialYearOf, type IsoDate } from '../../../shared/dates';
import { formatINR, paise } from '../../../shared/money';

const KIND_LABELS: Record<string, string> = {
  invoice: 'Invoice',
  credit_note: 'Credit note',
  debit_note: 'Debit note',
  opening_invoice: 'Opening invoice',
  receipt: 'Receipt',
  refund: 'Refund',
  write_off: 'Write-off',
  cheque_return: 'Cheque returned',
  instalment: 'Instalment',
  payment_plan: 'Payment plan',
};

/** The AR desk's name for a document kind. */
export const kindLabel = (kind: string | null): string =>
  kind ? (KIND_LABELS[kind] ?? kind) : 'Journal';

/** Invoices and notes open in the Invoices screen; everything else has its own view here. */
export const GST_KINDS: ReadonlySet<string> = new Set([
  'invoice',
  'credit_note',
  'debit_note',
  'opening_invoice',
]);

/** An amount in a debit or credit column: blank when nothing moved. */
export const column = (p: number): string => (p === 0 ? '' : formatINR(paise(p)));

export const inr = (p: number): string => formatINR(paise(p));

/** A running balance the way a ledger prints it: ₹12,34,567.00 Dr, or Cr when in credit. */
export function drCr(balance: number): string {
  if (balance === 0) return formatINR(paise(0));
  return `${formatINR(paise(Math.abs(balance)))} ${balance > 0 ? 'Dr' : 'Cr'}`;
}

/** Whole days past the due date as of `today`; 0 when not yet due or undated. */
export function daysOverdue(dueDate: string | null, today: string): number {
  if (!dueDate) return 0;
  return Math.max(0, daysBetween(dueDate as IsoDate, today as IsoDate));
}

/** The financial year holding `today`: the period an account opens on. */
export function defaultPeriod(today: string, startMonth = 4): { from: string; to: string } {
  const fy = financialYearOf(today as IsoDate, startMonth);
  return { from: fy.start, to: fy.end };
}

/** The later of two ISO dates: a default date never before the document it acts on. */
export const notBefore = (date: string, earliest: string): string =>
  date < earliest ? earliest : date;

/** Numbers, dates and document numbers stay on one line: they are read across, not down. */
export const NOWRAP = { whiteSpace: 'nowrap' } as const;
