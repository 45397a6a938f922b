import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { customers } from '../customers/schema';
import { documents } from '../invoices/schema';
import { orders } from '../orders/schema';

/**
 * A credit hold: from when, by whom and why, and its release. `customers.on_hold` is the cache
 * the invoice check reads; these rows are the history dispatch and the auditor read.
 */
export const creditHolds = sqliteTable(
  'credit_holds',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    heldOn: text('held_on').notNull(),
    heldBy: text('held_by').notNull(),
    reason: text('reason').notNull(),
    releasedOn: text('released_on'),
    releasedBy: text('released_by'),
    releaseReason: text('release_reason'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('credit_holds_customer_idx').on(t.customerId, t.heldOn),
    uniqueIndex('credit_holds_one_open')
      .on(t.customerId)
      .where(sql`${t.releasedOn} is null`),
    check(
      'credit_holds_release',
      sql`(${t.releasedOn} is null and ${t.releasedBy} is null and ${t.releaseReason} is null) or (${t.releasedOn} is not null and ${t.releasedBy} is not null and ${t.releaseReason} is not null and ${t.releasedOn} >= ${t.heldOn})`,
    ),
  ],
);

export const CREDIT_OUTCOMES = ['warned', 'overridden'] as const;

/**
 * Every time the credit check found a problem and the invoice or approval still went through:
 * warned (company setting is warn) or overridden (block, with who approved it and why).
 */
export const creditExceptions = sqliteTable(
  'credit_exceptions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    documentId: integer('document_id').references(() => documents.id, { onDelete: 'restrict' }),
    orderId: integer('order_id').references(() => orders.id, { onDelete: 'restrict' }),
    outcome: text('outcome', { enum: CREDIT_OUTCOMES }).notNull(),
    mode: text('mode').notNull(),
    /** Paise; null = no limit set. */
    creditLimit: integer('credit_limit'),
    /** Paise, with this invoice or order counted. */
    exposureAfter: integer('exposure_after').notNull(),
    onHold: integer('on_hold', { mode: 'boolean' }).notNull(),
    problems: text('problems').notNull(),
    approvedBy: text('approved_by'),
    reason: text('reason'),
    actor: text('actor').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('credit_exceptions_customer_idx').on(t.customerId, t.createdAt),
    check('credit_exceptions_outcome', sql`${t.outcome} in ('warned','overridden')`),
    check('credit_exceptions_subject', sql`(${t.documentId} is null) <> (${t.orderId} is null)`),
    check(
      'credit_exceptions_override',
      sql`${t.outcome} = 'warned' or (${t.approvedBy} is not null and ${t.reason} is not null)`,
    ),
  ],
);
