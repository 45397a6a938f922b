import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentDraftInput } from '../../shared/invoices/contract';
import { createDraft, issueDocument } from '../invoices/invoices';
import { invoice, receiptsLedger, receive } from '../receipts/fixture';
import { dateAfter, op, playOps } from '../receipts/random-ledger';
import { bounceCheque, writeOff } from '../receipts/settlements';
import { addDays, type IsoDate } from '../../shared/dates';
import { weekOf } from '../../shared/reports/forecast';
import { raiseDispute } from '../disputes/disputes';
import { recordPromise } from '../promises/promises';
import { arSchedule, collections, dso, forecast } from './collections';
import { statementOf } from './statement';

let t: ReturnType<typeof receiptsLedger>;
beforeEach(() => (t = receiptsLedger()));
afterEach(() => t.ledger.cleanup());

/** Pune: two invoices, a credit note, a NEFT receipt with TDS, a cheque that bounced, a write-off. */
function story() {
  const a = invoice(t.ledger, t.pune, 100_000_00, '2025-04-10'); // ₹1,18,000, due 05-10
  const b = invoice(t.ledger, t.pune, 50_000_00, '2025-05-05'); // ₹59,000, due 06-04
  const cn = createDraft(
    t.ledger,
    documentDraftInput.parse({
      kind: 'credit_note',
      customerId: t.pune,
      date: '2025-05-20',
      reason: 'discount',
      referencedIds: [b.id],
      roundOff: false,
      lines: [
        {
          description: 'Discount',
          hsnSac: '998719',
          unit: 'NOS',
          quantity: '1',
          rate: 5_000_00,
          gstRateBps: 1800,
        },
      ],
    }),
    't',
  );
  issueDocument(t.ledger, cn.id, 't'); // ₹5,900 against b
  receive(t.ledger, {
    customerId: t.pune,
    bankAccountId: t.hdfc,
    date: '2025-05-12',
    amount: 116_000_00,
    tdsAmount: 2_000_00,
    tdsSection: '194C',
    allocations: [{ documentId: a.id, amount: 118_000_00 }],
  });
  const cheque = receive(t.ledger, {
    customerId: t.pune,
    bankAccountId: t.hdfc,
    mode: 'cheque',
    instrumentNumber: '123456',
    instrumentDate: '2025-06-02',
    date: '2025-06-02',
    amount: 53_100_00,
    allocations: [{ documentId: b.id, amount: 53_100_00 }],
  });
  bounceCheque(
    t.ledger,
    { id: cheque.id, date: '2025-06-05', reason: 'Funds insufficient', charges: null },
    't',
  );
  receive(t.ledger, {
    customerId: t.pune,
    bankAccountId: t.hdfc,
    mode: 'upi',
    date: '2025-06-10',
    amount: 53_095_00,
    allocations: [{ documentId: b.id, amount: 53_095_00 }],
  });
  writeOff(
    t.ledger,
    { documentId: b.id, amount: 5_00, date: '2025-06-10', kind: 'small_balance', reason: 'Short' },
    't',
  );
  return { a, b };
}

describe('statement of account', () => {
  it('opens with the balance before the period and runs every entry to the closing balance', () => {
    story();
    const s = statementOf(t.ledger, { customerId: t.pune, from: '2025-05-01', to: '2025-06-30' });
    expect(s.opening).toBe(118_000_00);
    expect(s.entries.map((e) => [e.date, e.particulars, e.debit, e.credit, e.balance])).toEqual([
      ['2025-05-05', 'Invoice', 59_000_00, 0, 177_000_00],
      [
        '2025-05-12',
        'Payment received by NEFT HDFCN52025070112345 (incl. TDS deducted)',
        0,
        118_000_00,
        59_000_00,
      ],
      ['2025-05-20', 'Credit note', 0, 5_900_00, 53_100_00],
      ['2025-06-02', 'Payment received by Cheque 123456', 0, 53_100_00, 0],
      ['2025-06-05', 'Cheque 123456 returned unpaid', 53_100_00, 0, 53_100_00],
      ['2025-06-10', 'Payment received by UPI HDFCN52025070112345', 0, 53_095_00, 5_00],
      ['2025-06-10', 'Balance written off', 0, 5_00, 0],
    ]);
    expect(s.closing).toBe(0);
    expect(s.totals).toEqual({ debit: 112_100_00, credit: 230_100_00 });
    expect(s.ageing.total).toBe(0);
  });
});

