import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { accounts } from '../accounts/schema';
import { customers } from '../customers/schema';
import { documents } from '../invoices/schema';

/** One balanced journal per issued document (and per receipt, bounce, … later). Immutable. */
export const journals = sqliteTable(
  'journals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    date: text('date').notNull(),
    documentId: integer('document_id').references(() => documents.id, { onDelete: 'restrict' }),
    narration: text('narration').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('journals_date_idx').on(t.date), index('journals_document_idx').on(t.documentId)],
);

export const journalLines = sqliteTable(
  'journal_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    journalId: integer('journal_id')
      .notNull()
      .references(() => journals.id, { onDelete: 'restrict' }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'restrict' }),
    /** Set on AR lines: the customer whose balance this moves. */
    customerId: integer('customer_id').references(() => customers.id, { onDelete: 'restrict' }),
    debit: integer('debit').notNull().default(0),
    credit: integer('credit').notNull().default(0),
  },
  (t) => [
    index('journal_lines_journal_idx').on(t.journalId),
    index('journal_lines_account_idx').on(t.accountId, t.customerId),
    check(
      'journal_lines_one_side',
      sql`${t.debit} >= 0 and ${t.credit} >= 0 and (${t.debit} = 0) <> (${t.credit} = 0)`,
    ),
  ],
);

/**
 * Debits and credits per account per day, kept by a trigger on journal_lines: the balance of
 * any account (AR control above all) on any date is a sum over days, not over every line.
 */
export const accountDayTotals = sqliteTable(
  'account_day_totals',
  {
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'restrict' }),
    date: text('date').notNull(),
    debit: integer('debit').notNull().default(0),
    credit: integer('credit').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.date] })],
);
