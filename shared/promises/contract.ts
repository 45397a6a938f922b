// Promises to pay: what a customer said they would pay, and by when. The status is derived from
// the receipts (or allocations to the named invoices) as of a date, never set by hand.
import { z } from 'zod';
import { channel } from '../contract/channel';
import { idField, optionalText, paiseField, requiredText } from '../contract/fields';
import { isoDateField } from '../items/contract';

export const PROMISE_CHANNELS = ['call', 'email', 'whatsapp', 'visit', 'letter'] as const;
export type PromiseChannel = (typeof PROMISE_CHANNELS)[number];
export const PROMISE_CHANNEL_LABELS: Record<PromiseChannel, string> = {
  call: 'Call',
  email: 'E-mail',
  whatsapp: 'WhatsApp',
  visit: 'Visit',
  letter: 'Letter',
};

export const PROMISE_STATUSES = ['pending', 'kept', 'broken', 'cancelled'] as const;
export type PromiseStatus = (typeof PROMISE_STATUSES)[number];
export const PROMISE_STATUS_LABELS: Record<PromiseStatus, string> = {
  pending: 'Pending',
  kept: 'Kept',
  broken: 'Broken',
  cancelled: 'Cancelled',
};

export const promiseInput = z.object({
  customerId: idField,
  amount: paiseField('Promised amount').refine(
    (v) => v > 0,
    'Promised amount must be more than zero',
  ),
  promisedOn: isoDateField('Promised date'),
  madeOn: isoDateField('Made on'),
  how: z.enum(PROMISE_CHANNELS, {
    error: 'Choose how the promise was made: call, e-mail, WhatsApp, visit or letter',
  }),
  contactPerson: optionalText(80, 'Contact person'),
  /** Open invoices the customer will pay; none means the promise is against the account. */
  invoiceIds: z
    .array(idField)
    .max(200, 'A promise can name at most 200 invoices')
    .default([])
    .transform((ids) => [...new Set(ids)]),
  notes: optionalText(2000, 'Notes'),
});
export type PromiseInput = z.input<typeof promiseInput>;

export const promiseCancellation = z.object({
  id: idField,
  cancelledOn: isoDateField('Date withdrawn'),
  reason: requiredText(500, 'Reason'),
});
export type PromiseCancellation = z.input<typeof promiseCancellation>;

export const promisedInvoice = z.object({
  id: z.number().int(),
  number: z.string(),
  date: z.string(),
  dueDate: z.string().nullable(),
  total: z.number().int(),
  openBalance: z.number().int(),
});
export type PromisedInvoice = z.infer<typeof promisedInvoice>;

export const paymentPromise = z.object({
  id: z.number().int(),
  customerId: z.number().int(),
  customerCode: z.string(),
  customerName: z.string(),
  amount: z.number().int(),
  madeOn: z.string(),
  promisedOn: z.string(),
  how: z.enum(PROMISE_CHANNELS),
  contactPerson: z.string().nullable(),
  notes: z.string().nullable(),
  invoices: z.array(promisedInvoice),
  cancelledOn: z.string().nullable(),
  cancelReason: z.string().nullable(),
  /** The date the status and the amount received are worked out as of. */
  asOf: z.string(),
  status: z.enum(PROMISE_STATUSES),
  /** Paid towards it from the made-on date to the promised date (or the as-of date, if earlier). */
  received: z.number().int(),
});
export type PaymentPromise = z.infer<typeof paymentPromise>;

export const promiseListQuery = z.object({
  /** Today (in India) when left out. */
  asOf: isoDateField('As of').optional(),
  customerId: idField.nullish(),
  status: z.enum([...PROMISE_STATUSES, 'all']).default('all'),
});
export type PromiseListQuery = z.input<typeof promiseListQuery>;

export const promisesChannels = {
  'promises.list': channel({
    summary:
      'Promises to pay as of a date (today by default), broken first, then pending by promised date',
    input: promiseListQuery,
    output: z.array(paymentPromise),
  }),
  'promises.record': channel({
    summary: 'Record a customer’s promise to pay an amount by a date, optionally against invoices',
    input: promiseInput,
    output: paymentPromise,
  }),
  'promises.cancel': channel({
    summary: 'Withdraw a promise that was not kept, with the reason; it is kept, never deleted',
    input: promiseCancellation,
    output: paymentPromise,
  }),
};
