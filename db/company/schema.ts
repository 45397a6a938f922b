import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The company this ledger belongs to: exactly one row, id 1. */
export const company = sqliteTable(
  'company',
  {
    id: integer('id').primaryKey(),
    legalName: text('legal_name').notNull(),
    tradeName: text('trade_name'),
    addressLine1: text('address_line1'),
    addressLine2: text('address_line2'),
    city: text('city'),
    pincode: text('pincode'),
    stateCode: text('state_code').notNull(),
    gstin: text('gstin'),
    pan: text('pan'),
    email: text('email'),
    phone: text('phone'),
    bankAccountName: text('bank_account_name'),
    bankName: text('bank_name'),
    bankBranch: text('bank_branch'),
    bankAccountNumber: text('bank_account_number'),
    bankIfsc: text('bank_ifsc'),
    fyStartMonth: integer('fy_start_month').notNull().default(4),
    logo: text('logo'),
    /** At issue, a customer over the credit limit or on hold: warn, or block the invoice. */
    creditCheck: text('credit_check', { enum: ['off', 'warn', 'block'] })
      .notNull()
      .default('warn'),
    /** The most a remaining balance may be for a "small balance" write-off, in paise. */
    writeOffTolerance: integer('write_off_tolerance').notNull().default(1000),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    check('company_single_row', sql`${t.id} = 1`),
    check('company_fy_month', sql`${t.fyStartMonth} between 1 and 12`),
  ],
);
