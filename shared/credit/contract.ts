// Credit control: holds for dispatch, the warnings and overrides of the credit check, the
// payment-behaviour appraisal with its grade and suggested limit, and predicted payment dates.
import { z } from 'zod';
import { channel } from '../contract/channel';
import { fileDownload, idField, requiredText } from '../contract/fields';
import { isoDateField } from '../items/contract';

const money = z.number().int();

/** Who let a blocked invoice or approval through, and why: both are recorded and audited. */
export const creditOverride = z.object({
  approvedBy: requiredText(80, 'Approved by'),
  reason: requiredText(500, 'Reason for the override'),
});
export type CreditOverride = z.infer<typeof creditOverride>;

export const holdInput = z.object({
  customerId: idField,
  heldOn: isoDateField('Date held'),
  reason: requiredText(500, 'Reason for the hold'),
});
export type HoldInput = z.input<typeof holdInput>;

export const releaseInput = z.object({
  customerId: idField,
  releasedOn: isoDateField('Date released'),
  reason: requiredText(500, 'Reason for the release'),
});
export type ReleaseInput = z.input<typeof releaseInput>;

export const creditHold = z.object({
  id: z.number().int(),
  customerId: z.number().int(),
  customerCode: z.string(),
  customerName: z.string(),
  heldOn: z.string(),
  heldBy: z.string(),
  reason: z.string(),
  releasedOn: z.string().nullable(),
  releasedBy: z.string().nullable(),
  releaseReason: z.string().nullable(),
  creditLimit: money.nullable(),
  openBalance: money,
});
export type CreditHold = z.infer<typeof creditHold>;

export const creditExposure = z.object({
  customerId: z.number().int(),
  customerName: z.string(),
  mode: z.enum(['off', 'warn', 'block']),
  onHold: z.boolean(),
  creditLimit: money.nullable(),
  openBalance: money,
  unbilledOrders: money,
  exposure: money,
  /** Limit less exposure; null without a limit. */
  headroom: money.nullable(),
});
export type CreditExposure = z.infer<typeof creditExposure>;

export const creditException = z.object({
  id: z.number().int(),
  customerId: z.number().int(),
  customerName: z.string(),
  documentId: z.number().int().nullable(),
  documentNumber: z.string().nullable(),
  orderId: z.number().int().nullable(),
  orderNumber: z.string().nullable(),
  outcome: z.enum(['warned', 'overridden']),
  creditLimit: money.nullable(),
  exposureAfter: money,
  problems: z.string(),
  approvedBy: z.string().nullable(),
  reason: z.string().nullable(),
  actor: z.string(),
  createdAt: z.string(),
});
export type CreditException = z.infer<typeof creditException>;

export const CREDIT_GRADES = ['A', 'B', 'C', 'D', 'E'] as const;
export type CreditGrade = (typeof CREDIT_GRADES)[number];

export const appraisal = z.object({
  customerId: z.number().int(),
  customerCode: z.string(),
  customerName: z.string(),
  /** Debit items whose due date had passed by the as-of date (or were paid by it). */
  invoicesJudged: z.number().int(),
  /** Days after due, weighted by amount; items still open count the days so far. */
  avgDaysLate: z.number(),
  /** Share of the amount paid (or still open) after its due date, 0–1. */
  shareLate: z.number(),
  bouncedCheques: z.number().int(),
  disputedInvoices: z.number().int(),
  brokenPromises: z.number().int(),
  /** 0–100, higher is better; null without a due item yet. */
  score: z.number().nullable(),
  grade: z.enum(CREDIT_GRADES).nullable(),
  /** Invoiced per month over the last 12 months (or since the first invoice). */
  monthlySales: money,
  creditDays: z.number().int(),
  creditLimit: money.nullable(),
  suggestedLimit: money.nullable(),
  exposure: money,
  onHold: z.boolean(),
});
export type Appraisal = z.infer<typeof appraisal>;

export const appraisalQuery = z.object({
  /** Today (in India) when left out. */
  asOf: isoDateField('As of').optional(),
  customerId: idField.nullish(),
});
export type AppraisalQuery = z.input<typeof appraisalQuery>;

export const predictedPayment = z.object({
  documentId: z.number().int(),
  number: z.string().nullable(),
  customerId: z.number().int(),
  customerCode: z.string(),
  customerName: z.string(),
  date: z.string(),
  dueDate: z.string().nullable(),
  openBalance: money,
  /** Amount-weighted median of (paid on − due) over the customer's settled items. */
  lagDays: z.number().int(),
  basis: z.enum(['history', 'terms']),
  /** Items the lag was read from. */
  sample: z.number().int(),
  predictedOn: z.string(),
});
export type PredictedPayment = z.infer<typeof predictedPayment>;

export const creditChannels = {
  'credit.exposure': channel({
    summary: 'A customer’s exposure (open balance + approved orders not yet invoiced) and limit',
    input: z.object({ customerId: idField }),
    output: creditExposure,
  }),
  'credit.holds': channel({
    summary: 'Customers on credit hold, for dispatch (or every hold and release, with history)',
    input: z.object({ customerId: idField.nullish(), includeReleased: z.boolean().default(false) }),
    output: z.array(creditHold),
  }),
  'credit.hold': channel({
    summary: 'Put a customer on credit hold: no invoice or approval without an override',
    input: holdInput,
    output: creditHold,
  }),
  'credit.release': channel({
    summary: 'Release a customer’s credit hold, with the reason',
    input: releaseInput,
    output: creditHold,
  }),
  'credit.exceptions': channel({
    summary: 'Invoices and approvals that went through a credit warning or an override',
    input: z.object({ customerId: idField.nullish() }),
    output: z.array(creditException),
  }),
  'credit.appraisal': channel({
    summary: 'Payment behaviour score, grade (A–E) and suggested limit per customer, as of a date',
    input: appraisalQuery,
    output: z.array(appraisal),
  }),
  'credit.riskList': channel({
    summary: 'High-risk customers for management: grade D or E, on hold, or over their limit',
    input: appraisalQuery,
    output: z.array(appraisal),
  }),
  'credit.exportRiskList': channel({
    summary: 'The high-risk list as an Excel workbook',
    input: appraisalQuery,
    output: fileDownload,
  }),
  'credit.predictedPayments': channel({
    summary: 'When each open invoice is likely to be paid, from the customer’s own history',
    input: appraisalQuery,
    output: z.array(predictedPayment),
  }),
};
