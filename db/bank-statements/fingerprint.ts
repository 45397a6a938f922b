// Fingerprints make a re-import a no-op: the same statement line always hashes the same, wherever
// it sits in the file and whichever format it came in, and two identical genuine lines in one
// file (two ₹500 UPI credits from the same payer on one day) are told apart by their occurrence.
import { createHash } from 'node:crypto';
import type { ParsedLine, StatementLine } from './types';
import { normaliseText } from './values';

// Digits and masks only: "50200-0123 4567" and "5020001234567" are one account.
const normaliseAccount = (account: string) => account.toUpperCase().replace(/[^0-9A-Z*]/g, '');

function key(account: string, line: ParsedLine): string {
  return JSON.stringify([
    normaliseAccount(account),
    line.date,
    line.direction,
    line.amount,
    normaliseText(line.narration),
    normaliseText(line.reference),
    line.balance ?? null,
  ]);
}

export function fingerprintLines(account: string, lines: ParsedLine[]): StatementLine[] {
  const seen = new Map<string, number>();
  return lines.map((line) => {
    const k = key(account, line);
    const occurrence = (seen.get(k) ?? 0) + 1;
    seen.set(k, occurrence);
    const fingerprint = createHash('sha256')
      .update(`bahi-bank-line-v1\n${k}\n${String(occurrence)}`)
      .digest('hex');
    return { ...line, fingerprint };
  });
}
