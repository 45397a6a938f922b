// GST arithmetic for invoices and notes. Every rounding rule lives here, in this order:
//  1. gross    = quantity × rate, rounded half-up to the paisa;
//  2. discount = a percentage of gross (rounded half-up) or a fixed amount, never above gross;
//  3. taxable  = gross − discount;
//  4. intra-state: CGST and SGST are each taxable × (rate ÷ 2), rounded half-up per line, so the
//     two are always equal; inter-state: IGST = taxable × rate, rounded half-up per line;
//  5. the tax summary by (HSN/SAC, rate) and the totals are sums of the rounded lines, so they
//     add up to the paisa by construction;
//  6. optional round-off: the grand total rounded half-up to the rupee, the difference on its own line.
import Decimal from 'decimal.js';
import { paise, roundToPaise, sumPaise, type Paise } from '../money';

/** GST rates as basis points of a percent: 1800 = 18%. Any rate kept in data is accepted. */
export const STANDARD_GST_RATES_BPS = [0, 25, 300, 500, 1200, 1800, 2800] as const;

export type Discount = { kind: 'percent'; bps: number } | { kind: 'amount'; amount: Paise } | null;

export interface TaxLineInput {
  hsnSac: string;
  /** Thousandths of a unit: 12.5 kg = 12500. */
  quantityMilli: number;
  /** Per unit, in paise. */
  rate: Paise;
  discount: Discount;
  gstRateBps: number;
}

export interface TaxedLine {
  gross: Paise;
  discount: Paise;
  taxable: Paise;
  cgst: Paise;
  sgst: Paise;
  igst: Paise;
  total: Paise;
}

export interface TaxSummaryRow {
  hsnSac: string;
  gstRateBps: number;
  taxable: Paise;
  cgst: Paise;
  sgst: Paise;
  igst: Paise;
}

export interface TaxTotals {
  taxable: Paise;
  cgst: Paise;
  sgst: Paise;
  igst: Paise;
  /** Before round-off. */
  subtotal: Paise;
  roundOff: Paise;
  total: Paise;
}

const rupees = (p: number) => new Decimal(p).div(100);
const ZERO = paise(0);

export class TaxInputError extends Error {
  constructor(
    message: string,
    /** The line input at fault, and the line's index once known. */
    readonly field: 'quantityMilli' | 'rate' | 'discount' | 'gstRateBps',
    readonly line: number | null = null,
  ) {
    super(message);
  }
}

export function taxLine(line: TaxLineInput, intraState: boolean): TaxedLine {
  if (!Number.isSafeInteger(line.quantityMilli) || line.quantityMilli <= 0) {
    throw new TaxInputError('Quantity must be more than zero', 'quantityMilli');
  }
  if (!Number.isSafeInteger(line.rate) || line.rate < 0)
    throw new TaxInputError('Rate cannot be negative', 'rate');
  if (!Number.isInteger(line.gstRateBps) || line.gstRateBps < 0 || line.gstRateBps > 10_000) {
    throw new TaxInputError('GST rate must be between 0% and 100%', 'gstRateBps');
  }
  const gross = roundToPaise(rupees(line.rate).times(line.quantityMilli).div(1000));
  let discount = ZERO;
  if (line.discount?.kind === 'percent') {
    if (line.discount.bps < 0 || line.discount.bps > 10_000) {
      throw new TaxInputError('Discount must be between 0% and 100%', 'discount');
    }
    discount = roundToPaise(rupees(gross).times(line.discount.bps).div(10_000));
  } else if (line.discount?.kind === 'amount') {
    if (line.discount.amount < 0)
      throw new TaxInputError('Discount cannot be negative', 'discount');
    if (line.discount.amount > gross)
      throw new TaxInputError('Discount cannot be more than the line value', 'discount');
    discount = line.discount.amount;
  }
  const taxable = paise(gross - discount);
  const rate = new Decimal(line.gstRateBps).div(10_000);
  const half = intraState ? roundToPaise(rupees(taxable).times(rate).div(2)) : ZERO;
  const igst = intraState ? ZERO : roundToPaise(rupees(taxable).times(rate));
  return {
    gross,
    discount,
    taxable,
    cgst: half,
    sgst: half,
    igst,
    total: sumPaise([taxable, half, half, igst]),
  };
}

export interface TaxedDocument {
  lines: TaxedLine[];
  summary: TaxSummaryRow[];
  totals: TaxTotals;
}

export function taxDocument(
  lines: TaxLineInput[],
  options: { intraState: boolean; roundOff: boolean },
): TaxedDocument {
  const taxed = lines.map((l, i) => {
    try {
      return taxLine(l, options.intraState);
    } catch (e) {
      throw e instanceof TaxInputError ? new TaxInputError(e.message, e.field, i) : e;
    }
  });
  const summary = summariseTax(
    taxed.map((t, i) => ({ ...t, hsnSac: lines[i]!.hsnSac, gstRateBps: lines[i]!.gstRateBps })),
  );
  const sum = (pick: (t: TaxedLine) => Paise) => sumPaise(taxed.map(pick));
  const subtotal = sum((t) => t.total);
  const rounded = options.roundOff
    ? roundToPaise(rupees(subtotal).toDecimalPlaces(0, Decimal.ROUND_HALF_UP))
    : subtotal;
  return {
    lines: taxed,
    summary,
    totals: {
      taxable: sum((t) => t.taxable),
      cgst: sum((t) => t.cgst),
      sgst: sum((t) => t.sgst),
      igst: sum((t) => t.igst),
      subtotal,
      roundOff: paise(rounded - subtotal),
      total: rounded,
    },
  };
}

/** Rule 46's tax summary: taxed lines grouped by (HSN/SAC, rate), never by account. */
export function summariseTax(
  lines: (Omit<TaxSummaryRow, never> & Record<string, unknown>)[],
): TaxSummaryRow[] {
  const byKey = new Map<string, TaxSummaryRow>();
  for (const l of lines) {
    const key = `${l.hsnSac}|${l.gstRateBps}`;
    const row = byKey.get(key) ?? {
      hsnSac: l.hsnSac,
      gstRateBps: l.gstRateBps,
      taxable: ZERO,
      cgst: ZERO,
      sgst: ZERO,
      igst: ZERO,
    };
    byKey.set(key, {
      ...row,
      taxable: sumPaise([row.taxable, l.taxable]),
      cgst: sumPaise([row.cgst, l.cgst]),
      sgst: sumPaise([row.sgst, l.sgst]),
      igst: sumPaise([row.igst, l.igst]),
    });
  }
  return [...byKey.values()].sort(
    (a, b) => a.hsnSac.localeCompare(b.hsnSac) || a.gstRateBps - b.gstRateBps,
  );
}

/** "18%", "0.25%": a rate in basis points as people write it. */
export function formatGstRate(bps: number): string {
  return `${new Decimal(bps).div(100).toString()}%`;
}

/** Quantity text (up to 3 decimals) to thousandths of a unit; null when it is not a quantity. */
export function parseQuantity(text: string): number | null {
  const t = text.trim().replace(/,/g, '');
  if (!/^\d+(\.\d{1,3})?$/.test(t)) return null;
  const milli = new Decimal(t).times(1000).toNumber();
  return Number.isSafeInteger(milli) && milli > 0 ? milli : null;
}

export function formatQuantity(milli: number): string {
  return new Decimal(milli).div(1000).toString();
}
