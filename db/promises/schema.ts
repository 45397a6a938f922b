import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { PROMISE_CHANNELS } from '../../shared/promises/contract';
import { customers } from '../customers/schema';
import { documents } from '../invoices/schema';

/**
 * What a customer said they would pay, and by when. Nothing here posts to the books: whether it
 * was kept is read from receipts and allocations as of a date. Withdrawn, never deleted.
 */
export const promises = sqliteTable(
  'promises',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    /** In paise. */
    amount: integer('amount').notNull(),
    madeOn: text('made_on').notNull(),
    promisedOn: text('promised_on').notNull(),
    how: text('how', { enum: PROMISE_CHANNELS }).notNull(),
    contactPerson: text('contact_person'),
    notes: text('notes'),
    cancelledOn: text('cancelled_on'),
    cancelReason: text('cancel_reason'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('promises_customer_idx').on(t.customerId, t.promisedOn),
    index('promises_promised_idx').on(t.promisedOn),
    check('promises_amount', sql`${t.amount} > 0`),
    check('promises_dates', sql`${t.promisedOn} >= ${t.madeOn}`),
    check('promises_how', sql`${t.how} in ('call','email','whatsapp','visit','letter')`),
    check(
      'promises_cancelled',
      sql`(${t.cancelledOn} is null and ${t.cancelReason} is null) or (${t.cancelledOn} is not null and ${t.cancelReason} is not null and ${t.cancelledOn} >= ${t.madeOn})`,
    ),
  ],
);

/** The open invoices a promise names: what is allocated to them counts towards it. */
export const promiseInvoices = sqliteTable(
  'promise_invoices',
  {
    promiseId: integer('promise_id')
      .notNull()
      .references(() => promises.id, { onDelete: 'restrict' }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'restrict' }),
  },
  (t) => [
    primaryKey({ columns: [t.promiseId, t.documentId] }),
    index('promise_invoices_document_idx').on(t.documentId),
  ],
);
