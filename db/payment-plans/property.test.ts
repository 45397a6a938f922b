// LEDGER.md's invariants with payment plans made, paid, written off and cancelled among
// everything else: the random ledgers of the receipts property, leaning on plans.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { receiptsLedger } from '../receipts/fixture';
import { expectInvariants, op } from '../receipts/random-ledger';
import { prepared } from '../ledger/statements';

const planOp = op.map((o) => ({ ...o, kind: 'plan' as const }));
const cancelOp = op.map((o) => ({ ...o, kind: 'cancel_plan' as const }));
const invoiceOp = op.map((o) => ({ ...o, kind: 'invoice' as const, day: o.day + 15 }));
const leaning = fc.oneof(
  { arbitrary: op, weight: 4 },
  { arbitrary: invoiceOp, weight: 1 },
  { arbitrary: planOp, weight: 2 },
  { arbitrary: cancelOp, weight: 1 },
);

it('keeps every invariant through random sequences with payment plans', () => {
  let plans = 0;
  fc.assert(
    fc.property(fc.array(leaning, { minLength: 8, maxLength: 30 }), (ops) => {
      const t = receiptsLedger();
      try {
        expectInvariants(t, ops);
        // The plans' clearing account is back at zero after every plan.
        const clearing = prepared(
          t.ledger.sqlite,
          `select coalesce(sum(l.debit) - sum(l.credit), 0) from journal_lines l
             join accounts a on a.id = l.account_id where a.system_key = 'PLAN_CLEARING'`,
        )
          .pluck()
          .get();
        expect(clearing).toBe(0);
        plans += t.ledger.sqlite
          .prepare('select count(*) from payment_plans')
          .pluck()
          .get() as number;
      } finally {
        t.ledger.cleanup();
      }
    }),
    { numRuns: 40 },
  );
  // The sequences did make plans: the property is not vacuous.
  expect(plans).toBeGreaterThan(20);
}, 120_000);
