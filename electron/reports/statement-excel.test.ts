// The statement of account as a workbook, through the real channel, read back with exceljs.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createCustomer } from '../../db/customers/customers';
import { invoice } from '../../db/receipts/fixture';
import { customerInput } from '../../shared/customers/contract';
import { channelsOver, readWorkbook } from './channels-testing';
import { statementsLedger, storyOf } from './statement-testing';

// Each test adds its own customers and documents to a fresh ledger.
const channels = channelsOver(statementsLedger, 'each');

async function exported(customerId: number, from: string, to: string) {
  const file = await channels.call('reports.exportStatement', { customerId, from, to });
  const workbook = await readWorkbook(file.contentBase64);
  return { ...file, sheet: workbook.getWorksheet('Statement')! };
}

/** The row whose Particulars cell says `text`. */
const rowOf = (sheet: ExcelJS.Worksheet, text: string) =>
  sheet.getColumn(3).values.findIndex((v) => v === text);

const day = (iso: string) =>
  new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8))));

describe('statement of account in Excel', () => {
  it('has the customer and period on top, the opening row first, every entry, totals, closing and ageing', async () => {
    storyOf(channels.t);
    const { fileName, mimeType, sheet } = await exported(
      channels.t.pune,
      '2025-04-01',
      '2025-06-30',
    );
    expect(fileName).toBe(
      'PUNE - Pune Engineering Pvt Ltd - statement 2025-04-01 to 2025-06-30.xlsx',
    );
    expect(mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

    expect(sheet.getCell('A1').value).toBe('Sahyadri Supplies Pvt Ltd');
    expect(sheet.getCell('A2').value).toBe('Statement of account');
    const about = [3, 4, 5, 6].map((r) => [
      sheet.getCell(`A${r}`).value,
      sheet.getCell(`B${r}`).value,
    ]);
    expect(about).toEqual([
      ['Customer', 'Pune Engineering Pvt Ltd'],
      ['Code', 'PUNE'],
      ['GSTIN', '27AAACT1234K1ZG'],
      ['Period', '01-04-2025 to 30-06-2025'],
    ]);
    const header = 8;
    expect(sheet.getRow(header).values).toEqual([
      undefined,
      'Date',
      'Document',
      'Particulars',
      'Due date',
      'Debit',
      'Credit',
      'Balance',
      'Dr/Cr',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: header });

    const row = (n: number) => sheet.getRow(header + n).values as unknown[];
    expect(row(1)).toEqual([
      undefined,
      day('2025-04-01'),
      undefined,
      'Opening balance',
      undefined,
      undefined,
      undefined,
      118000,
      'Dr',
    ]);
    expect(row(2)).toEqual([
      undefined,
      day('2025-04-10'),
      'INV/25-26/0001',
      'Invoice',
      day('2025-05-10'),
      59000,
      undefined,
      177000,
      'Dr',
    ]);
    expect(row(4).slice(2, 8)).toEqual([
      'RCT/25-26/0001',
      'Payment received by NEFT HDFCN52025070112345 (incl. TDS deducted)',
      undefined,
      undefined,
      118000,
      106200,
    ]);
    expect(row(5).slice(2, 4)).toEqual(['CN/25-26/0001', 'Credit note']);
    expect(row(7).slice(3, 8)).toEqual([
      'Cheque 123456 returned unpaid',
      undefined,
      53100,
      undefined,
      100300,
    ]);
    expect(sheet.getCell(`E${header + 2}`).numFmt).toContain('##,##0.00');
    expect(sheet.getCell(`A${header + 2}`).numFmt).toBe('dd-mm-yyyy');

    // Totals under the table's seven rows, then the closing balance, both bold.
    const totals = rowOf(sheet, 'Total for the period');
    expect(totals).toBeGreaterThan(header + 7);
    expect(totals).toBeLessThanOrEqual(header + 7 + 2);
    expect(sheet.getCell(`E${totals}`).value).toBe(159300);
    expect(sheet.getCell(`F${totals}`).value).toBe(177000);
    expect(sheet.getCell(`E${totals}`).font?.bold).toBe(true);
    const closing = sheet.getRow(totals + 1);
    expect(closing.getCell(3).value).toBe('Closing balance');
    expect(closing.getCell(1).value).toEqual(day('2025-06-30'));
    expect(closing.getCell(7).value).toBe(100300);
    expect(closing.getCell(8).value).toBe('Dr');
    expect(closing.getCell(7).font?.bold).toBe(true);

    // The ageing of the closing balance under it.
    expect(sheet.getCell(`A${totals + 3}`).value).toBe(
      'Ageing of the closing balance as on 30-06-2025 (days past due)',
    );
    expect(sheet.getRow(totals + 4).values).toEqual([
      undefined,
      'Not due',
      '1–30',
      '31–60',
      '61–90',
      'Over 90',
      'On account',
      'Total',
    ]);
    expect(sheet.getRow(totals + 5).values).toEqual([undefined, 0, 47200, 53100, 0, 0, 0, 100300]);
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1 });
  });

  it('keeps a customer’s formula-like name as text, and an empty period still opens and closes', async () => {
    const evil = createCustomer(
      channels.t.ledger,
      customerInput.parse({ code: 'EVIL', name: '=HYPERLINK("http://x","y")', stateCode: '27' }),
      't',
    ).id;
    invoice(channels.t.ledger, evil, 10_000_00, '2025-03-15'); // ₹11,800.00 before the period
    const { fileName, sheet } = await exported(evil, '2025-04-01', '2026-03-31');
    expect(fileName).toBe('EVIL - =HYPERLINK(-http-x-,-y-) - statement 2025-26.xlsx');
    const name = sheet.getCell('B3');
    expect(name.type).toBe(ExcelJS.ValueType.String);
    expect(name.value).toBe('=HYPERLINK("http://x","y")');
    expect(sheet.getCell('B5').value).toBe('Unregistered');
    expect(sheet.getCell('C9').value).toBe('Opening balance');
    expect(sheet.getCell('G9').value).toBe(11800);
    const closing = rowOf(sheet, 'Closing balance');
    expect(closing).toBe(rowOf(sheet, 'Total for the period') + 1);
    expect(sheet.getCell(`G${closing}`).value).toBe(11800);
    expect(sheet.getCell(`E${closing - 1}`).value).toBe(0);
  });

  it('names the field to fix when the period is upside down', async () => {
    const r = await channels.router.dispatch('reports.exportStatement', {
      customerId: channels.t.pune,
      from: '2025-06-30',
      to: '2025-04-01',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'to' } });
  });
});
