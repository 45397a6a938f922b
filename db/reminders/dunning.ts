// The dunning run: as of a date, for every customer with something due, the next reminder level
// and the invoices it covers. Disputed invoices never appear; a pending promise pauses what it
// covers (its invoices, or the whole account when it names none) until its promised date.
import { daysBetween, todayIso, type IsoDate } from '../../shared/dates';
import {
  REMINDER_LEVELS,
  dunningQuery,
  type DunningInvoice,
  type DunningProposal,
  type DunningQuery,
  type DunningRun,
  type ReminderLevel,
} from '../../shared/reminders/contract';
import { disputedAsOf } from '../disputes/disputes';
import type { Ledger } from '../ledger/open';
import { prepared } from '../ledger/statements';
import { listPromises } from '../promises/promises';
import { openItemsAsOf } from '../reports/ageing';
import { listTemplates } from './templates';

export type Thresholds = Record<ReminderLevel, number>;

const rank = (l: ReminderLevel) => REMINDER_LEVELS.indexOf(l);

/**
 * The level the oldest item has reached at `days` past due: the highest after-due level whose
 * threshold it has met, or the friendly reminder from its threshold up to the due date itself.
 */
export function levelReached(days: number, t: Thresholds): ReminderLevel | null {
  let reached: ReminderLevel | null = null;
  for (const level of REMINDER_LEVELS) {
    if (level !== 'friendly' && days >= t[level]) reached = level;
  }
  if (reached) return reached;
  return days >= t.friendly && days <= 0 ? 'friendly' : null;
}

/** The level to send now, or none when the one reached was already sent (levels never repeat). */
export function nextLevel(
  days: number,
  last: ReminderLevel | null,
  t: Thresholds,
): ReminderLevel | null {
  const reached = levelReached(days, t);
  if (reached === null) return null;
  return last !== null && rank(reached) <= rank(last) ? null : reached;
}

interface Contact {
  id: number;
  code: string;
  name: string;
  email: string | null;
  whatsapp: string | null;
  contactName: string | null;
}

function contacts(ledger: Ledger): Map<number, Contact> {
  const rows = prepared(
    ledger.sqlite,
    `select c.id, c.code, c.name,
       coalesce(p.email, c.email) as email,
       coalesce(p.whatsapp, c.whatsapp, p.phone, c.phone) as whatsapp,
       p.name as contactName
     from customers c
     left join customer_contacts p on p.customer_id = c.id
       and p.position = (select min(q.position) from customer_contacts q where q.customer_id = c.id)`,
  ).all() as Contact[];
  return new Map(rows.map((r) => [r.id, r]));
}

/** What pending promises pause as of `asOf`: whole customers, and single invoices. */
function paused(ledger: Ledger, asOf: string) {
  const customers = new Set<number>();
  const invoices = new Set<number>();
  for (const p of listPromises(ledger, { asOf, status: 'pending' })) {
    if (p.invoices.length === 0) customers.add(p.customerId);
    for (const i of p.invoices) invoices.add(i.id);
  }
  return { customers, invoices };
}

/** Per document, the highest level sent about it on or before `asOf`, and when. */
function sentLevels(ledger: Ledger, asOf: string) {
  const rows = prepared(
    ledger.sqlite,
    `select i.document_id as documentId, r.level, r.sent_on as sentOn
     from sent_reminder_invoices i join sent_reminders r on r.id = i.reminder_id
     where r.sent_on <= ?`,
  ).all(asOf) as { documentId: number; level: ReminderLevel; sentOn: string }[];
  const out = new Map<number, { level: ReminderLevel; sentOn: string }>();
  for (const r of rows) {
    const seen = out.get(r.documentId);
    if (
      !seen ||
      rank(r.level) > rank(seen.level) ||
      (r.level === seen.level && r.sentOn > seen.sentOn)
    ) {
      out.set(r.documentId, r);
    }
  }
  return out;
}

export function dunning(ledger: Ledger, query: DunningQuery = {}): DunningRun {
  const q = dunningQuery.parse(query);
  const asOf = q.asOf ?? todayIso();
  const templates = listTemplates(ledger);
  const t = Object.fromEntries(templates.map((x) => [x.level, x.days])) as Thresholds;
  const disputed = disputedAsOf(ledger, asOf, q.customerId ?? null);
  const pause = paused(ledger, asOf);
  const sent = sentLevels(ledger, asOf);
  const byCustomer = new Map<
    number,
    { due: DunningInvoice[]; disputed: number; promised: number }
  >();
  for (const item of openItemsAsOf(ledger, asOf, q.customerId ?? null)) {
    if (item.side !== 'debit' || item.open <= 0) continue;
    const dueDate = item.dueDate ?? item.date;
    const days = daysBetween(dueDate as IsoDate, asOf as IsoDate);
    if (days < t.friendly) continue;
    let c = byCustomer.get(item.customerId);
    if (!c) byCustomer.set(item.customerId, (c = { due: [], disputed: 0, promised: 0 }));
    if (disputed.has(item.documentId)) c.disputed += 1;
    else if (pause.customers.has(item.customerId) || pause.invoices.has(item.documentId)) {
      c.promised += 1;
    } else {
      c.due.push({
        documentId: item.documentId,
        number: item.number,
        date: item.date,
        dueDate,
        open: item.open,
        daysPastDue: days,
      });
    }
  }
  const who = contacts(ledger);
  const proposals: DunningProposal[] = [];
  for (const [customerId, c] of byCustomer) {
    if (c.due.length === 0) continue;
    const oldest = Math.max(...c.due.map((i) => i.daysPastDue));
    let last: { level: ReminderLevel; sentOn: string } | null = null;
    for (const i of c.due) {
      const s = sent.get(i.documentId);
      if (s && (!last || rank(s.level) > rank(last.level))) last = s;
    }
    const level = nextLevel(oldest, last?.level ?? null, t);
    if (level === null) continue;
    // Before due, the friendly note lists what falls due; after, what is overdue.
    const invoices = c.due
      .filter((i) => (level === 'friendly' ? true : i.daysPastDue > 0))
      .sort((a, b) => b.daysPastDue - a.daysPastDue || a.number.localeCompare(b.number));
    const p = who.get(customerId)!;
    proposals.push({
      customerId,
      customerCode: p.code,
      customerName: p.name,
      contactName: p.contactName,
      email: p.email,
      whatsapp: p.whatsapp,
      level,
      lastLevel: last?.level ?? null,
      lastSentOn: last?.sentOn ?? null,
      oldestDaysPastDue: oldest,
      invoices,
      amount: invoices.reduce((s, i) => s + i.open, 0),
      disputedLeftOut: c.disputed,
      promisedLeftOut: c.promised,
    });
  }
  proposals.sort(
    (a, b) =>
      rank(b.level) - rank(a.level) ||
      b.amount - a.amount ||
      a.customerName.localeCompare(b.customerName),
  );
  return { asOf, proposals };
}
