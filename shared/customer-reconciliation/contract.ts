// Customer reconciliation: a customer's ledger of our account matched against our statement.
import { z } from 'zod';
import { channel } from '../contract/channel';
import { fileDownload } from '../contract/fields';
import { isoDateField } from '../items/contract';

const paise = z.number().int();

export const compareInput = z.object({
  customerId: z.number().int().positive('Choose the customer'),
  from: isoDateField('From date'),
  to: isoDateField('To date'),
  fileName: z.string().trim().min(1, "Choose the customer's ledger file"),
  contentBase64: z.string().min(1, 'The file is empty'),
  windowDays: z.number().int().min(0).max(60).default(7),
});
export type CompareInput = z.input<typeof compareInput>;

const ourLine = z.object({
  date: z.string(),
  number: z.string().nullable(),
  kind: z.string().nullable(),
  particulars: z.string(),
  debit: paise,
  credit: paise,
});
const theirLine = z.object({
  line: z.number().int(),
  date: z.string(),
  particulars: z.string(),
  voucherType: z.string(),
  reference: z.string(),
  debit: paise,
  credit: paise,
});

export const comparison = z.object({
  matched: z.array(
    z.object({
      ours: ourLine,
      theirs: theirLine,
      basis: z.enum(['document', 'reference', 'amount-date', 'tds']),
      difference: paise,
    }),
  ),
  onlyOurs: z.array(ourLine),
  onlyTheirs: z.array(theirLine),
  ourOpening: paise,
  theirOpening: paise,
  ourClosing: paise,
  theirClosing: paise,
  summary: z.object({
    difference: paise,
    openingDifference: paise,
    onlyOurs: paise,
    onlyTheirs: paise,
    amountDifferences: paise,
    tds: paise,
  }),
});

/** Our balance as of a date, put to the customer with our statement of the period attached. */
export const confirmationLetterInput = z
  .object({
    customerId: z.number({ error: 'Choose the customer' }).int().positive('Choose the customer'),
    from: isoDateField('From date'),
    asOf: isoDateField('As-of date'),
    /** The day the letter is dated; today when not given. */
    letterDate: isoDateField('Letter date').nullish(),
    replyDays: z
      .number({ error: 'Days to reply must be a whole number' })
      .int('Days to reply must be a whole number')
      .min(1, 'Give the customer at least 1 day to reply')
      .max(90, 'Days to reply can be at most 90')
      .default(15),
    format: z.enum(['pdf', 'html'], { error: 'Print to pdf or html' }).default('pdf'),
  })
  .refine((q) => q.from <= q.asOf, {
    path: ['asOf'],
    message: 'The as-of date is before the statement starts',
  });
export type ConfirmationLetterInput = z.input<typeof confirmationLetterInput>;

export const customerReconciliationChannels = {
  'customerReconciliation.compare': channel({
    summary:
      "Match a customer's ledger of our account (CSV/XLSX, their side turned to ours) against our statement for a period: by document number, payment reference or amount and date, TDS short-payments; matched pairs, only in ours, only in theirs, and the closing difference explained",
    input: compareInput,
    output: comparison,
  }),
  'customerReconciliation.exportExcel': channel({
    summary:
      'The same comparison as an Excel workbook: every line of both sides with its list, amounts and difference, and the closing balances',
    input: compareInput,
    output: fileDownload,
  }),
  'customerReconciliation.confirmationLetter': channel({
    summary:
      "A balance confirmation letter on the company's letterhead (our balance as of a date in figures and words, Dr/Cr, a reply within N days, a tear-off confirmation for the customer's signature and seal) with our statement of account for the period attached, as an A4 PDF (or its HTML)",
    input: confirmationLetterInput,
    output: fileDownload,
  }),
};
