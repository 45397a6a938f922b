import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { accounts } from '../accounts/schema';
import { documents } from '../invoices/schema';

export const RECEIPT_MODES = [
  'cheque',
  'neft',
  'rtgs',
  'imps',
  'upi',
  'card',
  'cash',
  'other',
] as const;
export type ReceiptMode = (typeof RECEIPT_MODES)[number];

/** Where money is received: a bank account or cash, each posting to its own ledger account. */
export const bankAccounts = sqliteTable(
  'bank_accounts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['bank', 'cash'] }).notNull(),
    bankName: text('bank_name'),
    accountNumber: text('account_number'),
    ifsc: text('ifsc'),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'restrict' }),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('bank_accounts_name_unique').on(t.name),
    uniqueIndex('bank_accounts_account_unique').on(t.accountId),
    check('bank_accounts_kind', sql`${t.kind} in ('bank','cash')`),
  ],
);

/**
 * What a receipt says beyond its document row: how the money came, where it went, and what the
 * customer deducted. Written with the receipt; frozen with it.
 */
export const receiptDetails = sqliteTable(
  'receipt_details',
  {
    documentId: integer('document_id')
      .primaryKey()
      .references(() => documents.id, { onDelete: 'cascade' }),
    mode: text('mode', { enum: RECEIPT_MODES }).notNull(),
    bankAccountId: integer('bank_account_id')
      .notNull()
      .references(() => bankAccounts.id, { onDelete: 'restrict' }),
    /** Cheque number, UTR or other reference. */
    instrumentNumber: text('instrument_number'),
    instrumentDate: text('instrument_date'),
    draweeBank: text('drawee_bank'),
    /** What the customer paid, in paise; the bank may have kept charges out of it. */
    amount: integer('amount').notNull(),
    tdsAmount: integer('tds_amount').notNull().default(0),
    tdsSection: text('tds_section'),
    tdsRateBps: integer('tds_rate_bps'),
    bankCharges: integer('bank_charges').notNull().default(0),
  },
  (t) => [
    index('receipt_details_instrument_idx').on(t.instrumentNumber),
    check(
      'receipt_details_mode',
      sql`${t.mode} in ('cheque','neft','rtgs','imps','upi','card','cash','other')`,
    ),
    check('receipt_details_amount', sql`${t.amount} > 0`),
    check('receipt_details_tds', sql`${t.tdsAmount} >= 0`),
    check('receipt_details_charges', sql`${t.bankCharges} >= 0 and ${t.bankCharges} < ${t.amount}`),
  ],
);

/** A cheque's life after it is received: deposited, cleared or bounced. Append-only. */
export const chequeEvents = sqliteTable(
  'cheque_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'restrict' }),
    event: text('event', { enum: ['deposited', 'cleared', 'bounced'] }).notNull(),
    date: text('date').notNull(),
    reason: text('reason'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('cheque_events_document_idx').on(t.documentId),
    check('cheque_events_event', sql`${t.event} in ('deposited','cleared','bounced')`),
  ],
);
