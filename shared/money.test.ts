import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import {
  addPaise,
  amountInWords,
  formatINR,
  formatIndianNumber,
  paise,
  paiseToRupeesString,
  parseRupees,
  roundToPaise,
  rupeesToPaise,
  sumPaise,
} from './money';
import type { Paise } from './money';

const MAX_PAISE = 10 ** 15;
const arbPaise = fc.integer({ min: -MAX_PAISE, max: MAX_PAISE }).map((n) => paise(n));

describe('paise', () => {
  it('accepts safe integers and normalises -0', () => {
    expect(paise(123)).toBe(123);
    expect(Object.is(paise(-0), 0)).toBe(true);
  });
  it.each([0.5, NaN, Infinity, Number.MAX_SAFE_INTEGER + 1])('rejects %s', (n) => {
    expect(() => paise(n)).toThrow(RangeError);
  });
});

describe('parseRupees', () => {
  it.each([
    ['12,34,567.50', 123456750],
    ['1234567.5', 123456750],
    ['₹ 1,00,000', 10000000],
    ['₹1,00,000.00', 10000000],
    ['Rs. 500', 50000],
    ['Rs 500', 50000],
    ['rs.500', 50000],
    ['INR 500', 50000],
    ['Rs. 500/-', 50000],
    ['-250.75', -25075],
    ['\u2212250.75', -25075],
    ['(250.75)', -25075],
    ['(₹ 250.75)', -25075],
    ['-₹250.75', -25075],
    ['₹ -250.75', -25075],
    ['+10', 1000],
    ['  42  ', 4200],
    ['1,234,567.89', 123456789],
    ['0', 0],
    ['-0', 0],
    ['.5', 50],
    ['0.05', 5],
    ['007', 700],
    ['10000000000000', 1e15],
    ['-10000000000000.00', -1e15],
  ])('%s → %d paise', (text, expected) => {
    const p = parseRupees(text);
    expect(p).toBe(expected);
    expect(Object.is(p, -0)).toBe(false);
  });

  it.each([
    '',
    '   ',
    '-',
    '₹',
    '12.345',
    '12.500',
    '1.2.3',
    '12a',
    'abc',
    '1e5',
    '5.',
    ',100',
    '100,',
    '1,,000',
    '--5',
    '-(5)',
    '(-5)',
    '10000000000000.01',
    '-10000000000001',
    '12 34',
    'NaN',
    'Infinity',
  ])('rejects %j', (text) => {
    expect(parseRupees(text)).toBeNull();
  });

  it('round-trips with paiseToRupeesString and formatINR', () => {
    fc.assert(
      fc.property(arbPaise, (p) => {
        expect(parseRupees(paiseToRupeesString(p))).toBe(p);
        expect(parseRupees(formatINR(p))).toBe(p);
        expect(parseRupees(formatIndianNumber(p))).toBe(p);
      }),
    );
  });
});

describe('rupeesToPaise', () => {
  it('converts strings, numbers and Decimals exactly', () => {
    expect(rupeesToPaise('1,234.56')).toBe(123456);
    expect(rupeesToPaise(0.1)).toBe(10);
    expect(rupeesToPaise(1.15)).toBe(115); // a float that is not exactly 1.15 in binary
    expect(rupeesToPaise(new Decimal('-99.99'))).toBe(-9999);
    expect(rupeesToPaise(new Decimal('5.10000'))).toBe(510);
  });
  it('throws RangeError with a clear message', () => {
    expect(() => rupeesToPaise('12.345')).toThrow(/at most 2 decimal places/);
    expect(() => rupeesToPaise('abc')).toThrow(RangeError);
    expect(() => rupeesToPaise(1.005)).toThrow(/more than 2 decimal places/);
    expect(() => rupeesToPaise(new Decimal('0.001'))).toThrow(RangeError);
    expect(() => rupeesToPaise(NaN)).toThrow(/not a finite/);
    expect(() => rupeesToPaise(Infinity)).toThrow(RangeError);
    expect(() => rupeesToPaise(new Decimal('1e14'))).toThrow(/beyond/);
    expect(() => rupeesToPaise('10000000000000.01')).toThrow(/beyond/);
  });
});

describe('paiseToRupeesString', () => {
  it.each([
    [123456750, '1234567.50'],
    [0, '0.00'],
    [5, '0.05'],
    [-5, '-0.05'],
    [-25075, '-250.75'],
    [100, '1.00'],
    [Number.MAX_SAFE_INTEGER, '90071992547409.91'],
  ])('%d → %s', (p, s) => {
    expect(paiseToRupeesString(paise(p))).toBe(s);
  });
  it('agrees with BigInt arithmetic', () => {
    fc.assert(
      fc.property(arbPaise, (p) => {
        const abs = BigInt(Math.abs(p));
        const ref = `${p < 0 ? '-' : ''}${String(abs / 100n)}.${String(abs % 100n).padStart(2, '0')}`;
        expect(paiseToRupeesString(p)).toBe(ref);
      }),
    );
  });
});

