import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  GST_STATES,
  gstinCheckDigit,
  isEmail,
  isStateCode,
  isValidIndianPincode,
  makeGstin,
  normaliseIndianPhone,
  panFromGstin,
  stateCodeFromGstin,
  stateName,
  validateGstin,
  validatePan,
} from './gst';

// Real GSTINs: the GSTN's published sample, plus registrations of large
// companies printed on their public invoices. Each independently confirms the checksum.
const REAL_GSTINS = [
  '27AAPFU0939F1ZV', // GSTN sample
  '27AAACR5055K1Z7', // Reliance Industries, Maharashtra
  '27AAACT2727Q1ZW', // Tata Consultancy Services, Maharashtra
  '29AAICA3918J1ZE', // Amazon Seller Services, Karnataka
];

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
const LETTERS = ALNUM.slice(10);
const arbPan = fc
  .tuple(
    fc.array(fc.constantFrom(...LETTERS), { minLength: 5, maxLength: 5 }),
    fc.array(fc.constantFrom(...'0123456789'.split('')), { minLength: 4, maxLength: 4 }),
    fc.constantFrom(...LETTERS),
  )
  .map(([a, d, l]) => `${a.join('')}${d.join('')}${l}`);
const arbGstin = fc
  .tuple(
    fc.constantFrom(...GST_STATES.map((s) => s.code)),
    arbPan,
    fc.constantFrom(...ALNUM.slice(1)),
  )
  .map(([st, pan, e]) => makeGstin(st, pan, e));

describe('GST_STATES', () => {
  it('has unique two-digit codes including the special ones', () => {
    const codes = GST_STATES.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((c) => /^\d{2}$/.test(c))).toBe(true);
    expect(codes).toHaveLength(40);
    for (let i = 1; i <= 38; i++) expect(codes).toContain(String(i).padStart(2, '0'));
    expect(codes).toContain('97');
    expect(codes).toContain('99');
  });
  it('looks up names', () => {
    expect(stateName('27')).toBe('Maharashtra');
    expect(stateName('01')).toBe('Jammu and Kashmir');
    expect(stateName('37')).toBe('Andhra Pradesh (New)');
    expect(stateName('38')).toBe('Ladakh');
    expect(stateName('97')).toBe('Other Territory');
    expect(stateName('99')).toBe('Centre Jurisdiction');
    expect(stateName('40')).toBeUndefined();
    expect(isStateCode('29')).toBe(true);
    expect(isStateCode('7')).toBe(false);
    expect(isStateCode('00')).toBe(false);
    expect(isStateCode('39')).toBe(false);
  });
  it('marks UTGST territories', () => {
    const ut = GST_STATES.filter((s) => s.ut).map((s) => s.code);
    expect(ut).toEqual(['04', '25', '26', '31', '35', '38', '97']);
  });
});

describe('gstinCheckDigit', () => {
  it.each(REAL_GSTINS)('matches the real GSTIN %s', (g) => {
    expect(gstinCheckDigit(g.slice(0, 14))).toBe(g.charAt(14));
  });
  it('rejects malformed input', () => {
    expect(() => gstinCheckDigit('27AAPFU0939F1')).toThrow(RangeError);
    expect(() => gstinCheckDigit('27AAPFU0939F1-')).toThrow(RangeError);
  });
  it('catches every single-character substitution', () => {
    fc.assert(
      fc.property(arbGstin, fc.nat(13), fc.constantFrom(...ALNUM), (g, i, ch) => {
        fc.pre(g.charAt(i) !== ch);
        const altered = g.slice(0, i) + ch + g.slice(i + 1, 14);
        expect(gstinCheckDigit(altered)).not.toBe(g.charAt(14));
      }),
    );
  });
});

describe('validateGstin', () => {
  it.each(REAL_GSTINS)('accepts %s', (g) => {
    expect(validateGstin(g)).toEqual({
      ok: true,
      gstin: g,
      stateCode: g.slice(0, 2),
      pan: g.slice(2, 12),
    });
  });
  it('trims and upper-cases', () => {
    expect(validateGstin('  27aapfu0939f1zv ')).toMatchObject({
      ok: true,
      gstin: '27AAPFU0939F1ZV',
    });
  });
  it.each([
    ['27AAPFU0939F1Z', 'GSTIN must be 15 characters (you entered 14)'],
    ['', 'GSTIN must be 15 characters (you entered 0)'],
    ['27AAPFU0939F1ZVV', 'GSTIN must be 15 characters (you entered 16)'],
    ['27AAPFU0939F-ZV', 'GSTIN can contain only letters and digits (remove "-")'],
    ['AAAPFU0939F1ZVX', 'GSTIN must start with a 2-digit state code such as 27'],
    [
      '45AAPFU0939F1ZV',
      '45 is not a GST state code: a GSTIN starts with a state code such as 27 for Maharashtra',
    ],
    ['27AAPF10939F1ZV', 'characters 3–12 of a GSTIN are the PAN (5 letters, 4 digits, 1 letter)'],
    ['27AAPFU0939111V', 'characters 3–12 of a GSTIN are the PAN (5 letters, 4 digits, 1 letter)'],
    [
      '27AAPFU0939F0ZV',
      'the 13th character of a GSTIN is the registration number for the PAN in that state (1–9 or A–Z), never 0',
    ],
    ['27AAPFU0939F1YV', 'the 14th character of a GSTIN is normally Z'],
    [
      '27AAPFU0939F1ZW',
      'GSTIN check digit is wrong: the last character should be V — check for a typo',
    ],
    // A transposition in the body is caught by the check digit.
    ['27AAPFU0993F1ZV', expect.stringMatching(/^GSTIN check digit is wrong/)],
  ])('%j → %s', (text, message) => {
    expect(validateGstin(text)).toEqual({ ok: false, message });
  });
  it('accepts every generated GSTIN and extracts its parts', () => {
    fc.assert(
      fc.property(arbGstin, (g) => {
        const r = validateGstin(g.toLowerCase());
        expect(r).toEqual({ ok: true, gstin: g, stateCode: g.slice(0, 2), pan: g.slice(2, 12) });
        expect(panFromGstin(g)).toBe(g.slice(2, 12));
        expect(stateCodeFromGstin(g)).toBe(g.slice(0, 2));
      }),
    );
  });
});

