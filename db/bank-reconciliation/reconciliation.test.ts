import { afterEach, describe, expect, it } from 'vitest';
import { count } from '../testing';
import { invoice, receive, receiptsLedger } from '../receipts/fixture';
import { getReceipt } from '../receipts/receipts';
import { importStatement, rememberedMapping } from './import';
import {
  acceptAbove,
  acceptMatch,
  createReceiptFromLine,
  listLines,
  suggestionsFor,
  unmatch,
  unmatchedQueue,
} from './matches';
import { bankReconciliation } from './statement';
import { csvBytes, hdfcCsv } from './testing';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function setup() {
  const f = receiptsLedger();
  cleanup = () => f.ledger.close?.();
  return f;
}

describe('bank statement import', () => {
  it('adds each line once: a second import of the same file adds nothing', async () => {
    const { ledger, hdfc } = setup();
    const file = hdfcCsv([
      {
        date: '2025-07-01',
        narration: 'NEFT CR-HDFC0000001-PUNE LTD-HDFCN52025070112345',
        credit: 118_00_00,
      },
      { date: '2025-07-02', narration: 'CHARGES', debit: 100_00 },
    ]);
    const first = await importStatement(
      ledger,
      { bankAccountId: hdfc, fileName: 'jul.csv', bytes: csvBytes(file) },
      't',
    );
    expect(first).toMatchObject({ linesRead: 2, linesNew: 2, linesAlready: 0, warnings: [] });
    const audits = count(ledger, 'audit_log');
    const second = await importStatement(
      ledger,
      { bankAccountId: hdfc, fileName: 'jul.csv', bytes: csvBytes(file) },
      't',
    );
    expect(second).toMatchObject({ importId: null, linesNew: 0, linesAlready: 2 });
    expect(count(ledger, 'bank_statement_lines')).toBe(2);
    expect(count(ledger, 'bank_statement_imports')).toBe(1);
    expect(count(ledger, 'audit_log')).toBe(audits);
  });

  it('refuses a malformed file with its line and writes nothing', async () => {
    const { ledger, hdfc } = setup();
    const file = hdfcCsv([{ date: '2025-07-01', narration: 'NEFT CR X', credit: 500_00 }]).replace(
      '500.00',
      '5x0.00',
    );
    const audits = count(ledger, 'audit_log');
    await expect(
      importStatement(
        ledger,
        { bankAccountId: hdfc, fileName: 'bad.csv', bytes: csvBytes(file) },
        't',
      ),
    ).rejects.toMatchObject({
      code: 'IMPORT_INVALID',
      issues: [expect.objectContaining({ row: 2 })],
    });
    expect(count(ledger, 'bank_statement_lines')).toBe(0);
    expect(count(ledger, 'bank_statement_imports')).toBe(0);
    expect(count(ledger, 'audit_log')).toBe(audits);
  });

  it('remembers a column mapping for the bank account and uses it next time', async () => {
    const { ledger, hdfc } = setup();
    const text = 'When,What,In,Out\r\n01/07/2025,NEFT CR PUNE,1000.00,\r\n';
    const mapping = { date: 'When', narration: 'What', credit: 'In', debit: 'Out' };
    const r = await importStatement(
      ledger,
      { bankAccountId: hdfc, fileName: 'own.csv', bytes: csvBytes(text), mapping },
      't',
    );
    expect(r).toMatchObject({ linesNew: 1, mappingUsed: 'given' });
    expect(rememberedMapping(ledger, hdfc)).toEqual(mapping);
    const next = await importStatement(
      ledger,
      {
        bankAccountId: hdfc,
        fileName: 'own2.csv',
        bytes: csvBytes(text.replace('01/07', '02/07')),
      },
      't',
    );
    expect(next).toMatchObject({ linesNew: 1, mappingUsed: 'remembered' });
  });

  it('still reads the bank’s own download after a mapping is remembered for the account', async () => {
    const { ledger, hdfc } = setup();
    const mapping = { date: 'When', narration: 'What', credit: 'In', debit: 'Out' };
    await importStatement(
      ledger,
      {
        bankAccountId: hdfc,
        fileName: 'own.csv',
        bytes: csvBytes('When,What,In,Out\r\n01/07/2025,NEFT CR PUNE,1000.00,\r\n'),
        mapping,
      },
      't',
    );
    const file = hdfcCsv([{ date: '2025-07-02', narration: 'UPI/CR/5123/KONKAN', credit: 500_00 }]);
    const r = await importStatement(
      ledger,
      { bankAccountId: hdfc, fileName: 'hdfc.csv', bytes: csvBytes(file) },
      't',
    );
    expect(r).toMatchObject({ linesNew: 1, mappingUsed: 'none' });
    expect(rememberedMapping(ledger, hdfc)).toEqual(mapping);
  });

  it('reports balance breaks', async () => {
    const { ledger, hdfc } = setup();
    const file = hdfcCsv([
      { date: '2025-07-01', narration: 'A', credit: 100_00 },
      { date: '2025-07-02', narration: 'B', credit: 200_00 },
    ]).replace('300.00', '301.00');
    const r = await importStatement(
      ledger,
      { bankAccountId: hdfc, fileName: 'b.csv', bytes: csvBytes(file) },
      't',
    );
    expect(r.warnings.length).toBeGreaterThan(0);
  });
});