describe('roundToPaise', () => {
  it.each([
    ['0.005', 1],
    ['0.0049999', 0],
    ['-0.005', -1],
    ['-0.0049', 0],
    ['1.125', 113],
    ['1.135', 114],
    ['22.2222', 2222],
    ['0.00499999999999999999999999999', 0],
  ])('%s rupees → %d paise (half away from zero)', (d, p) => {
    const r = roundToPaise(new Decimal(d));
    expect(r).toBe(p);
    expect(Object.is(r, -0)).toBe(false);
  });
  it('computes GST on paise exactly', () => {
    // 18% of ₹1,234.57 = 222.2226 → ₹222.22
    expect(roundToPaise(new Decimal(123457).div(100).times('0.18'))).toBe(22222);
  });
  it('rejects non-finite and oversized values', () => {
    expect(() => roundToPaise(new Decimal(NaN))).toThrow(RangeError);
    expect(() => roundToPaise(new Decimal('1e20'))).toThrow(RangeError);
  });
  it('is identity on exact paise', () => {
    fc.assert(
      fc.property(arbPaise, (p) => {
        expect(roundToPaise(new Decimal(p).div(100))).toBe(p);
      }),
    );
  });
});

describe('addPaise / sumPaise', () => {
  it('adds', () => {
    expect(addPaise()).toBe(0);
    expect(addPaise(paise(1), paise(2), paise(-5))).toBe(-2);
    expect(sumPaise(new Set([paise(100), paise(250)]))).toBe(350);
  });
  it('throws on overflow instead of losing precision', () => {
    const big = paise(Number.MAX_SAFE_INTEGER);
    expect(() => addPaise(big, paise(1))).toThrow(RangeError);
    expect(() => sumPaise([paise(-Number.MAX_SAFE_INTEGER), paise(-1)])).toThrow(RangeError);
    expect(() => addPaise(0.5 as Paise)).toThrow(RangeError);
  });
  it('matches BigInt addition', () => {
    fc.assert(
      fc.property(fc.array(arbPaise, { maxLength: 8 }), (xs) => {
        expect(BigInt(sumPaise(xs))).toBe(xs.reduce((a, x) => a + BigInt(x), 0n));
      }),
    );
  });
});

describe('formatINR', () => {
  it.each([
    [123456700, '₹12,34,567.00'],
    [-123450, '-₹1,234.50'],
    [0, '₹0.00'],
    [5, '₹0.05'],
    [99999, '₹999.99'],
    [100000, '₹1,000.00'],
    [10000000, '₹1,00,000.00'],
    [12345678900, '₹12,34,56,789.00'],
    [123456789000, '₹1,23,45,67,890.00'],
    [1e15, '₹1,00,00,00,00,00,000.00'],
  ])('%d → %s', (p, s) => {
    expect(formatINR(paise(p))).toBe(s);
  });
  it('options', () => {
    expect(formatINR(paise(123456750), { symbol: false })).toBe('12,34,567.50');
    expect(formatINR(paise(123456750), { paise: false })).toBe('₹12,34,568');
    expect(formatINR(paise(123456749), { paise: false })).toBe('₹12,34,567');
    expect(formatINR(paise(99950), { paise: false })).toBe('₹1,000');
    expect(formatINR(paise(-99950), { paise: false })).toBe('-₹1,000');
    expect(formatINR(paise(-40), { paise: false })).toBe('₹0');
    expect(formatIndianNumber(paise(-123456750))).toBe('-12,34,567.50');
    expect(formatIndianNumber(paise(123456750), { paise: false })).toBe('12,34,568');
  });
  it('groups as last three digits then pairs', () => {
    fc.assert(
      fc.property(arbPaise, (p) => {
        const s = formatIndianNumber(p).replace(/^-/, '');
        expect(s).toMatch(/^\d{1,2}(,\d{2})*(,\d{3})?\.\d{2}$|^\d{1,3}\.\d{2}$/);
      }),
    );
  });
});

describe('amountInWords', () => {
  it.each([
    [0, 'Rupees Zero Only'],
    [100, 'Rupees One Only'],
    [50, 'Fifty Paise Only'],
    [1, 'One Paise Only'],
    [1500, 'Rupees Fifteen Only'],
    [4500, 'Rupees Forty-Five Only'],
    [10000, 'Rupees One Hundred Only'],
    [10100, 'Rupees One Hundred One Only'],
    [100000, 'Rupees One Thousand Only'],
    [2000000, 'Rupees Twenty Thousand Only'],
    [10000000, 'Rupees One Lakh Only'],
    [10000500, 'Rupees One Lakh Five Only'],
    [
      123456750,
      'Rupees Twelve Lakh Thirty-Four Thousand Five Hundred Sixty-Seven and Fifty Paise Only',
    ],
    [1000000000, 'Rupees One Crore Only'],
    [
      123456789000,
      'Rupees One Hundred Twenty-Three Crore Forty-Five Lakh Sixty-Seven Thousand Eight Hundred Ninety Only',
    ],
    [1e15, 'Rupees Ten Lakh Crore Only'],
    [
      9999999999,
      'Rupees Nine Crore Ninety-Nine Lakh Ninety-Nine Thousand Nine Hundred Ninety-Nine and Ninety-Nine Paise Only',
    ],
    [
      999999999,
      'Rupees Ninety-Nine Lakh Ninety-Nine Thousand Nine Hundred Ninety-Nine and Ninety-Nine Paise Only',
    ],
    [-25075, 'Minus Rupees Two Hundred Fifty and Seventy-Five Paise Only'],
    [-5, 'Minus Five Paise Only'],
  ])('%d → %s', (p, words) => {
    expect(amountInWords(paise(p))).toBe(words);
  });
  it('never produces doubled spaces or stray words', () => {
    fc.assert(
      fc.property(arbPaise, (p) => {
        const w = amountInWords(p);
        expect(w).not.toMatch(/ {2}|undefined|^ | $/);
        if (p !== 0) expect(w).not.toContain('Zero');
        expect(w.endsWith(' Only')).toBe(true);
      }),
    );
  });
});
