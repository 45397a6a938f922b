import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { customers } from '../customers/schema';
import { documents } from '../invoices/schema';
import { bankAccounts } from '../receipts/schema';

/** One statement file read into a bank account: who brought it in, and what it said. */
export const bankStatementImports = sqliteTable(
  'bank_statement_imports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    bankAccountId: integer('bank_account_id')
      .notNull()
      .references(() => bankAccounts.id, { onDelete: 'restrict' }),
    fileName: text('file_name').notNull(),
    format: text('format', { enum: ['csv', 'xlsx', 'mt940', 'camt053'] }).notNull(),
    preset: text('preset'),
    /** In paise, as the file states them (negative = overdrawn). */
    openingBalance: integer('opening_balance'),
    closingBalance: integer('closing_balance'),
    fromDate: text('from_date'),
    toDate: text('to_date'),
    linesRead: integer('lines_read').notNull(),
    linesNew: integer('lines_new').notNull(),
    importedBy: text('imported_by').notNull(),
    importedAt: text('imported_at').notNull(),
  },
  (t) => [
    index('bank_statement_imports_account_idx').on(t.bankAccountId, t.importedAt),
    check('bank_statement_imports_format', sql`${t.format} in ('csv','xlsx','mt940','camt053')`),
    check(
      'bank_statement_imports_counts',
      sql`${t.linesNew} >= 0 and ${t.linesNew} <= ${t.linesRead}`,
    ),
  ],
);

/** A line of a bank statement, once per bank account however often its file is imported. */
export const bankStatementLines = sqliteTable(
  'bank_statement_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    importId: integer('import_id')
      .notNull()
      .references(() => bankStatementImports.id, { onDelete: 'restrict' }),
    bankAccountId: integer('bank_account_id')
      .notNull()
      .references(() => bankAccounts.id, { onDelete: 'restrict' }),
    lineNo: integer('line_no').notNull(),
    date: text('date').notNull(),
    narration: text('narration').notNull(),
    reference: text('reference').notNull(),
    direction: text('direction', { enum: ['credit', 'debit'] }).notNull(),
    /** In paise, always > 0; the sign is `direction`. */
    amount: integer('amount').notNull(),
    balance: integer('balance'),
    fingerprint: text('fingerprint').notNull(),
  },
  (t) => [
    uniqueIndex('bank_statement_lines_fingerprint_unique').on(t.bankAccountId, t.fingerprint),
    index('bank_statement_lines_account_date_idx').on(t.bankAccountId, t.date),
    index('bank_statement_lines_import_idx').on(t.importId),
    check('bank_statement_lines_direction', sql`${t.direction} in ('credit','debit')`),
    check('bank_statement_lines_amount', sql`${t.amount} > 0`),
  ],
);

/**
 * A bank line tied to the receipt it is. Un-matching stamps the row (when, who, why); a new match
 * is a new row. At most one live match per line and per receipt.
 */
export const bankMatches = sqliteTable(
  'bank_matches',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    lineId: integer('line_id')
      .notNull()
      .references(() => bankStatementLines.id, { onDelete: 'restrict' }),
    receiptId: integer('receipt_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'restrict' }),
    score: integer('score').notNull(),
    /** JSON array of the reasons shown when it was accepted. */
    reasons: text('reasons').notNull(),
    matchedBy: text('matched_by').notNull(),
    matchedAt: text('matched_at').notNull(),
    unmatchedAt: text('unmatched_at'),
    unmatchedBy: text('unmatched_by'),
    unmatchReason: text('unmatch_reason'),
  },
  (t) => [
    uniqueIndex('bank_matches_line_live')
      .on(t.lineId)
      .where(sql`unmatched_at is null`),
    uniqueIndex('bank_matches_receipt_live')
      .on(t.receiptId)
      .where(sql`unmatched_at is null`),
    index('bank_matches_receipt_idx').on(t.receiptId),
    check('bank_matches_score', sql`${t.score} between 0 and 100`),
    check(
      'bank_matches_unmatched',
      sql`(${t.unmatchedAt} is null and ${t.unmatchedBy} is null and ${t.unmatchReason} is null) or (${t.unmatchedAt} is not null and ${t.unmatchedBy} is not null and length(trim(${t.unmatchReason})) > 0)`,
    ),
  ],
);

/** A name a customer's payments arrive under, learnt when a match is accepted (normalised). */
export const bankAliases = sqliteTable(
  'bank_aliases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    alias: text('alias').notNull(),
    learntFromMatchId: integer('learnt_from_match_id').references(() => bankMatches.id, {
      onDelete: 'restrict',
    }),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('bank_aliases_alias_unique').on(t.alias),
    index('bank_aliases_customer_idx').on(t.customerId),
    check('bank_aliases_alias', sql`length(${t.alias}) >= 3`),
  ],
);

/** The column layout a user mapped for a bank account's statements, used again next time. */
export const bankStatementMappings = sqliteTable('bank_statement_mappings', {
  bankAccountId: integer('bank_account_id')
    .primaryKey()
    .references(() => bankAccounts.id, { onDelete: 'restrict' }),
  /** JSON ColumnMapping (db/bank-statements/types.ts). */
  mapping: text('mapping').notNull(),
  updatedBy: text('updated_by').notNull(),
  updatedAt: text('updated_at').notNull(),
});
