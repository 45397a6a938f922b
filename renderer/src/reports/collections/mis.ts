// What the Collections & DSO screen shows, worked out apart from React: default periods, labels
// for periods and months, and short amounts for chart axes.
import { financialYearOf, formatDateIndian, type IsoDate } from '../../../../shared/dates';
import { formatINR, paise } from '../../../../shared/money';
import { monthEndOf, monthLabel } from '../../../../shared/reports/mis-contract';

export type GroupBy = 'day' | 'week' | 'month';

export const inr = (p: number) => formatINR(paise(p));

/** The financial year so far, as the Collections tab opens. */
export function yearToDate(today: string, fyStartMonth = 4) {
  return { from: financialYearOf(today as IsoDate, fyStartMonth).start as string, to: today };
}

/** The whole of the month `today` falls in, as the AR schedule opens. */
export const monthOf = (today: string) => ({
  from: `${today.slice(0, 7)}-01`,
  to: monthEndOf(today),
});

/** How a period of the collections report reads: a day, the week that Monday begins, a month. */
export function periodLabel(period: string, groupBy: GroupBy): string {
  if (groupBy === 'month') return monthLabel(period);
  const day = formatDateIndian(period as IsoDate);
  return groupBy === 'week' ? `Week of ${day}` : day;
}

/** The months the DSO tab offers, newest first: `count` months up to the current one. */
export function monthOptions(today: string, count = 36): { value: string; label: string }[] {
  let y = Number(today.slice(0, 4));
  let m = Number(today.slice(5, 7));
  const out: { value: string; label: string }[] = [];
  for (let i = 0; i < count; i++) {
    const value = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ value, label: monthLabel(value) });
    if (--m === 0) {
      m = 12;
      y--;
    }
  }
  return out;
}

/** A short amount for a chart axis: ₹950, ₹12.5 K, ₹3.4 L, ₹1.2 Cr (display only). */
export function compactINR(p: number): string {
  const rupees = p / 100;
  const abs = Math.abs(rupees);
  const sign = rupees < 0 ? '−' : '';
  const short = (n: number, unit: string) =>
    `${sign}₹${n.toFixed(n >= 100 ? 0 : 1).replace(/\.0$/, '')} ${unit}`;
  if (abs >= 1_00_00_000) return short(abs / 1_00_00_000, 'Cr');
  if (abs >= 1_00_000) return short(abs / 1_00_000, 'L');
  if (abs >= 1_000) return short(abs / 1_000, 'K');
  return `${sign}₹${Math.round(abs)}`;
}

/** Days of DSO as shown: one decimal, or a dash where there were no credit sales. */
export const days = (d: number | null) => (d === null ? '—' : d.toFixed(1));
