import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hdfcCsv } from '../../db/bank-reconciliation/testing';
import { tempDir } from '../../db/testing';
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

describe('bahi CLI for bank reconciliation', () => {
  it('imports a statement once, and reconciles it as JSON that adds up', async () => {
    const db = join(dir, 'acme.sqlite');
    await bahi('demo', '--db', db, '--no-history');
    const input = '{"name":"HDFC Current","bankName":"HDFC Bank","accountNumber":"50200012341234"}';
    expect((await bahi('call', 'bankAccounts.create', '--db', db, '--input', input)).code).toBe(0);
    const file = join(dir, 'jul.csv');
    writeFileSync(
      file,
      hdfcCsv([
        {
          date: '2025-07-01',
          narration: 'NEFT CR-SBIN0001-SOMEONE-SBIN125070100001',
          credit: 5_000_00,
        },
        { date: '2025-07-02', narration: 'CHARGES', debit: 59_00 },
      ]),
    );
    const first = await bahi(
      'import',
      'bank-statement',
      file,
      '--account',
      'HDFC Current',
      '--db',
      db,
    );
    expect(first.out).toContain('Imported 2 new lines into HDFC Current; 0 were already there');
    const second = await bahi(
      'import',
      'bank-statement',
      file,
      '--account',
      'hdfc current',
      '--db',
      db,
    );
    expect(second.out).toContain('Imported 0 new lines into HDFC Current; 2 were already there');

    const rec = await bahi(
      'reconcile',
      'bank',
      '--account',
      'HDFC Current',
      '--db',
      db,
      '--accept-above',
      '90',
      '--as-of',
      '2025-07-31',
      '--format',
      'json',
    );
    expect(rec.code).toBe(0);
    const json = JSON.parse(rec.out) as {
      accepted: { matched: unknown[] };
      unmatched: unknown[];
      statement: { balanced: boolean; balancePerBank: number };
    };
    expect(json.accepted.matched).toHaveLength(0);
    expect(json.unmatched).toHaveLength(1);
    expect(json.statement).toMatchObject({ balanced: true, balancePerBank: 5_000_00 - 59_00 });

    const missing = await bahi('reconcile', 'bank', '--account', 'Nope', '--db', db);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('There is no bank account called Nope');
  }, 60_000);
});
