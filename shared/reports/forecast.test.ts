import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../dates';
import { forecastFrom, forecastLines, weekOf, type ForecastItem } from './forecast';

const AS_OF = '2025-06-10';
const day = (n: number) => addDays(AS_OF as IsoDate, n);

const item = fc
  .record({
    customerId: fc.integer({ min: 1, max: 3 }),
    due: fc.integer({ min: -90, max: 150 }),
    lag: fc.integer({ min: 0, max: 60 }),
    open: fc.integer({ min: 1, max: 5_00_000_00 }),
    disputed: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6_00_000_00 })),
  })
  .map(({ customerId, due, lag, open, disputed }) => ({
    customerId,
    dueOn: day(due),
    open,
    disputed,
    predictedOn: day(Math.max(0, due + lag)),
  }));

const promise = fc.record({
  customerId: fc.integer({ min: 1, max: 3 }),
  outstanding: fc.integer({ min: 0, max: 10_00_000_00 }),
  promisedOn: fc.integer({ min: 0, max: 120 }).map(day),
  named: fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 3 }),
});

describe('collection forecast', () => {
  it('puts a week’s dates Monday to Sunday', () => {
    expect(weekOf('2025-06-08')).toBe('2025-06-02');
    expect(weekOf('2025-06-09')).toBe('2025-06-09');
  });

  it('adds up: due = what is open; expected + in dispute = what is open; promised within both', () => {
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 12 }),
        fc.array(promise, { maxLength: 4 }),
        fc.integer({ min: 1, max: 13 }),
        (raw, rawPromises, weeks) => {
          const items: ForecastItem[] = raw.map((x, i) => ({ ...x, documentId: i + 1 }));
          const promises = rawPromises.map(({ named, ...p }) => ({ ...p, documentIds: named }));
          const f = forecastFrom(AS_OF, weeks, items, promises);
          const open = items.reduce((s, x) => s + x.open, 0);
          const disputed = items.reduce((s, x) => s + Math.min(x.disputed, x.open), 0);
          const lines = forecastLines(f);
          const sum = (k: 'due' | 'expected' | 'promised') =>
            lines.reduce((s, l) => s + (l[k] ?? 0), 0);
          expect(sum('due')).toBe(open);
          expect(f.disputed).toBe(disputed);
          expect(sum('expected') + f.disputed).toBe(open);
          for (const l of lines) expect(l.promised ?? 0).toBeLessThanOrEqual(l.expected ?? 0);
          expect(sum('promised')).toBeLessThanOrEqual(
            promises.reduce((s, p) => s + p.outstanding, 0),
          );
          expect(f.weeks).toHaveLength(weeks);
          expect(f.weeks[0]!.weekStart <= AS_OF && AS_OF <= f.weeks[0]!.weekEnd).toBe(true);
        },
      ),
    );
  });

  it('takes a promise from the invoices it names, else the oldest due first', () => {
    const items: ForecastItem[] = [
      {
        documentId: 1,
        customerId: 1,
        dueOn: day(-30),
        open: 100_00,
        disputed: 0,
        predictedOn: day(60),
      },
      {
        documentId: 2,
        customerId: 1,
        dueOn: day(-10),
        open: 100_00,
        disputed: 0,
        predictedOn: day(60),
      },
    ];
    const named = forecastFrom(AS_OF, 2, items, [
      { customerId: 1, outstanding: 150_00, promisedOn: day(3), documentIds: [2] },
    ]);
    expect(named.weeks[0]).toMatchObject({ expected: 100_00, promised: 100_00 });
    expect(named.later).toEqual({ due: 0, expected: 100_00, promised: 0 });
    const account = forecastFrom(AS_OF, 2, items, [
      { customerId: 1, outstanding: 150_00, promisedOn: day(3), documentIds: [] },
    ]);
    expect(account.weeks[0]).toMatchObject({ expected: 150_00, promised: 150_00 });
    expect(account.later.expected).toBe(50_00);
  });
});
