import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { DISPUTE_REASONS } from '../../shared/disputes/contract';
import { customers } from '../customers/schema';
import { documents } from '../invoices/schema';

/**
 * A customer's objection to (part of) an invoice. It changes nothing in the books: the invoice
 * stays in ageing, flagged, until the dispute is resolved (with a credit note, or without).
 * Each row keeps the dates it was raised and resolved, so ageing as of any date can flag it.
 */
export const disputes = sqliteTable(
  'disputes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'restrict' }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    reason: text('reason', { enum: DISPUTE_REASONS }).notNull(),
    /** The part of the invoice the customer disputes, in paise. */
    amount: integer('amount').notNull(),
    raisedOn: text('raised_on').notNull(),
    /** Who at our end is resolving it. */
    owner: text('owner'),
    notes: text('notes'),
    status: text('status', { enum: ['open', 'resolved'] }).notNull(),
    resolvedOn: text('resolved_on'),
    resolution: text('resolution'),
    /** The credit note that settled it, when one did. */
    creditNoteId: integer('credit_note_id').references(() => documents.id, {
      onDelete: 'restrict',
    }),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('disputes_document_idx').on(t.documentId),
    index('disputes_customer_idx').on(t.customerId, t.status),
    // One open dispute per invoice: a second objection is added to the first.
    uniqueIndex('disputes_one_open_per_document')
      .on(t.documentId)
      .where(sql`${t.status} = 'open'`),
    check('disputes_amount', sql`${t.amount} > 0`),
    check('disputes_status', sql`${t.status} in ('open','resolved')`),
    check(
      'disputes_resolved',
      sql`(${t.status} = 'open' and ${t.resolvedOn} is null) or (${t.status} = 'resolved' and ${t.resolvedOn} is not null and ${t.resolvedOn} >= ${t.raisedOn})`,
    ),
  ],
);
