// Payment plans: an overdue balance split into instalments, each an ordinary due item (a
// document of kind `instalment`) that ageing, the worklist and receipts see like an invoice.
import { z } from 'zod';
import { channel } from '../contract/channel';
import { fileDownload, idField, optionalText, paiseField, requiredText } from '../contract/fields';
import { isoDateField } from '../items/contract';
import { MAX_INSTALMENTS, PLAN_FREQUENCIES } from './schedule';

export const PLAN_STATUSES = ['active', 'completed', 'cancelled'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  active: 'Active',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export const INSTALMENT_STATUSES = ['due', 'overdue', 'paid', 'cancelled'] as const;
export type InstalmentStatus = (typeof INSTALMENT_STATUSES)[number];
export const INSTALMENT_STATUS_LABELS: Record<InstalmentStatus, string> = {
  due: 'Due',
  overdue: 'Overdue',
  paid: 'Paid',
  cancelled: 'Cancelled',
};

const nullable = <T extends z.ZodType>(schema: T) =>
  schema.nullish().transform((v) => (v ?? null) as z.output<T> | null);

export const paymentPlanInput = z.object({
  customerId: idField,
  /** The day the plan is agreed: the invoices move into instalments on it. */
  planOn: isoDateField('Plan date'),
  /** The customer's open items the plan takes over; none means every overdue one. */
  documentIds: z
    .array(idField)
    .max(500, 'A plan can take over at most 500 items')
    .default([])
    .transform((ids) => [...new Set(ids)]),
  /** Paise; left out, all that is open on the chosen items. */
  amount: nullable(
    paiseField('Plan amount').refine((v) => v > 0, 'Plan amount must be more than zero'),
  ),
  frequency: z.enum(PLAN_FREQUENCIES, { error: 'Choose weekly, monthly or custom' }),
  /** Weekly and monthly: the first instalment's due date, and a count or the amount of each. */
  firstDueOn: nullable(isoDateField('First due date')),
  count: nullable(
    z
      .number({ error: 'Number of instalments must be a whole number' })
      .int('Number of instalments must be a whole number')
      .min(1, 'A plan has at least one instalment')
      .max(MAX_INSTALMENTS, `A plan has at most ${MAX_INSTALMENTS} instalments`),
  ),
  instalmentAmount: nullable(paiseField('Amount each')),
  /** Custom: the instalments as typed. */
  instalments: z
    .array(z.object({ dueOn: isoDateField('Due date'), amount: paiseField('Instalment amount') }))
    .max(MAX_INSTALMENTS, `A plan has at most ${MAX_INSTALMENTS} instalments`)
    .default([]),
  notes: optionalText(2000, 'Notes'),
});
export type PaymentPlanInput = z.input<typeof paymentPlanInput>;
export type PaymentPlanValues = z.output<typeof paymentPlanInput>;

const planItem = z.object({
  documentId: z.number().int(),
  kind: z.string(),
  number: z.string(),
  date: z.string(),
  dueDate: z.string().nullable(),
  /** Paise the plan took over from it. */
  amount: z.number().int(),
  /** Paise given back to it when the plan was cancelled. */
  reopened: z.number().int(),
  openBalance: z.number().int(),
});
export type PlanItem = z.infer<typeof planItem>;

const planInstalment = z.object({
  documentId: z.number().int(),
  number: z.string(),
  position: z.number().int(),
  dueOn: z.string(),
  amount: z.number().int(),
  openBalance: z.number().int(),
  /** Settled by receipts, credit notes or write-offs. */
  paid: z.number().int(),
  /** Closed off when the plan was cancelled (its invoices took it back). */
  cancelled: z.number().int(),
  settledOn: z.string().nullable(),
  status: z.enum(INSTALMENT_STATUSES),
});
export type PlanInstalment = z.infer<typeof planInstalment>;

export const paymentPlan = z.object({
  id: z.number().int(),
  /** The plan's own number (PLN/25-26/0001) and document. */
  number: z.string(),
  documentId: z.number().int(),
  customerId: z.number().int(),
  customerCode: z.string(),
  customerName: z.string(),
  planOn: z.string(),
  amount: z.number().int(),
  frequency: z.enum(PLAN_FREQUENCIES),
  notes: z.string().nullable(),
  cancelledOn: z.string().nullable(),
  cancelReason: z.string().nullable(),
  status: z.enum(PLAN_STATUSES),
  /** Overdue is worked out as of this date (today by default). */
  asOf: z.string(),
  paid: z.number().int(),
  outstanding: z.number().int(),
  overdue: z.number().int(),
  overdueCount: z.number().int(),
  nextDue: z.object({ dueOn: z.string(), amount: z.number().int() }).nullable(),
  items: z.array(planItem),
  instalments: z.array(planInstalment),
});
export type PaymentPlan = z.infer<typeof paymentPlan>;

export const planPreview = z.object({
  customerId: z.number().int(),
  planOn: z.string(),
  amount: z.number().int(),
  /** Open on the chosen items: the most the plan can be for. */
  available: z.number().int(),
  items: z.array(planItem.omit({ reopened: true })),
  instalments: z.array(
    z.object({ position: z.number().int(), dueOn: z.string(), amount: z.number().int() }),
  ),
});
export type PlanPreview = z.infer<typeof planPreview>;

export const planListQuery = z.object({
  asOf: isoDateField('As of').optional(),
  customerId: idField.nullish(),
  status: z.enum([...PLAN_STATUSES, 'all']).default('all'),
});
export type PlanListQuery = z.input<typeof planListQuery>;

export const planCancellation = z.object({
  id: idField,
  cancelledOn: isoDateField('Cancelled on'),
  reason: requiredText(500, 'Reason'),
});
export type PlanCancellation = z.input<typeof planCancellation>;

export const paymentPlansChannels = {
  'paymentPlans.preview': channel({
    summary:
      'The instalments and the items a payment plan would take over, checked as create would, without writing',
    input: paymentPlanInput,
    output: planPreview,
  }),
  'paymentPlans.create': channel({
    summary:
      'Split a customer’s overdue items into instalments (weekly, monthly or custom), each a due item of its own',
    input: paymentPlanInput,
    output: paymentPlan,
  }),
  'paymentPlans.list': channel({
    summary:
      'Payment plans, active first by next instalment due, with what is overdue as of a date',
    input: planListQuery,
    output: z.array(paymentPlan),
  }),
  'paymentPlans.get': channel({
    summary: 'One payment plan with its items and instalments',
    input: z.object({ id: idField, asOf: isoDateField('As of').optional() }),
    output: paymentPlan,
  }),
  'paymentPlans.cancel': channel({
    summary:
      'Cancel a plan with a reason: what is unpaid on its instalments goes back onto its invoices; paid instalments stay paid',
    input: planCancellation,
    output: paymentPlan,
  }),
  'paymentPlans.exportExcel': channel({
    summary: 'Payment plans in Excel, one row per instalment, with status, paid and open',
    input: planListQuery,
    output: fileDownload,
  }),
};
