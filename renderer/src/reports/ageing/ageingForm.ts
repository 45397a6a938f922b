// The ageing screen's settings as typed, and the report query they make once they are valid.
import { todayIso } from '../../../../shared/dates';
import type { AgeingQueryInput } from '../../../../shared/reports/contract';
import { DEFAULT_BUCKETS } from '../../../../shared/reports/ageing';
import type { FieldErrors } from '../../api/errors';
import { dateText, parseDateText } from '../../ui/dates';
import { parseMoneyText } from '../../ui/money';

export type AgeingBasis = 'due' | 'document';
export type AgeingLevel = 'customer' | 'document';

export interface AgeingSort {
  key: string;
  dir: 'asc' | 'desc';
}

/** What the screen shows; the shell keeps it, so coming back from an invoice finds it as it was. */
export interface AgeingRoute {
  asOf: string;
  basis: AgeingBasis;
  buckets: string;
  level: AgeingLevel;
  customerGroup: string | null;
  salesperson: string | null;
  stateCode: string | null;
  minBalance: string;
  sort: AgeingSort | null;
  /** The customer whose documents are open in the drawer. */
  drill: { customerId: number; label: string } | null;
}

export const defaultAgeingRoute = (today: string = todayIso()): AgeingRoute => ({
  asOf: dateText(today),
  basis: 'due',
  buckets: DEFAULT_BUCKETS.join(', '),
  level: 'customer',
  customerGroup: null,
  salesperson: null,
  stateCode: null,
  minBalance: '',
  sort: null,
  drill: null,
});

export type BucketLimits = { ok: true; limits: number[] } | { ok: false; message: string };

/** "30, 60, 90" (commas or spaces, any order) → [30, 60, 90]; each a whole number of days. */
export function parseBuckets(text: string): BucketLimits {
  const parts = text
    .split(/[\s,;]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0)
    return { ok: false, message: 'Give bucket limits in days, e.g. 30, 60, 90' };
  const limits: number[] = [];
  for (const p of parts) {
    if (!/^\d+$/.test(p)) return { ok: false, message: `"${p}" is not a whole number of days` };
    const n = Number(p);
    if (n < 1) return { ok: false, message: 'A bucket ends after at least 1 day' };
    if (n > 3650) return { ok: false, message: 'A bucket can end at most 3650 days out' };
    if (limits.includes(n)) return { ok: false, message: `${n} is given twice` };
    limits.push(n);
  }
  if (limits.length > 12) return { ok: false, message: 'At most 12 bucket limits' };
  return { ok: true, limits: limits.sort((a, b) => a - b) };
}

/** The query the settings make, or the message under each field that stops it. */
export function ageingQueryOf(route: AgeingRoute): {
  query: AgeingQueryInput | null;
  errors: FieldErrors;
} {
  const errors: FieldErrors = {};
  // A date half typed is the date input's to judge when it is left; only a blank one is ours.
  const asOf = parseDateText(route.asOf, 'As-of date');
  if (asOf.ok && !asOf.iso) errors.asOf = 'Give the as-of date';
  const buckets = parseBuckets(route.buckets);
  if (!buckets.ok) errors.buckets = buckets.message;
  const min = parseMoneyText(route.minBalance, 'Minimum balance');
  if (!min.ok) errors.minBalance = min.message;
  if (!asOf.ok || !asOf.iso || !buckets.ok || !min.ok) return { query: null, errors };
  const query: AgeingQueryInput = {
    asOf: asOf.iso,
    basis: route.basis,
    buckets: buckets.limits,
    level: route.level,
  };
  if (route.customerGroup) query.customerGroup = route.customerGroup;
  if (route.salesperson) query.salesperson = route.salesperson;
  if (route.stateCode) query.stateCode = route.stateCode;
  if (min.paise !== null) query.minBalance = min.paise;
  return { query, errors };
}

/** A server error's field, as the screen names its inputs (`buckets.2` is the buckets box). */
export const screenField = (field: string) => (field.startsWith('buckets') ? 'buckets' : field);

export const filtersOn = (route: AgeingRoute) =>
  Boolean(route.customerGroup || route.salesperson || route.stateCode || route.minBalance.trim());

/** Sort rows by a value; text by the reader's order, numbers by size; ties keep their order. */
export function sortRows<T>(
  rows: readonly T[],
  sort: AgeingSort | null,
  valueOf: (row: T, key: string) => string | number | null,
): readonly T[] {
  if (!sort) return rows;
  const sign = sort.dir === 'asc' ? 1 : -1;
  const keyed = rows.map((row, i) => ({ row, i, v: valueOf(row, sort.key) }));
  keyed.sort((a, b) => {
    if (a.v === b.v) return a.i - b.i;
    if (a.v === null) return 1;
    if (b.v === null) return -1;
    const c =
      typeof a.v === 'number' && typeof b.v === 'number'
        ? a.v - b.v
        : String(a.v).localeCompare(String(b.v), 'en-IN', { numeric: true });
    return c === 0 ? a.i - b.i : c * sign;
  });
  return keyed.map((k) => k.row);
}

/** Clicking a header: ascending first (descending for amounts), then the other way. */
export function nextSort(current: AgeingSort | null, key: string, numeric: boolean): AgeingSort {
  if (current?.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: numeric ? 'desc' : 'asc' };
}
