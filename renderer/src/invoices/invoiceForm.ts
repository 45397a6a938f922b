import type { Customer, CustomerSummary } from '../../../shared/customers/contract';
import type { AddressInput } from '../../../shared/contract/fields';
import { addDays, type IsoDate } from '../../../shared/dates';
import type {
  DocumentDraftInput,
  GstDocument,
  NOTE_REASONS,
} from '../../../shared/invoices/contract';
import { paise } from '../../../shared/money';
import type { BahiErrorShape } from '../../../shared/result';
import { formatGstRate, formatQuantity, taxLine } from '../../../shared/tax/gst';
import type { FieldErrors } from '../api/errors';
import { dateText, parseDateText } from '../ui/dates';
import { moneyText, parseMoneyText } from '../ui/money';
import { parseDiscount, taxInputOf } from './lineMath';

export type DraftKind = 'invoice' | 'credit_note' | 'debit_note';
export type NoteReason = (typeof NOTE_REASONS)[number];

export interface LineValues {
  /** React key only; never sent. */
  key: string;
  itemId: number | null;
  /** The picked item's name, shown in the item cell. */
  itemName: string;
  description: string;
  hsnSac: string;
  unit: string | null;
  quantity: string;
  /** Rupees per unit as typed. */
  rate: string;
  /** `10%` or a rupee amount, as typed. */
  discount: string;
  /** Basis points as the select's value: '1800' is 18%. */
  gstRateBps: string | null;
  /** The sales-order line this bills: kept as loaded, never edited here. */
  orderLineId?: number | null;
}

/** The draft as typed: text everywhere, converted once on save. */
export interface InvoiceFormValues {
  kind: DraftKind;
  customerId: number | null;
  customerLabel: string;
  /** dd-mm-yyyy as typed. */
  date: string;
  /** Blank: the date plus the customer's payment terms. */
  dueDate: string;
  /** Null: derived from the customer's shipping or billing state. */
  placeOfSupply: string | null;
  reverseCharge: boolean;
  roundOff: boolean;
  reference: string;
  notes: string;
  reason: NoteReason | null;
  referencedIds: number[];
  /** The saved draft's ship-to, kept as it was; a different customer clears it. */
  shipTo: AddressInput | null;
  lines: LineValues[];
}

/** What the form needs to know about the customer beyond the picker's label. */
export interface CustomerFacts {
  id: number;
  code: string;
  name: string;
  gstin: string | null;
  stateCode: string;
  /** Where goods go when no place of supply is given: shipping state, else billing state. */
  supplyStateCode: string;
  paymentTermsDays: number;
  creditLimit: number | null;
}

export const customerLabel = (c: { code: string; name: string }) => `${c.code} · ${c.name}`;

/** From the list row: good enough until the full customer (with shipping state) arrives. */
export const factsOfSummary = (c: CustomerSummary): CustomerFacts => ({
  id: c.id,
  code: c.code,
  name: c.name,
  gstin: c.gstin,
  stateCode: c.stateCode,
  supplyStateCode: c.stateCode,
  paymentTermsDays: c.paymentTermsDays,
  creditLimit: c.creditLimit,
});

export const factsOf = (c: Customer): CustomerFacts => ({
  id: c.id,
  code: c.code,
  name: c.name,
  gstin: c.gstin,
  stateCode: c.stateCode,
  supplyStateCode: c.shippingAddress?.stateCode ?? c.stateCode,
  paymentTermsDays: c.paymentTermsDays,
  creditLimit: c.creditLimit,
});

let nextKey = 0;
export const newLine = (): LineValues => ({
  key: `l${++nextKey}`,
  itemId: null,
  itemName: '',
  description: '',
  hsnSac: '',
  unit: null,
  quantity: '',
  rate: '',
  discount: '',
  gstRateBps: null,
});

