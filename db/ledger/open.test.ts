import Database from 'better-sqlite3';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing';
import { defaultMigrationsFolder, knownSchemaVersion, LedgerOpenError, openLedger } from './open';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const fresh = () => {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
};

describe('openLedger', () => {
  it('creates a ledger with WAL, foreign keys, full sync and the current schema version', () => {
    const path = join(fresh(), 'bahi.sqlite');
    const ledger = openLedger(path, { create: true });
    expect(ledger.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ledger.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(ledger.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(ledger.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(ledger.sqlite.pragma('user_version', { simple: true })).toBe(knownSchemaVersion());
    ledger.close();
  });

  it('refuses a missing file unless asked to create it', () => {
    const path = join(fresh(), 'none.sqlite');
    expect(() => openLedger(path)).toThrow(/No ledger at/);
    expect(existsSync(path)).toBe(false);
  });

  it('refuses a ledger written by a newer Bahi and leaves it untouched', () => {
    const path = join(fresh(), 'bahi.sqlite');
    openLedger(path, { create: true }).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${knownSchemaVersion() + 1}`);
    raw.close();
    const before = readFileSync(path);
    const attempt = () => openLedger(path);
    expect(attempt).toThrow(LedgerOpenError);
    expect(attempt).toThrow(/newer Bahi/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a file that is not a database', () => {
    const path = join(fresh(), 'junk.sqlite');
    writeFileSync(path, 'this is not sqlite, just text that happens to be long enough'.repeat(100));
    expect(() => openLedger(path)).toThrow(LedgerOpenError);
  });

  it('backs up an older ledger before migrating it, and keeps its data', () => {
    const dir = fresh();
    // A build of Bahi that knew only the first migration.
    const oldMigrations = join(dir, 'old-migrations');
    cpSync(defaultMigrationsFolder(), oldMigrations, { recursive: true });
    const journalPath = join(oldMigrations, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
    journal.entries = journal.entries.slice(0, 1);
    writeFileSync(journalPath, JSON.stringify(journal));

    const path = join(dir, 'bahi.sqlite');
    const old = openLedger(path, { create: true, migrationsFolder: oldMigrations });
    old.sqlite
      .prepare(
        `insert into customers (code, name, state_code, created_at, updated_at) values ('OLD1', 'Old Customer', '27', 'x', 'x')`,
      )
      .run();
    old.close();

    const upgraded = openLedger(path);
    expect(upgraded.sqlite.pragma('user_version', { simple: true })).toBe(knownSchemaVersion());
    expect(upgraded.sqlite.prepare('select name from customers').pluck().get()).toBe(
      'Old Customer',
    );
    const triggers = upgraded.sqlite
      .prepare(`select name from sqlite_master where type = 'trigger'`)
      .pluck()
      .all();
    expect(triggers).toContain('audit_log_no_update');
    upgraded.close();

    const backups = readdirSync(join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    const backup = new Database(join(dir, 'backups', backups[0]!), { readonly: true });
    expect(backup.prepare('select code from customers').pluck().all()).toEqual(['OLD1']);
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    backup.close();
  });

  it('does not back up or migrate a ledger that is already current', () => {
    const dir = fresh();
    const path = join(dir, 'bahi.sqlite');
    openLedger(path, { create: true }).close();
    openLedger(path).close();
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });
});
