import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { verifyLedger } from '../audit/audit';
import { defaultMigrationsFolder, openLedger } from '../ledger/open';
import { tempDir } from '../testing';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

it('upgrades a ledger with issued invoices to the receipts schema, keeping data and guards', () => {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  // A build of Bahi from before receipts: the first six migrations.
  const old = join(dir, 'old-migrations');
  cpSync(defaultMigrationsFolder(), old, { recursive: true });
  const journalPath = join(old, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
  journal.entries = journal.entries.slice(0, 6);
  writeFileSync(journalPath, JSON.stringify(journal));

  const path = join(dir, 'bahi.sqlite');
  const before = openLedger(path, { create: true, migrationsFolder: old });
  // Written as that build wrote them (today's code knows columns the old schema lacks).
  const run = (sql: string, ...params: unknown[]) =>
    before.sqlite.prepare(sql).run(...params).lastInsertRowid as number;
  run(
    `insert into company (id, legal_name, state_code, created_at, updated_at) values (1, 'Old Books', '27', 'x', 'x')`,
  );
  const customer = run(
    `insert into customers (code, name, state_code, created_at, updated_at) values ('OLD', 'Old Customer', '27', 'x', 'x')`,
  );
  const issuedId = run(
    `insert into documents (kind, status, number, customer_id, date, place_of_supply, intra_state, bill_to_json,
       taxable, cgst, sgst, total, open_balance, created_at, updated_at)
     values ('invoice', 'draft', 'INV/25-26/0001', ?, '2025-06-01', '27', 1, '{}', 1000000, 90000, 90000, 1180000, 1180000, 'x', 'x')`,
    customer,
  );
  run(
    `insert into document_lines (document_id, position, description, hsn_sac, unit, quantity_milli, rate, gross, discount,
       taxable, gst_rate_bps, cgst, sgst, igst, total)
     values (?, 1, 'Maintenance', '998719', 'NOS', 1000, 1000000, 1000000, 0, 1000000, 1800, 90000, 90000, 0, 1180000)`,
    issuedId,
  );
  run(`update documents set status = 'issued' where id = ?`, issuedId);
  const journalId = run(
    `insert into journals (date, document_id, narration, created_at) values ('2025-06-01', ?, 'Invoice', 'x')`,
    issuedId,
  );
  const account = (key: string) =>
    before.sqlite.prepare('select id from accounts where system_key = ?').pluck().get(key);
  const line = `insert into journal_lines (journal_id, account_id, customer_id, debit, credit) values (?, ?, ?, ?, ?)`;
  run(line, journalId, account('AR'), customer, 1180000, 0);
  run(line, journalId, account('SALES'), null, 0, 1000000);
  run(line, journalId, account('OUTPUT_CGST'), null, 0, 90000);
  run(line, journalId, account('OUTPUT_SGST'), null, 0, 90000);
  const issued = { id: issuedId };
  before.close();

  const ledger = openLedger(path);
  cleanups.push(() => ledger.close());
  const row = ledger.sqlite
    .prepare('select number, status, total, open_balance from documents where id = ?')
    .get(issued.id);
  expect(row).toEqual({
    number: 'INV/25-26/0001',
    status: 'issued',
    total: 11_800_00,
    open_balance: 11_800_00,
  });
  expect(ledger.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
  expect(verifyLedger(ledger).problems).toEqual([]);
  // The rebuilt table kept its guards, and the guards on other tables still find it.
  expect(() =>
    ledger.sqlite.prepare('update documents set total = 1 where id = ?').run(issued.id),
  ).toThrow(/cannot be changed/);
  expect(() =>
    ledger.sqlite.prepare('delete from document_lines where document_id = ?').run(issued.id),
  ).toThrow(/cannot be changed/);
  expect(ledger.sqlite.prepare(`select name from bank_accounts`).pluck().all()).toEqual([
    'Cash in Hand',
  ]);
});
