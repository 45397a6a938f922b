import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../dates';
import { PROMISE_STATUSES } from '../promises/contract';
import {
  DEFAULT_THRESHOLDS,
  evaluateEscalation,
  escalationFigures,
  firedRules,
  firedText,
  ruleText,
  type EscalationFacts,
  type EscalationPromise,
} from './rules';

const AS_OF = '2025-08-15' as IsoDate;
const T = { overdueAbove: 1_00_000_00, overdueDays: 60, brokenPromises: 2 };
/** An item `days` past due on AS_OF. */
const item = (days: number, open: number, disputed = 0) => ({
  dueDate: addDays(AS_OF, -days),
  open,
  disputed,
});
const broken = (madeOn = '2025-06-01'): EscalationPromise => ({ madeOn, status: 'broken' });
const facts = (over: Partial<EscalationFacts>): EscalationFacts => ({
  asOf: AS_OF,
  items: [],
  promises: [],
  since: null,
  ...over,
});
const fired = (over: Partial<EscalationFacts>) => evaluateEscalation(facts(over), T).fired;

describe('the overdue rule fires exactly at its thresholds', () => {
  it('needs more than ₹X: X paise does not fire, X + 1 paisa does', () => {
    expect(fired({ items: [item(61, 1_00_000_00)] })).toEqual([]);
    expect(fired({ items: [item(61, 1_00_000_01)] })).toEqual(['overdue']);
  });

  it('needs the oldest more than N days past due: N does not fire, N + 1 does', () => {
    expect(fired({ items: [item(60, 5_00_000_00)] })).toEqual([]);
    expect(fired({ items: [item(61, 5_00_000_00)] })).toEqual(['overdue']);
  });

  it('needs both: long overdue but small, or large but recent, is not escalated', () => {
    expect(fired({ items: [item(200, 50_000_00)] })).toEqual([]);
    expect(fired({ items: [item(30, 50_00_000_00)] })).toEqual([]);
    // The amount may come from many items; the age from the oldest of them.
    expect(fired({ items: [item(61, 1_00), item(5, 1_00_000_00)] })).toEqual(['overdue']);
  });

  it('counts nothing not yet due, nor due today, and leaves the disputed part out', () => {
    const g = escalationFigures(
      facts({
        items: [item(0, 9_00_000_00), item(-10, 9_00_000_00), item(90, 3_00_000_00, 2_50_000_00)],
      }),
    );
    expect(g).toEqual({
      overdue: 50_000_00,
      disputed: 2_50_000_00,
      oldestDueDate: addDays(AS_OF, -90),
      oldestDays: 90,
      brokenPromises: 0,
    });
    // A fully disputed item gives neither amount nor age.
    const disputedOnly = escalationFigures(
      facts({ items: [item(300, 2_00_000_00, 5_00_000_00), item(10, 2_00_000_00)] }),
    );
    expect(disputedOnly).toMatchObject({
      overdue: 2_00_000_00,
      disputed: 2_00_000_00,
      oldestDays: 10,
    });
  });
});

describe('the broken-promises rule', () => {
  it('fires at K broken promises, not at K − 1', () => {
    expect(fired({ promises: [broken()] })).toEqual([]);
    expect(fired({ promises: [broken(), broken()] })).toEqual(['broken_promises']);
  });

  it('counts only broken ones, and only those made after the last case was closed', () => {
    const others: EscalationPromise[] = (['pending', 'kept', 'cancelled'] as const).map((s) => ({
      madeOn: '2025-07-01',
      status: s,
    }));
    expect(fired({ promises: [broken(), ...others] })).toEqual([]);
    const two = [broken('2025-05-01'), broken('2025-07-01')];
    expect(fired({ promises: two, since: '2025-05-01' })).toEqual([]);
    expect(fired({ promises: two, since: '2025-04-30' })).toEqual(['broken_promises']);
  });

  it('fires together with the overdue rule, in rule order', () => {
    expect(fired({ items: [item(61, 1_00_000_01)], promises: [broken(), broken()] })).toEqual([
      'overdue',
      'broken_promises',
    ]);
  });
});

