import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  compareIso,
  daysBetween,
  financialYearOf,
  financialYearShort,
  formatDateIndian,
  formatDateLong,
  isIsoDate,
  parseUserDate,
  toIsoDate,
  todayIso,
} from './dates';
import type { IsoDate } from './dates';

// Run under several process time zones: results must not change.
// TZ=Asia/Kolkata npx vitest run ... ; TZ=America/Los_Angeles npx vitest run ...
const iso = (s: string): IsoDate => toIsoDate(s);

const arbIso = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2199-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => toIsoDate(d.toISOString().slice(0, 10)));

describe('isIsoDate / toIsoDate', () => {
  it.each(['2024-02-29', '2000-02-29', '2023-12-31', '1999-01-01', '9999-12-31'])(
    'accepts %s',
    (s) => {
      expect(isIsoDate(s)).toBe(true);
      expect(toIsoDate(s)).toBe(s);
    },
  );
  it.each([
    '2023-02-29',
    '1900-02-29',
    '2024-04-31',
    '2024-13-01',
    '2024-00-10',
    '2024-01-00',
    '2024-1-5',
    '24-01-05',
    '2024-01-15T00:00:00Z',
    ' 2024-01-15',
    '0999-01-01',
    '',
  ])('rejects %j', (s) => {
    expect(isIsoDate(s)).toBe(false);
    expect(() => toIsoDate(s)).toThrow(RangeError);
  });
  it('rejects non-strings', () => {
    expect(isIsoDate(20240115)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});

describe('parseUserDate', () => {
  it.each([
    ['2024-01-15', '2024-01-15'],
    ['2024/1/5', '2024-01-05'],
    ['15/01/2024', '2024-01-15'],
    ['15-01-2024', '2024-01-15'],
    ['15.01.2024', '2024-01-15'],
    ['5/1/2024', '2024-01-05'],
    ['15/01/24', '2024-01-15'],
    ['01/02/2024', '2024-02-01'], // day first, never US order
    ['01-Apr-24', '2024-04-01'],
    ['1 Apr 2024', '2024-04-01'],
    ['15 Jan 2024', '2024-01-15'],
    ['15-Jan-2024', '2024-01-15'],
    ['15-JAN-2024', '2024-01-15'],
    ['15 jan, 2024', '2024-01-15'],
    ['15 Jan. 2024', '2024-01-15'],
    ['15 January 2024', '2024-01-15'],
    ['30 Sept 2024', '2024-09-30'],
    ['29 Feb 24', '2024-02-29'],
    ['  15/01/2024  ', '2024-01-15'],
  ])('%s → %s', (text, expected) => {
    expect(parseUserDate(text)).toBe(expected);
  });
  it.each([
    '',
    'today',
    '01/13/2024', // month 13: a US-order date is not silently swapped
    '31/04/2024',
    '29/02/2023',
    '29 Feb 23',
    '15/01-2024',
    '15/01/024',
    '15 Janu 2024',
    '15 Foo 2024',
    'Jan 15 2024',
    '2024-02-30',
    '15012024',
  ])('rejects %j', (text) => {
    expect(parseUserDate(text)).toBeNull();
  });
  it('round-trips the display formats', () => {
    fc.assert(
      fc.property(arbIso, (d) => {
        expect(parseUserDate(formatDateIndian(d))).toBe(d);
        expect(parseUserDate(formatDateLong(d))).toBe(d);
        expect(parseUserDate(d)).toBe(d);
      }),
    );
  });
});

describe('todayIso', () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  it('uses the requested zone, not the process zone', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2024-01-14T20:00:00Z')); // 01:30 on the 15th in India
    expect(todayIso()).toBe('2024-01-15');
    expect(todayIso('Asia/Kolkata')).toBe('2024-01-15');
    expect(todayIso('UTC')).toBe('2024-01-14');
    expect(todayIso('America/Los_Angeles')).toBe('2024-01-14');
    vi.setSystemTime(new Date('2024-03-31T18:29:59Z')); // last second of FY 2023-24 in India
    expect(todayIso()).toBe('2024-03-31');
    vi.setSystemTime(new Date('2024-03-31T18:30:00Z'));
    expect(todayIso()).toBe('2024-04-01');
  });
  it('returns a valid date for the real clock and rejects unknown zones', () => {
    expect(isIsoDate(todayIso())).toBe(true);
    expect(() => todayIso('Mars/Olympus')).toThrow(RangeError);
  });
});

describe('addDays / daysBetween / compareIso', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-01-15', 0, '2024-01-15'],
    ['2024-01-15', 366, '2025-01-15'],
    // DST changes in the process TZ must not shift days.
    ['2024-03-09', 1, '2024-03-10'],
    ['2024-11-02', 2, '2024-11-04'],
  ])('%s + %d = %s', (d, n, expected) => {
    expect(addDays(iso(d), n)).toBe(expected);
    expect(daysBetween(iso(d), iso(expected))).toBe(n);
  });
  it('rejects fractional days and out-of-range results', () => {
    expect(() => addDays(iso('2024-01-01'), 0.5)).toThrow(RangeError);
    expect(() => addDays(iso('9999-12-31'), 1)).toThrow(RangeError);
    expect(() => addDays('2024-02-30' as IsoDate, 1)).toThrow(RangeError);
  });
  it('compares', () => {
    expect(compareIso(iso('2024-01-15'), iso('2024-01-16'))).toBe(-1);
    expect(compareIso(iso('2024-01-15'), iso('2024-01-15'))).toBe(0);
    expect(compareIso(iso('2025-01-01'), iso('2024-12-31'))).toBe(1);
  });
  it('addDays and daysBetween are inverse; compareIso agrees with daysBetween', () => {
    fc.assert(
      fc.property(arbIso, fc.integer({ min: -40_000, max: 40_000 }), (d, n) => {
        const e = addDays(d, n);
        expect(daysBetween(d, e)).toBe(n);
        expect(addDays(e, -n)).toBe(d);
        expect(compareIso(e, d)).toBe(Math.sign(n) || 0);
      }),
    );
  });
  it('matches an independent day-by-day walk', () => {
    fc.assert(
      fc.property(arbIso, (d) => {
        const [y, m, day] = d.split('-').map(Number) as [number, number, number];
        const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
        const next =
          day < dim
            ? `${String(y)}-${String(m).padStart(2, '0')}-${String(day + 1).padStart(2, '0')}`
            : m < 12
              ? `${String(y)}-${String(m + 1).padStart(2, '0')}-01`
              : `${String(y + 1)}-01-01`;
        expect(addDays(d, 1)).toBe(next);
      }),
    );
  });
});

