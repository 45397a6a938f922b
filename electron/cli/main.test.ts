import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLedger } from '../../db/ledger/open';
import { count, tempDir } from '../../db/testing';
import { channelNames } from '../../shared/contract';
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

describe('bahi CLI', () => {
  it('init, import, call, export, verify and backup a ledger', async () => {
    const db = join(dir, 'acme.sqlite');
    expect(
      await bahi(
        'init',
        '--db',
        db,
        '--company',
        'Acme Traders',
        '--state-code',
        '27',
        '--gstin',
        '27AAPFU0939F1ZV',
      ),
    ).toMatchObject({ code: 0 });

    const file = join(dir, 'customers.csv');
    writeFileSync(
      file,
      'code,name,gstin,state_code,email,phone,payment_terms_days,credit_limit\nC1,One Ltd,,29,,,15,"1,00,000"\nC2,Two Ltd,,27,,,,\n',
    );
    expect(await bahi('import', 'customers', file, '--db', db)).toMatchObject({
      code: 0,
      out: 'Imported 2 customers\n',
    });

    const listed = await bahi('call', 'customers.list', '--db', db, '--input', '{"search":"one"}');
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.out)).toMatchObject({
      total: 1,
      rows: [{ code: 'C1', creditLimit: 10_000_000 }],
    });

    const xlsx = join(dir, 'out.xlsx');
    expect((await bahi('export', 'customers', '--db', db, '--out', xlsx)).code).toBe(0);
    expect(existsSync(xlsx)).toBe(true);

    expect(await bahi('verify', '--db', db)).toMatchObject({
      code: 0,
      out: expect.stringContaining('audit chain of 3 rows intact'),
    });
    const copy = join(dir, 'copy.sqlite');
    expect((await bahi('backup', '--db', db, '--out', copy)).code).toBe(0);
    expect(rowsIn(copy, 'customers')).toBe(2);
  });

  it('reports bad input on stderr, naming the field, with a non-zero exit and no change', async () => {
    const db = join(dir, 'acme.sqlite');
    await bahi('init', '--db', db, '--company', 'Acme', '--state-code', '27');
    const bad = await bahi(
      'call',
      'customers.create',
      '--db',
      db,
      '--input',
      '{"code":"X","name":"Y","gstin":"27AAPFU0939F1ZX"}',
    );
    expect(bad).toMatchObject({ code: 1, out: '' });
    expect(bad.err).toBe(
      'bahi: gstin: GSTIN check digit is wrong: the last character should be V — check for a typo\n',
    );

    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'code,name,state_code\nOK1,Fine,27\nBAD,Wrong state,77\n');
    const imported = await bahi('import', 'customers', file, '--db', db);
    expect(imported.code).toBe(1);
    expect(imported.err).toContain('row 3, state_code: Choose a state');
    expect(rowsIn(db, 'customers')).toBe(0);

    expect((await bahi('call', 'customers.list', '--db', db, '--input', 'not json')).code).toBe(2);
    expect(
      await bahi('init', '--db', join(dir, 'x.sqlite'), '--company', 'X', '--state-code', '99x'),
    ).toMatchObject({
      code: 1,
      err: expect.stringContaining('stateCode: Choose a state'),
    });
  });

  it('demo: the sample company with a year of trade to --today, or without it', async () => {
    const db = join(dir, 'sample.sqlite');
    expect(await bahi('demo', '--db', db, '--today', '2026-11-20')).toEqual({
      code: 0,
      out: `Created the sample company in ${db}, with a year of trade to 2026-11-20\n`,
      err: '',
    });
    expect(rowsIn(db, 'documents')).toBeGreaterThan(300);
    expect(await bahi('verify', '--db', db)).toMatchObject({ code: 0 });
    const ageing = await bahi(
      'report',
      'ageing',
      '--db',
      db,
      '--as-of',
      '2026-11-20',
      '--format',
      'json',
    );
    // Rupees as text: the ageing adds up to the AR control account, and something is owed.
    const report = JSON.parse(ageing.out) as { totals: { total: string }; arControl: string };
    expect(report.totals.total).toBe(report.arControl);
    expect(report.totals.total).not.toBe('0.00');

    const bare = join(dir, 'bare.sqlite');
    expect((await bahi('demo', '--db', bare, '--no-history')).out).toBe(
      `Created the sample company in ${bare}\n`,
    );
    expect(rowsIn(bare, 'documents')).toBe(0);

    const bad = join(dir, 'bad.sqlite');
    expect(await bahi('demo', '--db', bad, '--today', '20-11-2026')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--today must be a date as YYYY-MM-DD'),
    });
    expect(existsSync(bad)).toBe(false);
  });

  it('refuses to work on a ledger that does not exist', async () => {
    const missing = await bahi('verify', '--db', join(dir, 'nope.sqlite'));
    expect(missing).toMatchObject({ code: 1, err: expect.stringContaining('No ledger at') });
    expect(existsSync(join(dir, 'nope.sqlite'))).toBe(false);
  });

  it('verify fails on a tampered audit trail', async () => {
    const db = join(dir, 'acme.sqlite');
    await bahi('demo', '--db', db);
    const ledger = openLedger(db);
    ledger.sqlite.exec('drop trigger audit_log_no_update');
    ledger.sqlite.prepare(`update audit_log set after_json = '{}' where id = 2`).run();
    ledger.close();
    expect(await bahi('verify', '--db', db)).toMatchObject({
      code: 1,
      err: expect.stringContaining('audit row 2'),
    });
  });

  it('lists every channel with JSON Schemas', async () => {
    const { code, out } = await bahi('channels');
    expect(code).toBe(0);
    const channels = JSON.parse(out) as {
      name: string;
      input: { type: string; properties: object };
    }[];
    expect(channels.map((c) => c.name)).toEqual(channelNames);
    const create = channels.find((c) => c.name === 'customers.create')!;
    expect(create.input.type).toBe('object');
    expect(Object.keys(create.input.properties)).toEqual(
      expect.arrayContaining(['code', 'name', 'gstin', 'creditLimit']),
    );
  });

  it('runs as `npx bahi` through its bin', () => {
    const db = join(dir, 'bin.sqlite');
    // No history: a cold process compiling TypeScript is slow enough without a year of trade.
    execFileSync('node', ['electron/cli/bahi.mjs', 'demo', '--db', db, '--no-history']);
    const out = execFileSync('node', ['electron/cli/bahi.mjs', 'call', 'app.status', '--db', db], {
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toMatchObject({ hasCompany: true, companyName: 'Sahyadri Supplies' });
    const unknown = spawnSync('node', ['electron/cli/bahi.mjs', 'frobnicate'], {
      encoding: 'utf8',
    });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "frobnicate"');
  });
});

