import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import { customers } from '../customers/schema';
import { items } from '../items/schema';
import { orderLines } from '../orders/schema';

export const DOCUMENT_KINDS = [
  'invoice',
  'credit_note',
  'debit_note',
  'opening_invoice',
  'receipt',
  'refund',
  'write_off',
  'cheque_return',
  'instalment',
  'payment_plan',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * Every kind of document, and which side of a customer's account it sits on: a debit item is
 * owed (invoice, debit note, refund, returned cheque, instalment of a payment plan), a credit
 * item settles (credit note, receipt, write-off, the payment plan that took invoices over). A lookup table rather than a CHECK, so a new kind is one INSERT.
 */
export const documentKinds = sqliteTable(
  'document_kinds',
  {
    kind: text('kind').primaryKey(),
    side: text('side', { enum: ['debit', 'credit'] }).notNull(),
    label: text('label').notNull(),
  },
  (t) => [check('document_kinds_side', sql`${t.side} in ('debit','credit')`)],
);

/** Numbering series (CGST Rule 46(b)): one per document kind and financial year, no gaps. */
export const series = sqliteTable(
  'series',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind').notNull(),
    /** e.g. 2025-26 */
    financialYear: text('financial_year').notNull(),
    prefix: text('prefix').notNull(),
    nextNumber: integer('next_number').notNull().default(1),
    digits: integer('digits').notNull().default(4),
  },
  (t) => [
    uniqueIndex('series_kind_year_unique').on(t.kind, t.financialYear),
    check('series_next', sql`${t.nextNumber} >= 1`),
  ],
);

/**
 * GST documents: invoices, credit notes, debit notes and opening items. A draft may change;
 * once issued, triggers refuse any change to what it says (only the open-balance cache moves).
 */
export const documents = sqliteTable(
  'documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: DOCUMENT_KINDS })
      .notNull()
      .references(() => documentKinds.kind),
    status: text('status', { enum: ['draft', 'issued'] }).notNull(),
    /** Taken from the series only inside the issuing transaction. */
    number: text('number'),
    seriesId: integer('series_id').references(() => series.id),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    date: text('date').notNull(),
    dueDate: text('due_date'),
    /** State code of the place of supply. */
    placeOfSupply: text('place_of_supply').notNull(),
    intraState: integer('intra_state', { mode: 'boolean' }).notNull(),
    reverseCharge: integer('reverse_charge', { mode: 'boolean' }).notNull().default(false),
    roundOff: integer('round_off_enabled', { mode: 'boolean' }).notNull().default(true),
    reference: text('reference'),
    notes: text('notes'),
    /** Credit/debit notes: return, rate difference, discount, deficiency. */
    reason: text('reason'),
    /** Snapshots of the parties as printed: later edits to the customer do not change them. */
    billToJson: text('bill_to_json').notNull(),
    shipToJson: text('ship_to_json'),
    taxable: integer('taxable').notNull().default(0),
    cgst: integer('cgst').notNull().default(0),
    sgst: integer('sgst').notNull().default(0),
    igst: integer('igst').notNull().default(0),
    roundOffAmount: integer('round_off_amount').notNull().default(0),
    total: integer('total').notNull().default(0),
    /** Cache of what allocations leave open (debit items) or unallocated (credit items). */
    openBalance: integer('open_balance').notNull().default(0),
    /** The date the open balance last reached zero; null while open. */
    settledOn: text('settled_on'),
    issuedAt: text('issued_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('documents_kind_number_unique').on(t.kind, t.number),
    index('documents_customer_idx').on(t.customerId, t.date),
    // Ageing as of today reads only this index: every open item with all it needs to bucket it.
    index('documents_open_idx')
      .on(t.customerId, t.kind, t.dueDate, t.date, t.openBalance)
      .where(sql`${t.openBalance} <> 0`),
    // Ageing as of a past date: the items settled since then, again without touching the table.
    index('documents_settled_idx')
      .on(t.settledOn, t.date, t.customerId, t.kind, t.dueDate, t.openBalance)
      .where(sql`${t.settledOn} is not null`),
    check('documents_status', sql`${t.status} in ('draft','issued')`),
    check('documents_issued_numbered', sql`${t.status} = 'draft' or ${t.number} is not null`),
    check('documents_open_range', sql`${t.openBalance} between 0 and ${t.total}`),
  ],
);

export const documentLines = sqliteTable(
  'document_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    itemId: integer('item_id').references(() => items.id, { onDelete: 'restrict' }),
    description: text('description').notNull(),
    hsnSac: text('hsn_sac').notNull(),
    unit: text('unit').notNull(),
    quantityMilli: integer('quantity_milli').notNull(),
    rate: integer('rate').notNull(),
    /** The estimate or sales-order line this bills, for variance and what is left to bill. */
    orderLineId: integer('order_line_id').references(() => orderLines.id, { onDelete: 'restrict' }),
    discountBps: integer('discount_bps'),
    discountAmount: integer('discount_amount'),
    gross: integer('gross').notNull(),
    discount: integer('discount').notNull(),
    taxable: integer('taxable').notNull(),
    gstRateBps: integer('gst_rate_bps').notNull(),
    cgst: integer('cgst').notNull(),
    sgst: integer('sgst').notNull(),
    igst: integer('igst').notNull(),
    total: integer('total').notNull(),
  },
  (t) => [
    uniqueIndex('document_lines_position').on(t.documentId, t.position),
    // What an order has been billed: asked at every conversion and variance check.
    index('document_lines_order_line_idx')
      .on(t.orderLineId)
      .where(sql`${t.orderLineId} is not null`),
    check('document_lines_qty', sql`${t.quantityMilli} > 0`),
    check('document_lines_taxable', sql`${t.taxable} = ${t.gross} - ${t.discount}`),
  ],
);

/** Credit and debit notes name the invoices they adjust (Rule 53). */
export const documentReferences = sqliteTable(
  'document_references',
  {
    documentId: integer('document_id')
      .notNull()
      .references((): AnySQLiteColumn => documents.id, { onDelete: 'cascade' }),
    referencedId: integer('referenced_id')
      .notNull()
      .references((): AnySQLiteColumn => documents.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.referencedId] })],
);
