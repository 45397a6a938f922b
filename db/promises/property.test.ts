import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../../shared/dates';
import { invoice, receiptsLedger, receive } from '../receipts/fixture';
import { listPromises, recordPromise } from './promises';

const START = '2025-07-01' as IsoDate;
const day = (n: number) => addDays(START, n);

const receipt = fc.record({
  day: fc.integer({ min: 0, max: 25 }),
  amount: fc.integer({ min: 1, max: 20_000_00 }),
  /** On account, or to invoice 0 or 1. */
  to: fc.constantFrom(null, 0, 1),
});

const scenario = fc.record({
  receipts: fc.array(receipt, { maxLength: 5 }),
  madeOn: fc.integer({ min: 0, max: 15 }),
  window: fc.integer({ min: 0, max: 10 }),
  // At most what can be left open on the invoice after five receipts to it.
  amount: fc.integer({ min: 1, max: 18_000_00 }),
  namesInvoice: fc.boolean(),
  asOf: fc.integer({ min: 0, max: 30 }),
});

describe('promise status', () => {
  it('is exactly one of kept, broken or pending, and kept only when the amount came in', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const t = receiptsLedger();
        try {
          const invoices = [
            invoice(t.ledger, t.pune, 1_00_000_00), // ₹1,18,000 each
            invoice(t.ledger, t.pune, 1_00_000_00),
          ];
          for (const r of s.receipts) {
            receive(t.ledger, {
              customerId: t.pune,
              bankAccountId: t.hdfc,
              amount: r.amount,
              date: day(r.day),
              allocations:
                r.to === null ? [] : [{ documentId: invoices[r.to]!.id, amount: r.amount }],
            });
          }
          const madeOn = day(s.madeOn);
          const promisedOn = day(s.madeOn + s.window);
          recordPromise(
            t.ledger,
            {
              customerId: t.pune,
              amount: s.amount,
              madeOn,
              promisedOn,
              how: 'call',
              invoiceIds: s.namesInvoice ? [invoices[0]!.id] : [],
            },
            't',
          );
          const asOf = day(s.asOf);
          const [p] = listPromises(t.ledger, { asOf });
          if (asOf < madeOn) {
            expect(p).toBeUndefined();
            return;
          }
          const end = promisedOn < asOf ? promisedOn : asOf;
          // An allocation takes effect no earlier than the last one on its invoice.
          const last: (string | null)[] = [null, null];
          const dated = s.receipts.map((r) => {
            if (r.to === null) return { ...r, date: day(r.day) };
            const prev = last[r.to] ?? null;
            const date = prev !== null && prev > day(r.day) ? prev : day(r.day);
            last[r.to] = date;
            return { ...r, date: s.namesInvoice ? date : day(r.day) };
          });
          const came = dated
            .filter((r) => r.date >= madeOn && r.date <= end)
            .filter((r) => !s.namesInvoice || r.to === 0)
            .reduce((sum, r) => sum + r.amount, 0);
          expect(p!.received).toBe(came);
          expect(['kept', 'broken', 'pending']).toContain(p!.status);
          if (p!.status === 'kept') expect(came).toBeGreaterThanOrEqual(s.amount);
          else if (came >= s.amount) throw new Error('enough came in but it is not kept');
          expect(p!.status === 'broken').toBe(came < s.amount && asOf > promisedOn);
        } finally {
          t.ledger.cleanup();
        }
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