export function newInvoiceValues(kind: DraftKind, today: IsoDate): InvoiceFormValues {
  return {
    kind,
    customerId: null,
    customerLabel: '',
    date: dateText(today),
    dueDate: '',
    placeOfSupply: null,
    reverseCharge: false,
    roundOff: true,
    reference: '',
    notes: '',
    reason: null,
    referencedIds: [],
    shipTo: null,
    lines: [newLine()],
  };
}

/** Due date by the customer's terms; credit notes are not due. */
export function dueByTerms(kind: DraftKind, date: IsoDate | null, terms: number | undefined) {
  if (kind === 'credit_note' || date === null || terms === undefined) return null;
  return addDays(date, terms);
}

/**
 * A saved draft back into the form. The ledger stores the due date and place of supply it
 * derived; when they are still what it would derive, the form shows them blank again.
 */
export function valuesOfDraft(
  doc: GstDocument,
  customer: CustomerFacts | null,
  itemNames: ReadonlyMap<number, string>,
): InvoiceFormValues {
  const kind: DraftKind = doc.kind === 'opening_invoice' ? 'invoice' : doc.kind;
  const derivedDue = dueByTerms(kind, doc.date as IsoDate, customer?.paymentTermsDays);
  const shipTo = doc.shipTo ? { ...doc.shipTo.address, stateCode: doc.shipTo.stateCode } : null;
  const derivedSupply = shipTo?.stateCode ?? customer?.supplyStateCode;
  return {
    kind,
    customerId: doc.customerId,
    customerLabel: customerLabel({ code: doc.customerCode, name: doc.customerName }),
    date: dateText(doc.date),
    dueDate: doc.dueDate && doc.dueDate !== derivedDue ? dateText(doc.dueDate) : '',
    placeOfSupply: doc.placeOfSupply === derivedSupply ? null : doc.placeOfSupply,
    reverseCharge: doc.reverseCharge,
    roundOff: doc.roundOff,
    reference: doc.reference ?? '',
    notes: doc.notes ?? '',
    reason: doc.reason,
    referencedIds: doc.referenced.map((r) => r.id),
    shipTo,
    lines: doc.lines.map((l) => ({
      ...newLine(),
      itemId: l.itemId,
      itemName: l.itemId === null ? '' : (itemNames.get(l.itemId) ?? l.description),
      description: l.description,
      hsnSac: l.hsnSac,
      unit: l.unit,
      quantity: formatQuantity(l.quantityMilli),
      rate: moneyText(paise(l.rate)),
      discount: l.discountPercentBps
        ? formatGstRate(l.discountPercentBps)
        : l.discountAmount
          ? moneyText(paise(l.discountAmount))
          : '',
      gstRateBps: String(l.gstRateBps),
      orderLineId: l.orderLineId ?? null,
    })),
  };
}

export const isBlankLine = (l: LineValues) =>
  l.itemId === null &&
  [l.description, l.hsnSac, l.quantity, l.rate, l.discount].every((t) => t.trim() === '');

/** Lines the user added and left empty are dropped, not reported as errors. */
export const withoutBlankLines = (v: InvoiceFormValues): InvoiceFormValues => {
  const lines = v.lines.filter((l) => !isBlankLine(l));
  return { ...v, lines: lines.length ? lines : v.lines.slice(0, 1) };
};

/**
 * What only the grid can check (rupee text, discounts, a chosen GST rate); description, HSN/SAC,
 * unit and quantity are the contract's to judge, so its messages land under the same cells.
 * Invoices and orders share it; an order's contract drops `orderLineId`.
 */