describe('in words', () => {
  it('reads the rule and the figures the way a manager would', () => {
    expect(ruleText('overdue', DEFAULT_THRESHOLDS)).toBe(
      'Overdue above ₹1,00,000.00 for more than 60 days',
    );
    expect(ruleText('broken_promises', { ...T, brokenPromises: 1 })).toBe(
      'At least 1 broken promise',
    );
    const g = escalationFigures(facts({ items: [item(75, 1_18_000_00)], promises: [broken()] }));
    expect(firedText('overdue', g)).toBe('₹1,18,000.00 overdue, oldest 75 days');
    expect(firedText('broken_promises', g)).toBe('1 broken promise');
  });
});

const itemArb = fc.record({
  days: fc.integer({ min: -60, max: 400 }),
  open: fc.integer({ min: 1, max: 10_00_000_00 }),
  disputed: fc.integer({ min: 0, max: 10_00_000_00 }),
});
const thresholdsArb = fc.record({
  overdueAbove: fc.integer({ min: 0, max: 20_00_000_00 }),
  overdueDays: fc.integer({ min: 0, max: 365 }),
  brokenPromises: fc.integer({ min: 1, max: 5 }),
});
const promiseArb = fc.record({
  madeOn: fc.integer({ min: 0, max: 200 }).map((d) => addDays(AS_OF, -d)),
  status: fc.constantFrom(...PROMISE_STATUSES),
});

describe('properties', () => {
  it('overdue is the undisputed part of what is past due, and never more than what is open', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 20 }), (raw) => {
        const items = raw.map((r) => item(r.days, r.open, r.disputed));
        const g = escalationFigures(facts({ items }));
        const past = raw.filter((r) => r.days > 0);
        expect(g.overdue + g.disputed).toBe(past.reduce((s, r) => s + r.open, 0));
        expect(g.disputed).toBe(past.reduce((s, r) => s + Math.min(r.open, r.disputed), 0));
        const counted = past.filter((r) => r.open > r.disputed);
        expect(g.oldestDays).toBe(counted.length ? Math.max(...counted.map((r) => r.days)) : null);
      }),
    );
  });

  it('each rule fires exactly when its figures pass its thresholds, whatever the order of items', () => {
    fc.assert(
      fc.property(
        fc.array(itemArb, { maxLength: 12 }),
        fc.array(promiseArb, { maxLength: 8 }),
        thresholdsArb,
        (raw, promises, t) => {
          const items = raw.map((r) => item(r.days, r.open, r.disputed));
          const a = evaluateEscalation(facts({ items, promises }), t);
          const b = evaluateEscalation(facts({ items: [...items].reverse(), promises }), t);
          expect(b).toEqual(a);
          const g = a.figures;
          expect(a.fired.includes('overdue')).toBe(
            g.overdue > t.overdueAbove && (g.oldestDays ?? -1) > t.overdueDays,
          );
          expect(a.fired.includes('broken_promises')).toBe(g.brokenPromises >= t.brokenPromises);
        },
      ),
    );
  });

  it('is monotone: more overdue, older, or another broken promise never un-fires a rule', () => {
    fc.assert(
      fc.property(
        fc.array(itemArb, { maxLength: 12 }),
        fc.array(promiseArb, { maxLength: 8 }),
        thresholdsArb,
        itemArb,
        (raw, promises, t, extra) => {
          const items = raw.map((r) => item(r.days, r.open, r.disputed));
          const before = firedRules(escalationFigures(facts({ items, promises })), t);
          const more = firedRules(
            escalationFigures(
              facts({
                items: [...items, item(Math.abs(extra.days) + 1, extra.open)],
                promises: [...promises, broken(AS_OF)],
              }),
            ),
            t,
          );
          for (const rule of before) expect(more).toContain(rule);
        },
      ),
    );
  });
});
