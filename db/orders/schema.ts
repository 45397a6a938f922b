import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { customers } from '../customers/schema';
import { items } from '../items/schema';

export const ORDER_KINDS = ['estimate', 'sales_order'] as const;
/** Estimates: draft → sent → approved | rejected → invoiced. Sales orders: open → invoiced | closed. */
export const ORDER_STATUSES = [
  'draft',
  'sent',
  'approved',
  'rejected',
  'open',
  'invoiced',
  'closed',
] as const;

/** Estimates and sales orders: what was agreed before billing. Not books of account. */
export const orders = sqliteTable(
  'orders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ORDER_KINDS }).notNull(),
    status: text('status', { enum: ORDER_STATUSES }).notNull(),
    number: text('number').notNull(),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    date: text('date').notNull(),
    validUntil: text('valid_until'),
    /** The customer's purchase order number (sales orders) or approval reference (estimates). */
    customerReference: text('customer_reference'),
    approvedOn: text('approved_on'),
    notes: text('notes'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('orders_kind_number_unique').on(t.kind, t.number),
    index('orders_customer_idx').on(t.customerId, t.status),
    check('orders_kind', sql`${t.kind} in ('estimate','sales_order')`),
    check(
      'orders_status',
      sql`${t.status} in ('draft','sent','approved','rejected','open','invoiced','closed')`,
    ),
  ],
);

export const orderLines = sqliteTable(
  'order_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    itemId: integer('item_id').references(() => items.id, { onDelete: 'restrict' }),
    description: text('description').notNull(),
    hsnSac: text('hsn_sac').notNull(),
    unit: text('unit').notNull(),
    quantityMilli: integer('quantity_milli').notNull(),
    /** The agreed price and discount: an invoice that differs shows a variance. */
    rate: integer('rate').notNull(),
    discountBps: integer('discount_bps'),
    discountAmount: integer('discount_amount'),
    gstRateBps: integer('gst_rate_bps').notNull(),
  },
  (t) => [
    uniqueIndex('order_lines_position').on(t.orderId, t.position),
    check('order_lines_qty', sql`${t.quantityMilli} > 0`),
  ],
);
