// The collections lists as workbooks, each one house report sheet: today's worklist, the
// promises to pay and the disputes — the same rows, in the same order, as on screen.
import { listDisputes } from '../../db/disputes/disputes';
import { worklist } from '../../db/follow-ups/worklist';
import type { Ledger } from '../../db/ledger/open';
import { listPromises } from '../../db/promises/promises';
import { todayIso } from '../../shared/dates';
import {
  DISPUTE_REASON_LABELS,
  type Dispute,
  type DisputeListQuery,
} from '../../shared/disputes/contract';
import {
  FOLLOW_UP_KIND_LABELS,
  FOLLOW_UP_OUTCOME_LABELS,
  type WorklistQuery,
  type WorklistRow,
} from '../../shared/follow-ups/contract';
import {
  PROMISE_CHANNEL_LABELS,
  PROMISE_STATUS_LABELS,
  type PaymentPromise,
  type PromiseListQuery,
} from '../../shared/promises/contract';
import { addReportSheet, newWorkbook, showDate, type ReportColumn } from './excel/report-sheet';
import { companyName, written, type MisFile } from './mis-excel';

const sum = <T>(rows: T[], f: (r: T) => number) => rows.reduce((s, r) => s + f(r), 0);

const customerColumns = <
  T extends { customerCode: string; customerName: string },
>(): ReportColumn<T>[] => [
  { header: 'Code', width: 12, kind: 'text', value: (r) => r.customerCode },
  { header: 'Customer', width: 32, kind: 'text', value: (r) => r.customerName },
];

export async function worklistWorkbook(ledger: Ledger, q: WorklistQuery): Promise<MisFile> {
  const company = companyName(ledger);
  const w = worklist(ledger, q);
  const workbook = newWorkbook(company);
  const rank = new Map(w.rows.map((r, i) => [r, i + 1]));
  const promise = (r: WorklistRow) =>
    r.promise && `${PROMISE_STATUS_LABELS[r.promise.status]} ${showDate(r.promise.promisedOn)}`;
  addReportSheet<WorklistRow>(workbook, {
    sheetName: 'Worklist',
    company,
    report: 'Collections worklist',
    about: [
      ['As of', w.asOf],
      ['Order', 'Broken promises first, then overdue less disputed × days overdue'],
    ],
    columns: [
      { header: '#', width: 5, kind: 'integer', value: (r) => rank.get(r) ?? null },
      ...customerColumns<WorklistRow>(),
      { header: 'Balance', width: 16, kind: 'money', value: (r) => r.balance },
      { header: 'Overdue', width: 16, kind: 'money', value: (r) => r.overdue },
      { header: 'Disputed', width: 14, kind: 'money', value: (r) => r.disputed },
      { header: 'Oldest due', width: 12, kind: 'date', value: (r) => r.oldestDueDate },
      { header: 'Days', width: 7, kind: 'integer', value: (r) => r.oldestDays },
      {
        header: 'Last contact',
        width: 12,
        kind: 'date',
        value: (r) => r.lastContact?.loggedOn ?? null,
      },
      {
        header: 'How / outcome',
        width: 28,
        kind: 'text',
        value: (r) =>
          r.lastContact &&
          `${FOLLOW_UP_KIND_LABELS[r.lastContact.kind]} · ${FOLLOW_UP_OUTCOME_LABELS[r.lastContact.outcome]}`,
      },
      { header: 'Next action on', width: 12, kind: 'date', value: (r) => r.nextActionOn },
      { header: 'Next action', width: 30, kind: 'text', value: (r) => r.nextAction },
      { header: 'Promise', width: 20, kind: 'text', value: promise },
      { header: 'Promised', width: 14, kind: 'money', value: (r) => r.promise?.amount ?? null },
      { header: 'Payment plan', width: 16, kind: 'text', value: (r) => r.plan?.number ?? null },
      // The open escalation case, as numbered on the escalation list and its case summary.
      { header: 'Escalation case', width: 11, kind: 'integer', value: (r) => r.escalationId },
    ],
    rows: w.rows,
    totals: [
      null,
      'Total',
      `${w.rows.length} customers`,
      sum(w.rows, (r) => r.balance),
      sum(w.rows, (r) => r.overdue),
      sum(w.rows, (r) => r.disputed),
      ...Array<null>(10).fill(null),
    ],
  });
  return written(workbook, `worklist-${w.asOf}.xlsx`);
}

