import { BahiError } from '../../shared/result';
import { prepared } from '../ledger/statements';
import { financialYearOf } from '../../shared/dates';
import type { CommandContext } from '../ledger/command';
import type { DocumentKind } from './schema';

export type SeriesKind = DocumentKind | 'estimate' | 'sales_order';

const PREFIX: Record<SeriesKind, string> = {
  invoice: 'INV',
  credit_note: 'CN',
  debit_note: 'DN',
  opening_invoice: 'OPN',
  estimate: 'EST',
  sales_order: 'SO',
  receipt: 'RCT',
  refund: 'RFD',
  write_off: 'WO',
  // A returned cheque carries its receipt's number, not one of its own.
  cheque_return: 'CHQ',
  instalment: 'INS',
  payment_plan: 'PLN',
};

/** CGST Rule 46(b): at most 16 characters of A–Z, 0–9, '-' and '/', not starting with 0, '-' or '/'. */
export const DOCUMENT_NUMBER_PATTERN = /^[A-Z1-9][A-Z0-9/-]{0,15}$/;

export function formatDocumentNumber(
  prefix: string,
  fyShort: string,
  n: number,
  digits: number,
): string {
  const number = `${prefix}/${fyShort}/${String(n).padStart(digits, '0')}`;
  if (!DOCUMENT_NUMBER_PATTERN.test(number)) {
    // Only a series that has run out of numbers gets here (the prefixes are ours): said so,
    // as a refusal, rather than as a failure the user cannot read.
    throw new BahiError(
      'CONFLICT',
      `The ${prefix} series for ${fyShort} has used every number that fits the 16 characters ` +
        `CGST Rule 46(b) allows (${number} is too long). Nothing was saved.`,
      { field: 'date' },
    );
  }
  return number;
}

/**
 * Take the next number of the series for this kind and financial year. Runs only inside the
 * issuing command's transaction: a failure rolls the counter back, so there is never a gap.
 */
export function takeNumber(
  cx: CommandContext,
  kind: SeriesKind,
  date: string,
  fyStartMonth: number,
): { seriesId: number; number: string } {
  const fy = financialYearOf(date as Parameters<typeof financialYearOf>[0], fyStartMonth);
  prepared(
    cx.sqlite,
    `insert into series (kind, financial_year, prefix) values (?, ?, ?)
       on conflict (kind, financial_year) do nothing`,
  ).run(kind, fy.label, PREFIX[kind]);
  const row = prepared(
    cx.sqlite,
    `update series set next_number = next_number + 1 where kind = ? and financial_year = ?
       returning id, prefix, next_number - 1 as n, digits`,
  ).get(kind, fy.label) as { id: number; prefix: string; n: number; digits: number };
  const fyShort = fy.label.length === 7 ? fy.label.slice(2) : fy.label; // 2025-26 → 25-26
  return { seriesId: row.id, number: formatDocumentNumber(row.prefix, fyShort, row.n, row.digits) };
}
