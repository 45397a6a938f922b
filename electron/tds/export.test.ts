import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCustomer } from '../../db/customers/customers';
import { receiptsLedger, receive } from '../../db/receipts/fixture';
import { customerInput } from '../../shared/customers/contract';
import { INDIAN_NUMBER_FORMAT } from '../documents/excel';
import { exportTdsRegisterWorkbook } from './export';

// exceljs reads the format back without the escapes it was written with.
const INDIAN = INDIAN_NUMBER_FORMAT.replace(/\\/g, '');

let t: ReturnType<typeof receiptsLedger>;
beforeEach(() => (t = receiptsLedger()));
afterEach(() => t.ledger.cleanup());

const tdsReceipt = (customerId: number, date: string, tdsAmount: number, tdsSection: string) =>
  receive(t.ledger, {
    customerId,
    bankAccountId: t.hdfc,
    date,
    amount: 5_00_000_00,
    tdsAmount,
    tdsSection,
  });

async function readBack(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.getWorksheet('TDS register')!;
}

describe('TDS register export', () => {
  it('writes company, report and period on top, real numbers and dates, bold totals, frozen header', async () => {
    tdsReceipt(t.pune, '2025-07-01', 2_000_00, '194C');
    tdsReceipt(t.pune, '2025-08-14', 1_500_00, '194C');
    tdsReceipt(t.pune, '2025-10-03', 1_23_456_78, '194J');
    tdsReceipt(t.blr, '2025-05-10', 999_99, '194C');
    tdsReceipt(t.blr, '2026-04-02', 700_00, '194C'); // next year: outside the period
    receive(t.ledger, { customerId: t.blr, bankAccountId: t.hdfc, amount: 1_000_00 }); // no TDS

    const { fileName, bytes } = await exportTdsRegisterWorkbook(t.ledger, {
      from: '2025-04-01',
      to: '2026-03-31',
    });
    expect(fileName).toBe('tds-register-2025-04-01-to-2026-03-31.xlsx');
    const sheet = await readBack(bytes);

    expect(sheet.getCell('A1').value).toBe('Sahyadri Supplies Pvt Ltd');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A2').value).toBe('TDS receivable register');
    const from = sheet.getCell('B3');
    const to = sheet.getCell('D3');
    expect(from.value).toBeInstanceOf(Date);
    expect((from.value as Date).toISOString().slice(0, 10)).toBe('2025-04-01');
    expect((to.value as Date).toISOString().slice(0, 10)).toBe('2026-03-31');
    expect(from.numFmt).toBe('dd-mm-yyyy');

    expect(sheet.getRow(5).values).toEqual([
      undefined,
      'Customer code',
      'Customer',
      'PAN',
      'Section',
      'Quarter',
      'Receipts',
      'TDS amount',
    ]);
    expect(sheet.getCell('A5').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(sheet.autoFilter).toBeTruthy();

    const data = [6, 7, 8, 9].map((n) => sheet.getRow(n));
    expect(data.map((r) => [r.getCell(1).value, r.getCell(4).value, r.getCell(5).value])).toEqual([
      ['BLR', '194C', '2025-26 Q1'],
      ['PUNE', '194C', '2025-26 Q2'],
      ['PUNE', '194J', '2025-26 Q3'],
      [null, null, null],
    ]);
    expect(data[0]!.getCell(3).value).toBe('AAACB1234L');
    const pune194C = data[1]!;
    expect(pune194C.getCell(6).value).toBe(2);
    expect(pune194C.getCell(7).value).toBe(3_500);
    expect(typeof data[2]!.getCell(7).value).toBe('number');
    expect(data[2]!.getCell(7).value).toBe(1_23_456.78);
    expect(data[2]!.getCell(7).numFmt).toBe(INDIAN);

    const totals = sheet.getRow(10);
    expect(totals.getCell(1).value).toBe('Total');
    expect(totals.getCell(6).value).toBe(4);
    expect(totals.getCell(7).value).toBe(1_27_956.77);
    expect(totals.getCell(1).font?.bold).toBe(true);
    expect(totals.getCell(7).font?.bold).toBe(true);
    expect(totals.getCell(7).numFmt).toBe(INDIAN);
  });

  it('names one customer in the title, and stores formula-like text as text', async () => {
    const odd = createCustomer(
      t.ledger,
      customerInput.parse({ code: 'ODD', name: '=HYPERLINK("x") Traders', stateCode: '27' }),
      't',
    ).id;
    receive(t.ledger, {
      customerId: odd,
      bankAccountId: t.hdfc,
      date: '2025-06-01',
      amount: 10_000_00,
      tdsAmount: 200_00,
      tdsSection: '194C',
    });
    tdsReceipt(t.pune, '2025-07-01', 2_000_00, '194C');

    const { bytes } = await exportTdsRegisterWorkbook(t.ledger, {
      from: '2025-04-01',
      to: '2025-09-30',
      customerId: odd,
    });
    const sheet = await readBack(bytes);
    expect(sheet.getCell('A2').value).toBe('TDS receivable register — =HYPERLINK("x") Traders');
    const name = sheet.getCell('B6');
    expect(name.value).toBe('=HYPERLINK("x") Traders');
    expect(name.type).toBe(ExcelJS.ValueType.String);
    expect(name.numFmt).toBe('@');
    expect(sheet.getCell('A7').value).toBeNull();
    expect(sheet.getCell('A8').value).toBe('Total');
    expect(sheet.getCell('G8').value).toBe(200);
  });
});
