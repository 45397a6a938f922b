// The case summary: one customer as the accounts manager needs to see them before a call to their
// director — standing, balance by age, disputes, promises, contact history, reminders, behaviour
// and the rule that put them on the list — as of a date. Only reads; the lists are cut to what
// fits one page, with the counts kept whole.
import { todayIso } from '../../shared/dates';
import {
  caseSummaryQuery,
  type CaseSummary,
  type CaseSummaryQuery,
} from '../../shared/escalation/contract';
import { PROMISE_STATUSES, type PromiseStatus } from '../../shared/promises/contract';
import { ageInDays, bucketIndex, bucketsOf, DEFAULT_BUCKETS } from '../../shared/reports/ageing';
import { appraise } from '../credit/appraisal';
import { getCustomer } from '../customers/customers';
import { listDisputes } from '../disputes/disputes';
import { listFollowUps } from '../follow-ups/follow-ups';
import type { Ledger } from '../ledger/open';
import { prepared } from '../ledger/statements';
import { listPromises } from '../promises/promises';
import { listSentReminders } from '../reminders/reminders';
import { openItemsAsOf } from '../reports/ageing';
import { evaluateCustomer, getRules, listCases } from './escalation';

/** How many of each list one A4 page holds beside everything else. */
export const SUMMARY_LIMITS = { contacts: 3, disputes: 4, promises: 4, followUps: 5, reminders: 4 };

function holdAsOf(ledger: Ledger, customerId: number, asOf: string) {
  return (
    (prepared(
      ledger.sqlite,
      `select held_on as heldOn, held_by as heldBy, reason from credit_holds
        where customer_id = ? and held_on <= ? and (released_on is null or released_on > ?)`,
    ).get(customerId, asOf, asOf) as CaseSummary['hold'] | undefined) ?? null
  );
}

function balanceByAge(ledger: Ledger, customerId: number, asOf: string) {
  const buckets = bucketsOf(DEFAULT_BUCKETS, 'due');
  const amounts = buckets.map(() => 0);
  let onAccount = 0;
  for (const i of openItemsAsOf(ledger, asOf, customerId)) {
    if (i.side === 'credit') onAccount += i.open;
    else amounts[bucketIndex(buckets, ageInDays(asOf, i, 'due'))]! += i.open;
  }
  const owed = amounts.reduce((s, a) => s + a, 0);
  return {
    balance: owed - onAccount,
    onAccount,
    buckets: buckets.map((b, k) => ({ label: b.label, amount: amounts[k]! })),
  };
}

function disputesAsOf(ledger: Ledger, customerId: number, asOf: string) {
  const all = listDisputes(ledger, { customerId, status: 'all' }).filter((d) => d.raisedOn <= asOf);
  const open = all.filter((d) => d.resolvedOn === null || d.resolvedOn > asOf);
  return {
    openCount: open.length,
    openAmount: open.reduce((s, d) => s + d.amount, 0),
    resolvedCount: all.length - open.length,
    open: open.slice(0, SUMMARY_LIMITS.disputes).map((d) => ({
      documentNumber: d.documentNumber ?? '',
      reason: d.reason,
      amount: d.amount,
      raisedOn: d.raisedOn,
    })),
  };
}

function promisesAsOf(ledger: Ledger, customerId: number, asOf: string) {
  const all = listPromises(ledger, { asOf, customerId });
  const counts = Object.fromEntries(PROMISE_STATUSES.map((s) => [s, 0])) as Record<
    PromiseStatus,
    number
  >;
  for (const p of all) counts[p.status] += 1;
  const recent = [...all]
    .sort((a, b) => b.madeOn.localeCompare(a.madeOn) || b.id - a.id)
    .slice(0, SUMMARY_LIMITS.promises)
    .map((p) => ({
      id: p.id,
      madeOn: p.madeOn,
      promisedOn: p.promisedOn,
      amount: p.amount,
      received: p.received,
      status: p.status,
    }));
  return { counts, recent };
}

/** The open case on the date, else the last one closed by then; null when never escalated. */
function caseAsOf(ledger: Ledger, customerId: number, asOf: string) {
  const cases = listCases(ledger, { customerId, status: 'all' }).filter((c) => c.openedOn <= asOf);
  return (
    cases.find((c) => c.closedOn === null || c.closedOn > asOf) ??
    cases
      .filter((c) => c.closedOn !== null)
      .sort((a, b) => b.closedOn!.localeCompare(a.closedOn!))[0] ??
    null
  );
}

export function caseSummary(ledger: Ledger, query: CaseSummaryQuery): CaseSummary {
  const q = caseSummaryQuery.parse(query);
  const asOf = q.asOf ?? todayIso();
  const c = getCustomer(ledger, q.customerId);
  const { figures, fired } = evaluateCustomer(ledger, c.id, asOf);
  const followUps = listFollowUps(ledger, { customerId: c.id }).filter((f) => f.loggedOn <= asOf);
  const reminders = listSentReminders(ledger, { customerId: c.id, to: asOf });
  const a = appraise(ledger, { asOf, customerId: c.id })[0];
  return {
    asOf,
    customer: {
      id: c.id,
      code: c.code,
      name: c.name,
      gstin: c.gstin,
      email: c.email,
      phone: c.phone,
      salesperson: c.salesperson,
      paymentTermsDays: c.paymentTermsDays,
      creditLimit: c.creditLimit,
      contacts: c.contacts.slice(0, SUMMARY_LIMITS.contacts).map((k) => ({
        name: k.name,
        designation: k.designation,
        email: k.email,
        phone: k.phone ?? k.whatsapp,
      })),
    },
    hold: holdAsOf(ledger, c.id, asOf),
    ...balanceByAge(ledger, c.id, asOf),
    ...figures,
    disputes: disputesAsOf(ledger, c.id, asOf),
    promises: promisesAsOf(ledger, c.id, asOf),
    followUps: followUps.slice(0, SUMMARY_LIMITS.followUps).map((f) => ({
      loggedOn: f.loggedOn,
      kind: f.kind,
      outcome: f.outcome,
      contactPerson: f.contactPerson,
      notes: f.notes,
    })),
    reminders: reminders.slice(0, SUMMARY_LIMITS.reminders).map((r) => ({
      sentOn: r.sentOn,
      level: r.level,
      channel: r.channel,
      amount: r.amount,
    })),
    remindersSent: reminders.length,
    appraisal: {
      score: a?.score ?? null,
      grade: a?.grade ?? null,
      avgDaysLate: a?.avgDaysLate ?? 0,
      bouncedCheques: a?.bouncedCheques ?? 0,
      suggestedLimit: a?.suggestedLimit ?? null,
      exposure: a?.exposure ?? 0,
    },
    rules: getRules(ledger),
    fired,
    case: caseAsOf(ledger, c.id, asOf),
  };
}
