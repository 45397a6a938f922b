// Payment plans: a customer's overdue items moved into instalments in one command. The plan's
// own credit document settles the items (as a credit note would) and each instalment is a debit
// item with its due date, so ageing, statements, the worklist, receipts and `bahi verify` see
// ordinary documents. The customer's balance does not move: Cr AR for the plan, Dr AR for the
// instalments, the other side of each through a clearing account the plan leaves at zero.
import { formatDateIndian, type IsoDate } from '../../shared/dates';
import { formatINR, paise } from '../../shared/money';
import {
  paymentPlanInput,
  planCancellation,
  type PaymentPlan,
  type PaymentPlanInput,
  type PaymentPlanValues,
  type PlanCancellation,
  type PlanPreview,
} from '../../shared/payment-plans/contract';
import { ScheduleError, scheduleOf, type ScheduleSpec } from '../../shared/payment-plans/schedule';
import { BahiError } from '../../shared/result';
import { allocate } from '../allocations/allocations';
import { disputedAsOf } from '../disputes/disputes';
import { postJournal } from '../journal/journal';
import { runCommand } from '../ledger/command';
import type { Ledger } from '../ledger/open';
import { prepared } from '../ledger/statements';
import { getAllocation } from '../receipts/allocation-rows';
import { insertSettlement, reverseAllocationInCommand } from '../receipts/settlements';
import { getPlan } from './read';

const inr = (p: number) => formatINR(paise(p));
const on = (d: string) => formatDateIndian(d as IsoDate);
const refuse = (field: string, message: string): never => {
  throw new BahiError('VALIDATION', message, { field });
};

interface Item {
  id: number;
  kind: string;
  number: string | null;
  status: string;
  customerId: number;
  date: string;
  dueDate: string | null;
  openBalance: number;
  side: string;
  placeOfSupply: string;
  intraState: number;
  billToJson: string;
}

const SELECT_ITEM = `select d.id, d.kind, d.number, d.status, d.customer_id as customerId, d.date,
    d.due_date as dueDate, d.open_balance as openBalance, k.side, d.place_of_supply as placeOfSupply,
    d.intra_state as intraState, d.bill_to_json as billToJson
  from documents d join document_kinds k on k.kind = d.kind`;

const byDue = (a: Item, b: Item) =>
  (a.dueDate ?? a.date).localeCompare(b.dueDate ?? b.date) ||
  a.date.localeCompare(b.date) ||
  a.id - b.id;

/** The items the plan takes over: those named, or every overdue one on the plan date. */
function chosenItems(ledger: Ledger, v: PaymentPlanValues, customerName: string): Item[] {
  const disputed = disputedAsOf(ledger, v.planOn, v.customerId);
  if (v.documentIds.length === 0) {
    const overdue = (
      prepared(
        ledger.sqlite,
        `${SELECT_ITEM} where d.customer_id = @customerId and d.status = 'issued' and k.side = 'debit'
           and d.kind <> 'instalment' and d.open_balance > 0 and d.date <= @planOn
           and coalesce(d.due_date, d.date) < @planOn`,
      ).all({ customerId: v.customerId, planOn: v.planOn }) as Item[]
    ).filter((d) => !disputed.has(d.id));
    if (overdue.length === 0) {
      refuse(
        'documentIds',
        `${customerName} has nothing overdue on ${on(v.planOn)} that is not in dispute: choose the items to put on the plan`,
      );
    }
    return overdue.sort(byDue);
  }
  const found = prepared(ledger.sqlite, `${SELECT_ITEM} join json_each(?) j on j.value = d.id`).all(
    JSON.stringify(v.documentIds),
  ) as Item[];
  const byId = new Map(found.map((d) => [d.id, d]));
  return v.documentIds
    .map((id) => {
      const d = byId.get(id) ?? refuse('documentIds', `There is no document with id ${id}`);
      const name = d.number ?? 'This draft';
      if (d.customerId !== v.customerId) {
        refuse(
          'documentIds',
          `${name} is another customer’s: choose from ${customerName}’s open items`,
        );
      }
      if (d.status !== 'issued' || d.side !== 'debit' || d.kind === 'instalment') {
        refuse(
          'documentIds',
          `${name} is not an issued invoice, debit note or other amount owed that can go on a plan`,
        );
      }
      if (d.openBalance === 0) refuse('documentIds', `${name} is fully settled: nothing to plan`);
      if (disputed.has(d.id)) {
        refuse('documentIds', `${name} is in dispute: resolve the dispute before planning it`);
      }
      if (d.date > v.planOn) {
        refuse('planOn', `${name} is dated ${on(d.date)}: date the plan on or after it`);
      }
      return d;
    })
    .sort(byDue);
}

