import { parseRupees, type Paise } from '../../../shared/money';
import {
  parseQuantity,
  taxDocument,
  taxLine,
  type Discount,
  type TaxedLine,
  type TaxLineInput,
  type TaxSummaryRow,
  type TaxTotals,
} from '../../../shared/tax/gst';
import { parseMoneyText } from '../ui/money';
import type { LineValues } from './invoiceForm';

export type DiscountText =
  { ok: true; percentBps: number | null; amount: Paise | null } | { ok: false; message: string };

const PERCENT_RE = /^(\d{1,3})(?:\.(\d{1,2}))?\s*%$/;

/** `12.5%` → 1250 basis points; `250` or `₹250.50` → an amount; blank → no discount. */
export function parseDiscount(text: string): DiscountText {
  const t = text.trim();
  if (t === '') return { ok: true, percentBps: null, amount: null };
  const m = PERCENT_RE.exec(t);
  if (m) {
    // Whole percent and hundredths by string, so 12.5% is exactly 1250 basis points.
    const bps = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
    if (bps > 10_000) return { ok: false, message: 'Discount cannot be above 100%' };
    return { ok: true, percentBps: bps || null, amount: null };
  }
  if (t.includes('%')) {
    return { ok: false, message: 'Discount is a percentage like 10% or 12.5%, or rupees' };
  }
  const amount = parseMoneyText(t, 'Discount');
  if (!amount.ok) return amount;
  return { ok: true, percentBps: null, amount: amount.paise || null };
}

const discountOf = (d: DiscountText): Discount | undefined => {
  if (!d.ok) return undefined;
  if (d.percentBps) return { kind: 'percent', bps: d.percentBps };
  if (d.amount) return { kind: 'amount', amount: d.amount };
  return null;
};

/** A line's numbers, when every one of them reads; null while any is missing or wrong. */
export function taxInputOf(l: LineValues): TaxLineInput | null {
  const quantityMilli = parseQuantity(l.quantity);
  const rate = l.rate.trim() === '' ? null : parseRupees(l.rate);
  const discount = discountOf(parseDiscount(l.discount));
  const gstRateBps = l.gstRateBps === null ? NaN : Number(l.gstRateBps);
  if (quantityMilli === null || rate === null || rate < 0 || discount === undefined) return null;
  if (!Number.isInteger(gstRateBps)) return null;
  return { hsnSac: l.hsnSac.trim(), quantityMilli, rate, discount, gstRateBps };
}

export interface LiveTotals {
  /** Per line, in the grid's order; null where the line cannot be computed yet. */
  lines: (TaxedLine | null)[];
  summary: TaxSummaryRow[];
  totals: TaxTotals;
  /** Lines left out of the totals because a number is missing or wrong. */
  incomplete: number;
}

/**
 * The draft's tax as the ledger will compute it: the same `taxDocument`, so what the screen
 * shows is what the issued invoice will say, to the paisa.
 */
export function liveTotals(
  lines: LineValues[],
  options: { intraState: boolean; roundOff: boolean },
): LiveTotals {
  const inputs = lines.map((l) => {
    const input = taxInputOf(l);
    if (!input) return null;
    try {
      taxLine(input, options.intraState);
      return input;
    } catch {
      // A discount above the line value and the like: shown as incomplete, checked on save.
      return null;
    }
  });
  const computable = inputs.filter((i): i is TaxLineInput => i !== null);
  const doc = taxDocument(computable, options);
  let next = 0;
  return {
    lines: inputs.map((i) => (i ? (doc.lines[next++] ?? null) : null)),
    summary: doc.summary,
    totals: doc.totals,
    incomplete: lines.filter((l, i) => inputs[i] === null && !isEmpty(l)).length,
  };
}

const isEmpty = (l: LineValues) =>
  [l.quantity, l.rate, l.description, l.hsnSac].every((t) => t.trim() === '') && l.itemId === null;
