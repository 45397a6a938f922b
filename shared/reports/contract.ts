import { z } from 'zod';
import { channel } from '../contract/channel';
import { address, idField, optionalText, paiseField } from '../contract/fields';
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
  /** Of the total owed, what the customer disputes on the as-of date (flagged, still aged). */
  disputed: z.number().int(),
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
  /** Of `amount`, what is in dispute on the as-of date. */
  disputed: z.number().int(),
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
    disputed: z.number().int(),
  }),
  /** The AR control account on the as-of date, from the journal. */
  arControl: z.number().int(),
  /** Whether filters leave customers out (then the total need not equal AR control). */
  filtered: z.boolean(),
});
export type AgeingReport = z.infer<typeof ageingReport>;

export const statementEntry = z.object({
  date: z.string(),
  documentId: z.number().int().nullable(),
  kind: z.string().nullable(),
  number: z.string().nullable(),
  particulars: z.string(),
  dueDate: z.string().nullable(),
  debit: z.number().int(),
  credit: z.number().int(),
  balance: z.number().int(),
});

export const statementOfAccount = z.object({
  company: z.object({
    legalName: z.string(),
    gstin: z.string().nullable(),
    address,
    stateCode: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    bank: z.object({
      accountName: z.string().nullable(),
      bankName: z.string().nullable(),
      branch: z.string().nullable(),
      accountNumber: z.string().nullable(),
      ifsc: z.string().nullable(),
    }),
  }),
  customer: z.object({
    id: z.number().int(),
    code: z.string(),
    name: z.string(),
    gstin: z.string().nullable(),
    address,
    email: z.string().nullable(),
  }),
  from: z.string(),
  to: z.string(),
  opening: z.number().int(),
  entries: z.array(statementEntry),
  closing: z.number().int(),
  totals: z.object({ debit: z.number().int(), credit: z.number().int() }),
  /** Ageing of the closing balance, as of the last day of the period, by due date. */
  ageing: z.object({
    buckets: z.array(bucket),
    amounts: z.array(z.number().int()),
    onAccount: z.number().int(),
    total: z.number().int(),
  }),
});
export type StatementOfAccount = z.infer<typeof statementOfAccount>;

export const statementQuery = z
  .object({
    customerId: idField,
    from: isoDateField('From date'),
    to: isoDateField('To date'),
  })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'The period ends before it starts' });

const money = z.number().int();
const period = z.object({ from: isoDateField('From date'), to: isoDateField('To date') });
const periodChecked = <T extends z.ZodType<{ from: string; to: string }>>(schema: T) =>
  schema.refine((q) => q.from <= q.to, {
    path: ['to'],
    message: 'The period ends before it starts',
  });

export const collectionsReport = z.object({
  from: z.string(),
  to: z.string(),
  groupBy: z.enum(['day', 'week', 'month']),
  /** Periods: the day, the Monday of the week, or YYYY-MM. */
  byPeriod: z.array(
    z.object({
      period: z.string(),
      received: money,
      tds: money,
      total: money,
      receipts: z.number().int(),
    }),
  ),
  byMode: z.array(z.object({ mode: z.string(), received: money, receipts: z.number().int() })),
  byCustomer: z.array(
    z.object({
      customerId: z.number().int(),
      customerCode: z.string(),
      customerName: z.string(),
      received: money,
      tds: money,
      total: money,
      receipts: z.number().int(),
    }),
  ),
  totals: z.object({ received: money, tds: money, total: money }),
});
export type CollectionsReport = z.infer<typeof collectionsReport>;

export const dsoReport = z.object({
  to: z.string(),
  months: z.array(
    z.object({
      month: z.string(),
      sales: money,
      closingAr: money,
      /** Days, one decimal; null when the month had no credit sales. */
      simple: z.number().nullable(),
      countback: z.number(),
    }),
  ),
});
export type DsoReport = z.infer<typeof dsoReport>;

const scheduleFigures = z.object({
  opening: money,
  invoiced: money,
  creditNotes: money,
  collected: money,
  adjustments: money,
  closing: money,
});
export const arSchedule = z.object({
  from: z.string(),
  to: z.string(),
  rows: z.array(
    scheduleFigures.extend({
      customerId: z.number().int(),
      customerCode: z.string(),
      customerName: z.string(),
    }),
  ),
  totals: scheduleFigures,
  arControl: money,
});
export type ArSchedule = z.infer<typeof arSchedule>;

export const forecastReport = z.object({
  asOf: z.string(),
  /** Due before the as-of date: already late. */
  overdue: z.object({ amount: money, invoices: z.number().int() }),
  weeks: z.array(
    z.object({
      weekStart: z.string(),
      weekEnd: z.string(),
      /** Falling due in the week, by the items' own due dates. */
      due: money,
      dueInvoices: z.number().int(),
      /** Expected in the week: promised for then, or predicted from the customer's history. */
      expected: money,
      /** Of `expected`, what customers promised. */
      promised: money,
    }),
  ),
  /** After the last week shown. */
  later: z.object({ due: money, expected: money, promised: money }),
  /** In dispute: owed, but not expected until the dispute is resolved. */
  disputed: money,
});
export type ForecastReport = z.infer<typeof forecastReport>;

export const reportsChannels = {
  'reports.ageing': channel({
    summary:
      'Receivables ageing as of any date, by customer or by document, with the AR control balance beside the total',
    input: ageingQuery,
    output: ageingReport,
  }),
  'reports.statement': channel({
    summary:
      'Statement of account for a customer and period: opening, every entry, closing, ageing',
    input: statementQuery,
    output: statementOfAccount,
  }),
  'reports.collections': channel({
    summary:
      'Collections by day, week or month, by mode and by customer (bounced cheques count back)',
    input: periodChecked(
      period.extend({ groupBy: z.enum(['day', 'week', 'month']).default('month') }),
    ),
    output: collectionsReport,
  }),
  'reports.dso': channel({
    summary: 'Days sales outstanding per month, simple and countback',
    input: z.object({
      to: isoDateField('Up to date'),
      months: z.number().int().min(1).max(36, 'At most 36 months').default(12),
    }),
    output: dsoReport,
  }),
  'reports.arSchedule': channel({
    summary:
      'AR schedule per customer for a period: opening, invoiced, credit notes, collected, adjustments, closing',
    input: periodChecked(period),
    output: arSchedule,
  }),
  'reports.forecast': channel({
    summary: 'Expected collections for the coming weeks from due dates',
    input: z.object({
      asOf: isoDateField('As-of date'),
      weeks: z.number().int().min(1).max(52).default(13),
    }),
    output: forecastReport,
  }),
};