describe('validatePan and GSTIN parts', () => {
  it('validates PANs', () => {
    expect(validatePan(' aapfu0939f ')).toEqual({ ok: true, pan: 'AAPFU0939F' });
    expect(validatePan('AAPFU0939')).toEqual({
      ok: false,
      message: 'PAN must be 10 characters (you entered 9)',
    });
    expect(validatePan('AAPF10939F')).toEqual({
      ok: false,
      message: 'the first 5 characters of a PAN are letters (like AAAPA1234A)',
    });
    expect(validatePan('AAPFUO939F')).toEqual({
      ok: false,
      message: 'characters 6–9 of a PAN are digits (like AAAPA1234A)',
    });
    expect(validatePan('AAPFU09391')).toEqual({
      ok: false,
      message: 'the last character of a PAN is a letter (like AAAPA1234A)',
    });
  });
  it('extracts from GSTINs, null when invalid', () => {
    expect(panFromGstin('27AAPFU0939F1ZV')).toBe('AAPFU0939F');
    expect(stateCodeFromGstin('29AAICA3918J1ZE')).toBe('29');
    expect(panFromGstin('27AAPFU0939F1ZW')).toBeNull();
    expect(stateCodeFromGstin('nonsense')).toBeNull();
  });
});

describe('makeGstin', () => {
  it('rebuilds real GSTINs', () => {
    expect(makeGstin('27', 'AAPFU0939F')).toBe('27AAPFU0939F1ZV');
    expect(makeGstin('29', 'aaica3918j', '1')).toBe('29AAICA3918J1ZE');
  });
  it('rejects bad parts', () => {
    expect(() => makeGstin('40', 'AAPFU0939F')).toThrow(RangeError);
    expect(() => makeGstin('27', 'AAPFU0939')).toThrow(RangeError);
    expect(() => makeGstin('27', 'AAPFU0939F', '0')).toThrow(RangeError);
    expect(() => makeGstin('27', 'AAPFU0939F', '12')).toThrow(RangeError);
  });
});

describe('contact details', () => {
  it.each([
    ['400001', true],
    ['110011', true],
    ['012345', false],
    ['40001', false],
    ['4000011', false],
    ['400 001', false],
    ['40000a', false],
  ])('pincode %j → %s', (text, ok) => {
    expect(isValidIndianPincode(text)).toBe(ok);
  });

  it.each([
    ['9820012345', '+919820012345'],
    ['+91 98200 12345', '+919820012345'],
    ['+91-98200-12345', '+919820012345'],
    ['098200 12345', '+919820012345'],
    ['91 9820012345', '+919820012345'],
    ['0091 98200 12345', '+919820012345'],
    ['6000000000', '+916000000000'],
    ['022 2659 1234', '+912226591234'], // Mumbai landline
    ['(080) 4123-4567', '+918041234567'], // Bengaluru landline
    ['+91 (0)11 2345 6789', '+911123456789'],
    ['011-23456789', '+911123456789'],
  ])('phone %j → %s', (text, expected) => {
    expect(normaliseIndianPhone(text)).toBe(expected);
  });
  it.each([
    '',
    '98200',
    '98200123456',
    '0123456789',
    '23456789', // local number without STD code
    '+1 415 555 0100',
    '+44 20 7946 0958',
    '98200-1234x',
    '1800 123 4567',
  ])('phone %j → null', (text) => {
    expect(normaliseIndianPhone(text)).toBeNull();
  });
  it('normalised phones are stable', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[6-9]\d{9}$/), (m) => {
        const n = normaliseIndianPhone(m);
        expect(n).toBe(`+91${m}`);
        expect(normaliseIndianPhone(n ?? '')).toBe(n);
      }),
    );
  });

  it.each([
    ['accounts@example.com', true],
    ['first.last+ar@sub.example.co.in', true],
    ["o'brien@example.in", true],
    ['a@b.co', true],
    ['', false],
    ['plain', false],
    ['no-at.example.com', false],
    ['two@@example.com', false],
    ['a@b', false],
    ['a@b.c', false],
    ['.lead@example.com', false],
    ['double..dot@example.com', false],
    ['space in@example.com', false],
    [' accounts@example.com', false],
    ['a@-bad.com', false],
    ['a@example..com', false],
  ])('email %j → %s', (text, ok) => {
    expect(isEmail(text)).toBe(ok);
  });
});