/** Everything create checks, and what it would write: the preview is exactly this. */
function planOf(ledger: Ledger, v: PaymentPlanValues) {
  const customer = prepared(
    ledger.sqlite,
    'select id, name, archived_at as archivedAt from customers where id = ?',
  ).get(v.customerId) as { id: number; name: string; archivedAt: string | null } | undefined;
  if (!customer) {
    throw new BahiError('NOT_FOUND', `There is no customer with id ${v.customerId}`, {
      field: 'customerId',
    });
  }
  if (customer.archivedAt !== null) {
    refuse('customerId', `${customer.name} is archived; restore the customer first`);
  }
  const items = chosenItems(ledger, v, customer.name);
  // Nothing may have been allocated to them after the plan date, or the plan would take effect
  // later than it says (LEDGER.md: allocations on a document never go back in time).
  const last = prepared(
    ledger.sqlite,
    `select max(a.date) from allocations a join json_each(?) j on j.value = a.debit_document_id`,
  )
    .pluck()
    .get(JSON.stringify(items.map((d) => d.id))) as string | null;
  if (last !== null && last > v.planOn) {
    refuse(
      'planOn',
      `These items were last settled on ${on(last)}, after the plan date: date the plan on or after it`,
    );
  }
  const available = items.reduce((s, d) => s + d.openBalance, 0);
  const amount = v.amount ?? available;
  if (amount > available) {
    refuse(
      'amount',
      `The plan is for ${inr(amount)} but only ${inr(available)} is open on ${items.map((d) => d.number).join(', ')}: enter at most that`,
    );
  }
  // Oldest due first, as a receipt is allocated: what the plan leaves out stays on the newest.
  let left = amount;
  const taken = items.map((d) => {
    const take = Math.min(left, d.openBalance);
    left -= take;
    return { item: d, amount: take };
  });
  const spec: ScheduleSpec =
    v.frequency === 'custom'
      ? { frequency: 'custom', instalments: v.instalments }
      : {
          frequency: v.frequency,
          firstDueOn: v.firstDueOn,
          count: v.count,
          instalmentAmount: v.instalmentAmount,
        };
  let instalments;
  try {
    instalments = scheduleOf(spec, amount, v.planOn);
  } catch (e) {
    if (e instanceof ScheduleError) refuse(e.field, e.message);
    throw e;
  }
  return { customer, available, amount, taken, instalments };
}

export function previewPlan(ledger: Ledger, input: PaymentPlanInput): PlanPreview {
  const v = paymentPlanInput.parse(input);
  const p = planOf(ledger, v);
  return {
    customerId: v.customerId,
    planOn: v.planOn,
    amount: p.amount,
    available: p.available,
    items: p.taken.map(({ item: d, amount }) => ({
      documentId: d.id,
      kind: d.kind,
      number: d.number ?? '',
      date: d.date,
      dueDate: d.dueDate,
      amount,
      openBalance: d.openBalance,
    })),
    instalments: p.instalments.map((x, i) => ({ position: i + 1, ...x })),
  };
}

