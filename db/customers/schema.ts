import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const customers = sqliteTable(
  'customers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    gstin: text('gstin'),
    pan: text('pan'),
    stateCode: text('state_code').notNull(),
    email: text('email'),
    phone: text('phone'),
    whatsapp: text('whatsapp'),
    paymentTermsDays: integer('payment_terms_days').notNull().default(30),
    /** Paise; null = no limit set. */
    creditLimit: integer('credit_limit'),
    billingLine1: text('billing_line1'),
    billingLine2: text('billing_line2'),
    billingCity: text('billing_city'),
    billingPincode: text('billing_pincode'),
    billingStateCode: text('billing_state_code'),
    /** Shipping address; all null = same as billing. */
    shippingLine1: text('shipping_line1'),
    shippingLine2: text('shipping_line2'),
    shippingCity: text('shipping_city'),
    shippingPincode: text('shipping_pincode'),
    shippingStateCode: text('shipping_state_code'),
    hasShippingAddress: integer('has_shipping_address', { mode: 'boolean' })
      .notNull()
      .default(false),
    customerGroup: text('customer_group'),
    salesperson: text('salesperson'),
    notes: text('notes'),
    /** Credit hold: no new invoices (or a warning) until released. */
    onHold: integer('on_hold', { mode: 'boolean' }).notNull().default(false),
    archivedAt: text('archived_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('customers_code_unique').on(sql`${t.code} collate nocase`),
    index('customers_name_idx').on(sql`${t.name} collate nocase`),
    index('customers_gstin_idx').on(t.gstin),
    check('customers_terms', sql`${t.paymentTermsDays} between 0 and 365`),
    check('customers_credit_limit', sql`${t.creditLimit} is null or ${t.creditLimit} >= 0`),
  ],
);

export const customerContacts = sqliteTable(
  'customer_contacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    designation: text('designation'),
    email: text('email'),
    phone: text('phone'),
    whatsapp: text('whatsapp'),
  },
  (t) => [index('customer_contacts_customer_idx').on(t.customerId, t.position)],
);
