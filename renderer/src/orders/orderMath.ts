import { paise, sumPaise, type Paise } from '../../../shared/money';
import type { Order } from '../../../shared/orders/contract';
import {
  taxDocument,
  taxLine,
  type Discount,
  type TaxedDocument,
  type TaxLineInput,
} from '../../../shared/tax/gst';

export type OrderLine = Order['lines'][number];

const discountOf = (l: OrderLine): Discount => {
  if (l.discountPercentBps) return { kind: 'percent', bps: l.discountPercentBps };
  if (l.discountAmount) return { kind: 'amount', amount: paise(l.discountAmount) };
  return null;
};

/** A line's numbers for the GST arithmetic, for the whole quantity or only part of it. */
export const taxInputOfLine = (l: OrderLine, quantityMilli = l.quantityMilli): TaxLineInput => ({
  hsnSac: l.hsnSac,
  quantityMilli,
  rate: paise(l.rate),
  discount: discountOf(l),
  gstRateBps: l.gstRateBps,
});

/**
 * Taxable value of part of a line, as `orders.toInvoice` would bill it (same rate and discount).
 * Null when the ledger would refuse it: a fixed discount larger than what is left of the line.
 */
export function taxableOf(l: OrderLine, quantityMilli: number): Paise | null {
  if (quantityMilli <= 0) return paise(0);
  try {
    // The taxable value is the same within a state and across states.
    return taxLine(taxInputOfLine(l, quantityMilli), true).taxable;
  } catch {
    return null;
  }
}

const sumOrNull = (values: (Paise | null)[]): Paise | null =>
  values.some((v) => v === null) ? null : sumPaise(values as Paise[]);

/** What the order is worth before GST. */
export const orderTaxable = (o: Pick<Order, 'lines'>): Paise | null =>
  sumOrNull(o.lines.map((l) => taxableOf(l, l.quantityMilli)));

/** What is left to bill before GST; nothing on a rejected or closed order. */
export function leftToBillTaxable(o: Pick<Order, 'status' | 'lines'>): Paise | null {
  if (o.status === 'rejected' || o.status === 'closed') return paise(0);
  return sumOrNull(o.lines.map((l) => taxableOf(l, l.remainingMilli)));
}

/** The order's GST and totals as the invoice would show them, for the place of supply given. */
export function orderTax(o: Pick<Order, 'lines'>, intraState: boolean): TaxedDocument | null {
  try {
    return taxDocument(
      o.lines.map((l) => taxInputOfLine(l)),
      { intraState, roundOff: true },
    );
  } catch {
    return null;
  }
}
