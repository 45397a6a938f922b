import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { PLAN_FREQUENCIES } from '../../shared/payment-plans/schedule';
import { customers } from '../customers/schema';
import { documents } from '../invoices/schema';

/**
 * An overdue balance rescheduled into instalments. The books see only documents: the plan's own
 * credit document settles the invoices it took over, and each instalment is a debit item with
 * its due date. This row says what the plan was; cancelling it is the only change, once.
 */
export const paymentPlans = sqliteTable(
  'payment_plans',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The plan's credit document (kind payment_plan), numbered from its own series. */
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'restrict' }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    planOn: text('plan_on').notNull(),
    /** Paise moved from the invoices into instalments. */
    amount: integer('amount').notNull(),
    frequency: text('frequency', { enum: PLAN_FREQUENCIES }).notNull(),
    notes: text('notes'),
    cancelledOn: text('cancelled_on'),
    cancelReason: text('cancel_reason'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('payment_plans_document_unique').on(t.documentId),
    index('payment_plans_customer_idx').on(t.customerId, t.planOn),
    check('payment_plans_amount', sql`${t.amount} > 0`),
    check('payment_plans_frequency', sql`${t.frequency} in ('weekly','monthly','custom')`),
    check(
      'payment_plans_cancelled',
      sql`(${t.cancelledOn} is null and ${t.cancelReason} is null) or (${t.cancelledOn} is not null and ${t.cancelReason} is not null and ${t.cancelledOn} >= ${t.planOn})`,
    ),
  ],
);

/** The open items a plan took over, and how much of each (paise). */
export const paymentPlanItems = sqliteTable(
  'payment_plan_items',
  {
    planId: integer('plan_id')
      .notNull()
      .references(() => paymentPlans.id, { onDelete: 'restrict' }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'restrict' }),
    amount: integer('amount').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.documentId] }),
    index('payment_plan_items_document_idx').on(t.documentId),
    check('payment_plan_items_amount', sql`${t.amount} > 0`),
  ],
);

/** A plan's instalments in order, each an issued document of kind `instalment`. */
export const paymentPlanInstalments = sqliteTable(
  'payment_plan_instalments',
  {
    planId: integer('plan_id')
      .notNull()
      .references(() => paymentPlans.id, { onDelete: 'restrict' }),
    position: integer('position').notNull(),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'restrict' }),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.position] }),
    uniqueIndex('payment_plan_instalments_document_unique').on(t.documentId),
    check('payment_plan_instalments_position', sql`${t.position} >= 1`),
  ],
);
