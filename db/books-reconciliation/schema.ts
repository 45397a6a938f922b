import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { customers } from '../customers/schema';

/**
 * Customer balances as other books (Tally) show them on a date: imported from an outstanding
 * report or entered by hand. One row per source, date and customer; a party that matched none of
 * our customers is kept by its name so it can be listed. Importing a source and date again
 * replaces its rows (audited).
 */
export const externalBalances = sqliteTable(
  'external_balances',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    source: text('source').notNull(),
    asOf: text('as_of').notNull(),
    customerId: integer('customer_id').references(() => customers.id, { onDelete: 'restrict' }),
    /** The party as the other books spell it (names joined when several matched one customer). */
    partyName: text('party_name').notNull(),
    /** Debit (the customer owes) positive, credit negative, paise. */
    balance: integer('balance').notNull(),
    matchedBy: text('matched_by', {
      enum: ['code', 'name', 'normalised', 'alias', 'gstin', 'chosen'],
    }),
    /** The file it came from, or null when entered by hand. */
    fileName: text('file_name'),
    /** The first line of the file it was read from. */
    line: integer('line'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('external_balances_customer_unique')
      .on(t.source, t.asOf, t.customerId)
      .where(sql`${t.customerId} is not null`),
    uniqueIndex('external_balances_party_unique')
      .on(t.source, t.asOf, t.partyName)
      .where(sql`${t.customerId} is null`),
    index('external_balances_customer_idx').on(t.customerId),
    check('external_balances_matched', sql`(${t.customerId} is null) = (${t.matchedBy} is null)`),
    check('external_balances_party', sql`length(trim(${t.partyName})) > 0`),
  ],
);
