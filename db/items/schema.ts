import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** Goods (HSN) and services (SAC) that appear on invoice lines. */
export const items = sqliteTable(
  'items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['goods', 'services'] }).notNull(),
    hsnSac: text('hsn_sac').notNull(),
    /** GST unit quantity code (UQC): NOS, KGS, MTR, … */
    unit: text('unit').notNull(),
    /** Paise per unit. */
    defaultRate: integer('default_rate').notNull().default(0),
    description: text('description'),
    archivedAt: text('archived_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('items_name_unique').on(sql`${t.name} collate nocase`),
    index('items_hsn_idx').on(t.hsnSac),
    check('items_kind', sql`${t.kind} in ('goods','services')`),
    check('items_rate', sql`${t.defaultRate} >= 0`),
  ],
);

/** GST rate of an item from a date on; the rate on an invoice is the one in force on its date. */
export const itemGstRates = sqliteTable(
  'item_gst_rates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    itemId: integer('item_id')
      .notNull()
      .references(() => items.id, { onDelete: 'cascade' }),
    effectiveFrom: text('effective_from').notNull(),
    /** Basis points of a percent: 1800 = 18%. */
    gstRateBps: integer('gst_rate_bps').notNull(),
  },
  (t) => [
    uniqueIndex('item_gst_rates_unique').on(t.itemId, t.effectiveFrom),
    check('item_gst_rates_range', sql`${t.gstRateBps} between 0 and 10000`),
  ],
);
