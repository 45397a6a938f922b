import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, type IsoDate } from '../dates';
import {
  checkSchedule,
  generateSchedule,
  MAX_INSTALMENTS,
  ScheduleError,
  scheduleOf,
  type Instalment,
} from './schedule';

const iso = (s: string) => s as IsoDate;

/** What a refusal names, or a failure when there was none. */
function refusal(work: () => unknown): { field: string; message: string } {
  try {
    work();
  } catch (e) {
    if (e instanceof ScheduleError) return { field: e.field, message: e.message };
    throw e;
  }
  throw new Error('expected a ScheduleError');
}

const monthly = (firstDueOn: string, count: number, amount: number) =>
  generateSchedule({ frequency: 'monthly', firstDueOn, count, instalmentAmount: null }, amount);

describe('addMonths', () => {
  it('keeps the day, or the month’s last day when it is shorter', () => {
    expect(addMonths(iso('2025-01-31'), 1)).toBe('2025-02-28');
    expect(addMonths(iso('2024-01-31'), 1)).toBe('2024-02-29');
    expect(addMonths(iso('2025-01-31'), 2)).toBe('2025-03-31');
    expect(addMonths(iso('2025-01-31'), 3)).toBe('2025-04-30');
    expect(addMonths(iso('2025-11-15'), 3)).toBe('2026-02-15');
    expect(addMonths(iso('2025-03-31'), -1)).toBe('2025-02-28');
    expect(addMonths(iso('2025-02-28'), 1, 31)).toBe('2025-03-31');
  });
});

