// Test support: statements written as HDFC downloads them, from lines in paise.
import { delimited, HEADERS } from '../bank-statements/testing';

export interface TestLine {
  date: string;
  narration: string;
  reference?: string;
  credit?: number;
  debit?: number;
}

const rupees = (p: number) => (p / 100).toFixed(2);
const ddmmyy = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(2, 4)}`;

/** An HDFC CSV with running balances from `opening` (paise). */
export function hdfcCsv(lines: TestLine[], opening = 0): string {
  let balance = opening;
  const rows = lines.map((l) => {
    balance += (l.credit ?? 0) - (l.debit ?? 0);
    return [
      ddmmyy(l.date),
      l.narration,
      l.reference ?? '',
      ddmmyy(l.date),
      l.debit ? rupees(l.debit) : '',
      l.credit ? rupees(l.credit) : '',
      rupees(balance),
    ];
  });
  return delimited([HEADERS.hdfc, ...rows]);
}

export const csvBytes = (text: string) => new TextEncoder().encode(text);
