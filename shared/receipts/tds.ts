// TDS a customer deducts from what they pay us (Income-tax Act, Chapter XVII-B). It is worked out
// on the taxable value only, never on the GST (CBDT Circular 23/2017).
import Decimal from 'decimal.js';
import type { Paise } from '../money';

/** The sections customers deduct under most often, with the usual rate for a company payee. */
export const TDS_SECTIONS = [
  { section: '194C', label: '194C Contractors', rateBps: 200 },
  { section: '194J', label: '194J Professional / technical services', rateBps: 1000 },
  { section: '194J(a)', label: '194J(a) Technical services', rateBps: 200 },
  { section: '194H', label: '194H Commission or brokerage', rateBps: 200 },
  { section: '194I(a)', label: '194I(a) Rent of plant and machinery', rateBps: 200 },
  { section: '194I(b)', label: '194I(b) Rent of land or building', rateBps: 1000 },
  { section: '194Q', label: '194Q Purchase of goods', rateBps: 10 },
  { section: '194O', label: '194O E-commerce operator', rateBps: 10 },
] as const;

/** TDS on a taxable value at a rate in basis points, to the nearest rupee as deductors round it. */
export function tdsOn(taxable: Paise | number, rateBps: number): number {
  return new Decimal(taxable)
    .mul(rateBps)
    .div(10_000)
    .div(100)
    .toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
    .mul(100)
    .toNumber();
}

/** The taxable value still open on a document: its taxable share of what remains unpaid. */
export function openTaxable(item: { openBalance: number; total: number; taxable: number }): number {
  if (item.total === 0) return 0;
  if (item.openBalance === item.total) return item.taxable;
  return new Decimal(item.taxable)
    .mul(item.openBalance)
    .div(item.total)
    .toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
    .toNumber();
}

/** The financial-year quarter a date falls in, as TDS returns (Form 26Q) and 26AS group it. */
export function tdsQuarter(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const fyStart = m >= 4 ? y : y - 1;
  const q = m >= 4 && m <= 6 ? 1 : m >= 7 && m <= 9 ? 2 : m >= 10 ? 3 : 4;
  return `${fyStart}-${String((fyStart + 1) % 100).padStart(2, '0')} Q${q}`;
}
