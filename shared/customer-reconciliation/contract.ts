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
};
