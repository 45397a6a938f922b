import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PaymentPlanInput } from '../../shared/payment-plans/contract';
import { ageingQuery } from '../../shared/reports/contract';
import { verifyLedger } from '../audit/audit';
import { raiseDispute } from '../disputes/disputes';
import { worklist } from '../follow-ups/worklist';
import { refusedUnchanged } from '../ledger/refusal-testing';
import { prepared } from '../ledger/statements';
import { invoice, receiptsLedger, receive } from '../receipts/fixture';
import { openItemsOf, suggest } from '../receipts/receipts';
import { ageingReport } from '../reports/ageing';
import { arSchedule } from '../reports/collections';
import { statementOf } from '../reports/statement';
import { cancelPlan, createPlan, previewPlan } from './payment-plans';
import { getPlan, listPlans } from './read';

let t: ReturnType<typeof receiptsLedger>;
beforeEach(() => {
  t = receiptsLedger();
});
afterEach(() => t.ledger.cleanup());

const WRITTEN = [
  'documents',
  'journals',
  'journal_lines',
  'allocations',
  'series',
  'payment_plans',
  'payment_plan_items',
  'payment_plan_instalments',
  'audit_log',
];
const refused = (work: () => unknown) => refusedUnchanged(t.ledger, WRITTEN, work);

/** A customer's AR balance in the journal. */
const arBalance = (customerId: number) =>
  prepared(
    t.ledger.sqlite,
    `select coalesce(sum(l.debit) - sum(l.credit), 0) from journal_lines l
       join accounts a on a.id = l.account_id and a.system_key = 'AR' where l.customer_id = ?`,
  )
    .pluck()
    .get(customerId) as number;

/** Two overdue invoices of ₹11,800 (due 1 May) and ₹23,600 (due 31 May). */
function twoOverdue() {
  const older = invoice(t.ledger, t.pune, 10_000_00, '2025-04-01');
  const newer = invoice(t.ledger, t.pune, 20_000_00, '2025-05-01');
  return { older, newer };
}

const monthly = (over: Partial<PaymentPlanInput> = {}): PaymentPlanInput => ({
  customerId: t.pune,
  planOn: '2025-07-01',
  frequency: 'monthly',
  firstDueOn: '2025-07-31',
  count: 3,
  ...over,
});

const ageing = (asOf: string) =>
  ageingReport(t.ledger, ageingQuery.parse({ asOf, level: 'document', basis: 'due' }));