describe('bahi CLI for invoices', () => {
  it('imports opening invoices and prints an issued invoice to PDF and HTML', async () => {
    const db = join(dir, 'acme.sqlite');
    await bahi('demo', '--db', db, '--no-history');
    const opening = join(dir, 'opening.csv');
    writeFileSync(
      opening,
      'number,customer_code,date,due_date,amount\nTL/311,TATAAUTO,15/01/2025,01/03/2025,"2,36,000"\n',
    );
    expect(await bahi('import', 'invoices', opening, '--db', db)).toMatchObject({
      code: 0,
      out: 'Imported 1 opening invoices\n',
    });

    const customers = JSON.parse(
      (await bahi('call', 'customers.list', '--db', db, '--input', '{"search":"BIOCON"}')).out,
    );
    const draft = await bahi(
      'call',
      'invoices.createDraft',
      '--db',
      db,
      '--input',
      JSON.stringify({
        customerId: customers.rows[0].id,
        date: '2025-07-01',
        lines: [
          {
            description: 'Hydraulic hose',
            hsnSac: '4009',
            unit: 'MTR',
            quantity: '25',
            rate: 42_000,
            gstRateBps: 1800,
          },
        ],
      }),
    );
    expect(draft.code).toBe(0);
    const id = JSON.parse(draft.out).id;
    expect(
      (await bahi('call', 'invoices.issue', '--db', db, '--input', JSON.stringify({ id }))).code,
    ).toBe(0);

    const pdf = join(dir, 'inv.pdf');
    expect(
      await bahi(
        'print',
        'invoice',
        'INV/25-26/0001',
        '--db',
        db,
        '--out',
        pdf,
        '--copies',
        'original,duplicate',
      ),
    ).toMatchObject({ code: 0 });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('INV/25-26/0001');
    expect(text).toContain('Biocon Biologics Ltd');
    expect(text).toContain('DUPLICATE FOR TRANSPORTER');
    const html = join(dir, 'inv.html');
    expect((await bahi('print', 'invoice', 'INV/25-26/0001', '--db', db, '--out', html)).code).toBe(
      0,
    );
    expect(
      await bahi('print', 'invoice', 'INV/25-26/0999', '--db', db, '--out', pdf),
    ).toMatchObject({
      code: 2,
      err: expect.stringContaining('There is no document numbered INV/25-26/0999'),
    });
  });
});
