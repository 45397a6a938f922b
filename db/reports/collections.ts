// Collections MIS: money in by period, mode and customer; DSO by month; the month's AR schedule;
// and what should come in over the next weeks. Every figure comes from documents and the journal.
import Decimal from 'decimal.js';
import type {
  ArSchedule,
  CollectionsReport,
  DsoReport,
  ForecastReport,
} from '../../shared/reports/contract';
import { forecastFrom, weekOf } from '../../shared/reports/forecast';
import { predictPayments } from '../credit/appraisal';
import { disputedAsOf } from '../disputes/disputes';
import { prepared } from '../ledger/statements';
import type { Ledger } from '../ledger/open';
import { listPromises } from '../promises/promises';
import { arControlAsOf, openItemsAsOf } from './ageing';

const periodOf = (date: string, by: 'day' | 'week' | 'month') =>
  by === 'day' ? date : by === 'week' ? weekOf(date) : date.slice(0, 7);

interface Movement {
  date: string;
  customerId: number;
  code: string;
  name: string;
  mode: string;
  received: number;
  tds: number;
}

/**
 * Receipts dated in the period count on their date; a cheque that came back counts against
 * the day it came back, so a closed month's figures never change.
 */
export function collections(
  ledger: Ledger,
  q: { from: string; to: string; groupBy: 'day' | 'week' | 'month' },
): CollectionsReport {
  const rows = prepared(
    ledger.sqlite,
    `select d.date, d.customer_id as customerId, c.code, c.name, r.mode,
         case when d.kind = 'receipt' then r.amount else -r.amount end as received,
         case when d.kind = 'receipt' then r.tds_amount else -r.tds_amount end as tds
       from documents d
       join customers c on c.id = d.customer_id
       join receipt_details r on r.document_id = case when d.kind = 'receipt' then d.id else
         (select a.credit_document_id from allocations a where a.debit_document_id = d.id limit 1) end
       where d.status = 'issued' and d.kind in ('receipt', 'cheque_return') and d.date between @from and @to
       order by d.date, d.id`,
  ).all(q) as Movement[];
  const group = <K extends string>(key: (m: Movement) => K) => {
    const map = new Map<K, { received: number; tds: number; count: number; first: Movement }>();
    for (const m of rows) {
      const k = key(m);
      const g = map.get(k) ?? { received: 0, tds: 0, count: 0, first: m };
      g.received += m.received;
      g.tds += m.tds;
      g.count += m.received >= 0 ? 1 : 0;
      map.set(k, g);
    }
    return map;
  };
  const byPeriod = [...group((m) => periodOf(m.date, q.groupBy)).entries()].map(([period, g]) => ({
    period,
    received: g.received,
    tds: g.tds,
    total: g.received + g.tds,
    receipts: g.count,
  }));
  const byMode = [...group((m) => m.mode).entries()]
    .map(([mode, g]) => ({ mode, received: g.received, receipts: g.count }))
    .sort((a, b) => b.received - a.received);
  const byCustomer = [...group((m) => String(m.customerId)).values()]
    .map((g) => ({
      customerId: g.first.customerId,
      customerCode: g.first.code,
      customerName: g.first.name,
      received: g.received,
      tds: g.tds,
      total: g.received + g.tds,
      receipts: g.count,
    }))
    .sort((a, b) => b.total - a.total);
  const received = rows.reduce((s, m) => s + m.received, 0);
  const tds = rows.reduce((s, m) => s + m.tds, 0);
  return {
    from: q.from,
    to: q.to,
    groupBy: q.groupBy,
    byPeriod,
    byMode,
    byCustomer,
    totals: { received, tds, total: received + tds },
  };
}

const monthEnd = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};
const daysIn = (month: string) => Number(monthEnd(month).slice(8));
const previousMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

/** Credit sales of a month: invoices and debit notes less credit notes, GST included (as AR is). */
function salesOf(ledger: Ledger, month: string): number {
  return prepared(
    ledger.sqlite,
    `select coalesce(sum(case when kind = 'credit_note' then -total else total end), 0) from documents
       where status = 'issued' and kind in ('invoice', 'debit_note', 'credit_note')
         and date between ? and ?`,
  )
    .pluck()
    .get(`${month}-01`, monthEnd(month)) as number;
}

const oneDecimal = (d: Decimal) => d.toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toNumber();

/**
 * DSO per month. Simple: closing AR ÷ the month's credit sales × days in the month. Countback:
 * walk back month by month, taking each month's sales out of closing AR, counting whole months
 * and the fraction of the last one — the figure that does not swing with one big month.
 */
