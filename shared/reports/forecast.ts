// The collection forecast, week by week: what falls due (the invoices' own dates) beside what is
// expected to come in — on the promised date for what a customer promised, on the date their own
// history predicts for the rest — with what is in dispute left out until it is resolved.
import { addDays, daysBetween, type IsoDate } from '../dates';
import type { ForecastReport } from './contract';

export interface ForecastItem {
  documentId: number;
  customerId: number;
  /** The due date, or the document date when it has none. */
  dueOn: string;
  /** Open on the as-of date, paise, > 0. */
  open: number;
  /** In dispute on the as-of date, paise (may exceed what is open; only the open part counts). */
  disputed: number;
  /** When the customer's history says it will be paid; never before the as-of date. */
  predictedOn: string;
}

export interface ForecastPromise {
  customerId: number;
  /** Promised and not yet received, paise. */
  outstanding: number;
  promisedOn: string;
  /** The invoices it names; empty when it is against the account (oldest due first). */
  documentIds: number[];
}

/** Monday of the week `date` falls in (weeks run Monday to Sunday). */
export function weekOf(date: string): string {
  const back = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(date as IsoDate, -back);
}

export function forecastFrom(
  asOf: string,
  weekCount: number,
  items: readonly ForecastItem[],
  promises: readonly ForecastPromise[],
): ForecastReport {
  const start = weekOf(asOf);
  const weeks = Array.from({ length: weekCount }, (_, i) => {
    const weekStart = addDays(start as IsoDate, i * 7);
    return {
      weekStart,
      weekEnd: addDays(weekStart, 6),
      due: 0,
      dueInvoices: 0,
      expected: 0,
      promised: 0,
    };
  });
  const lastEnd = weeks.at(-1)?.weekEnd ?? addDays(start as IsoDate, -1);
  const weekAt = (date: string) =>
    date > lastEnd
      ? undefined
      : weeks[Math.floor(daysBetween(start as IsoDate, date as IsoDate) / 7)];
  const overdue = { amount: 0, invoices: 0 };
  const later = { due: 0, expected: 0, promised: 0 };
  let disputed = 0;

  const expect = (amount: number, on: string, promised: boolean) => {
    if (amount === 0) return;
    const w = weekAt(on < asOf ? asOf : on);
    const into = w ?? later;
    into.expected += amount;
    if (promised) into.promised += amount;
  };

  // What is left to expect of each item once its dispute is set aside.
  const left = new Map<number, number>();
  const byCustomer = new Map<number, ForecastItem[]>();
  for (const item of [...items].sort(byDue)) {
    if (item.dueOn < asOf) {
      overdue.amount += item.open;
      overdue.invoices++;
    } else {
      const w = weekAt(item.dueOn);
      if (w) {
        w.due += item.open;
        w.dueInvoices++;
      } else later.due += item.open;
    }
    const inDispute = Math.min(item.disputed, item.open);
    disputed += inDispute;
    left.set(item.documentId, item.open - inDispute);
    const list = byCustomer.get(item.customerId) ?? [];
    list.push(item);
    byCustomer.set(item.customerId, list);
  }

  // A promise covers the invoices it names, or the account oldest due first, up to what is open.
  const ordered = [...promises].sort(
    (a, b) => a.promisedOn.localeCompare(b.promisedOn) || a.customerId - b.customerId,
  );
  for (const p of ordered) {
    const named = new Set(p.documentIds);
    let rest = p.outstanding;
    for (const item of byCustomer.get(p.customerId) ?? []) {
      if (rest === 0) break;
      if (named.size > 0 && !named.has(item.documentId)) continue;
      const take = Math.min(rest, left.get(item.documentId) ?? 0);
      left.set(item.documentId, (left.get(item.documentId) ?? 0) - take);
      rest -= take;
      expect(take, p.promisedOn, true);
    }
  }

  for (const item of items) expect(left.get(item.documentId) ?? 0, item.predictedOn, false);
  return { asOf, overdue, weeks, later, disputed };
}

const byDue = (a: ForecastItem, b: ForecastItem) =>
  a.dueOn.localeCompare(b.dueOn) || a.documentId - b.documentId;

/** One line of the forecast as screen and workbook show it; a blank is null. */
export interface ForecastLine {
  key: string;
  line: string;
  from: string | null;
  to: string | null;
  due: number;
  dueInvoices: number | null;
  expected: number | null;
  promised: number | null;
}

/** Overdue first (already late, so expected from today on), each week, then whatever is later. */
export function forecastLines(r: ForecastReport): ForecastLine[] {
  const lastEnd = r.weeks.at(-1)?.weekEnd ?? r.asOf;
  return [
    {
      key: 'overdue',
      line: 'Overdue',
      from: null,
      to: addDays(r.asOf as IsoDate, -1),
      due: r.overdue.amount,
      dueInvoices: r.overdue.invoices,
      expected: null,
      promised: null,
    },
    ...r.weeks.map((w, i) => ({
      key: w.weekStart,
      line: `Week ${i + 1}`,
      from: w.weekStart,
      to: w.weekEnd,
      due: w.due,
      dueInvoices: w.dueInvoices,
      expected: w.expected,
      promised: w.promised,
    })),
    {
      key: 'later',
      line: 'Later',
      from: addDays(lastEnd as IsoDate, 1),
      to: null,
      due: r.later.due,
      dueInvoices: null,
      expected: r.later.expected,
      promised: r.later.promised,
    },
  ];
}
