import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { receiptInput } from '../../shared/receipts/contract';
import { BahiError } from '../../shared/result';
import { verifyLedger } from '../audit/audit';
import { createDraft, creditCheck, getDocument } from '../invoices/invoices';
import { documentDraftInput } from '../../shared/invoices/contract';
import { journalsForDocument } from '../journal/journal';
import { count } from '../testing';
import { customerLedger, tdsRegister } from './customer-ledger';
import { invoice, receiptsLedger, receive } from './fixture';
import {
  cancelPostDated,
  chequeRegister,
  clearCheque,
  depositCheque,
  getReceipt,
  openItemsOf,
  recordReceipt,
  suggest,
} from './receipts';
import { allocateCredit, bounceCheque, refund, unallocate, writeOff } from './settlements';

let t: ReturnType<typeof receiptsLedger>;
beforeEach(() => (t = receiptsLedger()));
afterEach(() => t.ledger.cleanup());

/** The refusal a command threw: its field and message. */
function refusal(f: () => unknown): { field: string | undefined; message: string } {
  try {
    f();
  } catch (e) {
    if (e instanceof BahiError) return { field: e.field, message: e.message };
    throw e;
  }
  throw new Error('expected a refusal');
}

const arBalance = (customerId: number) =>
  t.ledger.sqlite
    .prepare(
      `select coalesce(sum(l.debit) - sum(l.credit), 0) from journal_lines l
         join accounts a on a.id = l.account_id and a.system_key = 'AR' where l.customer_id = ?`,
    )
    .pluck()
    .get(customerId) as number;

/** Everything that a refused command must leave as it was. */
const snapshot = () =>
  [
    'documents',
    'receipt_details',
    'allocations',
    'journals',
    'journal_lines',
    'audit_log',
    'series',
  ].map((table) => count(t.ledger, table));

