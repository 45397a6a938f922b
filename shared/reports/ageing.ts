// Ageing buckets: the same definitions for the screen, the CLI, Excel and the tests.
import { daysBetween, type IsoDate } from '../dates';

export type AgeingBasis = 'due' | 'document';

export interface Bucket {
  label: string;
  /** Days past the basis date, inclusive; null = open-ended. */
  from: number | null;
  to: number | null;
}

export const DEFAULT_BUCKETS = [30, 60, 90];

/**
 * Buckets from their upper limits, e.g. [30, 60, 90]: by due date "Not due", "1–30", "31–60",
 * "61–90", "Over 90"; by document date "0–30", "31–60", "61–90", "Over 90".
 */
export function bucketsOf(limits: number[], basis: AgeingBasis): Bucket[] {
  const sorted = [...new Set(limits)].sort((a, b) => a - b);
  const buckets: Bucket[] = [];
  let from = basis === 'due' ? 1 : 0;
  if (basis === 'due') buckets.push({ label: 'Not due', from: null, to: 0 });
  for (const to of sorted) {
    buckets.push({ label: `${from}–${to}`, from, to });
    from = to + 1;
  }
  buckets.push({ label: `Over ${from - 1}`, from, to: null });
  return buckets;
}

/** Which bucket an item `days` past its basis date falls in. */
export function bucketIndex(buckets: Bucket[], days: number): number {
  const i = buckets.findIndex(
    (b) => (b.from === null || days >= b.from) && (b.to === null || days <= b.to),
  );
  return i === -1 ? 0 : i;
}

/** Days past the basis date on the as-of date (negative = not yet due). */
export function ageInDays(
  asOf: string,
  item: { date: string; dueDate: string | null },
  basis: AgeingBasis,
): number {
  const from = basis === 'due' ? (item.dueDate ?? item.date) : item.date;
  return daysBetween(from as IsoDate, asOf as IsoDate);
}
