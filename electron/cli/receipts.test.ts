import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLedger } from '../../db/ledger/open';
import { count, tempDir } from '../../db/testing';
import { main } from './main';

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

const rowsIn = (db: string, table: string) => {
  const ledger = openLedger(db);
  try {
    return count(ledger, table);
  } finally {
    ledger.close();
  }
};

describe('bahi CLI for receipts', () => {
  it('imports receipts (checked first, all or nothing) and prints a receipt to PDF and HTML', async () => {
    const db = join(dir, 'acme.sqlite');
    await bahi('demo', '--db', db, '--no-history');
    const opening = join(dir, 'opening.csv');
    writeFileSync(
      opening,
      'number,customer_code,date,due_date,amount\nTL/311,TATAAUTO,15/01/2025,01/03/2025,"2,36,000"\nTL/342,TATAAUTO,01/02/2025,03/03/2025,"59,000"\n',
    );
    expect((await bahi('import', 'invoices', opening, '--db', db)).code).toBe(0);
    const bank = await bahi(
      'call',
      'bankAccounts.create',
      '--db',
      db,
      '--input',
      '{"name":"HDFC Current","bankName":"HDFC Bank","accountNumber":"50200012341234"}',
    );
    expect(bank.code).toBe(0);

    const receipts = join(dir, 'receipts.csv');
    writeFileSync(
      receipts,
      [
        'number,customer_code,date,amount,mode,reference,invoice_number,allocated_amount,tds_amount,tds_section',
        'OLD/77,TATAAUTO,10-04-2025,"2,90,000",NEFT,HDFCN52025041012345,TL/311,"2,36,000",5000,194C',
        'OLD/77,TATAAUTO,10-04-2025,"2,90,000",,,TL/342,"59,000",,',
      ].join('\n'),
    );
    const documents = rowsIn(db, 'documents');
    expect(await bahi('import', 'receipts', receipts, '--db', db, '--dry-run')).toEqual({
      code: 0,
      out: '2 rows checked; all valid: 1 receipt with 2 allocations (dry run, nothing saved)\n',
      err: '',
    });
    expect(rowsIn(db, 'documents')).toBe(documents);
    expect(await bahi('import', 'receipts', receipts, '--db', db)).toMatchObject({
      code: 0,
      out: 'Imported 1 receipt with 2 allocations\n',
    });
    expect(rowsIn(db, 'documents')).toBe(documents + 1);

    const pdf = join(dir, 'rct.pdf');
    expect(
      await bahi('print', 'receipt', 'RCT/25-26/0001', '--db', db, '--out', pdf),
    ).toMatchObject({ code: 0, out: `Wrote ${pdf}\n` });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('RECEIPT');
    expect(text).toContain('RCT/25-26/0001');
    expect(text).toContain('Tata AutoComp Systems Ltd');
    expect(text).toContain('TL/311');
    expect(text).toContain('OLD/77');
    const html = join(dir, 'rct.html');
    expect((await bahi('print', 'receipt', 'RCT/25-26/0001', '--db', db, '--out', html)).code).toBe(
      0,
    );
    expect(readFileSync(html, 'utf8')).toContain('Rupees Two Lakh Ninety Thousand Only');
    expect(
      await bahi('print', 'receipt', 'RCT/25-26/0099', '--db', db, '--out', pdf),
    ).toMatchObject({
      code: 2,
      err: expect.stringContaining('There is no receipt numbered RCT/25-26/0099'),
    });
    expect(await bahi('verify', '--db', db)).toMatchObject({ code: 0 });
  });

  it('refuses a bad file on stderr, row by row, and imports nothing', async () => {
    const db = join(dir, 'acme.sqlite');
    await bahi('demo', '--db', db);
    await bahi('call', 'bankAccounts.create', '--db', db, '--input', '{"name":"HDFC Current"}');
    const receipts = join(dir, 'bad.csv');
    writeFileSync(
      receipts,
      [
        'number,customer_code,date,amount,mode,reference,invoice_number,allocated_amount',
        'R1,TATAAUTO,10-04-2025,1000,NEFT,UTR1,,',
        'R2,NOBODY,10-04-2025,1000,NEFT,UTR2,,',
        'R3,TATAAUTO,10-04-2025,1000,NEFT,UTR3,NO-SUCH-INVOICE,500',
      ].join('\n'),
    );
    const documents = rowsIn(db, 'documents');
    const r = await bahi('import', 'receipts', receipts, '--db', db);
    expect(r.code).toBe(1);
    expect(r.err).toContain('2 of 3 rows have problems; nothing was imported');
    expect(r.err).toContain('row 3, customer_code: There is no customer NOBODY');
    expect(r.err).toContain(
      'row 4, invoice_number: There is no issued invoice NO-SUCH-INVOICE in Bahi',
    );
    expect(rowsIn(db, 'documents')).toBe(documents);
    expect(await bahi('import', 'payments', receipts, '--db', db)).toMatchObject({
      code: 2,
      err: expect.stringContaining('Usage: bahi import customers|invoices|receipts'),
    });
  });
});
