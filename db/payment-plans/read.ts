// Payment plans as the desk reads them: each instalment's due date, what was paid and what is
// still open, worked out from the instalment documents and their allocations.
import { todayIso } from '../../shared/dates';
import {
  planListQuery,
  type InstalmentStatus,
  type PaymentPlan,
  type PlanItem,
  type PlanListQuery,
  type PlanStatus,
} from '../../shared/payment-plans/contract';
import type { PlanFrequency } from '../../shared/payment-plans/schedule';
import { BahiError } from '../../shared/result';
import type { Ledger } from '../ledger/open';
import { prepared } from '../ledger/statements';

interface PlanRow {
  id: number;
  documentId: number;
  number: string;
  customerId: number;
  customerCode: string;
  customerName: string;
  planOn: string;
  amount: number;
  frequency: PlanFrequency;
  notes: string | null;
  cancelledOn: string | null;
  cancelReason: string | null;
}

const SELECT_PLAN = `select p.id, p.document_id as documentId, d.number, p.customer_id as customerId,
    c.code as customerCode, c.name as customerName, p.plan_on as planOn, p.amount, p.frequency,
    p.notes, p.cancelled_on as cancelledOn, p.cancel_reason as cancelReason
  from payment_plans p join documents d on d.id = p.document_id
  join customers c on c.id = p.customer_id`;

interface InstalmentRow {
  documentId: number;
  number: string;
  position: number;
  dueOn: string;
  amount: number;
  openBalance: number;
  settledOn: string | null;
  cancelled: number;
}

/** An instalment's state: open and past due is overdue; closed by the plan's cancellation. */
function instalmentStatus(i: InstalmentRow, asOf: string): InstalmentStatus {
  if (i.openBalance > 0) return i.dueOn < asOf ? 'overdue' : 'due';
  return i.cancelled > 0 ? 'cancelled' : 'paid';
}

function toPlan(ledger: Ledger, p: PlanRow, asOf: string): PaymentPlan {
  // What the plan's own document settled on each instalment is what cancelling closed off;
  // everything else allocated to an instalment was paid (receipts, credit notes, write-offs).
  const rows = prepared(
    ledger.sqlite,
    `select d.id as documentId, d.number, i.position, d.due_date as dueOn, d.total as amount,
        d.open_balance as openBalance, d.settled_on as settledOn,
        coalesce((select sum(a.amount) from allocations a where a.debit_document_id = d.id
          and a.credit_document_id = @planDocument), 0) as cancelled
      from payment_plan_instalments i join documents d on d.id = i.document_id
     where i.plan_id = @planId order by i.position`,
  ).all({ planId: p.id, planDocument: p.documentId }) as InstalmentRow[];
  const instalments = rows.map((i) => ({
    ...i,
    paid: i.amount - i.openBalance - i.cancelled,
    status: instalmentStatus(i, asOf),
  }));
  const items = prepared(
    ledger.sqlite,
    `select d.id as documentId, d.kind, d.number, d.date, d.due_date as dueDate, t.amount,
        t.amount - coalesce((select sum(a.amount) from allocations a where a.debit_document_id = d.id
          and a.credit_document_id = @planDocument), 0) as reopened,
        d.open_balance as openBalance
      from payment_plan_items t join documents d on d.id = t.document_id
     where t.plan_id = @planId order by coalesce(d.due_date, d.date), d.date, d.id`,
  ).all({ planId: p.id, planDocument: p.documentId }) as PlanItem[];
  const open = instalments.filter((i) => i.openBalance > 0);
  const late = open.filter((i) => i.status === 'overdue');
  const status: PlanStatus =
    p.cancelledOn !== null ? 'cancelled' : open.length === 0 ? 'completed' : 'active';
  const next = open[0];
  return {
    ...p,
    status,
    asOf,
    paid: instalments.reduce((s, i) => s + i.paid, 0),
    outstanding: open.reduce((s, i) => s + i.openBalance, 0),
    overdue: late.reduce((s, i) => s + i.openBalance, 0),
    overdueCount: late.length,
    nextDue: next ? { dueOn: next.dueOn, amount: next.openBalance } : null,
    items,
    instalments,
  };
}

export function getPlan(ledger: Ledger, id: number, asOf: string = todayIso()): PaymentPlan {
  const row = prepared(ledger.sqlite, `${SELECT_PLAN} where p.id = ?`).get(id) as
    PlanRow | undefined;
  if (!row) {
    throw new BahiError('NOT_FOUND', `There is no payment plan with id ${id}`, { field: 'id' });
  }
  return toPlan(ledger, row, asOf);
}

const ORDER: Record<PlanStatus, number> = { active: 0, completed: 1, cancelled: 2 };

/** Active plans first, the next instalment soonest first; then completed and cancelled, newest first. */
function planOrder(a: PaymentPlan, b: PaymentPlan): number {
  const next = (p: PaymentPlan) => p.nextDue?.dueOn ?? '9999-12-31';
  return (
    ORDER[a.status] - ORDER[b.status] ||
    next(a).localeCompare(next(b)) ||
    b.planOn.localeCompare(a.planOn) ||
    b.id - a.id
  );
}

export function listPlans(ledger: Ledger, query: PlanListQuery = {}): PaymentPlan[] {
  const q = planListQuery.parse(query);
  const asOf = q.asOf ?? todayIso();
  const byCustomer = q.customerId != null;
  const rows = prepared(
    ledger.sqlite,
    `${SELECT_PLAN} ${byCustomer ? 'where p.customer_id = @customerId' : ''}`,
  ).all(byCustomer ? { customerId: q.customerId } : {}) as PlanRow[];
  return rows
    .map((r) => toPlan(ledger, r, asOf))
    .filter((p) => q.status === 'all' || p.status === q.status)
    .sort(planOrder);
}

export interface PlanStanding {
  id: number;
  number: string;
  nextDueOn: string | null;
  overdueCount: number;
}

/** Per customer, the plan still running (made by `asOf`, not cancelled by then, instalments open). */
export function runningPlans(ledger: Ledger, asOf: string): Map<number, PlanStanding> {
  const rows = prepared(
    ledger.sqlite,
    `select p.customer_id as customerId, p.id, d.number,
        min(case when i.open_balance > 0 then i.due_date end) as nextDueOn,
        sum(case when i.open_balance > 0 and i.due_date < @asOf then 1 else 0 end) as overdueCount
      from payment_plans p join documents d on d.id = p.document_id
      join payment_plan_instalments l on l.plan_id = p.id
      join documents i on i.id = l.document_id
     where p.plan_on <= @asOf and (p.cancelled_on is null or p.cancelled_on > @asOf)
     group by p.id having nextDueOn is not null
     order by p.plan_on, p.id`,
  ).all({ asOf }) as (PlanStanding & { customerId: number })[];
  // The latest plan speaks for the customer when there is more than one.
  return new Map(rows.map(({ customerId, ...plan }) => [customerId, plan]));
}
