import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** The chart of accounts. Bahi posts to accounts by `systemKey`; the user may rename them. */
export const accounts = sqliteTable(
  'accounts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    type: text('type', { enum: ['asset', 'liability', 'income', 'expense', 'equity'] }).notNull(),
    /** AR, SALES, OUTPUT_CGST, …: how the ledger finds the account it must post to. */
    systemKey: text('system_key'),
  },
  (t) => [
    uniqueIndex('accounts_code_unique').on(t.code),
    uniqueIndex('accounts_system_key_unique').on(t.systemKey),
    check('accounts_type', sql`${t.type} in ('asset','liability','income','expense','equity')`),
  ],
);
