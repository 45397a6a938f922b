import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../../shared/dates';
import { disputedAsOf, raiseDispute } from '../disputes/disputes';
import { prepared } from '../ledger/statements';
import { listPromises, recordPromise } from '../promises/promises';
import { receiptsLedger } from '../receipts/fixture';
import { dateAfter, op, playOps } from '../receipts/random-ledger';
import { dunning } from './dunning';

const scenario = fc.record({
  ops: fc.array(op, { minLength: 3, maxLength: 25 }),
  /** Which open invoices to dispute (by position), and on which day. */
  disputes: fc.array(fc.record({ pick: fc.nat(50), day: fc.integer({ min: 0, max: 40 }) }), {
    maxLength: 4,
  }),
  promise: fc.option(fc.record({ pick: fc.nat(50), window: fc.integer({ min: 0, max: 40 }) })),
  asOf: fc.integer({ min: 0, max: 150 }),
});

describe('dunning run over random ledgers', () => {
  it('never lists a disputed invoice or one under a pending promise', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const t = receiptsLedger();
        try {
          const last = playOps(t, s.ops);
          const invoices = prepared(
            t.ledger.sqlite,
            `select id, customer_id as customerId, date from documents
             where kind = 'invoice' and status = 'issued' and open_balance > 0 order by id`,
          ).all() as { id: number; customerId: number; date: string }[];
          if (invoices.length === 0) return;
          for (const d of s.disputes) {
            const inv = invoices[d.pick % invoices.length]!;
            const raisedOn = addDays(inv.date as IsoDate, d.day);
            try {
              raiseDispute(
                t.ledger,
                { documentId: inv.id, reason: 'pricing', amount: 1, raisedOn },
                't',
              );
            } catch {
              // already disputed, or dated after today: the property holds either way
            }
          }
          if (s.promise) {
            const inv = invoices[s.promise.pick % invoices.length]!;
            const madeOn = dateAfter(last);
            try {
              recordPromise(
                t.ledger,
                {
                  customerId: inv.customerId,
                  amount: 1,
                  madeOn,
                  promisedOn: addDays(madeOn as IsoDate, s.promise.window),
                  how: 'call',
                  invoiceIds: [inv.id],
                },
                't',
              );
            } catch {
              // refused (the invoice was settled since, or the amount is more than is open)
            }
          }
          const asOf = dateAfter(s.asOf);
          const disputed = disputedAsOf(t.ledger, asOf);
          const pending = new Set(
            listPromises(t.ledger, { asOf, status: 'pending' }).flatMap((p) =>
              p.invoices.map((i) => i.id),
            ),
          );
          for (const p of dunning(t.ledger, { asOf }).proposals) {
            expect(p.invoices.length).toBeGreaterThan(0);
            for (const i of p.invoices) {
              expect(disputed.has(i.documentId)).toBe(false);
              expect(pending.has(i.documentId)).toBe(false);
              expect(i.open).toBeGreaterThan(0);
            }
          }
        } finally {
          t.ledger.cleanup();
        }
      }),
      { numRuns: 25 },
    );
  }, 180_000);
});
