import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoice, receiptsLedger, receive } from '../receipts/fixture';
import { dateAfter, op, playOps } from '../receipts/random-ledger';
import { formatIndianNumber, paise } from '../../shared/money';
import { controlReport, subLedgerBalances } from './control';
import { compareBalances, importTallyOutstanding } from './external';

it('for random ledgers and as-of dates, the AR control equals the sum of customer balances and nothing is traced', () => {
  fc.assert(
    fc.property(
      fc.array(op, { minLength: 5, maxLength: 40 }),
      fc.array(fc.integer({ min: -5, max: 90 }), { minLength: 1, maxLength: 4 }),
      (ops, asOfDays) => {
        const t = receiptsLedger();
        try {
          playOps(t, ops);
          for (const d of asOfDays) {
            const r = controlReport(t.ledger, dateAfter(d), true);
            expect(r.trace).toEqual({
              customers: [],
              unassigned: [],
              documents: [],
              openBalances: [],
            });
            expect(r.difference).toBe(0);
            expect(r.arControl).toBe(r.subLedger);
            expect(r.balanced).toBe(true);
          }
        } finally {
          t.ledger.cleanup();
        }
      },
    ),
    { numRuns: 40 },
  );
});

it('for random ledgers, our own balances written as a Tally report and imported compare equal, every one', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(op, { minLength: 5, maxLength: 30 }),
      fc.integer({ min: 0, max: 70 }),
      async (ops, day) => {
        const t = receiptsLedger();
        try {
          playOps(t, ops);
          const asOf = dateAfter(day);
          const names = new Map([
            [t.pune, 'M/s. PUNE Private Limited'],
            [t.blr, 'BLR Ltd.'],
          ]);
          const lines = [
            'Sahyadri Supplies Pvt Ltd',
            'Group Outstandings',
            'Particulars,Closing Balance,Dr/Cr',
          ];
          for (const [id, b] of subLedgerBalances(t.ledger, asOf)) {
            const amount = formatIndianNumber(paise(Math.abs(b)));
            lines.push(`${names.get(id)!},"${amount}",${b < 0 ? 'Cr' : 'Dr'}`);
          }
          if (lines.length === 3) return;
          await importTallyOutstanding(
            t.ledger,
            {
              source: 'tally',
              asOf,
              fileName: 'go.csv',
              bytes: new TextEncoder().encode(lines.join('\n')),
            },
            't',
          );
          const c = compareBalances(t.ledger, { source: 'tally', asOf });
          expect(c.rows.map((r) => r.status)).toEqual(c.rows.map(() => 'equal'));
          expect(c.totals.difference).toBe(0);
          expect(c.totals.ours).toBe(controlReport(t.ledger, asOf).arControl);
        } finally {
          t.ledger.cleanup();
        }
      },
    ),
    { numRuns: 25 },
  );
});

describe('a ledger tampered with directly in SQLite', () => {
  let t: ReturnType<typeof receiptsLedger>;
  beforeEach(() => (t = receiptsLedger()));
  afterEach(() => t.ledger.cleanup());

  const setUp = () => {
    const inv = invoice(t.ledger, t.pune, 10_000_00, '2025-04-01');
    invoice(t.ledger, t.blr, 5_000_00, '2025-04-05');
    receive(t.ledger, {
      customerId: t.pune,
      bankAccountId: t.hdfc,
      date: '2025-04-20',
      amount: 4_000_00,
      allocations: [{ documentId: inv.id, amount: 4_000_00 }],
    });
    return inv;
  };

  it('is balanced before anyone touches it', () => {
    setUp();
    const r = controlReport(t.ledger, '2025-04-30', true);
    expect(r.balanced).toBe(true);
    expect(r.documentsChecked).toBe(true);
    expect(controlReport(t.ledger, '2025-04-30').documentsChecked).toBe(false);
    expect(r.arControl).toBe(11_800_00 + 5_900_00 - 4_000_00);
  });

  it('an open balance edited behind the ledger shows as a difference on that customer and that invoice', () => {
    const inv = setUp();
    t.ledger.sqlite
      .prepare('update documents set open_balance = open_balance - 500_00 where id = ?')
      .run(inv.id);
    const r = controlReport(t.ledger, '2025-04-30');
    expect(r.balanced).toBe(false);
    expect(r.difference).toBe(500_00);
    expect(r.trace.customers).toEqual([
      expect.objectContaining({ customerCode: 'PUNE', difference: 500_00 }),
    ]);
    expect(r.trace.openBalances).toEqual([
      expect.objectContaining({ number: inv.number, customerCode: 'PUNE', difference: 500_00 }),
    ]);
    expect(r.trace.documents).toEqual([]);
  });

  it('an AR line slipped into the journal without a customer, and one added to an invoice, are both named', () => {
    const inv = setUp();
    const sqlite = t.ledger.sqlite;
    const ar = sqlite.prepare(`select id from accounts where system_key = 'AR'`).pluck().get();
    const sales = sqlite
      .prepare(
        `select id from accounts where system_key <> 'AR' and system_key is not null limit 1`,
      )
      .pluck()
      .get();
    const journal = (documentId: number | null) =>
      sqlite
        .prepare(
          `insert into journals (date, document_id, narration, created_at) values ('2025-04-25', ?, 'by hand', 'x')`,
        )
        .run(documentId).lastInsertRowid;
    const line = sqlite.prepare(
      'insert into journal_lines (journal_id, account_id, customer_id, debit, credit) values (?, ?, ?, ?, ?)',
    );
    const loose = journal(null);
    line.run(loose, ar, null, 700_00, 0);
    line.run(loose, sales, null, 0, 700_00);
    const extra = journal(inv.id);
    line.run(extra, ar, t.pune, 300_00, 0);
    line.run(extra, sales, null, 0, 300_00);

    const r = controlReport(t.ledger, '2025-04-30');
    expect(r.difference).toBe(1_000_00);
    expect(r.trace.unassigned).toEqual([
      expect.objectContaining({ journalId: Number(loose), amount: 700_00, narration: 'by hand' }),
    ]);
    expect(r.trace.documents).toEqual([
      expect.objectContaining({
        documentId: inv.id,
        number: inv.number,
        customerCode: 'PUNE',
        expected: 11_800_00,
        journal: 12_100_00,
        difference: 300_00,
      }),
    ]);
    expect(r.trace.customers).toEqual([
      expect.objectContaining({ customerCode: 'PUNE', journal: 8_100_00, subLedger: 7_800_00 }),
    ]);
    // Before the entries were dated, the books agreed.
    expect(controlReport(t.ledger, '2025-04-24').balanced).toBe(true);
  });
});
