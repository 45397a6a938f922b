// When a customer goes on the escalation list: pure arithmetic over the customer's open items and
// promises as of a date, so every threshold can be tested on both sides.
import { daysBetween, type IsoDate } from '../dates';
import { formatINR, paise } from '../money';
import type { PromiseStatus } from '../promises/contract';

export const ESCALATION_RULES = ['overdue', 'broken_promises'] as const;
export type EscalationRule = (typeof ESCALATION_RULES)[number];

/** The company's thresholds. Each is strict: "above" is >, "more than" is >, "at least" is ≥. */
export interface EscalationThresholds {
  /** Overdue (less what is in dispute) above this many paise… */
  overdueAbove: number;
  /** …and the oldest of it more than this many days past due. */
  overdueDays: number;
  /** Or at least this many broken promises. */
  brokenPromises: number;
}

/** ₹1,00,000 overdue for more than 60 days, or two broken promises. */
export const DEFAULT_THRESHOLDS: EscalationThresholds = {
  overdueAbove: 1_00_000_00,
  overdueDays: 60,
  brokenPromises: 2,
};

/** One open debit item of the customer on the as-of date. */
export interface EscalationItem {
  /** The due date (the document date when it has none). */
  dueDate: string;
  /** Open on the as-of date, paise. */
  open: number;
  /** In dispute on the as-of date, paise (may exceed what is left open). */
  disputed: number;
}

export interface EscalationPromise {
  madeOn: string;
  status: PromiseStatus;
}

export interface EscalationFacts {
  asOf: string;
  items: EscalationItem[];
  promises: EscalationPromise[];
  /** The day the customer's last case was closed: promises made by then were dealt with. */
  since: string | null;
}

export interface EscalationFigures {
  /** Σ over items past due of (open − disputed), paise. */
  overdue: number;
  /** In dispute on those items, left out of `overdue`. */
  disputed: number;
  oldestDueDate: string | null;
  oldestDays: number | null;
  brokenPromises: number;
}

/** The figures the rules are read against; a fully disputed item adds nothing, not even age. */
export function escalationFigures(f: EscalationFacts): EscalationFigures {
  let overdue = 0;
  let disputed = 0;
  let oldest: string | null = null;
  for (const item of f.items) {
    if (daysBetween(item.dueDate as IsoDate, f.asOf as IsoDate) <= 0) continue;
    const inDispute = Math.min(item.disputed, item.open);
    disputed += inDispute;
    if (item.open - inDispute <= 0) continue;
    overdue += item.open - inDispute;
    if (oldest === null || item.dueDate < oldest) oldest = item.dueDate;
  }
  const brokenPromises = f.promises.filter(
    (p) => p.status === 'broken' && (f.since === null || p.madeOn > f.since),
  ).length;
  return {
    overdue,
    disputed,
    oldestDueDate: oldest,
    oldestDays: oldest === null ? null : daysBetween(oldest as IsoDate, f.asOf as IsoDate),
    brokenPromises,
  };
}

/** The rules the figures meet, in the order of ESCALATION_RULES; empty when none. */
export function firedRules(g: EscalationFigures, t: EscalationThresholds): EscalationRule[] {
  const fired: EscalationRule[] = [];
  if (g.overdue > t.overdueAbove && g.oldestDays !== null && g.oldestDays > t.overdueDays) {
    fired.push('overdue');
  }
  if (g.brokenPromises >= t.brokenPromises) fired.push('broken_promises');
  return fired;
}

export function evaluateEscalation(
  facts: EscalationFacts,
  thresholds: EscalationThresholds,
): { figures: EscalationFigures; fired: EscalationRule[] } {
  const figures = escalationFigures(facts);
  return { figures, fired: firedRules(figures, thresholds) };
}

const inr = (p: number) => formatINR(paise(p));
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A rule as the accounts manager reads it: "Overdue above ₹1,00,000.00 for more than 60 days". */
export function ruleText(rule: EscalationRule, t: EscalationThresholds): string {
  switch (rule) {
    case 'overdue':
      return `Overdue above ${inr(t.overdueAbove)} for more than ${plural(t.overdueDays, 'day', 'days')}`;
    case 'broken_promises':
      return `At least ${plural(t.brokenPromises, 'broken promise', 'broken promises')}`;
  }
}

/** Why it fired, with the customer's own figures: "₹1,18,000.00 overdue, oldest 75 days". */
export function firedText(rule: EscalationRule, g: EscalationFigures): string {
  switch (rule) {
    case 'overdue':
      return `${inr(g.overdue)} overdue, oldest ${plural(g.oldestDays ?? 0, 'day', 'days')}`;
    case 'broken_promises':
      return plural(g.brokenPromises, 'broken promise', 'broken promises');
  }
}