describe('financial year', () => {
  it('April–March by default', () => {
    expect(financialYearOf(iso('2025-04-01'))).toEqual({
      label: '2025-26',
      start: '2025-04-01',
      end: '2026-03-31',
      startYear: 2025,
    });
    expect(financialYearOf(iso('2026-03-31')).label).toBe('2025-26');
    expect(financialYearOf(iso('2025-03-31')).label).toBe('2024-25');
    expect(financialYearOf(iso('2000-01-01')).label).toBe('1999-00');
    expect(financialYearOf(iso('2024-02-29')).end).toBe('2024-03-31');
    expect(financialYearShort(iso('2025-06-15'))).toBe('25-26');
    expect(financialYearShort(iso('2100-01-10'))).toBe('99-00');
  });
  it('January start gives a calendar year labelled by the year alone', () => {
    expect(financialYearOf(iso('2025-07-01'), 1)).toEqual({
      label: '2025',
      start: '2025-01-01',
      end: '2025-12-31',
      startYear: 2025,
    });
    expect(financialYearShort(iso('2025-07-01'), 1)).toBe('25');
  });
  it('other start months (e.g. July–June)', () => {
    expect(financialYearOf(iso('2024-06-30'), 7)).toEqual({
      label: '2023-24',
      start: '2023-07-01',
      end: '2024-06-30',
      startYear: 2023,
    });
    expect(financialYearOf(iso('2024-03-15'), 3).end).toBe('2025-02-28');
    expect(financialYearOf(iso('2023-03-15'), 3).end).toBe('2024-02-29');
    expect(financialYearOf(iso('2024-12-31'), 12).start).toBe('2024-12-01');
  });
  it('rejects a bad start month', () => {
    expect(() => financialYearOf(iso('2024-01-01'), 0)).toThrow(RangeError);
    expect(() => financialYearOf(iso('2024-01-01'), 13)).toThrow(RangeError);
    expect(() => financialYearOf(iso('2024-01-01'), 4.5)).toThrow(RangeError);
  });
  it('contains the date and tiles the calendar', () => {
    fc.assert(
      fc.property(arbIso, fc.integer({ min: 1, max: 12 }), (d, sm) => {
        const fy = financialYearOf(d, sm);
        expect(compareIso(fy.start, d)).toBeLessThanOrEqual(0);
        expect(compareIso(d, fy.end)).toBeLessThanOrEqual(0);
        expect([364, 365]).toContain(daysBetween(fy.start, fy.end));
        expect(financialYearOf(addDays(fy.end, 1), sm).startYear).toBe(fy.startYear + 1);
        expect(fy.start.slice(5)).toBe(`${String(sm).padStart(2, '0')}-01`);
      }),
    );
  });
});

describe('formatting', () => {
  it('formats Indian style', () => {
    expect(formatDateIndian(iso('2024-01-15'))).toBe('15-01-2024');
    expect(formatDateLong(iso('2024-01-15'))).toBe('15 Jan 2024');
    expect(formatDateLong(iso('2024-04-01'))).toBe('01 Apr 2024');
    expect(formatDateLong(iso('2024-12-31'))).toBe('31 Dec 2024');
  });
});
