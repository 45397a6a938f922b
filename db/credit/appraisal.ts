// Credit appraisal: a payment-behaviour score from each customer's own history as of a date,
// a grade and a suggested limit; and when each open invoice is likely to be paid.
import { addDays, daysBetween, todayIso, type IsoDate } from '../../shared/dates';
import type { Appraisal, CreditGrade, PredictedPayment } from '../../shared/credit/contract';
import type { Ledger } from '../ledger/open';
import { customersById } from '../customers/customers';
import { openItemsAsOf } from '../reports/ageing';
import { prepared } from '../ledger/statements';
import { listPromises } from '../promises/promises';
import { openBalanceOf, unbilledOrdersOf } from './credit';

export interface Behaviour {
  avgDaysLate: number;
  shareLate: number;
  bouncedCheques: number;
  /** Disputed invoices ÷ invoices. */
  disputedShare: number;
  brokenPromises: number;
}

/**
 * Score = 100 − min(40, avg days late) − 20 × share paid late − min(15, 5 × bounced cheques)
 *         − min(15, 30 × share of invoices disputed) − min(10, 5 × broken promises).
 * Days late are amount-weighted; an item still open past due counts the days so far.
 */
export function behaviourScore(b: Behaviour): number {
  const score =
    100 -
    Math.min(40, b.avgDaysLate) -
    20 * b.shareLate -
    Math.min(15, 5 * b.bouncedCheques) -
    Math.min(15, 30 * b.disputedShare) -
    Math.min(10, 5 * b.brokenPromises);
  return Math.round(Math.max(0, score) * 10) / 10;
}

export function gradeOf(score: number): CreditGrade {
  return score >= 85 ? 'A' : score >= 70 ? 'B' : score >= 55 ? 'C' : score >= 40 ? 'D' : 'E';
}

const GRADE_FACTOR: Record<CreditGrade, number> = { A: 1, B: 0.75, C: 0.5, D: 0.25, E: 0 };

/**
 * Suggested limit = monthly sales × (credit days + avg days late) ÷ 30 × grade factor
 * (A 1, B 0.75, C 0.5, D 0.25, E 0): what the customer really carries, trimmed for risk,
 * rounded down to ₹1,000.
 */
export function suggestedLimit(
  monthlySales: number,
  creditDays: number,
  avgDaysLate: number,
  grade: CreditGrade,
): number {
  const carried = (monthlySales * (creditDays + avgDaysLate)) / 30;
  return Math.floor((carried * GRADE_FACTOR[grade]) / 100_000) * 100_000;
}

// What the customer was billed (sales, disputes), and what fell due to them: an instalment of a
// payment plan is not a sale, but paying it late is as telling as paying an invoice late.
const BILLED = `d.status = 'issued' and d.kind in ('invoice','debit_note','opening_invoice')`;
const DUE_KINDS = ['invoice', 'debit_note', 'opening_invoice', 'instalment'] as const;
const DUE = `d.status = 'issued' and d.kind in (${DUE_KINDS.map((k) => `'${k}'`).join(',')})`;

interface HistoryRow {
  customerId: number;
  code: string;
  name: string;
  creditDays: number;
  creditLimit: number | null;
  onHold: number;
  judged: number;
  weight: number;
  lateWeight: number;
  lateAmount: number;
  invoices: number;
  firstDate: string | null;
  yearSales: number;
  disputed: number;
  bounced: number;
}

// Per customer, as of @asOf: items paid by then count their real days late, items still open
// past due the days so far; anything not yet due and unpaid says nothing yet.
const HISTORY = `with judged as (
    select d.customer_id, d.total,
      max(0, julianday(case when d.settled_on <= @asOf then d.settled_on else @asOf end)
             - julianday(d.due_date)) as late
      from documents d
     where ${DUE} and d.date <= @asOf and d.due_date is not null
       and (d.settled_on <= @asOf or d.due_date < @asOf))
  select c.id as customerId, c.code, c.name, c.payment_terms_days as creditDays,
    c.credit_limit as creditLimit, c.on_hold as onHold,
    (select count(*) from judged j where j.customer_id = c.id) as judged,
    (select coalesce(sum(j.total), 0) from judged j where j.customer_id = c.id) as weight,
    (select coalesce(sum(j.total * j.late), 0) from judged j where j.customer_id = c.id) as lateWeight,
    (select coalesce(sum(j.total), 0) from judged j where j.customer_id = c.id and j.late > 0) as lateAmount,
    (select count(*) from documents d where d.customer_id = c.id and ${BILLED} and d.date <= @asOf) as invoices,
    (select min(d.date) from documents d where d.customer_id = c.id and ${BILLED} and d.date <= @asOf) as firstDate,
    (select coalesce(sum(d.total), 0) from documents d where d.customer_id = c.id and ${BILLED}
        and d.date <= @asOf and d.date > date(@asOf, '-12 months')) as yearSales,
    (select count(distinct s.document_id) from disputes s
      where s.customer_id = c.id and s.raised_on <= @asOf) as disputed,
    (select count(*) from cheque_events e join documents r on r.id = e.document_id
      where r.customer_id = c.id and e.event = 'bounced' and e.date <= @asOf) as bounced
  from customers c
  where c.archived_at is null and (@customerId is null or c.id = @customerId)
  order by c.code`;

