import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from '../schema';

export type LedgerDb = BetterSQLite3Database<typeof schema>;

export interface Ledger {
  readonly path: string;
  readonly sqlite: Database.Database;
  readonly db: LedgerDb;
  /** UTC ISO timestamp for audit rows; replaceable in tests. */
  readonly now: () => string;
  close(): void;
}

export class LedgerOpenError extends Error {
  constructor(
    readonly reason: 'MISSING' | 'CORRUPT' | 'NEWER' | 'NOT_A_LEDGER',
    message: string,
  ) {
    super(message);
    this.name = 'LedgerOpenError';
  }
}

export interface OpenOptions {
  /** Create the file if it does not exist (first run, `bahi init`). */
  create?: boolean;
  migrationsFolder?: string;
  /** Where the pre-migration backup goes; defaults to `backups/` beside the ledger. */
  backupDir?: string;
  now?: () => string;
}

export const defaultMigrationsFolder = (): string =>
  join(dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

/** How many migrations this build of Bahi knows: the schema version it writes. */
export function knownSchemaVersion(migrationsFolder = defaultMigrationsFolder()): number {
  const journal = JSON.parse(
    readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8'),
  ) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

export function openLedger(path: string, options: OpenOptions = {}): Ledger {
  const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder();
  if (!existsSync(path)) {
    if (!options.create) {
      throw new LedgerOpenError('MISSING', `No ledger at ${path}. Create one with \`bahi init\`.`);
    }
    mkdirSync(dirname(path), { recursive: true });
  }

  let sqlite: Database.Database;
  try {
    sqlite = new Database(path);
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('journal_mode = WAL');
  } catch (e) {
    throw new LedgerOpenError(
      'NOT_A_LEDGER',
      `${path} is not a Bahi ledger (${(e as Error).message}).`,
    );
  }
  try {
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');

    const integrity = sqlite.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') {
      throw new LedgerOpenError(
        'CORRUPT',
        `The ledger ${path} failed its integrity check (${String(integrity)}). Restore it from a backup.`,
      );
    }

    const known = knownSchemaVersion(migrationsFolder);
    const current = sqlite.pragma('user_version', { simple: true }) as number;
    if (current > known) {
      throw new LedgerOpenError(
        'NEWER',
        `This ledger was written by a newer Bahi (schema ${current}; this version knows ${known}). ` +
          'Install the newer Bahi to open it; nothing was changed.',
      );
    }
    if (current < known) {
      if (hasTables(sqlite)) backupBeforeMigration(sqlite, path, current, options.backupDir);
      migrateWithTableRebuilds(sqlite, migrationsFolder);
      sqlite.pragma(`user_version = ${known}`);
    }
  } catch (e) {
    sqlite.close();
    throw e;
  }

  const db = drizzle(sqlite, { schema });
  return {
    path,
    sqlite,
    db,
    now: options.now ?? (() => new Date().toISOString()),
    close: () => sqlite.close(),
  };
}

/**
 * SQLite changes a table's constraints by rebuilding it (create new, copy, drop, rename), which is
 * only safe with foreign keys off — and that pragma cannot change inside the migrator's
 * transaction. So they are off for the migration and every reference is checked before use.
 */
function migrateWithTableRebuilds(sqlite: Database.Database, migrationsFolder: string) {
  sqlite.pragma('foreign_keys = OFF');
  try {
    migrate(drizzle(sqlite), { migrationsFolder });
    const broken = sqlite.pragma('foreign_key_check') as { table: string; parent: string }[];
    if (broken.length > 0) {
      const first = broken[0]!;
      throw new LedgerOpenError(
        'CORRUPT',
        `Upgrading the ledger left ${broken.length} broken reference(s) (first: ${first.table} → ${first.parent}). ` +
          'Restore the backup taken before the upgrade from the backups folder.',
      );
    }
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}

function hasTables(sqlite: Database.Database): boolean {
  const row = sqlite
    .prepare(`select count(*) as n from sqlite_master where type = 'table'`)
    .get() as {
    n: number;
  };
  return row.n > 0;
}

/** A consistent copy before any schema change: the user's way back if an upgrade goes wrong. */
function backupBeforeMigration(
  sqlite: Database.Database,
  path: string,
  fromVersion: number,
  backupDir = join(dirname(path), 'backups'),
): string {
  mkdirSync(backupDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = join(
    backupDir,
    `${basename(path, '.sqlite')}.schema-${fromVersion}.${stamp}.sqlite`,
  );
  sqlite.prepare('vacuum into ?').run(target);
  return target;
}

/**
 * A second, read-only connection to a ledger another connection keeps (WAL lets it read
 * committed data while that one writes): for reports run away from the main process's thread.
 * No integrity check and no migration — the owner did both when it opened the file.
 */
export function openLedgerReadOnly(path: string): Ledger {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  sqlite.pragma('busy_timeout = 5000');
  return {
    path,
    sqlite,
    db: drizzle(sqlite, { schema }),
    now: () => new Date().toISOString(),
    close: () => sqlite.close(),
  };
}

export function schemaVersion(ledger: Ledger): number {
  return ledger.sqlite.pragma('user_version', { simple: true }) as number;
}

/** `bahi backup`: a consistent copy of a live ledger (WAL included). */
export function backupLedger(ledger: Ledger, target: string): void {
  if (existsSync(target)) throw new Error(`${target} already exists; choose a new file name`);
  mkdirSync(dirname(target), { recursive: true });
  ledger.sqlite.prepare('vacuum into ?').run(target);
}
