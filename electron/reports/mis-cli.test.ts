// `bahi report collections|dso --format xlsx --out FILE`: the same workbooks as the screen's export.
import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../cli/main';
import { misLedger, paiseOf, rowOf, type MisLedger } from './mis-testing';

let t: MisLedger & { small: number[] };
let db: string;

beforeAll(() => {
  t = misLedger();
  db = join(t.ledger.dir, 'bahi.sqlite');
  t.ledger.close();
});
afterAll(() => t.ledger.cleanup());

async function bahi(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => (out += s + '\n'), err: (s) => (err += s + '\n') });
  return { code, out, err };
}

async function sheetOf(path: string, name: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.getWorksheet(name)!;
}

describe('bahi report … --format xlsx', () => {
  it('writes collections by month to an Excel file', async () => {
    const out = join(t.ledger.dir, 'collections.xlsx');
    const r = await bahi(
      'report',
      'collections',
      '--db',
      db,
      '--from',
      '2025-04-01',
      '--to',
      '2025-06-30',
      '--format',
      'xlsx',
      '--out',
      out,
    );
    expect(r).toMatchObject({ code: 0, out: `Wrote ${out}\n` });
    const sheet = await sheetOf(out, 'Collections');
    const header = rowOf(sheet, 'Month');
    expect(paiseOf(sheet.getCell(header + 1, 2).value)).toBe(116_000_00);
    expect(paiseOf(sheet.getCell(header + 3, 4).value)).toBe(223_000_00);
  });

  it('writes DSO to an Excel file, and needs --out for it', async () => {
    const out = join(t.ledger.dir, 'dso.xlsx');
    const args = ['report', 'dso', '--db', db, '--to', '2025-06-30', '--months', '3'];
    expect(await bahi(...args, '--format', 'xlsx', '--out', out)).toMatchObject({ code: 0 });
    const sheet = await sheetOf(out, 'DSO');
    const header = rowOf(sheet, 'Month');
    expect(sheet.getCell(header + 1, 1).value).toEqual(new Date(Date.UTC(2025, 3, 1)));
    expect(sheet.getCell(header + 4, 1).value).toBeNull();

    const missing = await bahi(...args, '--format', 'xlsx');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Missing --out FILE.xlsx');
    const bad = await bahi(...args, '--format', 'pdf');
    expect(bad.err).toContain('--format must be json or csv or xlsx for report dso');
  });

  it('reports a refused period on stderr and writes nothing', async () => {
    const out = join(t.ledger.dir, 'never.xlsx');
    const r = await bahi(
      'report',
      'collections',
      '--db',
      db,
      '--from',
      '2025-06-30',
      '--to',
      '2025-04-01',
      '--format',
      'xlsx',
      '--out',
      out,
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain('to: The period ends before it starts');
    expect(existsSync(out)).toBe(false);
  });
});
