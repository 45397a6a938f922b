import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { customerInput } from '../../shared/customers/contract';
import { makeGstin } from '../../shared/gst';
import { BahiError } from '../../shared/result';
import { createCustomer } from '../customers/customers';
import { invoice, receiptsLedger, receive } from '../receipts/fixture';
import { count } from '../testing';
import { compareBalances, importTallyOutstanding, setExternalBalance } from './external';
import { readTallyOutstanding } from './tally';

const csv = (lines: string[]) => new TextEncoder().encode(lines.join('\r\n'));

// Group Outstandings as Tally Prime exports it to CSV: company, title and period first.
const GROUP_OUTSTANDINGS = [
  'Sahyadri Supplies Pvt Ltd',
  '"Plot 4, MIDC, Pune"',
  'Group Outstandings',
  'Sundry Debtors',
  '1-Apr-25 to 30-Jun-25',
  '',
  'Particulars,Ledger Code,GSTIN/UIN,Closing Balance,Dr/Cr',
  'PUNE Ltd,,,"11,800.00",Dr', // exact name
  'M/s. Kaveri Traders Private Limited,,,"1,18,000.00",Dr', // normalised name
  'Deccan Mart (Old A/c),DEC,,"5,000.00",Dr', // code
  `Nashik Agro,,${makeGstin('27', 'AAACN1234M')},"250.50",Cr`, // GSTIN
  'Mumbai Wholesale Depot,,,"2,360.00",Dr', // alias learnt from the bank
  'Unknown Enterprises,,,"9,999.00",Dr', // nobody
  'Grand Total,,,"1,27,911.50",Dr',
];

