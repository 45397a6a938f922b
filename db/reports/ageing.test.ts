import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ageingQuery, type AgeingQueryInput } from '../../shared/reports/contract';
import { invoice, receiptsLedger, receive } from '../receipts/fixture';
import { dateAfter, op, playOps } from '../receipts/random-ledger';
import { prepared } from '../ledger/statements';
import type { Ledger } from '../ledger/open';
import { ageingReport } from './ageing';

const report = (ledger: Ledger, q: AgeingQueryInput) => ageingReport(ledger, ageingQuery.parse(q));

/** A customer's AR balance on a date, straight from the journal lines. */
const journalBalance = (ledger: Ledger, customerId: number, asOf: string) =>
  prepared(
    ledger.sqlite,
    `select coalesce(sum(l.debit) - sum(l.credit), 0) from journal_lines l
       join journals j on j.id = l.journal_id join accounts a on a.id = l.account_id and a.system_key = 'AR'
       where l.customer_id = ? and j.date <= ?`,
  )
    .pluck()
    .get(customerId, asOf) as number;

describe('ageing', () => {
  let t: ReturnType<typeof receiptsLedger>;
  beforeEach(() => (t = receiptsLedger()));
  afterEach(() => t.ledger.cleanup());

  it('buckets by due date with on-account money apart, and totals to the AR control account', () => {
    const old = invoice(t.ledger, t.pune, 10_000_00, '2025-04-01'); // due 05-01
    invoice(t.ledger, t.pune, 20_000_00, '2025-06-20'); // due 07-20
    invoice(t.ledger, t.blr, 5_000_00, '2025-05-15'); // due 06-14
    receive(t.ledger, {
      customerId: t.pune,
      bankAccountId: t.hdfc,
      date: '2025-07-01',
      amount: 5_000_00,
      allocations: [{ documentId: old.id, amount: 5_000_00 }],
    });
    receive(t.ledger, {
      customerId: t.blr,
      bankAccountId: t.hdfc,
      date: '2025-07-02',
      amount: 1_000_00,
    });

    const r = report(t.ledger, { asOf: '2025-07-10' });
    expect(r.buckets.map((b) => b.label)).toEqual(['Not due', '1–30', '31–60', '61–90', 'Over 90']);
    expect(r.customers.map((c) => [c.customerCode, c.amounts, c.onAccount, c.total])).toEqual([
      ['BLR', [0, 5_900_00, 0, 0, 0], -1_000_00, 4_900_00],
      ['PUNE', [23_600_00, 0, 0, 6_800_00, 0], 0, 30_400_00],
    ]);
    expect(r.totals.total).toBe(r.arControl);

    // As of a date before the receipts, they are ignored; after the last invoice's due date, it ages.
    const before = report(t.ledger, { asOf: '2025-06-30' });
    expect(before.customers.find((c) => c.customerCode === 'PUNE')!.total).toBe(
      11_800_00 + 23_600_00,
    );
    expect(before.totals.total).toBe(before.arControl);

    const byDocument = report(t.ledger, {
      asOf: '2025-07-10',
      level: 'document',
      basis: 'document',
    });
    expect(byDocument.buckets.map((b) => b.label)).toEqual(['0–30', '31–60', '61–90', 'Over 90']);
    expect(byDocument.documents.map((d) => [d.number, d.days, d.bucket, d.amount])).toEqual([
      ['INV/25-26/0003', 56, 1, 5_900_00],
      ['RCT/25-26/0002', 8, null, -1_000_00],
      ['INV/25-26/0001', 100, 3, 6_800_00],
      ['INV/25-26/0002', 20, 0, 23_600_00],
    ]);
    const filtered = report(t.ledger, { asOf: '2025-07-10', minBalance: 10_000_00 });
    expect(filtered.customers.map((c) => c.customerCode)).toEqual(['PUNE']);
    expect(filtered.filtered).toBe(true);
  });
});

it('for random ledgers and as-of dates, buckets plus on-account equal each customer’s journal balance, at either level', () => {
  fc.assert(
    fc.property(
      fc.array(op, { minLength: 5, maxLength: 30 }),
      fc.array(fc.integer({ min: -5, max: 70 }), { minLength: 1, maxLength: 4 }),
      fc.constantFrom<'due' | 'document'>('due', 'document'),
      fc.array(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: 5 }),
      (ops, asOfDays, basis, buckets) => {
        const t = receiptsLedger();
        try {
          playOps(t, ops);
          for (const d of asOfDays) {
            const asOf = dateAfter(d);
            const r = report(t.ledger, { asOf, basis, buckets });
            for (const customerId of [t.pune, t.blr]) {
              const row = r.customers.find((c) => c.customerId === customerId);
              const sum = row ? row.amounts.reduce((s, a) => s + a, 0) + row.onAccount : 0;
              expect(sum).toBe(row?.total ?? 0);
              expect(sum).toBe(journalBalance(t.ledger, customerId, asOf));
            }
            expect(r.totals.total).toBe(r.arControl);
            // The customer level sums inside SQLite and the document level buckets in
            // JavaScript: the two must agree row for row.
            const detail = report(t.ledger, { asOf, basis, buckets, level: 'document' });
            expect(r.customers).toEqual(detail.customers);
            expect(r.totals).toEqual(detail.totals);
          }
        } finally {
          t.ledger.cleanup();
        }
      },
    ),
    { numRuns: 40 },
  );
});