describe('payment plans', () => {
  it('moves the overdue invoices into numbered instalments, balance and books unchanged', () => {
    const { older, newer } = twoOverdue();
    const before = arBalance(t.pune);
    const plan = createPlan(t.ledger, monthly(), 'meera');
    expect(plan).toMatchObject({
      number: 'PLN/25-26/0001',
      customerCode: 'PUNE',
      amount: 35_400_00,
      status: 'active',
      frequency: 'monthly',
      nextDue: { dueOn: '2025-07-31', amount: 11_800_00 },
    });
    expect(plan.instalments.map((i) => [i.number, i.dueOn, i.amount, i.status])).toEqual([
      ['INS/25-26/0001', '2025-07-31', 11_800_00, expect.any(String)],
      ['INS/25-26/0002', '2025-08-31', 11_800_00, expect.any(String)],
      ['INS/25-26/0003', '2025-09-30', 11_800_00, expect.any(String)],
    ]);
    expect(plan.items.map((d) => [d.number, d.amount, d.openBalance])).toEqual([
      [older.number, 11_800_00, 0],
      [newer.number, 23_600_00, 0],
    ]);
    expect(arBalance(t.pune)).toBe(before);
    expect(verifyLedger(t.ledger).problems).toEqual([]);
    // The clearing account is back at zero once the plan is posted.
    const clearing = prepared(
      t.ledger.sqlite,
      `select sum(l.debit) - sum(l.credit) from journal_lines l join accounts a on a.id = l.account_id
         where a.system_key = 'PLAN_CLEARING'`,
    )
      .pluck()
      .get();
    expect(clearing).toBe(0);
    const audit = t.ledger.sqlite
      .prepare(`select command, actor from audit_log where entity = 'payment_plan'`)
      .all();
    expect(audit).toEqual([{ command: 'paymentPlans.create', actor: 'meera' }]);
    expect(listPlans(t.ledger, { asOf: '2025-08-05' })[0]).toMatchObject({
      overdueCount: 1,
      overdue: 11_800_00,
    });
  });

  it('splits the remainder onto the last instalment and leaves what the plan does not take on the newest item', () => {
    const { older, newer } = twoOverdue();
    const plan = createPlan(t.ledger, monthly({ amount: 20_000_01 }), 't');
    expect(plan.instalments.map((i) => i.amount)).toEqual([6_666_00, 6_666_00, 6_668_01]);
    expect(plan.items.map((d) => [d.documentId, d.amount])).toEqual([
      [older.id, 11_800_00],
      [newer.id, 8_200_01],
    ]);
    expect(
      openItemsOf(t.ledger, t.pune).debits.find((d) => d.documentId === newer.id),
    ).toMatchObject({ openBalance: 15_399_99 });
    expect(verifyLedger(t.ledger).problems).toEqual([]);
  });

  it('previews exactly what create writes, and writes nothing', () => {
    twoOverdue();
    const preview = writesNothing(() => previewPlan(t.ledger, monthly({ count: 4 })));
    const plan = createPlan(t.ledger, monthly({ count: 4 }), 't');
    expect(preview.instalments.map(({ dueOn, amount }) => ({ dueOn, amount }))).toEqual(
      plan.instalments.map(({ dueOn, amount }) => ({ dueOn, amount })),
    );
    expect(preview).toMatchObject({ amount: 35_400_00, available: 35_400_00 });
  });

  it('ages the instalments by their own due dates; the invoices age as before up to the plan date', () => {
    const { older } = twoOverdue();
    createPlan(t.ledger, monthly(), 't');
    const r = ageing('2025-08-15');
    expect(r.documents.map((d) => [d.kind, d.dueDate, d.days, d.bucket, d.amount])).toEqual([
      ['instalment', '2025-07-31', 15, 1, 11_800_00],
      ['instalment', '2025-08-31', -16, 0, 11_800_00],
      ['instalment', '2025-09-30', -46, 0, 11_800_00],
    ]);
    expect(r.totals.total).toBe(r.arControl);
    const byCustomer = ageingReport(t.ledger, ageingQuery.parse({ asOf: '2025-08-15' }));
    expect(byCustomer.customers[0]!.amounts).toEqual([23_600_00, 11_800_00, 0, 0, 0]);
    // As of the day before the plan, the invoices are open and overdue as they were.
    const then = ageing('2025-06-30');
    expect(then.documents.map((d) => d.documentId)).toContain(older.id);
    expect(then.documents.every((d) => d.kind === 'invoice')).toBe(true);
    expect(then.totals.total).toBe(then.arControl);
  });

  it('shows the plan and its instalments on the statement, the AR schedule netting to nothing', () => {
    twoOverdue();
    createPlan(t.ledger, monthly(), 't');
    const s = statementOf(t.ledger, { customerId: t.pune, from: '2025-04-01', to: '2025-07-31' });
    expect(
      s.entries.slice(2).map((e) => [e.number, e.particulars, e.dueDate, e.debit, e.credit]),
    ).toEqual([
      ['PLN/25-26/0001', 'Payment plan: invoices moved into instalments', null, 0, 35_400_00],
      ['INS/25-26/0001', 'Instalment of payment plan PLN/25-26/0001', '2025-07-31', 11_800_00, 0],
      ['INS/25-26/0002', 'Instalment of payment plan PLN/25-26/0001', '2025-08-31', 11_800_00, 0],
      ['INS/25-26/0003', 'Instalment of payment plan PLN/25-26/0001', '2025-09-30', 11_800_00, 0],
    ]);
    expect(s.closing).toBe(35_400_00);
    const schedule = arSchedule(t.ledger, { from: '2025-07-01', to: '2025-07-31' });
    expect(schedule.rows[0]).toMatchObject({
      opening: 35_400_00,
      adjustments: 0,
      closing: 35_400_00,
    });
  });

  it('is paid instalment by instalment through receipts; the worklist chases only a late one', () => {
    twoOverdue();
    const plan = createPlan(t.ledger, monthly(), 't');
    // The customer was on the worklist for the overdue invoices; on a plan with nothing late, not.
    expect(worklist(t.ledger, { asOf: '2025-06-30' }).rows.map((r) => r.customerCode)).toEqual([
      'PUNE',
    ]);
    expect(worklist(t.ledger, { asOf: '2025-07-15' }).rows).toEqual([]);
    // Receipts: the suggestion lists the instalments, oldest due first.
    const s = suggest(t.ledger, {
      customerId: t.pune,
      amount: 11_800_00,
      tdsAmount: 0,
      tdsRateBps: null,
    });
    expect(s.allocations).toEqual([
      { documentId: plan.instalments[0]!.documentId, amount: 11_800_00 },
    ]);
    expect(openItemsOf(t.ledger, t.pune).debits.map((d) => [d.kind, d.dueDate])).toEqual([
      ['instalment', '2025-07-31'],
      ['instalment', '2025-08-31'],
      ['instalment', '2025-09-30'],
    ]);
    receive(t.ledger, {
      customerId: t.pune,
      bankAccountId: t.hdfc,
      amount: 11_800_00,
      date: '2025-07-30',
      allocations: s.allocations,
    });
    const paid = getPlan(t.ledger, plan.id, '2025-08-05');
    expect(paid.instalments.map((i) => i.status)).toEqual(['paid', 'due', 'due']);
    expect(paid).toMatchObject({ paid: 11_800_00, outstanding: 23_600_00, overdueCount: 0 });
    expect(worklist(t.ledger, { asOf: '2025-08-05' }).rows).toEqual([]);
    // The second one is missed: overdue like any invoice, and the row says the customer is on a plan.
    const late = worklist(t.ledger, { asOf: '2025-09-05' }).rows;
    expect(late).toMatchObject([
      {
        customerCode: 'PUNE',
        overdue: 11_800_00,
        oldestDueDate: '2025-08-31',
        oldestDays: 5,
        plan: { id: plan.id, number: 'PLN/25-26/0001', nextDueOn: '2025-08-31', overdueCount: 1 },
      },
    ]);
    expect(verifyLedger(t.ledger).problems).toEqual([]);
  });

  it('completes when every instalment is paid, and a completed plan cannot be cancelled', () => {
    twoOverdue();
    const plan = createPlan(t.ledger, monthly({ count: 1 }), 't');
    receive(t.ledger, {
      customerId: t.pune,
      bankAccountId: t.hdfc,
      amount: 35_400_00,
      date: '2025-07-20',
      allocations: [{ documentId: plan.instalments[0]!.documentId, amount: 35_400_00 }],
    });
    expect(getPlan(t.ledger, plan.id).status).toBe('completed');
    expect(
      refused(() =>
        cancelPlan(t.ledger, { id: plan.id, cancelledOn: '2025-07-25', reason: 'x' }, 't'),
      ),
    ).toMatchObject({ field: 'id', message: expect.stringContaining('paid in full') });
  });

  it('cancelled, gives back what is unpaid to the newest invoices; paid instalments stay paid', () => {
    const { older, newer } = twoOverdue();
    const before = arBalance(t.pune);
    const plan = createPlan(t.ledger, monthly(), 't');
    receive(t.ledger, {
      customerId: t.pune,
      bankAccountId: t.hdfc,
      amount: 11_800_00,
      date: '2025-07-30',
      allocations: [{ documentId: plan.instalments[0]!.documentId, amount: 11_800_00 }],
    });
    // The second instalment is part paid too.
    receive(t.ledger, {
      customerId: t.pune,
      bankAccountId: t.hdfc,
      amount: 1_000_00,
      date: '2025-08-10',
      allocations: [{ documentId: plan.instalments[1]!.documentId, amount: 1_000_00 }],
    });
    expect(
      refused(() =>
        cancelPlan(t.ledger, { id: plan.id, cancelledOn: '2025-08-01', reason: 'Too early' }, 't'),
      ),
    ).toMatchObject({ field: 'cancelledOn' });
    const cancelled = cancelPlan(
      t.ledger,
      { id: plan.id, cancelledOn: '2025-08-20', reason: 'Customer stopped paying' },
      'meera',
    );
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cancelledOn: '2025-08-20',
      cancelReason: 'Customer stopped paying',
      paid: 12_800_00,
      outstanding: 0,
      nextDue: null,
    });
    expect(cancelled.instalments.map((i) => [i.status, i.paid, i.cancelled])).toEqual([
      ['paid', 11_800_00, 0],
      ['cancelled', 1_000_00, 10_800_00],
      ['cancelled', 0, 11_800_00],
    ]);
    // ₹22,600 unpaid goes back, newest due first: all but ₹1,000 of the newer invoice.
    expect(cancelled.items.map((d) => [d.number, d.reopened, d.openBalance])).toEqual([
      [older.number, 0, 0],
      [newer.number, 22_600_00, 22_600_00],
    ]);
    expect(arBalance(t.pune)).toBe(before - 12_800_00);
    expect(openItemsOf(t.ledger, t.pune).debits.map((d) => [d.documentId, d.openBalance])).toEqual([
      [newer.id, 22_600_00],
    ]);
    expect(verifyLedger(t.ledger).problems).toEqual([]);
    const r = ageing('2025-08-25');
    expect(r.totals.total).toBe(r.arControl);
    expect(
      refused(() =>
        cancelPlan(t.ledger, { id: plan.id, cancelledOn: '2025-08-25', reason: 'again' }, 't'),
      ),
    ).toMatchObject({ field: 'id', message: expect.stringContaining('already cancelled') });
    const audit = t.ledger.sqlite
      .prepare(`select command, actor from audit_log where entity = 'payment_plan' order by id`)
      .all();
    expect(audit).toEqual([
      { command: 'paymentPlans.create', actor: 't' },
      { command: 'paymentPlans.cancel', actor: 'meera' },
    ]);
  });

  it('cancelled with nothing paid, re-opens the invoices exactly as they were', () => {
    const { older, newer } = twoOverdue();
    const plan = createPlan(t.ledger, monthly(), 't');
    cancelPlan(
      t.ledger,
      { id: plan.id, cancelledOn: '2025-07-02', reason: 'Agreed in error' },
      't',
    );
    expect(openItemsOf(t.ledger, t.pune).debits.map((d) => [d.documentId, d.openBalance])).toEqual([
      [older.id, 11_800_00],
      [newer.id, 23_600_00],
    ]);
    expect(verifyLedger(t.ledger).problems).toEqual([]);
  });

  it('keeps issued instalments and the plan as they were: triggers refuse changes', () => {
    twoOverdue();
    const plan = createPlan(t.ledger, monthly(), 't');
    const run = (sql: string) => () => t.ledger.sqlite.prepare(sql).run();
    const inst = plan.instalments[0]!.documentId;
    expect(run(`update documents set due_date = '2026-01-01' where id = ${inst}`)).toThrow(
      /issued document cannot be changed/,
    );
    expect(run(`update documents set total = 1 where id = ${plan.documentId}`)).toThrow(
      /issued document cannot be changed/,
    );
    expect(run(`update payment_plans set amount = 1 where id = ${plan.id}`)).toThrow(
      /cannot be changed/,
    );
    expect(run(`delete from payment_plans where id = ${plan.id}`)).toThrow(/never deleted/);
    expect(run(`delete from payment_plan_instalments where plan_id = ${plan.id}`)).toThrow(
      /never removed/,
    );
    expect(run(`update payment_plan_items set amount = 1 where plan_id = ${plan.id}`)).toThrow(
      /never changed/,
    );
  });

  describe('refuses, naming the field, with nothing written', () => {
    it('instalments that do not add up to the plan amount', () => {
      twoOverdue();
      const r = refused(() =>
        createPlan(
          t.ledger,
          monthly({
            frequency: 'custom',
            amount: 30_000_00,
            instalments: [
              { dueOn: '2025-07-15', amount: 10_000_00 },
              { dueOn: '2025-08-15', amount: 10_000_00 },
            ],
          }),
          't',
        ),
      );
      expect(r).toEqual({
        field: 'instalments',
        message:
          'The instalments add up to ₹20,000.00 but the plan is for ₹30,000.00: add ₹10,000.00',
      });
    });

    it('an amount above what is open on the chosen items', () => {
      const { older } = twoOverdue();
      expect(
        refused(() =>
          createPlan(t.ledger, monthly({ documentIds: [older.id], amount: 11_800_01 }), 't'),
        ),
      ).toEqual({
        field: 'amount',
        message: `The plan is for ₹11,800.01 but only ₹11,800.00 is open on ${older.number}: enter at most that`,
      });
    });

    it('another customer’s invoice', () => {
      twoOverdue();
      const theirs = invoice(t.ledger, t.blr, 1_000_00, '2025-04-01');
      expect(
        refused(() => createPlan(t.ledger, monthly({ documentIds: [theirs.id] }), 't')),
      ).toMatchObject({
        field: 'documentIds',
        message: expect.stringContaining('another customer'),
      });
    });

    it('dates: an item dated after the plan, instalments before it or out of order, a settlement after it', () => {
      const { older } = twoOverdue();
      const later = invoice(t.ledger, t.pune, 1_000_00, '2025-07-10');
      expect(
        refused(() => createPlan(t.ledger, monthly({ documentIds: [later.id] }), 't')).field,
      ).toBe('planOn');
      expect(
        refused(() => createPlan(t.ledger, monthly({ firstDueOn: '2025-06-30' }), 't')).field,
      ).toBe('firstDueOn');
      expect(
        refused(() =>
          createPlan(
            t.ledger,
            monthly({
              frequency: 'custom',
              amount: 2_000_00,
              instalments: [
                { dueOn: '2025-08-01', amount: 1_000_00 },
                { dueOn: '2025-07-15', amount: 1_000_00 },
              ],
            }),
            't',
          ),
        ).field,
      ).toBe('instalments.1.dueOn');
      receive(t.ledger, {
        customerId: t.pune,
        bankAccountId: t.hdfc,
        amount: 1_000_00,
        date: '2025-07-05',
        allocations: [{ documentId: older.id, amount: 1_000_00 }],
      });
      expect(
        refused(() => createPlan(t.ledger, monthly({ documentIds: [older.id] }), 't')),
      ).toMatchObject({ field: 'planOn', message: expect.stringContaining('last settled on') });
    });

    it('an item in dispute, an instalment, a customer with nothing overdue, an unknown customer', () => {
      const { older } = twoOverdue();
      raiseDispute(
        t.ledger,
        { documentId: older.id, reason: 'pricing', amount: 1_000_00, raisedOn: '2025-06-01' },
        't',
      );
      expect(
        refused(() => createPlan(t.ledger, monthly({ documentIds: [older.id] }), 't')),
      ).toMatchObject({ field: 'documentIds', message: expect.stringContaining('in dispute') });
      // The whole overdue balance leaves the disputed invoice out.
      const plan = createPlan(t.ledger, monthly(), 't');
      expect(plan.items.map((d) => d.documentId)).not.toContain(older.id);
      expect(
        refused(() =>
          createPlan(t.ledger, monthly({ documentIds: [plan.instalments[0]!.documentId] }), 't'),
        ).field,
      ).toBe('documentIds');
      expect(
        refused(() => createPlan(t.ledger, monthly({ customerId: t.blr }), 't')),
      ).toMatchObject({
        field: 'documentIds',
        message: expect.stringContaining('nothing overdue'),
      });
      expect(refused(() => createPlan(t.ledger, monthly({ customerId: 999 }), 't')).field).toBe(
        'customerId',
      );
    });
  });
});

/** Preview, proving it wrote nothing. */
function writesNothing<T>(work: () => T): T {
  const count = (table: string) =>
    t.ledger.sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;
  const before = WRITTEN.map(count);
  const result = work();
  expect(WRITTEN.map(count)).toEqual(before);
  return result;
}
