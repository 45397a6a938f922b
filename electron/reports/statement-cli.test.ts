// `bahi report statement` to PDF and Excel, from the sample company with opening invoices.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../db/testing';
import { main } from '../cli/main';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

async function bahi(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') });
  return { code, out, err };
}

async function sample(): Promise<string> {
  const db = join(dir, 'acme.sqlite');
  expect((await bahi('demo', '--db', db, '--no-history')).code).toBe(0);
  const opening = join(dir, 'opening.csv');
  writeFileSync(
    opening,
    'number,customer_code,date,due_date,amount\nTL/311,TATAAUTO,15/01/2025,01/03/2025,"2,36,000"\nTL/342,TATAAUTO,01/05/2025,31/05/2025,"59,000"\n',
  );
  expect((await bahi('import', 'invoices', opening, '--db', db)).code).toBe(0);
  return db;
}

const period = ['--customer', 'tataauto', '--from', '2025-04-01', '--to', '2026-03-31'];

describe('bahi report statement', () => {
  it('writes the printed statement to PDF and the workbook to Excel', async () => {
    const db = await sample();
    const pdf = join(dir, 'tata.pdf');
    const printed = await bahi(
      'report',
      'statement',
      '--db',
      db,
      ...period,
      '--format',
      'pdf',
      '--out',
      pdf,
    );
    expect(printed).toEqual({ code: 0, out: `Wrote ${pdf}\n`, err: '' });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain('STATEMENT OF ACCOUNT');
    expect(text).toContain('Tata AutoComp Systems Ltd');
    expect(text).toContain('01-04-2025 Opening Balance 2,36,000.00 Dr');
    expect(text).toContain('31-03-2026 Closing Balance 2,95,000.00 Dr');

    const xlsx = join(dir, 'tata.xlsx');
    const exported = await bahi(
      'report',
      'statement',
      '--db',
      db,
      ...period,
      '--format',
      'xlsx',
      '--out',
      xlsx,
    );
    expect(exported.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(xlsx) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Statement')!;
    const closing = sheet.getColumn(3).values.findIndex((v) => v === 'Closing balance');
    expect(sheet.getCell(`G${closing}`).value).toBe(295000);

    // JSON is as it was.
    const json = await bahi('report', 'statement', '--db', db, ...period, '--format', 'json');
    expect(JSON.parse(json.out)).toMatchObject({ opening: '236000.00', closing: '295000.00' });
  });

  it('wants --out for a binary file, and says plainly what is wrong', async () => {
    const db = await sample();
    const noOut = await bahi('report', 'statement', '--db', db, ...period, '--format', 'pdf');
    expect(noOut.code).toBe(2);
    expect(noOut.err).toContain('Missing --out FILE.pdf');
    const out = join(dir, 'x.pdf');
    const upside = await bahi(
      'report',
      'statement',
      '--db',
      db,
      '--customer',
      'TATAAUTO',
      '--from',
      '2026-03-31',
      '--to',
      '2025-04-01',
      '--format',
      'pdf',
      '--out',
      out,
    );
    expect(upside).toMatchObject({ code: 1, err: 'bahi: to: The period ends before it starts\n' });
    expect(existsSync(out)).toBe(false);
    const csv = await bahi('report', 'statement', '--db', db, ...period, '--format', 'csv');
    expect(csv.code).toBe(2);
    expect(csv.err).toContain('--format must be json or pdf or xlsx for report statement');
  });
});