export async function promisesWorkbook(ledger: Ledger, q: PromiseListQuery): Promise<MisFile> {
  const company = companyName(ledger);
  const asOf = q.asOf ?? todayIso();
  const rows = listPromises(ledger, { ...q, asOf });
  const workbook = newWorkbook(company);
  addReportSheet<PaymentPromise>(workbook, {
    sheetName: 'Promises',
    company,
    report: 'Promises to pay',
    about: [
      ['As of', asOf],
      ['Status', q.status && q.status !== 'all' ? PROMISE_STATUS_LABELS[q.status] : 'All'],
    ],
    columns: [
      { header: 'Status', width: 11, kind: 'text', value: (p) => PROMISE_STATUS_LABELS[p.status] },
      { header: 'Promised by', width: 12, kind: 'date', value: (p) => p.promisedOn },
      ...customerColumns<PaymentPromise>(),
      { header: 'Amount', width: 16, kind: 'money', value: (p) => p.amount },
      { header: 'Received', width: 16, kind: 'money', value: (p) => p.received },
      { header: 'Made on', width: 12, kind: 'date', value: (p) => p.madeOn },
      { header: 'How', width: 10, kind: 'text', value: (p) => PROMISE_CHANNEL_LABELS[p.how] },
      { header: 'Contact', width: 18, kind: 'text', value: (p) => p.contactPerson },
      {
        header: 'Invoices',
        width: 28,
        kind: 'text',
        value: (p) => p.invoices.map((i) => i.number).join(', ') || 'On account',
      },
      { header: 'Notes', width: 30, kind: 'text', value: (p) => p.cancelReason ?? p.notes },
    ],
    rows,
    totals: [
      'Total',
      null,
      null,
      `${rows.length} promises`,
      sum(rows, (p) => p.amount),
      sum(rows, (p) => p.received),
      ...Array<null>(5).fill(null),
    ],
  });
  return written(workbook, `promises-${asOf}.xlsx`);
}

export async function disputesWorkbook(ledger: Ledger, q: DisputeListQuery): Promise<MisFile> {
  const company = companyName(ledger);
  const rows = listDisputes(ledger, q);
  const status = q.status ?? 'open';
  const workbook = newWorkbook(company);
  addReportSheet<Dispute>(workbook, {
    sheetName: 'Disputes',
    company,
    report: 'Disputes',
    about: [
      ['Status', { open: 'Open', resolved: 'Resolved', all: 'All' }[status]],
      ['Written on', todayIso()],
    ],
    columns: [
      {
        header: 'Status',
        width: 10,
        kind: 'text',
        value: (d) => (d.status === 'open' ? 'Open' : 'Resolved'),
      },
      { header: 'Raised on', width: 12, kind: 'date', value: (d) => d.raisedOn },
      ...customerColumns<Dispute>(),
      { header: 'Invoice', width: 18, kind: 'text', value: (d) => d.documentNumber },
      { header: 'Due', width: 12, kind: 'date', value: (d) => d.dueDate },
      { header: 'Open on invoice', width: 16, kind: 'money', value: (d) => d.openBalance },
      { header: 'Disputed', width: 16, kind: 'money', value: (d) => d.amount },
      { header: 'Reason', width: 18, kind: 'text', value: (d) => DISPUTE_REASON_LABELS[d.reason] },
      { header: 'Owner', width: 16, kind: 'text', value: (d) => d.owner },
      { header: 'Resolved on', width: 12, kind: 'date', value: (d) => d.resolvedOn },
      { header: 'Resolution', width: 30, kind: 'text', value: (d) => d.resolution ?? d.notes },
      { header: 'Credit note', width: 18, kind: 'text', value: (d) => d.creditNoteNumber },
    ],
    rows,
    totals: [
      'Total',
      null,
      null,
      `${rows.length} disputes`,
      null,
      null,
      null,
      sum(rows, (d) => d.amount),
      ...Array<null>(5).fill(null),
    ],
  });
  return written(workbook, `disputes-${status}-${todayIso()}.xlsx`);
}