describe('matching', () => {
  it('matches by UTR, clears a deposited cheque, learns an alias, un-matches with a reason', async () => {
    const { ledger, hdfc, pune, blr } = setup();
    const inv = invoice(ledger, pune, 100_000_00);
    invoice(ledger, blr, 50_000_00);
    const neft = receive(ledger, {
      customerId: pune,
      bankAccountId: hdfc,
      amount: 40_000_00,
      instrumentNumber: 'HDFCN52025070112345',
    });
    const chq = receive(ledger, {
      customerId: blr,
      bankAccountId: hdfc,
      amount: 20_000_00,
      mode: 'cheque',
      instrumentNumber: '004512',
      instrumentDate: '2025-07-01',
    });
    const { depositCheque } = await import('../receipts/receipts');
    depositCheque(ledger, chq.id, '2025-07-01', 't');
    await importStatement(
      ledger,
      {
        bankAccountId: hdfc,
        fileName: 'jul.csv',
        bytes: csvBytes(
          hdfcCsv([
            {
              date: '2025-07-01',
              narration: 'NEFT CR-HDFC0000001-PUNE WORKS-HDFCN52025070112345',
              credit: 40_000_00,
            },
            {
              date: '2025-07-03',
              narration: 'CLG CHQ DEP 004512 BLR',
              reference: '004512',
              credit: 20_000_00,
            },
            {
              date: '2025-07-04',
              narration: 'UPI/CR/123456789012/PUNE WORKS/okaxis',
              credit: inv.totals.total,
            },
            { date: '2025-07-05', narration: 'INT.PD', credit: 12_00 },
          ]),
        ),
      },
      't',
    );
    const s = suggestionsFor(ledger, hdfc);
    const top = (i: number) => s[i]!.suggestions[0]!;
    expect(top(0)).toMatchObject({ kind: 'receipt', receiptId: neft.id });
    expect(top(0).score).toBeGreaterThanOrEqual(95);
    expect(top(1)).toMatchObject({ kind: 'receipt', receiptId: chq.id });
    const r = acceptAbove(ledger, { bankAccountId: hdfc, threshold: 95 }, 't');
    expect(r.matched).toHaveLength(2);
    expect(getReceipt(ledger, chq.id).chequeStatus).toBe('cleared');
    // PUNE WORKS was learnt from the NEFT match; the UPI line is now recognised by it.
    const after = suggestionsFor(ledger, hdfc);
    const upi = after.find((x) => x.line.narration.startsWith('UPI'))!;
    expect(upi.suggestions[0]).toMatchObject({ kind: 'new_receipt', customerId: pune });
    expect(upi.suggestions[0]!.reasons.join(' ')).toContain('alias');

    const line = listLines(ledger, hdfc)[0]!;
    expect(() => acceptMatch(ledger, { lineId: line.id, receiptId: neft.id }, 't')).toThrow(
      /already matched/,
    );
    expect(() => unmatch(ledger, { lineId: line.id, reason: ' ' }, 't')).toThrow(/why/);
    unmatch(ledger, { lineId: line.id, reason: 'wrong customer' }, 't');
    // The database itself refuses a second live match.
    acceptMatch(ledger, { lineId: line.id, receiptId: neft.id }, 't');
    expect(() =>
      ledger.sqlite
        .prepare(
          `insert into bank_matches (line_id, receipt_id, score, reasons, matched_by, matched_at) values (?, ?, 1, '[]', 't', 'x')`,
        )
        .run(line.id, neft.id),
    ).toThrow(/UNIQUE/);
    expect(() => ledger.sqlite.prepare('delete from bank_matches').run()).toThrow(/never deleted/);
    expect(count(ledger, 'bank_matches')).toBe(3);
  });

  it('creates a receipt from an unmatched line, allocated, and matches it; the queue shows ages', async () => {
    const { ledger, hdfc, pune } = setup();
    const a = invoice(ledger, pune, 10_000_00, '2025-05-01');
    invoice(ledger, pune, 20_000_00, '2025-06-01');
    await importStatement(
      ledger,
      {
        bankAccountId: hdfc,
        fileName: 'jul.csv',
        bytes: csvBytes(
          hdfcCsv([
            {
              date: '2025-07-04',
              narration: 'NEFT CR-SBIN0001-PUNE LTD-SBIN125070400001',
              credit: a.totals.total - 20_000,
            },
          ]),
        ),
      },
      't',
    );
    const [line] = unmatchedQueue(ledger, hdfc, '2025-07-10');
    expect(line!.ageDays).toBe(6);
    const { receipt } = createReceiptFromLine(ledger, { lineId: line!.id, customerId: pune }, 't');
    expect(receipt).toMatchObject({
      amount: a.totals.total - 20_000,
      tdsAmount: 20_000,
      mode: 'neft',
      instrumentNumber: 'SBIN125070400001',
    });
    expect(receipt.allocations.map((x) => x.debitId)).toEqual([a.id]);
    expect(unmatchedQueue(ledger, hdfc, '2025-07-10')).toHaveLength(0);
  });
});