describe('collections MIS', () => {
  it('counts receipts on their dates and a returned cheque against the day it came back', () => {
    story();
    const r = collections(t.ledger, { from: '2025-04-01', to: '2025-06-30', groupBy: 'month' });
    expect(r.byPeriod).toEqual([
      { period: '2025-05', received: 116_000_00, tds: 2_000_00, total: 118_000_00, receipts: 1 },
      { period: '2025-06', received: 53_095_00, tds: 0, total: 53_095_00, receipts: 2 },
    ]);
    expect(r.byMode).toEqual([
      { mode: 'neft', received: 116_000_00, receipts: 1 },
      { mode: 'upi', received: 53_095_00, receipts: 1 },
      { mode: 'cheque', received: 0, receipts: 1 },
    ]);
    expect(r.totals).toEqual({ received: 169_095_00, tds: 2_000_00, total: 171_095_00 });
    const weekly = collections(t.ledger, { from: '2025-06-01', to: '2025-06-30', groupBy: 'week' });
    expect(weekly.byPeriod.map((p) => [p.period, p.received])).toEqual([
      ['2025-06-02', 0],
      ['2025-06-09', 53_095_00],
    ]);
    expect(weekOf('2025-06-08')).toBe('2025-06-02'); // a Sunday belongs to the week begun Monday
  });

  it('works out DSO simple and countback from monthly sales and closing AR', () => {
    invoice(t.ledger, t.pune, 100_000_00, '2025-04-10'); // April sales ₹1,18,000
    invoice(t.ledger, t.pune, 50_000_00, '2025-05-05'); // May sales ₹59,000
    const r = dso(t.ledger, { to: '2025-05-31', months: 2 });
    expect(r.months).toEqual([
      { month: '2025-04', sales: 118_000_00, closingAr: 118_000_00, simple: 30, countback: 30 },
      // ₹1,77,000 owed: all of May's ₹59,000 (31 days) and all of April's (30 days).
      { month: '2025-05', sales: 59_000_00, closingAr: 177_000_00, simple: 93, countback: 61 },
    ]);
  });

  it('schedules the AR movement per customer so that it reconciles to the journal', () => {
    story();
    invoice(t.ledger, t.blr, 10_000_00, '2025-06-15');
    const s = arSchedule(t.ledger, { from: '2025-05-01', to: '2025-06-30' });
    expect(
      s.rows.map((r) => [
        r.customerCode,
        r.opening,
        r.invoiced,
        r.creditNotes,
        r.collected,
        r.adjustments,
        r.closing,
      ]),
    ).toEqual([
      ['BLR', 0, 11_800_00, 0, 0, 0, 11_800_00],
      ['PUNE', 118_000_00, 59_000_00, 5_900_00, 171_095_00, -5_00, 0],
    ]);
    expect(s.totals.closing).toBe(s.arControl);
  });

  it('forecasts by due week, with overdue items apart; with no history, expected on the due date', () => {
    invoice(t.ledger, t.pune, 10_000_00, '2025-05-01'); // due 05-31: overdue on 06-10
    invoice(t.ledger, t.pune, 20_000_00, '2025-05-20'); // due 06-19
    invoice(t.ledger, t.blr, 30_000_00, '2025-09-01'); // not yet issued on 06-10
    const f = forecast(t.ledger, { asOf: '2025-06-10', weeks: 2 });
    expect(f.overdue).toEqual({ amount: 11_800_00, invoices: 1 });
    // The overdue invoice is expected any day now: in the week of the as-of date.
    expect(f.weeks).toEqual([
      {
        weekStart: '2025-06-09',
        weekEnd: '2025-06-15',
        due: 0,
        dueInvoices: 0,
        expected: 11_800_00,
        promised: 0,
      },
      {
        weekStart: '2025-06-16',
        weekEnd: '2025-06-22',
        due: 23_600_00,
        dueInvoices: 1,
        expected: 23_600_00,
        promised: 0,
      },
    ]);
    expect(f.later).toEqual({ due: 0, expected: 0, promised: 0 });
    expect(f.disputed).toBe(0);
  });

  it('expects promised money on the promised date, the rest when history says, disputes not at all', () => {
    // PUNE has paid three invoices 14 days after due: history, not terms, predicts the rest.
    for (const date of ['2025-01-01', '2025-02-01', '2025-03-01']) {
      const paid = invoice(t.ledger, t.pune, 10_000_00, date);
      receive(t.ledger, {
        customerId: t.pune,
        bankAccountId: t.hdfc,
        date: addDays(paid.dueDate as IsoDate, 14),
        amount: 11_800_00,
        allocations: [{ documentId: paid.id, amount: 11_800_00 }],
      });
    }
    const a = invoice(t.ledger, t.pune, 50_000_00, '2025-05-01'); // A: ₹59,000 due 05-31
    invoice(t.ledger, t.pune, 20_000_00, '2025-05-20'); // B: ₹23,600 due 06-19
    const c = invoice(t.ledger, t.blr, 10_000_00, '2025-05-25'); // C: ₹11,800 due 06-24
    raiseDispute(
      t.ledger,
      {
        documentId: c.id,
        reason: 'quality',
        amount: 5_000_00,
        raisedOn: '2025-06-05',
        owner: 'Meera',
      },
      't',
    );
    recordPromise(
      t.ledger,
      {
        customerId: t.pune,
        amount: 40_000_00,
        madeOn: '2025-06-09',
        promisedOn: '2025-06-20',
        how: 'call',
        invoiceIds: [a.id],
      },
      't',
    );
    const f = forecast(t.ledger, { asOf: '2025-06-10', weeks: 4 });
    expect(f.weeks.map((w) => [w.weekStart, w.due, w.expected, w.promised])).toEqual([
      // The rest of A (₹19,000), due 31-05, predicted 14 days later: 14-06.
      ['2025-06-09', 0, 19_000_00, 0],
      // ₹40,000 of A promised for 20-06; B falls due on 19-06.
      ['2025-06-16', 23_600_00, 40_000_00, 40_000_00],
      // C falls due on 24-06 and BLR has no history: expected then, less the ₹5,000 in dispute.
      ['2025-06-23', 11_800_00, 6_800_00, 0],
      // B predicted 14 days after its due date: 03-07.
      ['2025-06-30', 0, 23_600_00, 0],
    ]);
    expect(f.overdue).toEqual({ amount: 59_000_00, invoices: 1 });
    expect(f.disputed).toBe(5_000_00);
    const expected = f.weeks.reduce((s, w) => s + w.expected, 0) + f.later.expected;
    expect(expected + f.disputed).toBe(59_000_00 + 23_600_00 + 11_800_00);
  });
});

it('for random ledgers the AR schedule adds across and totals to AR control', () => {
  fc.assert(
    fc.property(
      fc.array(op, { minLength: 5, maxLength: 25 }),
      fc.integer({ min: 0, max: 40 }),
      (ops, cut) => {
        const t = receiptsLedger();
        try {
          const day = playOps(t, ops);
          const s = arSchedule(t.ledger, {
            from: dateAfter(Math.min(cut, day)),
            to: dateAfter(day + 1),
          });
          for (const r of s.rows) {
            expect(r.opening + r.invoiced - r.creditNotes - r.collected + r.adjustments).toBe(
              r.closing,
            );
          }
          expect(s.totals.closing).toBe(s.arControl);
        } finally {
          t.ledger.cleanup();
        }
      },
    ),
    { numRuns: 25 },
  );
});