describe('receipts', () => {
  it('records an NEFT receipt net of TDS against two invoices: numbered, posted, both settled', () => {
    const a = invoice(t.ledger, t.pune, 100_000_00); // ₹1,18,000.00
    const b = invoice(t.ledger, t.pune, 50_000_00, '2025-06-10'); // ₹59,000.00
    // The customer deducts 2% TDS on the taxable value (₹3,000) and pays ₹1,74,000 net.
    const r = receive(t.ledger, {
      customerId: t.pune,
      bankAccountId: t.hdfc,
      amount: 174_000_00,
      tdsAmount: 3_000_00,
      tdsSection: '194C',
      bankCharges: 25_00,
      allocations: [
        { documentId: a.id, amount: 118_000_00 },
        { documentId: b.id, amount: 59_000_00 },
      ],
    });
    expect(r).toMatchObject({ number: 'RCT/25-26/0001', total: 177_000_00, unallocated: 0 });
    expect(getDocument(t.ledger, a.id)).toMatchObject({ openBalance: 0, settledOn: '2025-07-01' });
    expect(getDocument(t.ledger, b.id).openBalance).toBe(0);
    const [journal] = journalsForDocument(t.ledger, r.id);
    expect(journal!.lines.map((l) => [l.accountName, l.debit, l.credit])).toEqual([
      ['HDFC Current 1234', 173_975_00, 0],
      ['Bank Charges', 25_00, 0],
      ['TDS Receivable', 3_000_00, 0],
      ['Sundry Debtors (Accounts Receivable)', 0, 177_000_00],
    ]);
    expect(arBalance(t.pune)).toBe(0);
    expect(verifyLedger(t.ledger).problems).toEqual([]);
  });

  it('leaves a part-paid invoice open and the rest on account, to allocate later and undo', () => {
    const a = invoice(t.ledger, t.pune, 100_000_00);
    const r = receive(t.ledger, {
      customerId: t.pune,
      bankAccountId: t.hdfc,
      amount: 50_000_00,
      allocations: [{ documentId: a.id, amount: 30_000_00 }],
    });
    expect(r.unallocated).toBe(20_000_00);
    expect(getDocument(t.ledger, a.id).openBalance).toBe(88_000_00);
    expect(openItemsOf(t.ledger, t.pune).credits).toMatchObject([
      { documentId: r.id, openBalance: 20_000_00 },
    ]);

    const [made] = allocateCredit(
      t.ledger,
      {
        creditId: r.id,
        date: '2025-07-05',
        allocations: [{ documentId: a.id, amount: 20_000_00 }],
      },
      't',
    );
    expect(made).toMatchObject({ amount: 20_000_00, date: '2025-07-05', reversed: false });
    expect(getDocument(t.ledger, a.id).openBalance).toBe(68_000_00);

    const undone = unallocate(
      t.ledger,
      { allocationId: made!.id, date: '2025-07-06', reason: 'Keyed against the wrong invoice' },
      't',
    );
    expect(undone).toMatchObject({ amount: -20_000_00, reversesId: made!.id });
    expect(getDocument(t.ledger, a.id).openBalance).toBe(88_000_00);
    expect(getReceipt(t.ledger, r.id).unallocated).toBe(20_000_00);
    expect(
      refusal(() =>
        unallocate(t.ledger, { allocationId: made!.id, date: '2025-07-07', reason: 'again' }, 't'),
      ).message,
    ).toMatch(/already been undone/);
    expect(arBalance(t.pune)).toBe(118_000_00 - 50_000_00);
    expect(verifyLedger(t.ledger).problems).toEqual([]);
  });

  it('refuses a bad receipt naming the field, and writes nothing', () => {
    const a = invoice(t.ledger, t.pune, 10_000_00); // ₹11,800.00
    const before = snapshot();
    expect(
      refusal(() =>
        receive(t.ledger, {
          customerId: t.pune,
          bankAccountId: t.hdfc,
          amount: 20_000_00,
          allocations: [{ documentId: a.id, amount: 12_000_00 }],
        }),
      ),
    ).toEqual({
      field: 'allocations.0.amount',
      message: expect.stringMatching(/only ₹11,800\.00 open/),
    });
    expect(
      refusal(() =>
        receive(t.ledger, {
          customerId: t.pune,
          bankAccountId: t.hdfc,
          amount: 1_000_00,
          tdsAmount: 10_800_00,
          tdsSection: '194J',
          allocations: [{ documentId: a.id, amount: 11_800_00 }],
        }),
      ),
    ).toEqual({ field: 'tdsAmount', message: expect.stringMatching(/value before GST/) });
    expect(
      refusal(() =>
        receive(t.ledger, {
          customerId: t.pune,
          bankAccountId: t.hdfc,
          amount: 100_00,
          mode: 'cash',
        }),
      ),
    ).toEqual({ field: 'bankAccountId', message: expect.stringMatching(/Cash in Hand/) });
    expect(
      refusal(() =>
        receive(t.ledger, {
          customerId: t.pune,
          bankAccountId: t.cash,
          amount: 2_00_000_00,
          mode: 'cash',
        }),
      ),
    ).toEqual({ field: 'amount', message: expect.stringMatching(/269ST/) });
    // Someone else's invoice.
    expect(
      refusal(() =>
        receive(t.ledger, {
          customerId: t.blr,
          bankAccountId: t.hdfc,
          amount: 100_00,
          allocations: [{ documentId: a.id, amount: 100_00 }],
        }),
      ).field,
    ).toBe('allocations.0.documentId');
    expect(snapshot()).toEqual(before);
  });

  it('checks cheque details in the contract: number, date, and no more allocated than received', () => {
    const parsed = receiptInput.safeParse({
      customerId: t.pune,
      date: '2025-07-01',
      mode: 'cheque',
      bankAccountId: t.hdfc,
      amount: 100_00,
      allocations: [{ documentId: 1, amount: 200_00 }],
    });
    expect(parsed.success).toBe(false);
    const fields = parsed.error!.issues.map((i) => i.path.join('.'));
    expect(fields).toEqual(['instrumentNumber', 'instrumentDate', 'allocations']);
  });

  it('bounces a cheque: reverses the receipt and its allocations, reopens the invoices, bills charges', () => {
    const a = invoice(t.ledger, t.pune, 10_000_00);
    const b = invoice(t.ledger, t.pune, 20_000_00);
    const r = receive(t.ledger, {
      customerId: t.pune,
      bankAccountId: t.hdfc,
      mode: 'cheque',
      instrumentNumber: '004512',
      instrumentDate: '2025-07-01',
      draweeBank: 'State Bank of India',
      amount: 35_400_00,
      allocations: [
        { documentId: a.id, amount: 11_800_00 },
        { documentId: b.id, amount: 23_600_00 },
      ],
    });
    expect(r.chequeStatus).toBe('received');
    expect(depositCheque(t.ledger, r.id, '2025-07-02', 't').chequeStatus).toBe('deposited');
    const { receipt, debitNoteId } = bounceCheque(
      t.ledger,
      {
        id: r.id,
        date: '2025-07-04',
        reason: 'Funds insufficient',
        charges: { amount: 500_00, gstRateBps: 1800, hsnSac: '9971' },
      },
      't',
    );
    expect(receipt).toMatchObject({ chequeStatus: 'bounced', unallocated: 0 });
    expect(getDocument(t.ledger, a.id)).toMatchObject({ openBalance: 11_800_00, settledOn: null });
    expect(getDocument(t.ledger, b.id).openBalance).toBe(23_600_00);
    const note = getDocument(t.ledger, debitNoteId!);
    expect(note).toMatchObject({ kind: 'debit_note', status: 'issued', totals: { total: 590_00 } });
    expect(arBalance(t.pune)).toBe(35_400_00 + 590_00);
    expect(chequeRegister(t.ledger, 'bounced').map((c) => c.id)).toEqual([r.id]);
    expect(
      refusal(() =>
        bounceCheque(t.ledger, { id: r.id, date: '2025-07-05', reason: 'x', charges: null }, 't'),
      ).message,
    ).toMatch(/already bounced/);
    const ledgerView = customerLedger(t.ledger, { customerId: t.pune, from: null, to: null });
    expect(ledgerView.entries.map((e) => e.kind)).toEqual([
      'invoice',
      'invoice',
      'receipt',
      'cheque_return',
      'debit_note',
    ]);
    expect(ledgerView.closing).toBe(arBalance(t.pune));
    expect(verifyLedger(t.ledger).problems).toEqual([]);
  });

  it('keeps a post-dated cheque in the register, unposted, until it is deposited on or after its date', () => {
    const a = invoice(t.ledger, t.pune, 10_000_00);
    const pdc = receive(t.ledger, {
      customerId: t.pune,
      bankAccountId: t.hdfc,
      mode: 'cheque',
      instrumentNumber: '100200',
      instrumentDate: '2025-08-15',
      amount: 11_800_00,
    });
    expect(pdc).toMatchObject({ status: 'draft', number: null, chequeStatus: 'post_dated' });
    expect(journalsForDocument(t.ledger, pdc.id)).toEqual([]);
    expect(arBalance(t.pune)).toBe(11_800_00);
    expect(refusal(() => depositCheque(t.ledger, pdc.id, '2025-08-14', 't')).field).toBe('date');
    const deposited = depositCheque(t.ledger, pdc.id, '2025-08-16', 't');
    expect(deposited).toMatchObject({
      status: 'issued',
      number: 'RCT/25-26/0001',
      date: '2025-08-16',
      chequeStatus: 'deposited',
      unallocated: 0,
    });
    expect(getDocument(t.ledger, a.id).openBalance).toBe(0);
    expect(clearCheque(t.ledger, pdc.id, '2025-08-18', 't').chequeStatus).toBe('cleared');
    expect(
      refusal(() =>
        bounceCheque(t.ledger, { id: pdc.id, date: '2025-08-20', reason: 'x', charges: null }, 't'),
      ).message,
    ).toMatch(/has cleared/);

    const another = receive(t.ledger, {
      customerId: t.pune,
      bankAccountId: t.hdfc,
      mode: 'cheque',
      instrumentNumber: '100201',
      instrumentDate: '2025-09-15',
      amount: 5_000_00,
    });
    cancelPostDated(t.ledger, another.id, 'Customer took the cheque back', 't');
    expect(chequeRegister(t.ledger).map((c) => c.id)).toEqual([pdc.id]);
    expect(verifyLedger(t.ledger).problems).toEqual([]);
  });

  it('refunds on-account money and writes off small balances and bad debts, each posted', () => {
    const a = invoice(t.ledger, t.pune, 10_000_00); // ₹11,800.00
    const r = receive(t.ledger, {
      customerId: t.pune,
      bankAccountId: t.hdfc,
      amount: 15_000_00,
      allocations: [{ documentId: a.id, amount: 11_795_00 }],
    });
    const rf = refund(
      t.ledger,
      {
        creditId: r.id,
        amount: 3_205_00,
        date: '2025-07-10',
        bankAccountId: t.hdfc,
        reference: 'NEFT out',
        reason: 'Paid twice',
      },
      't',
    );
    expect(rf.number).toBe('RFD/25-26/0001');
    expect(getReceipt(t.ledger, r.id).unallocated).toBe(0);
    const b = invoice(t.ledger, t.pune, 100_00); // ₹118.00
    expect(
      refusal(() =>
        writeOff(
          t.ledger,
          {
            documentId: b.id,
            amount: 118_00,
            date: '2025-07-10',
            kind: 'small_balance',
            reason: 'x',
          },
          't',
        ),
      ),
    ).toEqual({ field: 'amount', message: expect.stringMatching(/₹10\.00/) });
    writeOff(
      t.ledger,
      {
        documentId: a.id,
        amount: 5_00,
        date: '2025-07-10',
        kind: 'small_balance',
        reason: 'Short paid',
      },
      't',
    );
    const wo = writeOff(
      t.ledger,
      {
        documentId: b.id,
        amount: 118_00,
        date: '2025-07-10',
        kind: 'bad_debt',
        reason: 'Customer wound up',
      },
      't',
    );
    expect(wo.number).toBe('WO/25-26/0002');
    expect(getDocument(t.ledger, a.id).openBalance).toBe(0);
    expect(arBalance(t.pune)).toBe(0);
    const [journal] = journalsForDocument(t.ledger, wo.id);
    expect(journal!.lines.map((l) => [l.accountName, l.debit, l.credit])).toEqual([
      ['Bad Debts', 118_00, 0],
      ['Sundry Debtors (Accounts Receivable)', 0, 118_00],
    ]);
    expect(verifyLedger(t.ledger).problems).toEqual([]);
  });

  it('suggests an exact match, a match net of TDS, or oldest due first', () => {
    const a = invoice(t.ledger, t.pune, 10_000_00, '2025-05-01'); // ₹11,800
    const b = invoice(t.ledger, t.pune, 20_000_00, '2025-06-01'); // ₹23,600
    expect(
      suggest(t.ledger, { customerId: t.pune, amount: 23_600_00, tdsAmount: 0, tdsRateBps: null }),
    ).toMatchObject({
      basis: 'exact',
      allocations: [{ documentId: b.id, amount: 23_600_00 }],
    });
    // Both, less 2% TDS on ₹30,000 taxable = ₹600.
    expect(
      suggest(t.ledger, { customerId: t.pune, amount: 34_800_00, tdsAmount: 0, tdsRateBps: 200 }),
    ).toMatchObject({
      basis: 'exact_net_of_tds',
      tdsAmount: 600_00,
      onAccount: 0,
    });
    expect(
      suggest(t.ledger, { customerId: t.pune, amount: 15_000_00, tdsAmount: 0, tdsRateBps: null }),
    ).toEqual({
      basis: 'oldest_first',
      allocations: [
        { documentId: a.id, amount: 11_800_00 },
        { documentId: b.id, amount: 3_200_00 },
      ],
      tdsAmount: 0,
      onAccount: 0,
    });
  });

  it('reads the customer ledger with an opening balance, and the TDS register by quarter', () => {
    const a = invoice(t.ledger, t.pune, 10_000_00, '2025-06-01');
    invoice(t.ledger, t.pune, 10_000_00, '2025-07-15');
    receive(t.ledger, {
      customerId: t.pune,
      bankAccountId: t.hdfc,
      date: '2025-07-20',
      amount: 11_600_00,
      tdsAmount: 200_00,
      tdsSection: '194C',
      allocations: [{ documentId: a.id, amount: 11_800_00 }],
    });
    receive(t.ledger, {
      customerId: t.pune,
      bankAccountId: t.hdfc,
      date: '2025-10-02',
      amount: 5_000_00,
      tdsAmount: 100_00,
      tdsSection: '194C',
    });
    const view = customerLedger(t.ledger, {
      customerId: t.pune,
      from: '2025-07-01',
      to: '2025-12-31',
    });
    expect(view.opening).toBe(11_800_00);
    expect(view.entries.map((e) => e.balance)).toEqual([23_600_00, 11_800_00, 6_700_00]);
    expect(view.onAccount).toBe(5_100_00);
    expect(tdsRegister(t.ledger, { from: null, to: null })).toEqual([
      expect.objectContaining({
        section: '194C',
        quarter: '2025-26 Q2',
        receipts: 1,
        tdsAmount: 200_00,
      }),
      expect.objectContaining({
        section: '194C',
        quarter: '2025-26 Q3',
        receipts: 1,
        tdsAmount: 100_00,
      }),
    ]);
  });

  it('refuses to change or delete a recorded receipt through SQL', () => {
    const r = receive(t.ledger, { customerId: t.pune, bankAccountId: t.hdfc, amount: 100_00 });
    expect(() =>
      t.ledger.sqlite
        .prepare('update receipt_details set amount = 1 where document_id = ?')
        .run(r.id),
    ).toThrow(/cannot be changed/);
    expect(() =>
      t.ledger.sqlite.prepare('update documents set total = 1 where id = ?').run(r.id),
    ).toThrow(/cannot be changed/);
    const cheque = receive(t.ledger, {
      customerId: t.pune,
      bankAccountId: t.hdfc,
      mode: 'cheque',
      instrumentNumber: '000111',
      instrumentDate: '2025-07-01',
      amount: 100_00,
    });
    depositCheque(t.ledger, cheque.id, '2025-07-02', 't');
    expect(() => t.ledger.sqlite.prepare('delete from cheque_events').run()).toThrow(/append-only/);
    expect(() =>
      t.ledger.sqlite
        .prepare(
          `insert into documents (kind, status, customer_id, date, place_of_supply, intra_state, bill_to_json, created_at, updated_at)
                  values ('gift', 'draft', ?, '2025-07-01', '27', 1, '{}', 'x', 'x')`,
        )
        .run(t.pune),
    ).toThrow(/FOREIGN KEY/);
  });

  it('records a receipt from the parsed contract the way the screen sends it', () => {
    const a = invoice(t.ledger, t.pune, 10_000_00);
    const r = recordReceipt(
      t.ledger,
      receiptInput.parse({
        customerId: t.pune,
        date: '2025-07-01',
        mode: 'upi',
        bankAccountId: t.hdfc,
        instrumentNumber: '518234567890',
        amount: 11_800_00,
        allocations: [{ documentId: a.id, amount: 11_800_00 }],
      }),
      't',
    );
    expect(r.allocations).toMatchObject([
      { debitNumber: a.number, amount: 11_800_00, reversed: false },
    ]);
  });
});

