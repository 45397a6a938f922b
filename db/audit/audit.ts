import type { AuditEntry, VerifyReport } from '../../shared/audit/contract';
import type { Ledger } from '../ledger/open';
import { openBalanceProblems } from '../allocations/allocations';
import { journalProblems } from '../journal/journal';
import { verifyAuditChain, type StoredRow } from './chain';

export interface AuditQuery {
  entity?: string | undefined;
  entityId?: string | undefined;
  beforeId?: number | undefined;
  limit: number;
}

export function listAudit(ledger: Ledger, q: AuditQuery): AuditEntry[] {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: q.limit };
  if (q.entity) {
    where.push('entity = @entity');
    params.entity = q.entity;
  }
  if (q.entityId) {
    where.push('entity_id = @entityId');
    params.entityId = q.entityId;
  }
  if (q.beforeId) {
    where.push('id < @beforeId');
    params.beforeId = q.beforeId;
  }
  const rows = ledger.sqlite
    .prepare(
      `select * from audit_log ${where.length ? 'where ' + where.join(' and ') : ''}
       order by id desc limit @limit`,
    )
    .all(params) as StoredRow[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    command: r.command,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before_json === null ? null : JSON.parse(r.before_json),
    after: r.after_json === null ? null : JSON.parse(r.after_json),
    hash: r.hash,
  }));
}

/** `bahi verify`: integrity, the audit chain, balanced journals and caches equal to their derivation. */
export function verifyLedger(ledger: Ledger): VerifyReport {
  const integrity = String(ledger.sqlite.pragma('integrity_check', { simple: true }));
  const chain = verifyAuditChain(ledger.sqlite);
  const problems = [...chain.problems];
  if (integrity !== 'ok') problems.unshift(`database integrity check: ${integrity}`);
  const fk = ledger.sqlite.pragma('foreign_key_check') as unknown[];
  if (fk.length > 0) problems.push(`${fk.length} row(s) point at records that do not exist`);
  problems.push(...journalProblems(ledger), ...openBalanceProblems(ledger));
  return {
    ok: problems.length === 0,
    checked: { auditRows: chain.rows, integrity, head: chain.head },
    problems,
  };
}