export function lineInputsOf(rows: LineValues[]): {
  inputs: DocumentDraftInput['lines'];
  errors: FieldErrors;
} {
  const errors: FieldErrors = {};
  const inputs = rows.map((l, i) => {
    const rate = parseMoneyText(l.rate, 'Rate');
    if (!rate.ok) errors[`lines.${i}.rate`] = rate.message;
    else if (rate.paise === null) errors[`lines.${i}.rate`] = 'Enter the rate';
    const discount = parseDiscount(l.discount);
    if (!discount.ok) errors[`lines.${i}.discount`] = discount.message;
    if (l.gstRateBps === null) errors[`lines.${i}.gstRateBps`] = 'Choose the GST rate';
    const numbers = taxInputOf(l);
    if (numbers) {
      try {
        taxLine(numbers, true);
      } catch (e) {
        // Only the discount can still be wrong once every number reads.
        errors[`lines.${i}.discount`] = e instanceof Error ? e.message : String(e);
      }
    }
    return {
      itemId: l.itemId,
      description: l.description,
      hsnSac: l.hsnSac,
      unit: l.unit ?? '',
      quantity: l.quantity,
      rate: rate.ok ? (rate.paise ?? 0) : 0,
      discountPercentBps: discount.ok ? discount.percentBps : null,
      discountAmount: discount.ok ? discount.amount : null,
      gstRateBps: Number(l.gstRateBps),
      orderLineId: l.orderLineId ?? null,
    };
  });
  return { inputs, errors };
}

export type DraftInputCheck =
  { ok: true; input: DocumentDraftInput } | { ok: false; errors: FieldErrors };

/** What only the form can check (text of dates, amounts, discounts); the rest is the contract's. */
export function draftInputOf(v: InvoiceFormValues): DraftInputCheck {
  const errors: FieldErrors = {};
  const date = parseDateText(v.date, 'Document date');
  if (!date.ok) errors.date = date.message;
  else if (!date.iso) errors.date = 'Enter the document date';
  const due = parseDateText(v.dueDate, 'Due date');
  if (!due.ok) errors.dueDate = due.message;
  if (v.customerId === null) errors.customerId = 'Choose the customer';
  const isNote = v.kind !== 'invoice';

  const { inputs: lines, errors: lineErrors } = lineInputsOf(v.lines);
  Object.assign(errors, lineErrors);

  if (Object.keys(errors).length || !date.ok || !due.ok || v.customerId === null) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    input: {
      kind: v.kind,
      customerId: v.customerId,
      date: date.iso ?? '',
      dueDate: isNote && v.kind === 'credit_note' ? null : due.iso,
      placeOfSupply: v.placeOfSupply,
      reverseCharge: v.reverseCharge,
      roundOff: v.roundOff,
      reference: v.reference,
      notes: v.notes,
      reason: isNote ? v.reason : null,
      referencedIds: isNote ? v.referencedIds : [],
      shipTo: v.shipTo,
      lines,
    },
  };
}

/** Line cells that show an error; the contract's two discount fields share one cell. */
const LINE_CELLS = 'item|description|hsnSac|unit|quantity|rate|discount|gstRateBps';
const TOP_FIELDS = new Set([
  'customerId',
  'date',
  'dueDate',
  'placeOfSupply',
  'reference',
  'notes',
  'reason',
  'referencedIds',
  'lines',
]);

export const isDraftField = (path: string) =>
  TOP_FIELDS.has(path) || new RegExp(`^lines\\.\\d+\\.(${LINE_CELLS})$`).test(path);

/** A contract path → the form's: `draft.lines.1.discountAmount` → `lines.1.discount`. */
export function draftFieldOf(path: string): string {
  return path
    .replace(/^draft\./, '')
    .replace(/^(lines\.\d+\.)(discountPercentBps|discountAmount)$/, '$1discount')
    .replace(/^(lines\.\d+\.)itemId$/, '$1item')
    .replace(/^(referencedIds)\.\d+$/, '$1');
}

/** The ledger's error with every field path in the form's terms. */
export function draftErrorOf(error: BahiErrorShape): BahiErrorShape {
  const out: BahiErrorShape = { ...error };
  if (error.field !== undefined) out.field = draftFieldOf(error.field);
  if (error.issues) out.issues = error.issues.map((i) => ({ ...i, field: draftFieldOf(i.field) }));
  return out;
}
