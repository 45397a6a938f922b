// LEDGER.md's invariants under random sequences of everything that moves a customer's account.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { verifyLedger } from '../audit/audit';
import { prepared } from '../ledger/statements';
import { receiptsLedger } from './fixture';
import { dateAfter, op, playOps } from './random-ledger';

it('keeps every invariant through random sequences of receipts and settlements', () => {
  fc.assert(
    fc.property(fc.array(op, { minLength: 5, maxLength: 30 }), (ops) => {
      const t = receiptsLedger();
      try {
        const day = playOps(t, ops, () => {
          // Invariant 2 and 3: open balances within [0, total], so no allocation ever exceeded
          // what its credit had unallocated or its debit had open.
          const outOfRange = prepared(
            t.ledger.sqlite,
            `select count(*) from documents d where d.status = 'issued' and (d.open_balance < 0
                 or d.open_balance > d.total
                 or d.open_balance <> d.total - coalesce((select sum(amount) from allocations a
                   where a.debit_document_id = d.id or a.credit_document_id = d.id), 0))`,
          )
            .pluck()
            .get() as number;
          expect(outOfRange).toBe(0);
        });
        // As of every date, each document's balance stays within 0..total (allocations on a
        // document never take effect before earlier ones), which ageing as of a date relies on.
        for (let d = 0; d <= day + 1; d++) {
          const asOf = dateAfter(d);
          const bad = prepared(
            t.ledger.sqlite,
            `select count(*) from documents d where d.status = 'issued' and d.date <= @asOf and
               (d.total - coalesce((select sum(amount) from allocations a where a.date <= @asOf and
                 (a.debit_document_id = d.id or a.credit_document_id = d.id)), 0)) not between 0 and d.total`,
          )
            .pluck()
            .get({ asOf }) as number;
          expect(bad).toBe(0);
        }
        // Invariants 1, 4 and 6: journals balance, each customer's AR in the journal equals open
        // debit items less unallocated credits, and the caches equal the allocations.
        expect(verifyLedger(t.ledger).problems).toEqual([]);
      } finally {
        t.ledger.cleanup();
      }
    }),
    { numRuns: 60 },
  );
});