export function createPlan(ledger: Ledger, input: PaymentPlanInput, actor: string): PaymentPlan {
  const v = paymentPlanInput.parse(input);
  return runCommand(ledger, { command: 'paymentPlans.create', actor }, (cx) => {
    const p = planOf(ledger, v);
    const used = p.taken.filter((t) => t.amount > 0);
    const like = {
      customer_id: v.customerId,
      place_of_supply: used[0]!.item.placeOfSupply,
      intra_state: used[0]!.item.intraState,
      bill_to_json: used[0]!.item.billToJson,
    };
    const what = used.map((t) => t.item.number).join(', ');
    const plan = insertSettlement(ledger, cx, {
      kind: 'payment_plan',
      like,
      date: v.planOn,
      amount: p.amount,
      notes: v.notes ?? `${what} in ${p.instalments.length} instalments`,
    });
    postJournal(ledger, cx, {
      date: v.planOn,
      documentId: plan.id,
      narration: `Payment plan ${plan.number} — ${p.customer.name}: ${what} into ${p.instalments.length} instalments`,
      lines: [
        { account: 'PLAN_CLEARING', debit: p.amount },
        { account: 'AR', customerId: v.customerId, credit: p.amount },
      ],
    });
    const planId = prepared(
      cx.sqlite,
      `insert into payment_plans (document_id, customer_id, plan_on, amount, frequency, notes,
         created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(plan.id, v.customerId, v.planOn, p.amount, v.frequency, v.notes, cx.now, cx.now)
      .lastInsertRowid as number;
    const n = p.instalments.length;
    p.instalments.forEach((x, i) => {
      const doc = insertSettlement(ledger, cx, {
        kind: 'instalment',
        like,
        date: v.planOn,
        dueDate: x.dueOn,
        amount: x.amount,
        reference: plan.number,
        notes: `Instalment ${i + 1} of ${n}`,
      });
      postJournal(ledger, cx, {
        date: v.planOn,
        documentId: doc.id,
        narration: `Instalment ${i + 1} of ${n} (${plan.number}) due ${on(x.dueOn)} — ${p.customer.name}`,
        lines: [
          { account: 'AR', customerId: v.customerId, debit: x.amount },
          { account: 'PLAN_CLEARING', credit: x.amount },
        ],
      });
      prepared(
        cx.sqlite,
        'insert into payment_plan_instalments (plan_id, position, document_id) values (?, ?, ?)',
      ).run(planId, i + 1, doc.id);
    });
    for (const t of used) {
      prepared(
        cx.sqlite,
        'insert into payment_plan_items (plan_id, document_id, amount) values (?, ?, ?)',
      ).run(planId, t.item.id, t.amount);
      allocate(cx, { creditId: plan.id, debitId: t.item.id, amount: t.amount, date: v.planOn });
    }
    const after = getPlan(ledger, planId);
    cx.audit({ entity: 'payment_plan', entityId: planId, before: null, after });
    return after;
  });
}

/**
 * Cancel a plan: what is still unpaid on its instalments goes back onto its items, the newest
 * due first (the oldest were the first paid), and the instalments close for that amount. Paid
 * instalments stay paid. No journal: the balance was all along the customer's.
 */
export function cancelPlan(ledger: Ledger, input: PlanCancellation, actor: string): PaymentPlan {
  const v = planCancellation.parse(input);
  return runCommand(ledger, { command: 'paymentPlans.cancel', actor }, (cx) => {
    const before = getPlan(ledger, v.id, v.cancelledOn);
    if (before.cancelledOn !== null) {
      throw new BahiError(
        'CONFLICT',
        `Payment plan ${before.number} was already cancelled on ${on(before.cancelledOn)}: ${before.cancelReason}`,
        { field: 'id' },
      );
    }
    if (before.status === 'completed') {
      throw new BahiError(
        'CONFLICT',
        `Payment plan ${before.number} is paid in full: there is nothing to cancel`,
        { field: 'id' },
      );
    }
    if (v.cancelledOn < before.planOn) {
      refuse('cancelledOn', `Cancel on or after the plan date, ${on(before.planOn)}`);
    }
    const documents = [
      before.documentId,
      ...before.items.map((d) => d.documentId),
      ...before.instalments.map((i) => i.documentId),
    ];
    const last = prepared(
      ledger.sqlite,
      `select max(a.date) from allocations a join json_each(?) j
         on j.value = a.debit_document_id or j.value = a.credit_document_id`,
    )
      .pluck()
      .get(JSON.stringify(documents)) as string;
    if (last > v.cancelledOn) {
      refuse(
        'cancelledOn',
        `The plan’s documents last moved on ${on(last)}: cancel on or after that day`,
      );
    }
    const live = prepared(
      ledger.sqlite,
      `select a.id from allocations a join documents d on d.id = a.debit_document_id
        where a.credit_document_id = ? and a.amount > 0 and d.kind <> 'instalment'
          and not exists (select 1 from allocations r where r.reverses_id = a.id)
        order by coalesce(d.due_date, d.date) desc, d.date desc, d.id desc`,
    )
      .pluck()
      .all(before.documentId) as number[];
    let left = before.outstanding;
    const reason = `Payment plan ${before.number} cancelled: ${v.reason}`;
    for (const id of live) {
      if (left === 0) break;
      const a = getAllocation(ledger, id)!;
      const back = Math.min(left, a.amount);
      // Allocations are undone whole; what stays with the plan is set against it again.
      reverseAllocationInCommand(cx, a, v.cancelledOn, reason);
      if (a.amount > back) {
        allocate(cx, {
          creditId: a.creditId,
          debitId: a.debitId,
          amount: a.amount - back,
          date: v.cancelledOn,
        });
      }
      left -= back;
    }
    for (const i of before.instalments) {
      if (i.openBalance === 0) continue;
      allocate(cx, {
        creditId: before.documentId,
        debitId: i.documentId,
        amount: i.openBalance,
        date: v.cancelledOn,
      });
    }
    prepared(
      cx.sqlite,
      'update payment_plans set cancelled_on = ?, cancel_reason = ?, updated_at = ? where id = ?',
    ).run(v.cancelledOn, v.reason, cx.now, v.id);
    const after = getPlan(ledger, v.id);
    cx.audit({ entity: 'payment_plan', entityId: v.id, before, after });
    return after;
  });
}
