import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paise, sumPaise } from '../money';
import {
  STANDARD_GST_RATES_BPS,
  TaxInputError,
  formatGstRate,
  formatQuantity,
  parseQuantity,
  taxDocument,
  taxLine,
  type TaxLineInput,
} from './gst';

const line = (over: Partial<TaxLineInput> = {}): TaxLineInput => ({
  hsnSac: '8481',
  quantityMilli: 1000,
  rate: paise(100_000),
  discount: null,
  gstRateBps: 1800,
  ...over,
});

describe('one line', () => {
  it('splits intra-state tax into equal CGST and SGST, rounded half-up per line', () => {
    const t = taxLine(line({ quantityMilli: 10_000, rate: paise(9_999) }), true);
    // 10 × ₹99.99 = ₹999.90; 9% of it = ₹89.991 → ₹89.99 each.
    expect(t).toEqual({
      gross: 99_990,
      discount: 0,
      taxable: 99_990,
      cgst: 8_999,
      sgst: 8_999,
      igst: 0,
      total: 117_988,
    });
  });

  it('charges IGST between states', () => {
    expect(taxLine(line({ gstRateBps: 25 }), false)).toMatchObject({
      taxable: 100_000,
      cgst: 0,
      sgst: 0,
      igst: 250,
    });
  });

  it('rounds half a paisa up', () => {
    // ₹0.50 at 18%: CGST = ₹0.045 → ₹0.05.
    expect(taxLine(line({ rate: paise(50) }), true)).toMatchObject({ cgst: 5, sgst: 5, total: 60 });
  });

  it('takes fractional quantities and both kinds of discount', () => {
    // 12.5 kg × ₹80.00 = ₹1,000.00, less 10% = ₹900.00.
    expect(
      taxLine(
        line({
          quantityMilli: 12_500,
          rate: paise(8_000),
          discount: { kind: 'percent', bps: 1000 },
        }),
        false,
      ),
    ).toMatchObject({ gross: 100_000, discount: 10_000, taxable: 90_000, igst: 16_200 });
    expect(
      taxLine(line({ discount: { kind: 'amount', amount: paise(2_500) } }), false),
    ).toMatchObject({ taxable: 97_500 });
  });

  it('refuses what cannot be a line', () => {
    expect(() => taxLine(line({ quantityMilli: 0 }), true)).toThrow(TaxInputError);
    expect(() =>
      taxLine(line({ discount: { kind: 'amount', amount: paise(100_001) } }), true),
    ).toThrow(/more than the line value/);
    expect(() => taxLine(line({ gstRateBps: 10_001 }), true)).toThrow(/GST rate/);
  });
});

describe('a document', () => {
  it('summarises by (HSN/SAC, rate) and rounds off to the rupee on its own line', () => {
    const doc = taxDocument(
      [
        line({ hsnSac: '8481', quantityMilli: 10_000, rate: paise(9_999) }),
        line({ hsnSac: '8481', quantityMilli: 1_000, rate: paise(1_000), gstRateBps: 1200 }),
        line({ hsnSac: '998719', quantityMilli: 1_000, rate: paise(50_000) }),
      ],
      { intraState: true, roundOff: true },
    );
    expect(doc.summary.map((r) => [r.hsnSac, r.gstRateBps, r.taxable])).toEqual([
      ['8481', 1200, 1_000],
      ['8481', 1800, 99_990],
      ['998719', 1800, 50_000],
    ]);
    expect(doc.totals).toEqual({
      taxable: 150_990,
      cgst: 8_999 + 60 + 4_500,
      sgst: 8_999 + 60 + 4_500,
      igst: 0,
      subtotal: 178_108,
      roundOff: -8,
      total: 178_100,
    });
  });
});

const lineArb = fc.record({
  hsnSac: fc.constantFrom('8481', '7318', '998719', '9983'),
  quantityMilli: fc.integer({ min: 1, max: 10_000_000 }),
  rate: fc.integer({ min: 0, max: 100_000_000 }).map(paise),
  discount: fc.oneof(
    fc.constant(null),
    fc.record({ kind: fc.constant('percent' as const), bps: fc.integer({ min: 0, max: 10_000 }) }),
  ),
  gstRateBps: fc.oneof(
    fc.constantFrom(...STANDARD_GST_RATES_BPS),
    fc.integer({ min: 0, max: 10_000 }),
  ),
});

describe('properties', () => {
  it('lines add up to the totals to the paisa; CGST = SGST; summary = totals', () => {
    fc.assert(
      fc.property(
        fc.array(lineArb, { minLength: 1, maxLength: 40 }),
        fc.boolean(),
        fc.boolean(),
        (lines, intraState, roundOff) => {
          const doc = taxDocument(lines, { intraState, roundOff });
          const { totals } = doc;
          expect(sumPaise(doc.lines.map((l) => l.total))).toBe(totals.subtotal);
          expect(totals.taxable + totals.cgst + totals.sgst + totals.igst).toBe(totals.subtotal);
          expect(totals.subtotal + totals.roundOff).toBe(totals.total);
          expect(Math.abs(totals.roundOff)).toBeLessThanOrEqual(50);
          if (roundOff) expect(totals.total % 100).toBe(0);
          else expect(totals.roundOff).toBe(0);
          for (const l of doc.lines) {
            expect(l.cgst).toBe(l.sgst);
            expect(l.taxable).toBe(l.gross - l.discount);
            expect(l.discount).toBeLessThanOrEqual(l.gross);
          }
          if (intraState) expect(totals.igst).toBe(0);
          else expect(totals.cgst + totals.sgst).toBe(0);
          for (const k of ['taxable', 'cgst', 'sgst', 'igst'] as const) {
            expect(sumPaise(doc.summary.map((r) => r[k]))).toBe(totals[k]);
          }
          expect(new Set(doc.summary.map((r) => `${r.hsnSac}|${r.gstRateBps}`)).size).toBe(
            doc.summary.length,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('total tax is within half a paisa per line of the exact tax', () => {
    fc.assert(
      fc.property(lineArb, fc.boolean(), (l, intra) => {
        const t = taxLine(l, intra);
        const exact = (t.taxable * l.gstRateBps) / 10_000; // paise, only for a tolerance check
        expect(Math.abs(t.cgst + t.sgst + t.igst - exact)).toBeLessThanOrEqual(intra ? 1 : 0.5);
      }),
    );
  });
});

describe('quantities and rates as people write them', () => {
  it('parses up to three decimals and formats them back', () => {
    expect(parseQuantity('12.5')).toBe(12_500);
    expect(parseQuantity('1,000')).toBe(1_000_000);
    expect(parseQuantity('0.001')).toBe(1);
    expect(parseQuantity('1.2345')).toBeNull();
    expect(parseQuantity('0')).toBeNull();
    expect(parseQuantity('-1')).toBeNull();
    expect(formatQuantity(12_500)).toBe('12.5');
    expect(formatGstRate(25)).toBe('0.25%');
    expect(formatGstRate(1800)).toBe('18%');
  });
});
