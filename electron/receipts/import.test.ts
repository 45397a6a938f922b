import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyLedger } from '../../db/audit/audit';
import { getDocument } from '../../db/invoices/invoices';
import { invoice } from '../../db/receipts/fixture';
import { getReceipt, listReceipts } from '../../db/receipts/receipts';
import { count } from '../../db/testing';
import { BahiError } from '../../shared/result';
import { importReceiptsFile } from './import';
import { documentsLedger } from './testing';

let t: ReturnType<typeof documentsLedger>;
let inv: { a: number; b: number; c: number; blr: number };
beforeEach(() => {
  t = documentsLedger();
  inv = {
    a: invoice(t.ledger, t.pune, 100_000_00).id, // INV/25-26/0001 ₹1,18,000.00
    b: invoice(t.ledger, t.pune, 50_000_00, '2025-06-10').id, // INV/25-26/0002 ₹59,000.00
    c: invoice(t.ledger, t.pune, 40_000_00, '2025-06-15').id, // INV/25-26/0003 ₹47,200.00
    blr: invoice(t.ledger, t.blr, 20_000_00, '2025-06-20').id, // INV/25-26/0004 ₹23,600.00
  };
});
afterEach(() => t.ledger.cleanup());

const HEADER =
  'number,customer_code,date,amount,mode,reference,invoice_number,allocated_amount,tds_amount,tds_section,bank_charges,bank_account,cheque_date,drawee_bank,narration';
const csv = (...rows: string[]) => Buffer.from([HEADER, ...rows].join('\n'));
const run = (bytes: Buffer, dryRun = false) =>
  importReceiptsFile(t.ledger, { fileName: 'receipts.csv', bytes, dryRun, actor: 't' });

/** Everything an import writes: a refused file must leave every one of these as it was. */
const TABLES = [
  'documents',
  'receipt_details',
  'allocations',
  'journals',
  'journal_lines',
  'audit_log',
  'series',
];
const snapshot = () => TABLES.map((table) => count(t.ledger, table));

async function refusal(bytes: Buffer, dryRun = false): Promise<BahiError> {
  try {
    await run(bytes, dryRun);
  } catch (e) {
    if (e instanceof BahiError) return e;
    throw e;
  }
  throw new Error('expected the file to be refused');
}

const GOOD = csv(
  'R-101,PUNE,01-07-2025,"1,74,000.00",NEFT,HDFCN52025070112345,INV/25-26/0001,"1,18,000",3000,194C,25,,,,',
  'R-101,pune,2025-07-01,174000,,,INV/25-26/0002,59000,,,,,,,',
  'R-102,PUNE,02/07/2025,50000,Cheque,123456,inv/25-26/0003,30000,,,,HDFC Current 1234,30-06-2025,ICICI Bank,',
  'R-104,BLR,03-07-2025,"15,000",cash,,,,,,,,,,Counter sale balance',
  'R-103,BLR,03-07-2025,25000,UPI,upi-7781,,,,,,,,,Advance against PO 4512',
);