describe('credit exposure', () => {
  it('counts money on account against what a customer owes when checking the credit limit', () => {
    t.ledger.sqlite
      .prepare('update customers set credit_limit = ? where id = ?')
      .run(15_000_00, t.pune);
    invoice(t.ledger, t.pune, 10_000_00); // ₹11,800 owed
    const draft = createDraft(
      t.ledger,
      documentDraftInput.parse({
        customerId: t.pune,
        date: '2025-07-02',
        lines: [
          {
            description: 'Visit',
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
    expect(creditCheck(t.ledger, draft.id)).toMatchObject({ exposure: 11_800_00, overLimit: true });
    receive(t.ledger, { customerId: t.pune, bankAccountId: t.hdfc, amount: 10_000_00 }); // on account
    expect(creditCheck(t.ledger, draft.id)).toMatchObject({ exposure: 1_800_00, overLimit: false });
  });
});

describe('account day totals', () => {
  it('keeps per-day account totals with every journal line, and verify notices if they drift', () => {
    const a = invoice(t.ledger, t.pune, 10_000_00, '2025-06-01');
    receive(t.ledger, {
      customerId: t.pune,
      bankAccountId: t.hdfc,
      date: '2025-06-20',
      amount: 11_800_00,
      allocations: [{ documentId: a.id, amount: 11_800_00 }],
    });
    const ar = t.ledger.sqlite
      .prepare(
        `select t.date, t.debit, t.credit from account_day_totals t join accounts a on a.id = t.account_id
         where a.system_key = 'AR' order by t.date`,
      )
      .all();
    expect(ar).toEqual([
      { date: '2025-06-01', debit: 11_800_00, credit: 0 },
      { date: '2025-06-20', debit: 0, credit: 11_800_00 },
    ]);
    expect(verifyLedger(t.ledger).problems).toEqual([]);
    t.ledger.sqlite
      .prepare(
        `update account_day_totals set debit = debit + 1 where date = '2025-06-01'
         and account_id = (select id from accounts where system_key = 'AR')`,
      )
      .run();
    expect(verifyLedger(t.ledger).problems).toEqual([
      expect.stringMatching(/on 2025-06-01: the day's totals differ/),
    ]);
  });
});
