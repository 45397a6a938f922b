import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The audit trail (Companies (Accounts) Rules, rule 3(1)): append-only, every row
 * chained to the one before by hash. Triggers in the migrations refuse UPDATE and DELETE.
 */
export const auditLog = sqliteTable('audit_log', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** UTC, ISO 8601. */
  at: text('at').notNull(),
  actor: text('actor').notNull(),
  command: text('command').notNull(),
  entity: text('entity').notNull(),
  entityId: text('entity_id'),
  beforeJson: text('before_json'),
  afterJson: text('after_json'),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull().unique(),
});