describe('Tally outstanding reports', () => {
  let t: ReturnType<typeof receiptsLedger>;
  let kaveri: number;
  let deccan: number;
  let nashik: number;
  let mumbai: number;
  beforeEach(() => {
    t = receiptsLedger();
    const customer = (code: string, name: string, gstin: string | null = null) =>
      createCustomer(t.ledger, customerInput.parse({ code, name, gstin, stateCode: '27' }), 't').id;
    kaveri = customer('KAV', 'Kaveri Traders Pvt. Ltd.');
    deccan = customer('DEC', 'Deccan Mart');
    nashik = customer('NSK', 'Nashik Agro Industries', makeGstin('27', 'AAACN1234M'));
    mumbai = customer('MUM', 'Mumbai Wholesale');
    t.ledger.sqlite
      .prepare(`insert into bank_aliases (customer_id, alias, created_at) values (?, ?, 'x')`)
      .run(mumbai, 'MUMBAI WHOLESALE DEPOT');
    invoice(t.ledger, t.pune, 10_000_00, '2025-05-01'); // 11,800.00
    invoice(t.ledger, kaveri, 1_00_000_00, '2025-05-02'); // 1,18,000.00
    invoice(t.ledger, deccan, 5_000_00, '2025-05-03'); // 5,900.00: Tally says 5,000.00
    invoice(t.ledger, t.blr, 2_000_00, '2025-05-04'); // 2,360.00: not in Tally's list
    receive(t.ledger, {
      customerId: nashik,
      bankAccountId: t.hdfc,
      date: '2025-05-05',
      amount: 250_50,
    });
    invoice(t.ledger, mumbai, 2_000_00, '2025-05-06'); // 2,360.00
  });
  afterEach(() => t.ledger.cleanup());

  const importCsv = (lines: string[], asOf = '2025-06-30') =>
    importTallyOutstanding(
      t.ledger,
      { source: 'tally', asOf, fileName: 'outstanding.csv', bytes: csv(lines) },
      't',
    );

  it('reads Group Outstandings under its preamble, matches every way, lists the unknown party, and compares', async () => {
    const r = await importCsv(GROUP_OUTSTANDINGS);
    expect(r).toMatchObject({ rowsRead: 6, matched: 5, replaced: 0 });
    expect(r.unmatched).toEqual([
      expect.objectContaining({ line: 13, partyName: 'Unknown Enterprises', balance: 9_999_00 }),
    ]);
    const c = compareBalances(t.ledger, { source: 'tally', asOf: '2025-06-30' });
    expect(
      c.rows.map((x) => [
        x.status,
        x.customerCode ?? x.partyName,
        x.matchedBy,
        x.ours,
        x.theirs,
        x.difference,
      ]),
    ).toEqual([
      ['different', 'DEC', 'code', 5_900_00, 5_000_00, 900_00],
      ['only_external', 'Unknown Enterprises', null, null, 9_999_00, null],
      ['only_bahi', 'BLR', null, 2_360_00, null, null],
      ['equal', 'KAV', 'normalised', 1_18_000_00, 1_18_000_00, 0],
      ['equal', 'MUM', 'alias', 2_360_00, 2_360_00, 0],
      ['equal', 'NSK', 'gstin', -250_50, -250_50, 0],
      ['equal', 'PUNE', 'name', 11_800_00, 11_800_00, 0],
    ]);
    expect(c.counts).toEqual({ equal: 4, different: 1, only_external: 1, only_bahi: 1 });
    expect(c.totals).toEqual({
      ours: 11_800_00 + 1_18_000_00 + 5_900_00 + 2_360_00 - 250_50 + 2_360_00,
      theirs: 11_800_00 + 1_18_000_00 + 5_000_00 + 2_360_00 - 250_50 + 9_999_00,
      difference: 900_00 + 2_360_00 - 9_999_00,
    });
    expect(
      compareBalances(t.ledger, { source: 'tally', asOf: '2025-06-30', differencesOnly: true })
        .rows,
    ).toHaveLength(3);
  });

  it('importing the same file twice replaces the set, and each import is audited', async () => {
    await importCsv(GROUP_OUTSTANDINGS);
    const again = await importCsv(GROUP_OUTSTANDINGS);
    expect(again.replaced).toBe(6);
    expect(count(t.ledger, 'external_balances')).toBe(6);
    // Another date is another set.
    await importCsv(GROUP_OUTSTANDINGS, '2025-05-31');
    expect(count(t.ledger, 'external_balances')).toBe(12);
    const audits = t.ledger.sqlite
      .prepare(`select command from audit_log where entity = 'external_balances'`)
      .pluck()
      .all();
    expect(audits).toEqual(Array(3).fill('booksReconciliation.importTally'));
  });

  it('a balance entered by hand replaces that customer’s figure', async () => {
    await importCsv(GROUP_OUTSTANDINGS);
    const row = setExternalBalance(
      t.ledger,
      { source: 'tally', asOf: '2025-06-30', customerId: deccan, balance: 5_900_00 },
      't',
    );
    expect(row).toMatchObject({ status: 'equal', matchedBy: 'chosen', theirs: 5_900_00 });
    const blr = setExternalBalance(
      t.ledger,
      { source: 'tally', asOf: '2025-06-30', customerId: t.blr, balance: 2_000_00 },
      't',
    );
    expect(blr).toMatchObject({ status: 'different', difference: 360_00, partyName: 'BLR Ltd' });
    expect(count(t.ledger, 'external_balances')).toBe(7);
    // The unknown party turns out to be Bangalore's old name in Tally.
    const assigned = setExternalBalance(
      t.ledger,
      {
        source: 'tally',
        asOf: '2025-06-30',
        customerId: t.blr,
        balance: 2_360_00,
        partyName: 'Unknown Enterprises',
      },
      't',
    );
    expect(assigned).toMatchObject({ status: 'equal', partyName: 'Unknown Enterprises' });
    const after = compareBalances(t.ledger, { source: 'tally', asOf: '2025-06-30' });
    expect(after.counts).toEqual({ equal: 6, different: 0, only_external: 0, only_bahi: 0 });
    expect(count(t.ledger, 'external_balances')).toBe(6);
    expect(() =>
      setExternalBalance(
        t.ledger,
        { source: 'tally', asOf: '2025-06-30', customerId: 999, balance: 1 },
        't',
      ),
    ).toThrow(/no customer #999/);
  });

  it('a line with a bad amount refuses the file with its line number, and nothing is written', async () => {
    const bad = [...GROUP_OUTSTANDINGS];
    bad[9] = 'Deccan Mart,DEC,,"5,OOO.00",Dr';
    const err = await importCsv(bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BahiError);
    expect((err as BahiError).code).toBe('IMPORT_INVALID');
    expect((err as BahiError).message).toMatch(/line 10, balance: "5,OOO.00" is not an amount/);
    expect(count(t.ledger, 'external_balances')).toBe(0);
    await expect(importCsv(['Sahyadri', 'Some report', 'a,b,c'])).rejects.toThrow(/no header row/);
  });

  it('reads separate Debit and Credit columns under "Closing Balance", from XLSX', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Group Outstandings');
    ws.addRow(['Sahyadri Supplies Pvt Ltd']);
    ws.addRow(['Group Outstandings']);
    ws.addRow(['Particulars', 'Closing Balance', null]);
    ws.addRow([null, 'Debit', 'Credit']);
    ws.addRow(['PUNE Ltd', 11_800, null]);
    ws.addRow(['Nashik Agro Industries', null, '250.50']);
    ws.addRow(['Grand Total', 11_800, 250.5]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(await readTallyOutstanding('go.xlsx', bytes)).toEqual([
      { line: 5, partyName: 'PUNE Ltd', code: null, gstin: null, balance: 11_800_00 },
      { line: 6, partyName: 'Nashik Agro Industries', code: null, gstin: null, balance: -250_50 },
    ]);
  });

  it('reads a bare Dr/Cr in the unnamed column after the balance', async () => {
    const rows = await readTallyOutstanding(
      'ledgers.csv',
      csv([
        'List of Ledgers',
        'Name of Ledger,Closing Balance,',
        'Deccan Mart,"5,900.00",Dr',
        'Nashik Agro Industries,250.50,Cr',
        'Mumbai Wholesale,0.00,',
      ]),
    );
    expect(rows.map((r) => [r.partyName, r.balance])).toEqual([
      ['Deccan Mart', 5_900_00],
      ['Nashik Agro Industries', -250_50],
      ['Mumbai Wholesale', 0],
    ]);
  });

  it("adds up Bills Receivable's rows per party, the side written in the amount", async () => {
    const rows = await readTallyOutstanding(
      'bills.csv',
      csv([
        'Bills Receivable',
        "Date,Ref. No.,Party's Name,Pending Amount,Due on,Overdue by days",
        '1-May-25,INV/1,Deccan Mart,"3,000.00 Dr",31-May-25,30',
        '3-May-25,INV/2,Deccan Mart,"2,900.00 Dr",2-Jun-25,28',
        '5-May-25,RCT/9,Nashik Agro Industries,(250.50),,',
        ',,,"5,649.50 Dr",,',
      ]),
    );
    expect(rows.map((r) => [r.partyName, r.balance])).toEqual([
      ['Deccan Mart', 5_900_00],
      ['Nashik Agro Industries', -250_50],
    ]);
  });
});