export function appraise(
  ledger: Ledger,
  q: { asOf?: string | undefined; customerId?: number | null | undefined } = {},
): Appraisal[] {
  const asOf = (q.asOf ?? todayIso()) as IsoDate;
  const rows = prepared(ledger.sqlite, HISTORY).all({
    asOf,
    customerId: q.customerId ?? null,
  }) as HistoryRow[];
  const broken = new Map<number, number>();
  for (const p of listPromises(ledger, { asOf, status: 'broken' })) {
    broken.set(p.customerId, (broken.get(p.customerId) ?? 0) + 1);
  }
  return rows.map((r) => {
    const avgDaysLate = r.weight > 0 ? Math.round((r.lateWeight / r.weight) * 10) / 10 : 0;
    const behaviour: Behaviour = {
      avgDaysLate,
      shareLate: r.weight > 0 ? r.lateAmount / r.weight : 0,
      bouncedCheques: r.bounced,
      disputedShare: r.invoices > 0 ? r.disputed / r.invoices : 0,
      brokenPromises: broken.get(r.customerId) ?? 0,
    };
    const score = r.judged > 0 ? behaviourScore(behaviour) : null;
    const grade = score === null ? null : gradeOf(score);
    const months = r.firstDate
      ? Math.min(12, Math.max(1, (daysBetween(r.firstDate as IsoDate, asOf) + 1) / 30.44))
      : 1;
    const monthlySales = Math.round(r.yearSales / months);
    return {
      customerId: r.customerId,
      customerCode: r.code,
      customerName: r.name,
      invoicesJudged: r.judged,
      avgDaysLate,
      shareLate: Math.round(behaviour.shareLate * 1000) / 1000,
      bouncedCheques: r.bounced,
      disputedInvoices: r.disputed,
      brokenPromises: behaviour.brokenPromises,
      score,
      grade,
      monthlySales,
      creditDays: r.creditDays,
      creditLimit: r.creditLimit,
      suggestedLimit:
        grade === null ? null : suggestedLimit(monthlySales, r.creditDays, avgDaysLate, grade),
      exposure: openBalanceOf(ledger, r.customerId) + unbilledOrdersOf(ledger, r.customerId),
      onHold: r.onHold === 1,
    };
  });
}

/** For management: grade D or E, on hold, or over the limit; worst score first. */
export function riskList(
  ledger: Ledger,
  q: { asOf?: string | undefined; customerId?: number | null | undefined } = {},
): Appraisal[] {
  return appraise(ledger, q)
    .filter(
      (a) =>
        a.grade === 'D' ||
        a.grade === 'E' ||
        a.onHold ||
        (a.creditLimit !== null && a.exposure > a.creditLimit),
    )
    .sort((a, b) => (a.score ?? 101) - (b.score ?? 101) || b.exposure - a.exposure);
}

/** The amount-weighted median of the lags: half the money came in by this many days after due. */
export function weightedMedian(xs: { lag: number; weight: number }[]): number {
  const sorted = [...xs].sort((a, b) => a.lag - b.lag);
  const half = sorted.reduce((s, x) => s + x.weight, 0) / 2;
  let run = 0;
  for (const x of sorted) {
    run += x.weight;
    if (run >= half) return x.lag;
  }
  return 0;
}

/** Settled items needed before the customer's own history is trusted over the terms. */
export const MIN_HISTORY = 3;

/**
 * Predicted payment date = due date + the customer's amount-weighted median days from due to
 * paid (items settled by the as-of date); with fewer than MIN_HISTORY of those, the due date.
 * Never before the as-of date: an invoice already past its prediction is expected any day.
 */
export function predictPayments(
  ledger: Ledger,
  q: { asOf?: string | undefined; customerId?: number | null | undefined } = {},
): PredictedPayment[] {
  const asOf = (q.asOf ?? todayIso()) as IsoDate;
  const customerId = q.customerId ?? null;
  // Two texts, not `@customerId is null or …`: that form keeps SQLite off the customer index.
  const ofCustomer = customerId === null ? '' : 'and d.customer_id = @customerId';
  const history = prepared(
    ledger.sqlite,
    `select d.customer_id as customerId, d.total as weight,
       cast(julianday(d.settled_on) - julianday(d.due_date) as integer) as lag
       from documents d
      where ${DUE} and d.due_date is not null and d.settled_on <= @asOf ${ofCustomer}`,
  ).all({ asOf, customerId }) as { customerId: number; weight: number; lag: number }[];
  const byCustomer = new Map<number, { lag: number; weight: number }[]>();
  for (const h of history) {
    const list = byCustomer.get(h.customerId) ?? [];
    list.push(h);
    byCustomer.set(h.customerId, list);
  }
  // Each customer's lag once, not once per open item.
  const lags = new Map<number, { lagDays: number; basis: 'history' | 'terms'; sample: number }>();
  const lagOf = (id: number) => {
    let lag = lags.get(id);
    if (!lag) {
      const own = byCustomer.get(id) ?? [];
      lag =
        own.length >= MIN_HISTORY
          ? { lagDays: weightedMedian(own), basis: 'history', sample: own.length }
          : { lagDays: 0, basis: 'terms', sample: own.length };
      lags.set(id, lag);
    }
    return lag;
  };
  const due = new Set<string>(DUE_KINDS);
  const customers = customersById(ledger);
  return openItemsAsOf(ledger, asOf, customerId)
    .filter((o) => due.has(o.kind))
    .sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.documentId - b.documentId)
    .map((o) => {
      const c = customers.get(o.customerId)!;
      const lag = lagOf(o.customerId);
      const predicted = addDays((o.dueDate ?? o.date) as IsoDate, lag.lagDays);
      return {
        documentId: o.documentId,
        number: o.number,
        customerId: o.customerId,
        customerCode: c.code,
        customerName: c.name,
        date: o.date,
        dueDate: o.dueDate,
        openBalance: o.open,
        ...lag,
        predictedOn: predicted < asOf ? asOf : predicted,
      };
    });
}
