import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listCustomers } from '../../db/customers/customers';
import { count, tempLedger } from '../../db/testing';
import { BahiError } from '../../shared/result';
import { INDIAN_NUMBER_FORMAT } from '../documents/excel';
import { exportCustomersWorkbook } from './export';
import { importCustomersFile } from './import';

let ledger: ReturnType<typeof tempLedger>;
beforeEach(() => (ledger = tempLedger()));
afterEach(() => ledger.cleanup());

const HEADER = 'code,name,gstin,state_code,email,phone,payment_terms_days,credit_limit';
const csv = (...lines: string[]) => Buffer.from([HEADER, ...lines].join('\r\n'));
const importCsv = (bytes: Buffer, dryRun = false) =>
  importCustomersFile(ledger, { fileName: 'customers.csv', bytes, dryRun, actor: 'tester' });

async function importError(bytes: Buffer, fileName = 'customers.csv'): Promise<BahiError> {
  try {
    await importCustomersFile(ledger, { fileName, bytes, dryRun: false, actor: 't' });
  } catch (e) {
    if (e instanceof BahiError) return e;
    throw e;
  }
  throw new Error('import was expected to fail');
}

describe('customer import', () => {
  it('adds every row of a good CSV, with Indian amounts and quoted commas', async () => {
    const result = await importCsv(
      csv(
        'ACME01,"Acme Engineering, Pune",27AAPFU0939F1ZV,,ravi@acme.in,98220 12345,45,"5,00,000"',
        'BETA,Beta Textiles,,24,,,,',
      ),
    );
    expect(result).toEqual({ rows: 2, created: 2, dryRun: false });
    const { rows } = listCustomers(ledger, {
      search: '',
      includeArchived: false,
      limit: 10,
      offset: 0,
    });
    expect(rows).toMatchObject([
      {
        code: 'ACME01',
        name: 'Acme Engineering, Pune',
        stateCode: '27',
        paymentTermsDays: 45,
        creditLimit: 50_000_000,
      },
      { code: 'BETA', stateCode: '24', paymentTermsDays: 30, creditLimit: null },
    ]);
    expect(count(ledger, 'audit_log')).toBe(2);
  });

  it('commits nothing when one row is bad, and names its row and column', async () => {
    const e = await importError(
      csv(
        'GOOD1,Good One,,27,,,,',
        'BAD1,Bad GSTIN,27AAPFU0939F1ZX,,,,,',
        'GOOD2,Good Two,,29,,,30,"1,00,000"',
      ),
    );
    expect(e.code).toBe('IMPORT_INVALID');
    expect(e.message).toBe(
      '1 of 3 rows have problems; nothing was imported. Fix them and import the file again.',
    );
    expect(e.issues).toEqual([
      {
        row: 3,
        field: 'gstin',
        message: 'GSTIN check digit is wrong: the last character should be V — check for a typo',
      },
    ]);
    expect(count(ledger, 'customers')).toBe(0);
    expect(count(ledger, 'audit_log')).toBe(0);
  });

  it('lists every problem: bad amounts, terms, states, duplicates in the file and in the ledger', async () => {
    await importCsv(csv('EXIST,Existing,,27,,,,'));
    const e = await importError(
      csv(
        'A1,Amount,,27,,,,12.345',
        'A2,Terms,,27,,,thirty,',
        'A3,State,,45,,,,',
        'A4,First,,27,,,,',
        'a4,Second,,27,,,,',
        'exist,Clash,,27,,,,',
        ',No code,,27,,,,',
      ),
    );
    expect(e.issues).toEqual([
      {
        row: 2,
        field: 'credit_limit',
        message: '"12.345" is not an amount in rupees (e.g. 5,00,000 or 500000.00)',
      },
      { row: 3, field: 'payment_terms_days', message: '"thirty" is not a whole number of days' },
      { row: 4, field: 'state_code', message: expect.stringContaining('Choose a state') },
      { row: 6, field: 'code', message: 'Code A4 is also on row 5 of this file' },
      { row: 7, field: 'code', message: 'Customer EXIST already exists in Bahi' },
      { row: 8, field: 'code', message: 'Enter a customer code' },
    ]);
    expect(count(ledger, 'customers')).toBe(1);
  });

  it('refuses a file without the required columns', async () => {
    const e = await importError(Buffer.from('name,gstin\nAcme,\n'));
    expect(e.code).toBe('IMPORT_INVALID');
    expect(e.field).toBe('fileName');
    expect(e.issues).toEqual([
      { row: 1, field: 'code', message: 'Add a "code" column to the header row' },
    ]);
  });

  it('checks without saving on a dry run', async () => {
    expect(await importCsv(csv('X1,Dry,,27,,,,'), true)).toEqual({
      rows: 1,
      created: 0,
      dryRun: true,
    });
    expect(count(ledger, 'customers')).toBe(0);
  });

  it('reads XLSX with header aliases and state names', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Parties');
    sheet.addRow([
      'Customer Code',
      'Customer Name',
      'GST No',
      'State',
      'Mobile',
      'Credit Days',
      'Credit Limit',
    ]);
    sheet.addRow(['K1', 'Kerala Feeds', '', 'Kerala', 9847089012, 15, 250000]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    await importCustomersFile(ledger, {
      fileName: 'parties.xlsx',
      bytes,
      dryRun: false,
      actor: 't',
    });
    const { rows } = listCustomers(ledger, {
      search: '',
      includeArchived: false,
      limit: 10,
      offset: 0,
    });
    expect(rows).toMatchObject([
      {
        code: 'K1',
        stateCode: '32',
        phone: '+919847089012',
        paymentTermsDays: 15,
        creditLimit: 25_000_000,
      },
    ]);
  });

  it('refuses a file that is not really a workbook', async () => {
    const e = await importError(Buffer.from('not a zip'), 'customers.xlsx');
    expect(e.message).toMatch(/not a valid .xlsx workbook/);
  });
});

describe('customer export', () => {
  it('writes a styled workbook that imports back into another ledger unchanged', async () => {
    await importCsv(
      csv(
        'ACME01,Acme Engineering,27AAPFU0939F1ZV,,ravi@acme.in,9822012345,45,"12,34,567.50"',
        'EVIL,=HYPERLINK("x"),,27,,,,',
      ),
    );
    const { bytes } = await exportCustomersWorkbook(ledger, { includeArchived: true });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Customers')!;
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const rowOf = (code: string) =>
      [2, 3].map((n) => sheet.getRow(n)).find((r) => r.getCell(1).value === code)!;
    const acme = rowOf('ACME01');
    expect(acme.getCell(9).value).toBe(1234567.5); // a real number, Indian format
    // exceljs drops the format's backslash escapes when it reads a workbook back.
    expect(sheet.getColumn(9).numFmt).toBe(INDIAN_NUMBER_FORMAT.replace(/\\/g, ''));
    const evil = rowOf('EVIL').getCell(2);
    expect(evil.value).toBe('=HYPERLINK("x")'); // text, not a formula
    expect(evil.numFmt).toBe('@');

    const other = tempLedger();
    try {
      await importCustomersFile(other, {
        fileName: 'customers.xlsx',
        bytes,
        dryRun: false,
        actor: 't',
      });
      const strip = (l: typeof ledger) =>
        listCustomers(l, { search: '', includeArchived: true, limit: 10, offset: 0 }).rows.map(
          ({ id: _id, ...r }) => r,
        );
      expect(strip(other)).toEqual(strip(ledger));
    } finally {
      other.cleanup();
    }
  });
});
