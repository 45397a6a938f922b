import { todayIso, type IsoDate } from '../../../shared/dates';
import type { DocumentDraftInput } from '../../../shared/invoices/contract';
import { gstRateOn, type Item } from '../../../shared/items/contract';
import { paise } from '../../../shared/money';
import type { Order, OrderInput } from '../../../shared/orders/contract';
import type { BahiErrorShape } from '../../../shared/result';
import { formatGstRate, formatQuantity } from '../../../shared/tax/gst';
import type { FieldErrors } from '../api/errors';
import { customerLabel, lineInputsOf, newLine, type LineValues } from '../invoices/invoiceForm';
import { dateText, parseDateText } from '../ui/dates';
import { moneyText } from '../ui/money';
import type { OrderKind } from './labels';

// The lines grid is the invoice's; orders check their lines the same way.
export { lineInputsOf };

/** The estimate or order as typed: text everywhere, converted once on save. */
export interface OrderFormValues {
  kind: OrderKind;
  customerId: number | null;
  customerLabel: string;
  /** dd-mm-yyyy as typed. */
  date: string;
  /** Estimates only. */
  validUntil: string;
  /** PO number (sales order) or approval reference (estimate). */
  customerReference: string;
  notes: string;
  lines: LineValues[];
}

export type LineInput = DocumentDraftInput['lines'][number];

export function newOrderValues(kind: OrderKind, today: IsoDate): OrderFormValues {
  return {
    kind,
    customerId: null,
    customerLabel: '',
    date: dateText(today),
    validUntil: '',
    customerReference: '',
    notes: '',
    lines: [newLine()],
  };
}

/** A stored line back into the grid's text. */
export function lineValuesOf(
  l: Pick<
    Order['lines'][number],
    | 'itemId'
    | 'description'
    | 'hsnSac'
    | 'unit'
    | 'quantityMilli'
    | 'rate'
    | 'discountPercentBps'
    | 'discountAmount'
    | 'gstRateBps'
  >,
): LineValues {
  return {
    ...newLine(),
    itemId: l.itemId,
    // The item's own name is not on the order; its description stands in for it.
    itemName: l.itemId === null ? '' : l.description,
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
  };
}

export function valuesOfOrder(o: Order): OrderFormValues {
  return {
    kind: o.kind,
    customerId: o.customerId,
    customerLabel: customerLabel({ code: o.customerCode, name: o.customerName }),
    date: dateText(o.date),
    validUntil: dateText(o.validUntil),
    customerReference: o.customerReference ?? '',
    notes: o.notes ?? '',
    lines: o.lines.map(lineValuesOf),
  };
}

/**
 * A picked item fills the line: description (unless one was typed), HSN/SAC, unit, rate and the
 * GST rate in force on the document's date.
 */
export function withItem(l: LineValues, item: Item, typedDate: string): LineValues {
  const date = parseDateText(typedDate);
  const gst = gstRateOn(item, (date.ok && date.iso) || todayIso());
  const ownDescription = l.description.trim() !== '' && l.description !== l.itemName;
  return {
    ...l,
    itemId: item.id,
    itemName: item.name,
    description: ownDescription ? l.description : item.name,
    hsnSac: item.hsnSac,
    unit: item.unit,
    rate: item.defaultRate > 0 ? moneyText(paise(item.defaultRate)) : l.rate,
    gstRateBps: gst === null ? l.gstRateBps : String(gst),
  };
}

export type OrderInputCheck = { ok: true; input: OrderInput } | { ok: false; errors: FieldErrors };

export function orderInputOf(v: OrderFormValues): OrderInputCheck {
  const checked = lineInputsOf(v.lines);
  const errors = checked.errors;
  // An order's own lines bill nothing yet: no order-line link.
  const inputs = checked.inputs.map(({ orderLineId: _none, ...l }) => l);
  const date = parseDateText(v.date, 'Date');
  if (!date.ok) errors.date = date.message;
  else if (!date.iso) errors.date = 'Enter the date';
  const validUntil =
    v.kind === 'estimate' ? parseDateText(v.validUntil, 'Valid until') : parseDateText('');
  if (!validUntil.ok) errors.validUntil = validUntil.message;
  else if (validUntil.iso && date.ok && date.iso && validUntil.iso < date.iso) {
    errors.validUntil = 'Valid until cannot be before the date of the estimate';
  }
  if (v.customerId === null) errors.customerId = 'Choose the customer';
  if (Object.keys(errors).length || !date.ok || !date.iso || !validUntil.ok) {
    return { ok: false, errors };
  }
  if (v.customerId === null) return { ok: false, errors };
  return {
    ok: true,
    input: {
      kind: v.kind,
      customerId: v.customerId,
      date: date.iso,
      validUntil: validUntil.iso,
      customerReference: v.customerReference,
      notes: v.notes,
      lines: inputs,
    },
  };
}

const LINE_CELLS = 'item|description|hsnSac|unit|quantity|rate|discount|gstRateBps';
const TOP_FIELDS = new Set([
  'customerId',
  'date',
  'validUntil',
  'customerReference',
  'notes',
  'lines',
]);
const LINE_CELL = new RegExp(`^lines\\.\\d+\\.(${LINE_CELLS})$`);

export const isOrderField = (path: string) => TOP_FIELDS.has(path) || LINE_CELL.test(path);

/** A contract path → the form's: `order.lines.1.discountAmount` → `lines.1.discount`. */
export function orderFieldOf(path: string): string {
  return path
    .replace(/^(order|draft)\./, '')
    .replace(/^(lines\.\d+\.)(discountPercentBps|discountAmount)$/, '$1discount')
    .replace(/^(lines\.\d+\.)itemId$/, '$1item');
}

/** The ledger's error with every field path in the form's terms. */
export function orderErrorOf(error: BahiErrorShape): BahiErrorShape {
  const out: BahiErrorShape = { ...error };
  if (error.field !== undefined) out.field = orderFieldOf(error.field);
  if (error.issues) out.issues = error.issues.map((i) => ({ ...i, field: orderFieldOf(i.field) }));
  return out;
}