describe('generateSchedule', () => {
  it('splits by count: equal whole rupees, the last taking the remainder', () => {
    expect(monthly('2025-07-15', 3, 10_000_01)).toEqual([
      { dueOn: '2025-07-15', amount: 3_333_00 },
      { dueOn: '2025-08-15', amount: 3_333_00 },
      { dueOn: '2025-09-15', amount: 3_334_01 },
    ]);
    expect(monthly('2025-07-15', 3, 88_156_00).map((x) => x.amount)).toEqual([
      29_385_00, 29_385_00, 29_386_00,
    ]);
    // Less than a rupee a part: equal paise.
    expect(monthly('2025-07-15', 3, 2_00).map((x) => x.amount)).toEqual([66, 66, 68]);
  });

  it('monthly from the 31st: end of February, then back to the 31st, 30 April', () => {
    expect(monthly('2025-01-31', 4, 400).map((x) => x.dueOn)).toEqual([
      '2025-01-31',
      '2025-02-28',
      '2025-03-31',
      '2025-04-30',
    ]);
    expect(monthly('2024-01-31', 2, 200).map((x) => x.dueOn)).toEqual(['2024-01-31', '2024-02-29']);
  });

  it('splits by amount each: as many as needed, the last what is left', () => {
    const weekly = generateSchedule(
      { frequency: 'weekly', firstDueOn: '2025-07-01', count: null, instalmentAmount: 4_000_00 },
      10_000_00,
    );
    expect(weekly).toEqual([
      { dueOn: '2025-07-01', amount: 4_000_00 },
      { dueOn: '2025-07-08', amount: 4_000_00 },
      { dueOn: '2025-07-15', amount: 2_000_00 },
    ]);
  });

  it('refuses, naming the field: no first date, neither or both of count and amount, too fine a split', () => {
    const spec = { frequency: 'monthly' as const, firstDueOn: '2025-07-01' };
    expect(
      refusal(() =>
        generateSchedule({ ...spec, firstDueOn: null, count: 2, instalmentAmount: null }, 100),
      ).field,
    ).toBe('firstDueOn');
    expect(
      refusal(() => generateSchedule({ ...spec, count: null, instalmentAmount: null }, 100)).field,
    ).toBe('count');
    expect(
      refusal(() => generateSchedule({ ...spec, count: 2, instalmentAmount: 50 }, 100)).field,
    ).toBe('count');
    expect(refusal(() => monthly('2025-07-01', 3, 2))).toEqual({
      field: 'count',
      message: '₹0.02 cannot be split into 3 instalments of at least ₹0.01: choose fewer',
    });
    expect(refusal(() => monthly('2025-07-01', MAX_INSTALMENTS + 1, 1_000_00)).field).toBe('count');
    expect(
      refusal(() => generateSchedule({ ...spec, count: null, instalmentAmount: 1 }, 1_000_00))
        .field,
    ).toBe('instalmentAmount');
  });

  const arbStart = fc.integer({ min: 0, max: 3650 }).map((n) => addDays(iso('2024-01-01'), n));
  const arbAmount = fc.integer({ min: 1, max: 10 ** 13 });

  it('property: sums to the plan amount to the paisa, dates ascending, weekly and monthly spacing', () => {
    fc.assert(
      fc.property(
        arbStart,
        arbAmount,
        fc.constantFrom('weekly' as const, 'monthly' as const),
        fc.oneof(
          fc.record({
            count: fc.integer({ min: 1, max: MAX_INSTALMENTS }),
            each: fc.constant(null),
          }),
          fc.record({ count: fc.constant(null), each: fc.integer({ min: 1, max: 10 ** 13 }) }),
        ),
        (first, amount, frequency, by) => {
          let schedule: Instalment[];
          try {
            schedule = generateSchedule(
              { frequency, firstDueOn: first, count: by.count, instalmentAmount: by.each },
              amount,
            );
          } catch (e) {
            // Only a split finer than a paisa, or more than the most instalments, is refused.
            expect(e).toBeInstanceOf(ScheduleError);
            if (by.count !== null) expect(amount).toBeLessThan(by.count);
            else expect(Math.ceil(amount / by.each!)).toBeGreaterThan(MAX_INSTALMENTS);
            return;
          }
          expect(schedule.reduce((s, x) => s + x.amount, 0)).toBe(amount);
          expect(() => checkSchedule(schedule, amount, first)).not.toThrow();
          const amounts = schedule.map((x) => x.amount);
          const last = amounts.at(-1)!;
          const rest = amounts.slice(0, -1);
          expect(amounts.every((a) => Number.isSafeInteger(a) && a >= 1)).toBe(true);
          expect(new Set(rest).size).toBeLessThanOrEqual(1);
          if (by.count !== null) {
            expect(schedule).toHaveLength(by.count);
            // Whole rupees each while there is a rupee a part; the remainder goes last.
            if (amount >= 100 * by.count) expect(rest.every((a) => a % 100 === 0)).toBe(true);
            expect(last - (rest[0] ?? last)).toBeLessThan(100 * by.count);
          } else {
            expect(rest.every((a) => a === by.each)).toBe(true);
            expect(last).toBeLessThanOrEqual(by.each!);
          }
          expect(schedule[0]!.dueOn).toBe(first);
          const day = Number(first.slice(8));
          schedule.forEach((x, i) => {
            if (i === 0) return;
            const gap = daysBetween(schedule[i - 1]!.dueOn as IsoDate, x.dueOn as IsoDate);
            if (frequency === 'weekly') expect(gap).toBe(7);
            else {
              expect(gap).toBeGreaterThanOrEqual(28);
              expect(gap).toBeLessThanOrEqual(31);
              // The first's day of the month, or the month's last day when it has fewer.
              const d = Number(x.dueOn.slice(8));
              const lastDay = Number(addDays(addMonths(x.dueOn as IsoDate, 1, 1), -1).slice(8));
              expect(d).toBe(Math.min(day, lastDay));
            }
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('checkSchedule (custom instalments)', () => {
  const plan = (instalments: Instalment[]) => () =>
    checkSchedule(instalments, 1_000_00, '2025-07-01');

  it('accepts instalments that add up, dated on or after the plan date, ascending', () => {
    expect(
      plan([
        { dueOn: '2025-07-01', amount: 400_00 },
        { dueOn: '2025-07-20', amount: 600_00 },
      ]),
    ).not.toThrow();
  });

  it('refuses, naming the row and field', () => {
    expect(
      refusal(
        plan([
          { dueOn: '2025-07-10', amount: 400_00 },
          { dueOn: '2025-07-20', amount: 500_00 },
        ]),
      ),
    ).toEqual({
      field: 'instalments',
      message: 'The instalments add up to ₹900.00 but the plan is for ₹1,000.00: add ₹100.00',
    });
    expect(
      refusal(
        plan([
          { dueOn: '2025-07-10', amount: 400_00 },
          { dueOn: '2025-07-10', amount: 600_00 },
        ]),
      ).field,
    ).toBe('instalments.1.dueOn');
    expect(refusal(plan([{ dueOn: '2025-06-30', amount: 1_000_00 }])).field).toBe(
      'instalments.0.dueOn',
    );
    expect(
      refusal(
        plan([
          { dueOn: '2025-07-10', amount: 1_000_00 },
          { dueOn: '2025-07-11', amount: 0 },
        ]),
      ).field,
    ).toBe('instalments.1.amount');
    expect(refusal(plan([])).field).toBe('instalments');
  });

  it('scheduleOf refuses a first due date before the plan date', () => {
    expect(
      refusal(() =>
        scheduleOf(
          { frequency: 'weekly', firstDueOn: '2025-06-30', count: 2, instalmentAmount: null },
          1_000_00,
          '2025-07-01',
        ),
      ).field,
    ).toBe('firstDueOn');
  });
});
