// Today's worklist: who to chase, in the order that matters. Read from the open items as of the
// date (never a join of every invoice), the disputes and promises as of it, and each customer's
// standing follow-up.
import { daysBetween, todayIso, type IsoDate } from '../../shared/dates';
import {
  worklistQuery,
  type Worklist,
  type WorklistQuery,
  type WorklistRow,
} from '../../shared/follow-ups/contract';
import type { PaymentPromise } from '../../shared/promises/contract';
import { disputedAsOf } from '../disputes/disputes';
import { openCasesAsOf } from '../escalation/escalation';
import { customersById } from '../customers/customers';
import type { Ledger } from '../ledger/open';
import { runningPlans } from '../payment-plans/read';
import { listPromises } from '../promises/promises';
import { openItemsAsOf } from '../reports/ageing';
import { latestFollowUps } from './follow-ups';

type Money = Pick<WorklistRow, 'balance' | 'overdue' | 'disputed' | 'priority' | 'oldestDueDate'>;

/**
 * Per customer: balance, overdue, disputed, and the priority score
 *   priority = Σ over overdue items of (open − disputed) × days past due   (paise-days)
 * so ₹1 lakh 60 days late outranks ₹1 lakh 10 days late, and a disputed amount adds nothing.
 */
function moneyByCustomer(ledger: Ledger, asOf: string): Map<number, Money> {
  const disputed = disputedAsOf(ledger, asOf);
  const out = new Map<number, Money>();
  for (const item of openItemsAsOf(ledger, asOf)) {
    let m = out.get(item.customerId);
    if (!m) {
      m = { balance: 0, overdue: 0, disputed: 0, priority: 0, oldestDueDate: null };
      out.set(item.customerId, m);
    }
    if (item.side === 'credit') {
      m.balance -= item.open;
      continue;
    }
    m.balance += item.open;
    // A dispute over more than is left open (part paid since) counts only what is open.
    const inDispute = Math.min(disputed.get(item.documentId) ?? 0, item.open);
    m.disputed += inDispute;
    const due = item.dueDate ?? item.date;
    const days = daysBetween(due as IsoDate, asOf as IsoDate);
    if (days <= 0) continue;
    m.overdue += item.open;
    m.priority += (item.open - inDispute) * days;
    if (m.oldestDueDate === null || due < m.oldestDueDate) m.oldestDueDate = due;
  }
  return out;
}

/** Each customer's latest promise not withdrawn; it stands while pending or broken. */
function standingPromises(ledger: Ledger, asOf: string): Map<number, PaymentPromise> {
  const latest = new Map<number, PaymentPromise>();
  for (const p of listPromises(ledger, { asOf })) {
    if (p.status === 'cancelled') continue;
    const seen = latest.get(p.customerId);
    if (!seen || p.madeOn > seen.madeOn || (p.madeOn === seen.madeOn && p.id > seen.id)) {
      latest.set(p.customerId, p);
    }
  }
  for (const [id, p] of latest) if (p.status === 'kept') latest.delete(id);
  return latest;
}

/** Broken promises first; then the priority score; then follow-ups due, soonest first. */
export function worklistOrder(a: WorklistRow, b: WorklistRow): number {
  const broken = (r: WorklistRow) => (r.promise?.status === 'broken' ? 0 : 1);
  return (
    broken(a) - broken(b) ||
    b.priority - a.priority ||
    (a.nextActionOn ?? '9999').localeCompare(b.nextActionOn ?? '9999') ||
    a.customerName.localeCompare(b.customerName) ||
    a.customerId - b.customerId
  );
}

/**
 * Customers with something overdue, a follow-up due (next action on or before the date) or a
 * broken promise, as of `asOf` (today when left out).
 */
export function worklist(ledger: Ledger, query: WorklistQuery = {}): Worklist {
  const asOf = worklistQuery.parse(query).asOf ?? todayIso();
  const money = moneyByCustomer(ledger, asOf);
  const contacts = latestFollowUps(ledger, asOf);
  const promises = standingPromises(ledger, asOf);
  const plans = runningPlans(ledger, asOf);
  const escalated = openCasesAsOf(ledger, asOf);
  const names = customersById(ledger);
  const ids = new Set([...money.keys(), ...contacts.keys(), ...promises.keys()]);
  const rows: WorklistRow[] = [];
  for (const id of ids) {
    const m = money.get(id) ?? {
      balance: 0,
      overdue: 0,
      disputed: 0,
      priority: 0,
      oldestDueDate: null,
    };
    const f = contacts.get(id) ?? null;
    const p = promises.get(id) ?? null;
    const followUpDue = f?.nextActionOn != null && f.nextActionOn <= asOf;
    if (m.overdue <= 0 && !followUpDue && p?.status !== 'broken') continue;
    const c = names.get(id)!;
    rows.push({
      customerId: id,
      customerCode: c.code,
      customerName: c.name,
      ...m,
      oldestDays:
        m.oldestDueDate === null ? null : daysBetween(m.oldestDueDate as IsoDate, asOf as IsoDate),
      lastContact: f && {
        id: f.id,
        loggedOn: f.loggedOn,
        kind: f.kind,
        outcome: f.outcome,
        contactPerson: f.contactPerson,
      },
      nextActionOn: f?.nextActionOn ?? null,
      nextAction: f?.nextAction ?? null,
      followUpDue,
      promise: p && {
        id: p.id,
        status: p.status,
        promisedOn: p.promisedOn,
        amount: p.amount,
        received: p.received,
      },
      plan: plans.get(id) ?? null,
      escalationId: escalated.get(id) ?? null,
    });
  }
  return { asOf, rows: rows.sort(worklistOrder) };
}
