import { describe, expect, it } from 'vitest';
import { compactINR, days, monthOf, monthOptions, periodLabel, yearToDate } from './mis';
import { sortRows, type SortColumn } from './SortableTable';

describe('collections MIS on screen', () => {
  it('opens on the financial year so far and on the whole current month', () => {
    expect(yearToDate('2025-06-18')).toEqual({ from: '2025-04-01', to: '2025-06-18' });
    expect(yearToDate('2026-02-03')).toEqual({ from: '2025-04-01', to: '2026-02-03' });
    expect(yearToDate('2025-06-18', 1)).toEqual({ from: '2025-01-01', to: '2025-06-18' });
    expect(monthOf('2025-06-18')).toEqual({ from: '2025-06-01', to: '2025-06-30' });
    expect(monthOf('2024-02-10')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });

  it('labels periods and months the way an Indian office reads them', () => {
    expect(periodLabel('2025-05', 'month')).toBe('May 2025');
    expect(periodLabel('2025-06-09', 'week')).toBe('Week of 09-06-2025');
    expect(periodLabel('2025-06-11', 'day')).toBe('11-06-2025');
    const options = monthOptions('2025-02-14', 4);
    expect(options).toEqual([
      { value: '2025-02', label: 'Feb 2025' },
      { value: '2025-01', label: 'Jan 2025' },
      { value: '2024-12', label: 'Dec 2024' },
      { value: '2024-11', label: 'Nov 2024' },
    ]);
    expect(monthOptions('2025-02-14')).toHaveLength(36);
  });

  it('shortens amounts for a chart axis in thousands, lakhs and crores', () => {
    expect(compactINR(950_00)).toBe('₹950');
    expect(compactINR(12_500_00)).toBe('₹12.5 K');
    expect(compactINR(3_40_000_00)).toBe('₹3.4 L');
    expect(compactINR(1_20_00_000_00)).toBe('₹1.2 Cr');
    expect(compactINR(-2_00_000_00)).toBe('−₹2 L');
    expect(days(30)).toBe('30.0');
    expect(days(null)).toBe('—');
  });

  it('sorts numbers and text either way with blanks last', () => {
    const rows = [
      { name: 'Beta', n: 5 as number | null },
      { name: 'alpha', n: null },
      { name: 'Gamma', n: 50 },
    ];
    const byN: SortColumn<(typeof rows)[number]> = {
      key: 'n',
      header: 'N',
      numeric: true,
      sortValue: (r) => r.n,
      render: (r) => r.n,
    };
    const byName: SortColumn<(typeof rows)[number]> = {
      key: 'name',
      header: 'Name',
      sortValue: (r) => r.name,
      render: (r) => r.name,
    };
    expect(sortRows(rows, byN, 'desc').map((r) => r.n)).toEqual([50, 5, null]);
    expect(sortRows(rows, byN, 'asc').map((r) => r.n)).toEqual([5, 50, null]);
    expect(sortRows(rows, byName, 'asc').map((r) => r.name)).toEqual(['alpha', 'Beta', 'Gamma']);
    expect(rows.map((r) => r.name)).toEqual(['Beta', 'alpha', 'Gamma']);
  });
});
