import { z } from 'zod';
import { channel } from '../contract/channel';
import { idField, optionalText, paiseField } from '../contract/fields';
import { isoDateField } from '../items/contract';
import { DEFAULT_BUCKETS } from './ageing';

export const ageingQuery = z.object({
  asOf: isoDateField('As-of date'),
  basis: z.enum(['due', 'document'], { error: 'Age by due date or document date' }).default('due'),
  buckets: z
    .array(z.number().int().min(1, 'A bucket ends after at least 1 day').max(3650))
    .min(1, 'Give at least one bucket limit (e.g. 30, 60, 90)')
    .max(12, 'At most 12 buckets')
    .default(DEFAULT_BUCKETS),
  level: z.enum(['customer', 'document']).default('customer'),
  customerId: idField.optional(),
  customerGroup: optionalText(60, 'Customer group'),
  salesperson: optionalText(60, 'Salesperson'),
  stateCode: optionalText(2, 'State'),
  /** Leave out customers whose total is below this (paise). */
  minBalance: paiseField('Minimum balance')
    .nullish()
    .transform((v) => v ?? null),
});
export type AgeingQueryInput = z.input<typeof ageingQuery>;
export type AgeingQuery = z.output<typeof ageingQuery>;

const bucket = z.object({
  label: z.string(),
  from: z.number().nullable(),
  to: z.number().nullable(),
});

export const ageingCustomerRow = z.object({
  customerId: z.number().int(),
  customerCode: z.string(),
  customerName: z.string(),
  customerGroup: z.string().nullable(),
  salesperson: z.string().nullable(),
  stateCode: z.string(),
  /** One per bucket, in order, paise. */
  amounts: z.array(z.number().int()),
  /** Unallocated receipts and credit notes, as a negative figure. */
  onAccount: z.number().int(),
  total: z.number().int(),
  /** Oldest open item's days past the basis date. */
  oldestDays: z.number().int().nullable(),
});
export type AgeingCustomerRow = z.infer<typeof ageingCustomerRow>;

export const ageingDocumentRow = z.object({
  documentId: z.number().int(),
  customerId: z.number().int(),
  customerCode: z.string(),
  customerName: z.string(),
  kind: z.string(),
  number: z.string(),
  date: z.string(),
  dueDate: z.string().nullable(),
  days: z.number().int(),
  /** Null for credit items (on account). */
  bucket: z.number().int().nullable(),
  /** Open on the as-of date: positive owed, negative on account. */
  amount: z.number().int(),
});
export type AgeingDocumentRow = z.infer<typeof ageingDocumentRow>;

export const ageingReport = z.object({
  asOf: z.string(),
  basis: z.enum(['due', 'document']),
  buckets: z.array(bucket),
  level: z.enum(['customer', 'document']),
  customers: z.array(ageingCustomerRow),
  documents: z.array(ageingDocumentRow),
  totals: z.object({
    amounts: z.array(z.number().int()),
    onAccount: z.number().int(),
    total: z.number().int(),
  }),
  /** The AR control account on the as-of date, from the journal. */
  arControl: z.number().int(),
  /** Whether filters leave customers out (then the total need not equal AR control). */
  filtered: z.boolean(),
});
export type AgeingReport = z.infer<typeof ageingReport>;

export const reportsChannels = {
  'reports.ageing': channel({
    summary:
      'Receivables ageing as of any date, by customer or by document, with the AR control balance beside the total',
    input: ageingQuery,
    output: ageingReport,
  }),
};
