import { z } from 'zod';
import { channel } from '../contract/channel';
import { creditOverride } from '../credit/contract';
import { idField, optionalText } from '../contract/fields';
import { gstDocument, lineInput } from '../invoices/contract';
import { isoDateField } from '../items/contract';

export const ORDER_KINDS = ['estimate', 'sales_order'] as const;
export const ORDER_STATUSES = [
  'draft',
  'sent',
  'approved',
  'rejected',
  'open',
  'invoiced',
  'closed',
] as const;

export const orderInput = z.object({
  kind: z.enum(ORDER_KINDS, { error: 'Choose estimate or sales order' }),
  customerId: idField,
  date: isoDateField('Date'),
  validUntil: isoDateField('Valid until')
    .nullish()
    .transform((v) => v ?? null),
  /** The customer's PO number (sales order) or approval reference (estimate). */
  customerReference: optionalText(100, 'Customer reference'),
  notes: optionalText(2000, 'Notes'),
  lines: z
    .array(lineInput.transform(({ orderLineId: _ignored, ...l }) => l))
    .min(1, 'Add at least one line')
    .max(1000, 'At most 1,000 lines'),
});
export type OrderInput = z.input<typeof orderInput>;
export type OrderValues = z.output<typeof orderInput>;

const money = z.number().int();

export const orderLine = z.object({
  id: z.number().int(),
  position: z.number().int(),
  itemId: z.number().int().nullable(),
  description: z.string(),
  hsnSac: z.string(),
  unit: z.string(),
  quantityMilli: z.number().int(),
  rate: money,
  discountPercentBps: z.number().int().nullable(),
  discountAmount: money.nullable(),
  gstRateBps: z.number().int(),
  /** Quantity on issued invoices so far, and what is left to bill. */
  invoicedMilli: z.number().int(),
  remainingMilli: z.number().int(),
});

export const order = z.object({
  id: z.number().int(),
  kind: z.enum(ORDER_KINDS),
  status: z.enum(ORDER_STATUSES),
  number: z.string(),
  customerId: z.number().int(),
  customerCode: z.string(),
  customerName: z.string(),
  date: z.string(),
  validUntil: z.string().nullable(),
  customerReference: z.string().nullable(),
  approvedOn: z.string().nullable(),
  notes: z.string().nullable(),
  lines: z.array(orderLine),
});
export type Order = z.infer<typeof order>;

export const variance = z.object({
  position: z.number().int(),
  description: z.string(),
  field: z.enum(['quantity', 'rate', 'discount']),
  /** What the order agreed and what the invoice says, in the field's own unit. */
  ordered: z.number(),
  invoiced: z.number(),
  message: z.string(),
});
export type Variance = z.infer<typeof variance>;

export const ordersChannels = {
  'orders.list': channel({
    summary: 'Estimates and sales orders, newest first',
    input: z.object({
      kind: z.enum(ORDER_KINDS).optional(),
      status: z.enum(ORDER_STATUSES).optional(),
      customerId: idField.optional(),
      limit: z.number().int().min(1).max(10_000).default(500),
    }),
    output: z.array(order),
  }),
  'orders.get': channel({
    summary: 'One estimate or sales order',
    input: z.object({ id: idField }),
    output: order,
  }),
  'orders.create': channel({
    summary: 'Record an estimate (status draft) or a sales order (status open)',
    input: orderInput,
    output: order,
  }),
  'orders.update': channel({
    summary: 'Change an estimate or order that has not been invoiced',
    input: z.object({ id: idField, order: orderInput }),
    output: order,
  }),
  'orders.setStatus': channel({
    summary:
      'Send, approve (with reference and date), reject or close; approval runs the credit check, and in block mode needs an override',
    input: z.object({
      id: idField,
      status: z.enum(['sent', 'approved', 'rejected', 'closed']),
      approvedOn: isoDateField('Approval date').nullish(),
      approvalReference: optionalText(100, 'Approval reference'),
      override: creditOverride.nullish(),
    }),
    /** The credit check's warnings, when approval went through one. */
    output: order.extend({ creditWarnings: z.array(z.string()).optional() }),
  }),
  'orders.toInvoice': channel({
    summary:
      'Start an invoice draft from what is left to bill on an approved estimate or open order',
    input: z.object({ id: idField, date: isoDateField('Invoice date') }),
    output: gstDocument,
  }),
  'orders.toBeBilled': channel({
    summary: 'Approved estimates and open sales orders not yet fully invoiced',
    input: z.object({ customerId: idField.optional() }),
    output: z.array(order),
  }),
  'orders.variance': channel({
    summary: 'How an invoice draft differs from the orders it bills (quantity, rate, discount)',
    input: z.object({ invoiceId: idField }),
    output: z.array(variance),
  }),
};