export function dso(ledger: Ledger, q: { to: string; months: number }): DsoReport {
  const last = q.to.slice(0, 7);
  const months: string[] = [];
  for (let m = last, i = 0; i < q.months; i++, m = previousMonth(m)) months.unshift(m);
  const sales = new Map<string, number>();
  const salesFor = (m: string) => {
    if (!sales.has(m)) sales.set(m, salesOf(ledger, m));
    return sales.get(m)!;
  };
  const rows = months.map((month) => {
    const closingAr = arControlAsOf(ledger, monthEnd(month));
    const monthSales = salesFor(month);
    const simple =
      monthSales > 0 ? oneDecimal(new Decimal(closingAr).div(monthSales).mul(daysIn(month))) : null;
    let remaining = new Decimal(Math.max(closingAr, 0));
    let days = new Decimal(0);
    let m = month;
    for (let back = 0; back < 24 && remaining.gt(0); back++, m = previousMonth(m)) {
      const s = salesFor(m);
      if (s <= 0) {
        days = days.add(daysIn(m));
        continue;
      }
      if (remaining.gte(s)) {
        days = days.add(daysIn(m));
        remaining = remaining.sub(s);
      } else {
        days = days.add(remaining.div(s).mul(daysIn(m)));
        remaining = new Decimal(0);
      }
    }
    return { month, sales: monthSales, closingAr, simple, countback: oneDecimal(days) };
  });
  return { to: q.to, months: rows };
}

/**
 * The AR schedule for a period, per customer, from the journal's AR lines by the kind of
 * document that posted them: opening + invoiced − credit notes − collected + adjustments = closing.
 * A payment plan moves invoices into instalments: both sides are adjustments, netting to zero.
 */
export function arSchedule(ledger: Ledger, q: { from: string; to: string }): ArSchedule {
  const rows = prepared(
    ledger.sqlite,
    `select c.id as customerId, c.code as customerCode, c.name as customerName,
         coalesce(sum(case when j.date < @from then l.debit - l.credit end), 0) as opening,
         coalesce(sum(case when j.date >= @from and d.kind in ('invoice', 'debit_note', 'opening_invoice')
           then l.debit - l.credit end), 0) as invoiced,
         coalesce(sum(case when j.date >= @from and d.kind = 'credit_note' then l.credit - l.debit end), 0) as creditNotes,
         coalesce(sum(case when j.date >= @from and d.kind in ('receipt', 'cheque_return')
           then l.credit - l.debit end), 0) as collected,
         coalesce(sum(case when j.date >= @from and (d.kind is null or d.kind in ('write_off', 'refund', 'payment_plan', 'instalment'))
           then l.debit - l.credit end), 0) as adjustments,
         coalesce(sum(l.debit - l.credit), 0) as closing
       from journal_lines l
       join journals j on j.id = l.journal_id
       join accounts a on a.id = l.account_id and a.system_key = 'AR'
       join customers c on c.id = l.customer_id
       left join documents d on d.id = j.document_id
       where j.date <= @to
       group by c.id
       having opening <> 0 or closing <> 0 or invoiced <> 0 or collected <> 0 or creditNotes <> 0 or adjustments <> 0
       order by c.name, c.code`,
  ).all(q) as ArSchedule['rows'];
  const sum = (k: keyof ArSchedule['totals']) => rows.reduce((s, r) => s + r[k], 0);
  return {
    from: q.from,
    to: q.to,
    rows,
    totals: {
      opening: sum('opening'),
      invoiced: sum('invoiced'),
      creditNotes: sum('creditNotes'),
      collected: sum('collected'),
      adjustments: sum('adjustments'),
      closing: sum('closing'),
    },
    arControl: arControlAsOf(ledger, q.to),
  };
}

/**
 * What should come in over the next weeks: each open item by its due date, and by the date it is
 * expected — promised, or predicted from the customer's own history — with disputes set aside.
 */
export function forecast(ledger: Ledger, q: { asOf: string; weeks: number }): ForecastReport {
  const disputed = disputedAsOf(ledger, q.asOf);
  const predicted = new Map(
    predictPayments(ledger, { asOf: q.asOf }).map((p) => [p.documentId, p.predictedOn]),
  );
  const items = openItemsAsOf(ledger, q.asOf)
    .filter((i) => i.side === 'debit')
    .map((i) => {
      const dueOn = i.dueDate ?? i.date;
      return {
        documentId: i.documentId,
        customerId: i.customerId,
        dueOn,
        open: i.open,
        disputed: disputed.get(i.documentId) ?? 0,
        predictedOn: predicted.get(i.documentId) ?? (dueOn < q.asOf ? q.asOf : dueOn),
      };
    });
  const promises = listPromises(ledger, { asOf: q.asOf, status: 'pending' }).map((p) => ({
    customerId: p.customerId,
    outstanding: Math.max(0, p.amount - p.received),
    promisedOn: p.promisedOn,
    documentIds: p.invoices.map((d) => d.id),
  }));
  return forecastFrom(q.asOf, q.weeks, items, promises);
}
