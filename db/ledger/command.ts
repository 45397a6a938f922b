import type Database from 'better-sqlite3';
import type { Ledger, LedgerDb } from './open';
import { appendAudit, type AuditRecord } from '../audit/chain';

export interface CommandContext {
  readonly db: LedgerDb;
  readonly sqlite: Database.Database;
  /** UTC ISO timestamp shared by every row this command writes. */
  readonly now: string;
  /** Record one change for the audit trail; written in the same transaction. */
  audit(record: Omit<AuditRecord, 'command' | 'actor' | 'at'>): void;
}

export interface CommandMeta {
  command: string;
  actor: string;
}

/**
 * Every business command runs here: one IMMEDIATE transaction that does the work and appends
 * its audit rows, or writes nothing at all.
 */
export function runCommand<T>(
  ledger: Ledger,
  meta: CommandMeta,
  work: (cx: CommandContext) => T,
): T {
  const totalChanges = ledger.sqlite.prepare('select total_changes() as n').pluck();
  const transaction = ledger.sqlite.transaction(() => {
    const now = ledger.now();
    const records: AuditRecord[] = [];
    const before = totalChanges.get() as number;
    const result = work({
      db: ledger.db,
      sqlite: ledger.sqlite,
      now,
      audit: (r) => records.push({ ...r, command: meta.command, actor: meta.actor, at: now }),
    });
    if (result instanceof Promise) throw new Error(`command ${meta.command} must be synchronous`);
    // A change to the books without an audit row is a bug: refuse it rather than lose the trail.
    if (records.length === 0 && (totalChanges.get() as number) !== before) {
      throw new Error(`command ${meta.command} changed the ledger without an audit record`);
    }
    appendAudit(ledger.sqlite, records);
    return result;
  });
  return transaction.immediate();
}