describe('receipts import', () => {
  it('records receipts, allocations and on-account money, numbered in date order', async () => {
    expect(await run(GOOD)).toEqual({ rows: 5, receipts: 4, allocations: 3, dryRun: false });
    const receipts = listReceipts(t.ledger, { search: '', limit: 10 }).reverse();
    expect(
      receipts.map((r) => [
        r.number,
        r.customerCode,
        r.date,
        r.mode,
        r.bankAccountName,
        r.amount,
        r.unallocated,
        r.narration,
      ]),
    ).toEqual([
      [
        'RCT/25-26/0001',
        'PUNE',
        '2025-07-01',
        'neft',
        'HDFC Current 1234',
        174_000_00,
        0,
        'Old receipt no. R-101',
      ],
      [
        'RCT/25-26/0002',
        'PUNE',
        '2025-07-02',
        'cheque',
        'HDFC Current 1234',
        50_000_00,
        20_000_00,
        'Old receipt no. R-102',
      ],
      [
        'RCT/25-26/0003',
        'BLR',
        '2025-07-03',
        'cash',
        'Cash in Hand',
        15_000_00,
        15_000_00,
        'Counter sale balance (old receipt no. R-104)',
      ],
      [
        'RCT/25-26/0004',
        'BLR',
        '2025-07-03',
        'upi',
        'HDFC Current 1234',
        25_000_00,
        25_000_00,
        'Advance against PO 4512 (old receipt no. R-103)',
      ],
    ]);
    const first = getReceipt(t.ledger, receipts[0]!.id);
    expect(first).toMatchObject({
      instrumentNumber: 'HDFCN52025070112345',
      tdsAmount: 3_000_00,
      tdsSection: '194C',
      bankCharges: 25_00,
    });
    expect(first.allocations.map((a) => [a.debitNumber, a.amount])).toEqual([
      ['INV/25-26/0001', 118_000_00],
      ['INV/25-26/0002', 59_000_00],
    ]);
    expect(getReceipt(t.ledger, receipts[1]!.id)).toMatchObject({
      instrumentDate: '2025-06-30',
      draweeBank: 'ICICI Bank',
    });
    expect(getDocument(t.ledger, inv.a).openBalance).toBe(0);
    expect(getDocument(t.ledger, inv.c).openBalance).toBe(17_200_00);
    expect(verifyLedger(t.ledger)).toMatchObject({ ok: true, problems: [] });
  });

  it('checks a file without saving anything, and refuses the same receipts twice', async () => {
    const before = snapshot();
    expect(await run(GOOD, true)).toEqual({ rows: 5, receipts: 4, allocations: 3, dryRun: true });
    expect(snapshot()).toEqual(before);

    await run(GOOD);
    const imported = snapshot();
    const again = await refusal(GOOD);
    const numbers = again.issues?.filter((i) => i.field === 'number');
    expect(numbers?.map((i) => [i.row, i.field])).toEqual([
      [2, 'number'],
      [4, 'number'],
      [5, 'number'],
      [6, 'number'],
    ]);
    expect(numbers?.[0]?.message).toBe(
      'Receipt R-101 was imported before, as RCT/25-26/0001: take it out of the file',
    );
    expect(snapshot()).toEqual(imported);
  });

  it('refuses the whole file for one bad row, naming row and column, and writes nothing', async () => {
    const before = snapshot();
    const e = await refusal(
      csv(
        'R-1,PUNE,01-07-2025,100000,NEFT,UTR1,INV/25-26/0001,100000,,,,,,,',
        // Earlier rows of the file count against the invoice: only ₹18,000 is left of 0001.
        'R-2,PUNE,01-07-2025,20000,NEFT,UTR2,INV/25-26/0001,20000,,,,,,,',
        'R-3,PUNE,02-07-2025,59000,NEFT,UTR3,INV/25-26/0002,30000,,,,,,,',
        'R-3,PUNE,02-07-2025,59500,,,INV/25-26/0003,29000,,,,,,,',
        'R-4,NOBODY,02-07-2025,1000,NEFT,UTR4,,,,,,,,,',
        'R-5,PUNE,31-06-2025,1000,NEFT,UTR5,,,,,,,,,',
        'R-6,PUNE,03-07-2025,1000,NEFT,UTR6,INV/25-26/0004,1000,,,,,,,',
        'R-7,PUNE,03-07-2025,1000,DD-ish,UTR7,,,,,,Kotak,,,',
      ),
    );
    expect(e.code).toBe('IMPORT_INVALID');
    expect(e.message).toBe(
      '6 of 8 rows have problems; nothing was imported. Fix them and import the file again.',
    );
    expect(e.issues).toEqual([
      {
        row: 3,
        field: 'allocated_amount',
        message:
          'INV/25-26/0001 has only ₹18,000.00 open after row 2 of this file: allocate at most that',
      },
      {
        row: 5,
        field: 'amount',
        message:
          'Receipt R-3 has amount 59000 on row 4 but 59500 here: the rows of one receipt must agree',
      },
      {
        row: 6,
        field: 'customer_code',
        message: 'There is no customer NOBODY: import customers first',
      },
      {
        row: 7,
        field: 'date',
        message: '"31-06-2025" is not a date (e.g. 01-07-2025 or 2025-07-01)',
      },
      {
        row: 8,
        field: 'invoice_number',
        message: 'INV/25-26/0004 is an invoice of BLR, not of PUNE',
      },
      {
        row: 9,
        field: 'mode',
        message: '"DD-ish" is not a mode: use cheque, NEFT, RTGS, IMPS, UPI, card, cash or other',
      },
    ]);
    expect(snapshot()).toEqual(before);
  });

  it('names the row of an allocation beyond what the receipt brought in', async () => {
    const e = await refusal(
      csv(
        'R-1,PUNE,01-07-2025,100000,NEFT,UTR1,INV/25-26/0001,90000,,,,,,,',
        'R-1,PUNE,01-07-2025,100000,,,INV/25-26/0002,20000,,,,,,,',
      ),
    );
    expect(e.issues).toEqual([
      {
        row: 3,
        field: 'allocated_amount',
        message:
          'Receipt R-1 allocates ₹1,10,000.00 by this row, more than the ₹1,00,000.00 received plus TDS: reduce an allocation',
      },
    ]);
  });

  it('maps the ledger’s own refusals to the row and column, even on a dry run', async () => {
    const before = snapshot();
    // Section 269ST counts every cash receipt from one person in a day, across rows of the file.
    const bytes = csv(
      'C-1,PUNE,01-07-2025,150000,cash,,,,,,,,,,',
      'C-2,PUNE,01-07-2025,60000,cash,,,,,,,,,,',
      'Q-1,PUNE,01-07-2025,1000,cheque,12AB,,,,,,,,,',
    );
    const dry = await refusal(bytes, true);
    expect(dry.issues).toEqual([
      { row: 4, field: 'reference', message: 'Enter the 6-digit cheque number' },
      { row: 4, field: 'cheque_date', message: 'Enter the cheque date' },
    ]);
    const ledgerRefusal = await refusal(
      csv('C-1,PUNE,01-07-2025,150000,cash,,,,,,,,,,', 'C-2,PUNE,01-07-2025,60000,cash,,,,,,,,,,'),
      true,
    );
    expect(ledgerRefusal.issues).toEqual([
      {
        row: 3,
        field: 'amount',
        message: expect.stringContaining('Section 269ST bars taking ₹2,00,000 or more in cash'),
      },
    ]);
    expect(snapshot()).toEqual(before);
  });

  it('reads the template as Excel saves it: a BOM and CRLF line ends', async () => {
    const bytes = Buffer.from(
      `\uFEFF${HEADER}\r\nR-9,BLR,03-07-2025,"23,600.00",RTGS,HDFCR52025070300001,INV/25-26/0004,"23,600.00",,,,,,,\r\n`,
    );
    expect(await run(bytes)).toEqual({ rows: 1, receipts: 1, allocations: 1, dryRun: false });
    expect(getDocument(t.ledger, inv.blr).openBalance).toBe(0);
  });

  it('asks for the columns it needs', async () => {
    const e = await refusal(
      Buffer.from('number,customer_code,date,amount\nR-1,PUNE,01-07-2025,5\n'),
    );
    expect(e.issues?.map((i) => i.field)).toEqual([
      'mode',
      'reference',
      'invoice_number',
      'allocated_amount',
    ]);
  });
});
