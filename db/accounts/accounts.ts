import { prepared } from '../ledger/statements';
import type { Ledger } from '../ledger/open';

export type SystemAccount =
  'AR' | 'SALES' | 'OUTPUT_CGST' | 'OUTPUT_SGST' | 'OUTPUT_IGST' | 'ROUND_OFF' | 'OPENING';

/** The account Bahi posts to for a purpose; the chart is seeded by migration, so it exists. */
export function systemAccountId(ledger: Ledger, key: SystemAccount): number {
  const id = prepared(ledger.sqlite, 'select id from accounts where system_key = ?')
    .pluck()
    .get(key) as number | undefined;
  if (id === undefined) throw new Error(`The chart of accounts has no ${key} account`);
  return id;
}
