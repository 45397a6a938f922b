// Disputes: a customer's objection to an invoice. They change nothing in the books; they flag
// the invoice in ageing (and, later, keep it out of reminders) until resolved.
import { z } from 'zod';
import { channel } from '../contract/channel';
import { idField, optionalText, paiseField, requiredText } from '../contract/fields';
import { isoDateField } from '../items/contract';

export const DISPUTE_REASONS = [
  'pricing',
  'quantity',
  'quality',
  'missing_document',
  'duplicate_billing',
  'other',
] as const;
export type DisputeReason = (typeof DISPUTE_REASONS)[number];
export const DISPUTE_REASON_LABELS: Record<DisputeReason, string> = {
  pricing: 'Pricing',
  quantity: 'Quantity',
  quality: 'Quality',
  missing_document: 'Missing document',
  duplicate_billing: 'Duplicate billing',
  other: 'Other',
};

const disputedAmount = paiseField('Disputed amount').refine(
  (v) => v > 0,
  'Disputed amount must be more than zero',
);
const reason = z.enum(DISPUTE_REASONS, {
  error:
    'Choose a reason: pricing, quantity, quality, missing document, duplicate billing or other',
});

export const disputeInput = z.object({
  documentId: idField,
  reason,
  amount: disputedAmount,
  raisedOn: isoDateField('Date raised'),
  owner: optionalText(80, 'Owner'),
  notes: optionalText(2000, 'Notes'),
});
export type DisputeInput = z.input<typeof disputeInput>;

/** While open, what the dispute is about and who owns it may change; the invoice may not. */
export const disputeUpdate = disputeInput.omit({ documentId: true, raisedOn: true });
export type DisputeUpdate = z.input<typeof disputeUpdate>;

export const disputeResolution = z.object({
  id: idField,
  resolvedOn: isoDateField('Date resolved'),
  resolution: requiredText(2000, 'Resolution'),
  /** An issued credit note against the same invoice, when one settled the dispute. */
  creditNoteId: idField.nullish().transform((v) => v ?? null),
});
export type DisputeResolution = z.input<typeof disputeResolution>;

export const dispute = z.object({
  id: z.number().int(),
  documentId: z.number().int(),
  documentKind: z.string(),
  documentNumber: z.string().nullable(),
  documentDate: z.string(),
  dueDate: z.string().nullable(),
  documentTotal: z.number().int(),
  openBalance: z.number().int(),
  customerId: z.number().int(),
  customerCode: z.string(),
  customerName: z.string(),
  reason: z.enum(DISPUTE_REASONS),
  amount: z.number().int(),
  raisedOn: z.string(),
  owner: z.string().nullable(),
  notes: z.string().nullable(),
  status: z.enum(['open', 'resolved']),
  resolvedOn: z.string().nullable(),
  resolution: z.string().nullable(),
  creditNoteId: z.number().int().nullable(),
  creditNoteNumber: z.string().nullable(),
});
export type Dispute = z.infer<typeof dispute>;

export const disputeListQuery = z.object({
  status: z.enum(['open', 'resolved', 'all']).default('open'),
  customerId: idField.nullish(),
  documentId: idField.nullish(),
});
export type DisputeListQuery = z.input<typeof disputeListQuery>;

export const adjustingNote = z.object({
  id: z.number().int(),
  number: z.string(),
  date: z.string(),
  total: z.number().int(),
});
export type AdjustingNote = z.infer<typeof adjustingNote>;

export const disputesChannels = {
  'disputes.list': channel({
    summary: 'Disputes, open by default: of one customer or one invoice, or all',
    input: disputeListQuery,
    output: z.array(dispute),
  }),
  'disputes.raise': channel({
    summary: 'Record a customer’s objection to (part of) an issued invoice or debit note',
    input: disputeInput,
    output: dispute,
  }),
  'disputes.update': channel({
    summary: 'Change an open dispute’s reason, amount, owner or notes',
    input: disputeUpdate.extend({ id: idField }),
    output: dispute,
  }),
  'disputes.creditNotes': channel({
    summary: 'Issued credit notes against an invoice: what a dispute on it can be resolved by',
    input: z.object({ documentId: idField }),
    output: z.array(adjustingNote),
  }),
  'disputes.resolve': channel({
    summary: 'Close a dispute with what was agreed, and the credit note if one was issued',
    input: disputeResolution,
    output: dispute,
  }),
};
