import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  sqliteTable,
  text,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import { documents } from '../invoices/schema';

/**
 * A credit item (credit note, receipt, …) settling a debit item (invoice, debit note, …).
 * Append-only: undoing one adds a reversing row (negative amount) with its own date and reason.
 */
export const allocations = sqliteTable(
  'allocations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    creditDocumentId: integer('credit_document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'restrict' }),
    debitDocumentId: integer('debit_document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'restrict' }),
    amount: integer('amount').notNull(),
    date: text('date').notNull(),
    reversesId: integer('reverses_id').references((): AnySQLiteColumn => allocations.id),
    reason: text('reason'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    // With the amount, "allocated to this document after a date" is answered from the index alone.
    index('allocations_debit_idx').on(t.debitDocumentId, t.date, t.amount),
    index('allocations_credit_idx').on(t.creditDocumentId, t.date, t.amount),
    // Ageing asks for the latest allocation date on every run: one index step, not a scan.
    index('allocations_date_idx').on(t.date),
    // "Is this allocation undone?" is asked of every allocation shown: without it, a full scan each.
    index('allocations_reverses_idx')
      .on(t.reversesId)
      .where(sql`${t.reversesId} is not null`),
    check('allocations_nonzero', sql`${t.amount} <> 0`),
    check('allocations_reversal', sql`(${t.amount} > 0) = (${t.reversesId} is null)`),
  ],
);
