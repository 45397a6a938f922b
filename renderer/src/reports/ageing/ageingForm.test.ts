import { describe, expect, it } from 'vitest';
import {
  ageingQueryOf,
  defaultAgeingRoute,
  nextSort,
  parseBuckets,
  screenField,
  sortRows,
} from './ageingForm';

describe('ageing settings', () => {
  it('reads bucket limits typed any way, and says what is wrong with them', () => {
    expect(parseBuckets('30, 60, 90')).toEqual({ ok: true, limits: [30, 60, 90] });
    expect(parseBuckets('90 30;60')).toEqual({ ok: true, limits: [30, 60, 90] });
    expect(parseBuckets('')).toMatchObject({ ok: false, message: /e\.g\. 30, 60, 90/ });
    expect(parseBuckets('30, 4.5')).toEqual({
      ok: false,
      message: '"4.5" is not a whole number of days',
    });
    expect(parseBuckets('0')).toMatchObject({ ok: false, message: /at least 1 day/ });
    expect(parseBuckets('30, 30')).toEqual({ ok: false, message: '30 is given twice' });
    expect(parseBuckets('5000')).toMatchObject({ ok: false, message: /3650/ });
    expect(parseBuckets(Array.from({ length: 13 }, (_, i) => i + 1).join(','))).toEqual({
      ok: false,
      message: 'At most 12 bucket limits',
    });
  });

  it('makes the report query only from settings that are all valid', () => {
    const route = defaultAgeingRoute('2025-07-10');
    expect(ageingQueryOf(route)).toEqual({
      query: { asOf: '2025-07-10', basis: 'due', buckets: [30, 60, 90], level: 'customer' },
      errors: {},
    });
    expect(
      ageingQueryOf({
        ...route,
        basis: 'document',
        level: 'document',
        customerGroup: 'Dealers',
        salesperson: 'Meera',
        stateCode: '27',
        minBalance: '1,00,000.50',
      }).query,
    ).toEqual({
      asOf: '2025-07-10',
      basis: 'document',
      buckets: [30, 60, 90],
      level: 'document',
      customerGroup: 'Dealers',
      salesperson: 'Meera',
      stateCode: '27',
      minBalance: 1_00_000_50,
    });
    const bad = ageingQueryOf({ ...route, asOf: '', buckets: 'x', minBalance: '-5' });
    expect(bad.query).toBeNull();
    expect(bad.errors).toEqual({
      asOf: 'Give the as-of date',
      buckets: '"x" is not a whole number of days',
      minBalance: 'Minimum balance cannot be negative',
    });
    // A date half typed waits for the date input's own check.
    expect(ageingQueryOf({ ...route, asOf: '31-02' })).toEqual({ query: null, errors: {} });
    expect(screenField('buckets.2')).toBe('buckets');
    expect(screenField('asOf')).toBe('asOf');
  });

  it('sorts by text or amount, either way, keeping ties in their order', () => {
    const rows = [
      { name: 'Beta', total: 5 },
      { name: 'alpha', total: 10 },
      { name: 'Gamma', total: 5 },
    ];
    const value = (r: (typeof rows)[number], key: string) => (key === 'name' ? r.name : r.total);
    const names = (sorted: readonly (typeof rows)[number][]) => sorted.map((r) => r.name);
    expect(sortRows(rows, null, value)).toBe(rows);
    expect(names(sortRows(rows, { key: 'name', dir: 'asc' }, value))).toEqual([
      'alpha',
      'Beta',
      'Gamma',
    ]);
    expect(names(sortRows(rows, { key: 'total', dir: 'desc' }, value))).toEqual([
      'alpha',
      'Beta',
      'Gamma',
    ]);
    expect(names(sortRows(rows, { key: 'total', dir: 'asc' }, value))).toEqual([
      'Beta',
      'Gamma',
      'alpha',
    ]);
    expect(nextSort(null, 'total', true)).toEqual({ key: 'total', dir: 'desc' });
    expect(nextSort(null, 'name', false)).toEqual({ key: 'name', dir: 'asc' });
    expect(nextSort({ key: 'name', dir: 'asc' }, 'name', false)).toEqual({
      key: 'name',
      dir: 'desc',
    });
  });
});
