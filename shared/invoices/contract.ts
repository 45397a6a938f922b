import { z } from 'zod';
import { creditOverride } from '../credit/contract';
import { channel } from '../contract/channel';
import {
  address,
  addressInput,
  idField,
  fileDownload,
  fileUpload,
  optionalStateCode,
  optionalText,
  paiseField,
  requiredText,
} from '../contract/fields';
import { gstRateField, isoDateField, unitField } from '../items/contract';
import { COPY_MARKS } from './printable';
import { parseQuantity } from '../tax/gst';
import { hsnSacProblem } from '../tax/uqc';

export const NOTE_REASONS = [
  'return',
  'rate_difference',
  'discount',
  'deficiency',
  'other',
] as const;
export const NOTE_REASON_LABELS: Record<(typeof NOTE_REASONS)[number], string> = {
  return: 'Goods returned',
  rate_difference: 'Rate difference',
  discount: 'Post-sale discount',
  deficiency: 'Deficiency in service or goods',
  other: 'Other',
};

export const lineInput = z
  .object({
    itemId: idField.nullish().transform((v) => v ?? null),
    /** The estimate or sales-order line this bills. */
    orderLineId: idField.nullish().transform((v) => v ?? null),
    description: requiredText(500, 'Description'),
    hsnSac: z
      .string({ error: 'Enter the HSN or SAC code' })
      .trim()
      .min(1, { message: 'Enter the HSN or SAC code (e.g. 8481 for valves)', abort: true })
      .superRefine((v, ctx) => {
        const problem = hsnSacProblem(v, null);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    unit: unitField,
    quantity: z.string({ error: 'Enter a quantity' }).transform((v, ctx) => {
      const milli = parseQuantity(v);
      if (milli === null) {
        ctx.addIssue({
          code: 'custom',
          message: 'Quantity is a number above zero with up to 3 decimals (e.g. 12.5)',
        });
        return z.NEVER;
      }
      return milli;
    }),
    rate: paiseField('Rate'),
    discountPercentBps: z
      .number()
      .int()
      .min(0)
      .max(10_000, 'Discount cannot be above 100%')
      .nullish(),
    discountAmount: paiseField('Discount').nullish(),
    gstRateBps: gstRateField,
  })
  .superRefine((l, ctx) => {
    if (l.discountPercentBps && l.discountAmount) {
      ctx.addIssue({
        code: 'custom',
        path: ['discountAmount'],
        message: 'Give a discount as a percentage or an amount, not both',
      });
    }
  });

export const documentDraftInput = z
  .object({
    kind: z.enum(['invoice', 'credit_note', 'debit_note']).default('invoice'),
    customerId: idField,
    date: isoDateField('Document date'),
    /** Blank: the date plus the customer's payment terms. */
    dueDate: isoDateField('Due date').nullish(),
    /** Blank: the shipping state, else the customer's state. */
    placeOfSupply: optionalStateCode,
    reverseCharge: z.boolean().default(false),
    roundOff: z.boolean().default(true),
    reference: optionalText(100, 'PO / reference'),
    notes: optionalText(2000, 'Notes'),
    reason: z
      .enum(NOTE_REASONS)
      .nullish()
      .transform((v) => v ?? null),
    /** The invoices a credit or debit note adjusts. */
    referencedIds: z.array(idField).max(50).default([]),
    shipTo: addressInput.nullish().transform((v) => v ?? null),
    lines: z.array(lineInput).min(1, 'Add at least one line').max(1000, 'At most 1,000 lines'),
  })
  .superRefine((d, ctx) => {
    if (d.kind === 'invoice') return;
    if (!d.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Give the reason for the note' });
    if (d.referencedIds.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['referencedIds'],
        message: 'Choose the invoice this note adjusts',
      });
    }
  });
export type DocumentDraftInput = z.input<typeof documentDraftInput>;
export type DocumentDraftValues = z.output<typeof documentDraftInput>;

export const party = z.object({
  name: z.string(),
  gstin: z.string().nullable(),
  pan: z.string().nullable(),
  address,
  stateCode: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});
export type Party = z.infer<typeof party>;

const money = z.number().int();

export const documentLine = z.object({
  position: z.number().int(),
  itemId: z.number().int().nullable(),
  orderLineId: z.number().int().nullable().optional(),
  description: z.string(),
  hsnSac: z.string(),
  unit: z.string(),
  quantityMilli: z.number().int(),
  rate: money,
  discountPercentBps: z.number().int().nullable(),
  discountAmount: money.nullable(),
  gross: money,
  discount: money,
  taxable: money,
  gstRateBps: z.number().int(),
  cgst: money,
  sgst: money,
  igst: money,
  total: money,
});

export const documentTotals = z.object({
  taxable: money,
  cgst: money,
  sgst: money,
  igst: money,
  roundOff: money,
  total: money,
});

export const documentKind = z.enum(['invoice', 'credit_note', 'debit_note', 'opening_invoice']);

export const gstDocument = z.object({
  id: z.number().int(),
  kind: documentKind,
  status: z.enum(['draft', 'issued']),
  number: z.string().nullable(),
  customerId: z.number().int(),
  customerCode: z.string(),
  customerName: z.string(),
  date: z.string(),
  dueDate: z.string().nullable(),
  placeOfSupply: z.string(),
  intraState: z.boolean(),
  reverseCharge: z.boolean(),
  roundOff: z.boolean(),
  reference: z.string().nullable(),
  notes: z.string().nullable(),
  reason: z.enum(NOTE_REASONS).nullable(),
  referenced: z.array(
    z.object({ id: z.number().int(), number: z.string().nullable(), date: z.string() }),
  ),
  billTo: party,
  shipTo: party.nullable(),
  lines: z.array(documentLine),
  totals: documentTotals,
  openBalance: money,
  settledOn: z.string().nullable(),
  issuedAt: z.string().nullable(),
});
export type GstDocument = z.infer<typeof gstDocument>;

export const documentSummary = gstDocument
  .pick({
    id: true,
    kind: true,
    status: true,
    number: true,
    customerId: true,
    customerCode: true,
    customerName: true,
    date: true,
    dueDate: true,
    openBalance: true,
    settledOn: true,
  })
  .extend({ total: money });
export type DocumentSummary = z.infer<typeof documentSummary>;

export const creditCheck = z.object({
  mode: z.enum(['off', 'warn', 'block']),
  onHold: z.boolean(),
  creditLimit: money.nullable(),
  /** What the customer owes now, net of unallocated credits, plus approved orders not yet invoiced. */
  exposure: money,
  /** The orders' part of the exposure. */
  unbilledOrders: money.optional(),
  /** Exposure once this document is issued. */
  exposureAfter: money,
  overLimit: z.boolean(),
  /** Plain-language reasons, empty when the check passes. */
  problems: z.array(z.string()),
});
export type CreditCheck = z.infer<typeof creditCheck>;

export const journalEntry = z.object({
  id: z.number().int(),
  date: z.string(),
  narration: z.string(),
  lines: z.array(
    z.object({
      accountCode: z.string(),
      accountName: z.string(),
      customerCode: z.string().nullable(),
      debit: money,
      credit: money,
    }),
  ),
});
export type JournalEntry = z.infer<typeof journalEntry>;

export const invoicesChannels = {
  'invoices.list': channel({
    summary: 'Invoices, credit and debit notes, newest first',
    input: z.object({
      kind: documentKind.optional(),
      status: z.enum(['draft', 'issued']).optional(),
      customerId: idField.optional(),
      search: z.string().trim().max(100).default(''),
      limit: z.number().int().min(1).max(10_000).default(500),
    }),
    output: z.array(documentSummary),
  }),
  'invoices.get': channel({
    summary: 'One document with lines, tax and totals',
    input: z.object({ id: idField }),
    output: gstDocument,
  }),
  'invoices.createDraft': channel({
    summary: 'Start an invoice, credit note or debit note as a draft (no number yet)',
    input: documentDraftInput,
    output: gstDocument,
  }),
  'invoices.updateDraft': channel({
    summary: 'Change a draft; issued documents cannot change',
    input: z.object({ id: idField, draft: documentDraftInput }),
    output: gstDocument,
  }),
  'invoices.deleteDraft': channel({
    summary: 'Discard a draft; issued documents cannot be deleted',
    input: z.object({ id: idField }),
    output: z.object({ deleted: z.literal(true) }),
  }),
  'invoices.creditCheck': channel({
    summary: 'Credit hold and credit limit, as issuing this draft would leave them',
    input: z.object({ id: idField }),
    output: creditCheck,
  }),
  'invoices.issue': channel({
    summary:
      'Issue a draft: number it, post its journal, and make it immutable; over the credit limit or on hold in block mode, only with an override',
    input: z.object({ id: idField, override: creditOverride.nullish() }),
    output: z.object({ document: gstDocument, warnings: z.array(z.string()) }),
  }),
  'invoices.cancel': channel({
    summary: 'Cancel an issued invoice by issuing a full credit note against it',
    input: z.object({
      id: idField,
      date: isoDateField('Credit note date'),
      reason: z.enum(NOTE_REASONS).default('other'),
      notes: optionalText(2000, 'Notes'),
    }),
    output: gstDocument,
  }),
  'invoices.print': channel({
    summary: 'An issued document as a printable A4 PDF (or its HTML), with the copies asked for',
    input: z.object({
      id: idField,
      copies: z
        .array(z.enum(COPY_MARKS))
        .min(1, 'Choose at least one copy')
        .default(['ORIGINAL FOR RECIPIENT']),
      format: z.enum(['pdf', 'html']).default('pdf'),
    }),
    output: fileDownload,
  }),
  'invoices.printDialog': channel({
    summary: 'Send an issued document to a printer through the system print dialog (desktop app)',
    input: z.object({
      id: idField,
      copies: z
        .array(z.enum(COPY_MARKS))
        .min(1, 'Choose at least one copy')
        .default(['ORIGINAL FOR RECIPIENT']),
    }),
    output: z.object({ printed: z.boolean() }),
  }),
  'invoices.importOpening': channel({
    summary:
      'Open invoices from Tally or Excel as opening items (columns: number, customer_code, date, due_date, amount, reference); any bad row and nothing is added',
    input: fileUpload.extend({ dryRun: z.boolean().default(false) }),
    output: z.object({ rows: z.number().int(), created: z.number().int(), dryRun: z.boolean() }),
  }),
  'invoices.journal': channel({
    summary: 'The journal a document posted',
    input: z.object({ id: idField }),
    output: z.array(journalEntry),
  }),
};
