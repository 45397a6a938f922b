import { prepared } from '../ledger/statements';
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';

export interface AuditRecord {
  at: string;
  actor: string;
  command: string;
  entity: string;
  entityId: string | number | null;
  before: unknown;
  after: unknown;
}

export const GENESIS_HASH = '0'.repeat(64);

/** An audit_log row as SQLite stores it. */
export interface StoredRow {
  id: number;
  at: string;
  actor: string;
  command: string;
  entity: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  hash: string;
}

/** The hash covers every stored column and the previous row's hash, so any edit breaks the chain. */
export function auditHash(row: Omit<StoredRow, 'id' | 'hash'>): string {
  const payload = JSON.stringify([
    row.prev_hash,
    row.at,
    row.actor,
    row.command,
    row.entity,
    row.entity_id,
    row.before_json,
    row.after_json,
  ]);
  return createHash('sha256').update(payload).digest('hex');
}

const toJson = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

/** Called only by runCommand, inside its transaction. */
export function appendAudit(sqlite: Database.Database, records: AuditRecord[]): void {
  if (records.length === 0) return;
  let prev =
    (prepared(sqlite, 'select hash from audit_log order by id desc limit 1').pluck().get() as
      string | undefined) ?? GENESIS_HASH;
  const insert = prepared(
    sqlite,
    `insert into audit_log (at, actor, command, entity, entity_id, before_json, after_json, prev_hash, hash)
     values (@at, @actor, @command, @entity, @entity_id, @before_json, @after_json, @prev_hash, @hash)`,
  );
  for (const r of records) {
    const row = {
      at: r.at,
      actor: r.actor,
      command: r.command,
      entity: r.entity,
      entity_id: r.entityId === null ? null : String(r.entityId),
      before_json: toJson(r.before),
      after_json: toJson(r.after),
      prev_hash: prev,
    };
    const hash = auditHash(row);
    insert.run({ ...row, hash });
    prev = hash;
  }
}

/** Walk the whole chain; returns one message per broken link (empty = intact). */
export function verifyAuditChain(sqlite: Database.Database): {
  rows: number;
  head: string;
  problems: string[];
} {
  const problems: string[] = [];
  let prev = GENESIS_HASH;
  let rows = 0;
  for (const row of prepared(
    sqlite,
    'select * from audit_log order by id',
  ).iterate() as Iterable<StoredRow>) {
    rows++;
    if (row.prev_hash !== prev) {
      problems.push(
        `audit row ${row.id}: does not follow the row before it (a row was removed or reordered)`,
      );
    }
    if (auditHash(row) !== row.hash) {
      problems.push(`audit row ${row.id}: its contents were changed after it was written`);
    }
    prev = row.hash;
  }
  return { rows, head: prev, problems };
}
