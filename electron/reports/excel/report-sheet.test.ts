import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../db/testing';
import { addReportSheet, streamReportWorkbook, type ReportSheet } from './report-sheet';

interface Row {
  code: string;
  name: string;
  due: string;
  amount: number;
  days: number;
}

const spec = (rows: Row[]): ReportSheet<Row> => ({
  sheetName: 'Ageing',
  company: 'Sahyadri Supplies Pvt Ltd',
  report: 'Receivables ageing',
  about: [
    ['As of', '2025-03-31'],
    ['Filters', 'Group: Dealers'],
  ],
  columns: [
    { header: 'Code', width: 10, kind: 'text', value: (r) => r.code },
    { header: 'Customer', width: 30, kind: 'text', value: (r) => r.name },
    { header: 'Due date', width: 12, kind: 'date', value: (r) => r.due },
    { header: 'Amount', width: 16, kind: 'money', value: (r) => r.amount },
    { header: 'Days', width: 8, kind: 'integer', value: (r) => r.days },
  ],
  rows,
  totals: [null, 'Total', null, rows.reduce((s, r) => s + r.amount, 0), null],
});

const rows: Row[] = [
  { code: 'ACME', name: 'Acme Ltd', due: '2025-02-28', amount: 1_23_456_78, days: 31 },
  {
    code: 'EVIL',
    name: '=HYPERLINK("http://x","y")',
    due: '2025-03-15',
    amount: -500_00,
    days: 16,
  },
];

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

async function reread(buffer: Buffer | ArrayBuffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as ArrayBuffer);
  return wb;
}

describe('report sheets', () => {
  it('writes a table a manager can use: title block, real numbers and dates, bold totals, print set-up', async () => {
    const wb = new ExcelJS.Workbook();
    addReportSheet(wb, spec(rows));
    const back = await reread(await wb.xlsx.writeBuffer());
    const sheet = back.getWorksheet('Ageing')!;
    expect(sheet.getCell('A1').value).toBe('Sahyadri Supplies Pvt Ltd');
    expect(sheet.getCell('A2').value).toBe('Receivables ageing');
    expect(sheet.getCell('B3').value).toEqual(new Date(Date.UTC(2025, 2, 31)));
    expect(sheet.getCell('B4').value).toBe('Group: Dealers');
    const header = 6;
    expect(sheet.getRow(header).values).toEqual([
      undefined,
      'Code',
      'Customer',
      'Due date',
      'Amount',
      'Days',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
    expect(sheet.getCell(`D${header + 1}`).value).toBe(123456.78);
    expect(sheet.getCell(`D${header + 1}`).numFmt).toContain('##,##0.00');
    expect(sheet.getCell(`C${header + 1}`).value).toEqual(new Date(Date.UTC(2025, 1, 28)));
    // A formula-looking name stays the text it was.
    const evil = sheet.getCell(`B${header + 2}`);
    expect(evil.type).toBe(ExcelJS.ValueType.String);
    expect(evil.value).toBe('=HYPERLINK("http://x","y")');
    const total = sheet.getCell(`D${header + 3}`);
    expect(total.value).toBe(122956.78);
    expect(total.font?.bold).toBe(true);
    expect(sheet.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToWidth: 1,
      printTitlesRow: `${header}:${header}`,
    });
    const xml = JSON.stringify((sheet as unknown as { model: { tables: unknown[] } }).model.tables);
    expect(xml).toContain('T_Ageing');
  });

  it('streams a large sheet to a file row by row, with an autofilter over it', async () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({
      code: `C${i}`,
      name: `Customer ${i}`,
      due: '2025-01-01',
      amount: i * 100 + 1,
      days: i % 120,
    }));
    const path = join(dir, 'big.xlsx');
    const seen: number[] = [];
    const written = await streamReportWorkbook(path, {
      ...spec(many),
      onProgress: (n) => seen.push(n),
    });
    expect(written).toBe(20_000);
    expect(seen.at(-1)).toBe(20_000);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(path);
    const sheet = back.worksheets[0]!;
    expect(sheet.getCell('A7').value).toBe('C0');
    expect(sheet.getCell(`D${6 + 20_000}`).value).toBe(19_999.01);
    expect(sheet.getCell(`B${6 + 20_001}`).value).toBe('Total');
    expect(sheet.autoFilter).toBeTruthy();
  });
});
