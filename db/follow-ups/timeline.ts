// A customer's timeline: every follow-up, issued document, promise and dispute in one list,
// newest first, each as a line the AR executive reads.
import { formatDateIndian, todayIso, type IsoDate } from '../../shared/dates';
import { DISPUTE_REASON_LABELS } from '../../shared/disputes/contract';
import {
  FOLLOW_UP_KIND_LABELS,
  FOLLOW_UP_OUTCOME_LABELS,
  timelineQuery,
  type TimelineEntry,
  type TimelineQuery,
} from '../../shared/follow-ups/contract';
import { formatINR, paise } from '../../shared/money';
import { PROMISE_STATUS_LABELS } from '../../shared/promises/contract';
import { listDisputes } from '../disputes/disputes';
import type { Ledger } from '../ledger/open';
import { prepared } from '../ledger/statements';
import { listPromises } from '../promises/promises';
import { customerOf, listFollowUps } from './follow-ups';

const inr = (p: number) => formatINR(paise(p));
const on = (d: string) => formatDateIndian(d as IsoDate);
const joined = (parts: (string | null | false)[]) => parts.filter(Boolean).join(' · ') || null;

/** On one day the story reads: what was issued, what was disputed or promised, then the calls. */
const SOURCE_ORDER = { document: 0, dispute: 1, promise: 2, follow_up: 3 } as const;

function followUpEntries(ledger: Ledger, customerId: number): TimelineEntry[] {
  return listFollowUps(ledger, { customerId, withCorrected: true }).map((f) => ({
    date: f.loggedOn,
    source: 'follow_up',
    id: f.id,
    title: `${FOLLOW_UP_KIND_LABELS[f.kind]} · ${FOLLOW_UP_OUTCOME_LABELS[f.outcome]}`,
    detail: joined([
      f.correctedById !== null && `corrected by entry ${f.correctedById}`,
      f.correctsId !== null && `corrects entry ${f.correctsId}`,
      f.documentNumber && `about ${f.documentNumber}`,
      f.contactPerson,
      f.notes,
      f.nextActionOn && `next: ${f.nextAction ?? ''} on ${on(f.nextActionOn)}`,
    ]),
    amount: null,
    documentId: f.documentId,
    documentKind: f.documentKind,
  }));
}

function documentEntries(ledger: Ledger, customerId: number): TimelineEntry[] {
  const rows = prepared(
    ledger.sqlite,
    `select d.id, d.kind, d.date, d.number, d.total, d.due_date as dueDate, k.label
       from documents d join document_kinds k on k.kind = d.kind
      where d.customer_id = ? and d.status = 'issued'`,
  ).all(customerId) as {
    id: number;
    kind: string;
    date: string;
    number: string;
    total: number;
    dueDate: string | null;
    label: string;
  }[];
  return rows.map((d) => ({
    date: d.date,
    source: 'document',
    id: d.id,
    title: `${d.label} ${d.number}`,
    detail: d.dueDate ? `due ${on(d.dueDate)}` : null,
    amount: d.total,
    documentId: d.id,
    documentKind: d.kind,
  }));
}

function promiseEntries(ledger: Ledger, customerId: number, asOf: string): TimelineEntry[] {
  return listPromises(ledger, { customerId, asOf }).map((p) => ({
    date: p.madeOn,
    source: 'promise',
    id: p.id,
    title: `Promise of ${inr(p.amount)} by ${on(p.promisedOn)} · ${PROMISE_STATUS_LABELS[p.status]}`,
    detail: joined([
      p.contactPerson,
      p.invoices.length > 0 && `for ${p.invoices.map((i) => i.number).join(', ')}`,
      `${inr(p.received)} received`,
      p.cancelReason && `withdrawn: ${p.cancelReason}`,
    ]),
    amount: p.amount,
    documentId: null,
    documentKind: null,
  }));
}

function disputeEntries(ledger: Ledger, customerId: number): TimelineEntry[] {
  return listDisputes(ledger, { customerId, status: 'all' }).flatMap((d) => {
    const about = d.documentNumber ?? 'the invoice';
    const raised: TimelineEntry = {
      date: d.raisedOn,
      source: 'dispute',
      id: d.id,
      title: `Dispute on ${about} · ${DISPUTE_REASON_LABELS[d.reason]}`,
      detail: joined([d.owner && `owner ${d.owner}`, d.notes]),
      amount: d.amount,
      documentId: d.documentId,
      documentKind: d.documentKind,
    };
    if (d.resolvedOn === null) return [raised];
    const resolved: TimelineEntry = {
      ...raised,
      date: d.resolvedOn,
      title: `Dispute on ${about} resolved`,
      detail: joined([d.resolution, d.creditNoteNumber && `by ${d.creditNoteNumber}`]),
    };
    return [raised, resolved];
  });
}

export function customerTimeline(ledger: Ledger, query: TimelineQuery): TimelineEntry[] {
  const q = timelineQuery.parse(query);
  const asOf = q.asOf ?? todayIso();
  customerOf(ledger, q.customerId);
  return [
    ...followUpEntries(ledger, q.customerId),
    ...documentEntries(ledger, q.customerId),
    ...promiseEntries(ledger, q.customerId, asOf),
    ...disputeEntries(ledger, q.customerId),
  ]
    .sort(
      (a, b) =>
        b.date.localeCompare(a.date) ||
        SOURCE_ORDER[b.source] - SOURCE_ORDER[a.source] ||
        b.id - a.id,
    )
    .slice(0, q.limit);
}