describe('bank reconciliation statement', () => {
  it('adds up: books + items = bank', async () => {
    const { ledger, hdfc, pune } = setup();
    invoice(ledger, pune, 100_000_00);
    const r1 = receive(ledger, {
      customerId: pune,
      bankAccountId: hdfc,
      amount: 10_000_00,
      instrumentNumber: 'UTR0000000001',
      date: '2025-07-01',
    });
    receive(ledger, {
      customerId: pune,
      bankAccountId: hdfc,
      amount: 5_000_00,
      instrumentNumber: 'UTR0000000002',
      date: '2025-07-02',
    });
    await importStatement(
      ledger,
      {
        bankAccountId: hdfc,
        fileName: 'jul.csv',
        bytes: csvBytes(
          hdfcCsv(
            [
              { date: '2025-07-01', narration: 'NEFT UTR0000000001', credit: 10_000_00 },
              { date: '2025-07-03', narration: 'UNKNOWN PARTY', credit: 777_00 },
              { date: '2025-07-03', narration: 'CHARGES', debit: 59_00 },
            ],
            1_000_00,
          ),
        ),
      },
      't',
    );
    acceptMatch(ledger, { lineId: listLines(ledger, hdfc)[0]!.id, receiptId: r1.id }, 't');
    const brs = bankReconciliation(ledger, hdfc, '2025-07-31');
    expect(brs.balancePerBooks).toBe(15_000_00);
    expect(brs.balancePerBank).toBe(1_000_00 + 10_000_00 + 777_00 - 59_00);
    expect(brs.balancePerBooks + brs.items.reduce((s, i) => s + i.amount, 0) + brs.difference).toBe(
      brs.balancePerBank,
    );
    expect(brs.totals.in_books_not_in_bank_debit).toBe(-5_000_00);
    expect(brs.totals.in_bank_not_in_books_credit).toBe(777_00);
    expect(brs.totals.in_bank_not_in_books_debit).toBe(-59_00);
    // HDFC's CSV states no opening balance, so the first line's balance carries it: a difference.
    expect(brs.difference).toBe(
      brs.balancePerBank - brs.balancePerBooks - brs.items.reduce((s, i) => s + i.amount, 0),
    );
  });
});
