// Disputes on invoices: raised, changed while open, resolved once. Nothing here posts to the
// books; a dispute settled by a credit note names the note, which was issued the usual way.
import {
  disputeInput,
  disputeListQuery,
  disputeResolution,
  disputeUpdate,
  type AdjustingNote,
  type Dispute,
  type DisputeInput,
  type DisputeListQuery,
  type DisputeResolution,
  type DisputeUpdate,
} from '../../shared/disputes/contract';
import { formatDateIndian, type IsoDate } from '../../shared/dates';
import { formatINR, paise } from '../../shared/money';
import { BahiError } from '../../shared/result';
import { runCommand } from '../ledger/command';
import type { Ledger } from '../ledger/open';
import { prepared } from '../ledger/statements';

const SELECT = `select p.id, p.document_id as documentId, d.kind as documentKind,
    d.number as documentNumber, d.date as documentDate, d.due_date as dueDate,
    d.total as documentTotal, d.open_balance as openBalance, p.customer_id as customerId,
    c.code as customerCode, c.name as customerName, p.reason, p.amount, p.raised_on as raisedOn,
    p.owner, p.notes, p.status, p.resolved_on as resolvedOn, p.resolution,
    p.credit_note_id as creditNoteId, n.number as creditNoteNumber
  from disputes p
  join documents d on d.id = p.document_id
  join customers c on c.id = p.customer_id
  left join documents n on n.id = p.credit_note_id`;

/** What can be disputed: an issued debit item (invoice, debit note, opening invoice). */
const DISPUTABLE = ['invoice', 'debit_note', 'opening_invoice'];

const inr = (p: number) => formatINR(paise(p));
const on = (d: string) => formatDateIndian(d as IsoDate);

export function getDispute(ledger: Ledger, id: number): Dispute {
  const row = prepared(ledger.sqlite, `${SELECT} where p.id = ?`).get(id) as Dispute | undefined;
  if (!row) throw new BahiError('NOT_FOUND', `There is no dispute with id ${id}`, { field: 'id' });
  return row;
}

export function listDisputes(ledger: Ledger, query: DisputeListQuery = {}): Dispute[] {
  const q = disputeListQuery.parse(query);
  const where = [
    q.status === 'all' ? null : 'p.status = @status',
    q.customerId ? 'p.customer_id = @customerId' : null,
    q.documentId ? 'p.document_id = @documentId' : null,
  ].filter(Boolean);
  return prepared(
    ledger.sqlite,
    `${SELECT} ${where.length ? `where ${where.join(' and ')}` : ''}
     order by p.status = 'resolved', p.raised_on, p.id`,
  ).all({
    status: q.status,
    customerId: q.customerId ?? null,
    documentId: q.documentId ?? null,
  }) as Dispute[];
}

interface DisputedDocument {
  id: number;
  kind: string;
  status: string;
  number: string | null;
  date: string;
  customerId: number;
  total: number;
  openBalance: number;
}

function disputedDocument(ledger: Ledger, id: number): DisputedDocument {
  const d = prepared(
    ledger.sqlite,
    `select id, kind, status, number, date, customer_id as customerId, total,
       open_balance as openBalance from documents where id = ?`,
  ).get(id) as DisputedDocument | undefined;
  if (!d) {
    throw new BahiError('NOT_FOUND', `There is no document with id ${id}`, { field: 'documentId' });
  }
  if (d.status !== 'issued' || !DISPUTABLE.includes(d.kind)) {
    throw new BahiError(
      'VALIDATION',
      'Only an issued invoice or debit note can be disputed: choose one from the customer’s open items',
      { field: 'documentId' },
    );
  }
  return d;
}

/** The disputed part can be at most what the customer still owes on the invoice. */
function refuseAmount(d: DisputedDocument, amount: number): void {
  if (d.openBalance === 0) {
    throw new BahiError(
      'CONFLICT',
      `${d.number ?? 'This invoice'} is fully settled: there is nothing left to dispute`,
      { field: 'documentId' },
    );
  }
  if (amount > d.openBalance) {
    throw new BahiError(
      'VALIDATION',
      `Disputed amount ${inr(amount)} is more than the ${inr(d.openBalance)} still open on ${d.number ?? 'the invoice'}: enter at most that`,
      { field: 'amount' },
    );
  }
}

export function raiseDispute(ledger: Ledger, input: DisputeInput, actor: string): Dispute {
  const v = disputeInput.parse(input);
  return runCommand(ledger, { command: 'disputes.raise', actor }, (cx) => {
    const d = disputedDocument(ledger, v.documentId);
    refuseAmount(d, v.amount);
    if (v.raisedOn < d.date) {
      throw new BahiError(
        'VALIDATION',
        `Date raised is before ${d.number ?? 'the invoice'} of ${on(d.date)}: enter that date or later`,
        { field: 'raisedOn' },
      );
    }
    const open = listDisputes(ledger, { documentId: d.id, status: 'open' })[0];
    if (open) {
      throw new BahiError(
        'CONFLICT',
        `${d.number ?? 'This invoice'} is already in dispute since ${on(open.raisedOn)}: change that dispute instead`,
        { field: 'documentId' },
      );
    }
    const id = prepared(
      cx.sqlite,
      `insert into disputes (document_id, customer_id, reason, amount, raised_on, owner, notes,
         status, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)`,
    ).run(d.id, d.customerId, v.reason, v.amount, v.raisedOn, v.owner, v.notes, cx.now, cx.now)
      .lastInsertRowid as number;
    const after = getDispute(ledger, id);
    cx.audit({ entity: 'dispute', entityId: id, before: null, after });
    return after;
  });
}

function openDispute(ledger: Ledger, id: number): Dispute {
  const before = getDispute(ledger, id);
  if (before.status !== 'open') {
    throw new BahiError(
      'CONFLICT',
      `This dispute was resolved on ${on(before.resolvedOn!)}: raise a new one if the customer objects again`,
      { field: 'id' },
    );
  }
  return before;
}

export function updateDispute(
  ledger: Ledger,
  id: number,
  input: DisputeUpdate,
  actor: string,
): Dispute {
  const v = disputeUpdate.parse(input);
  return runCommand(ledger, { command: 'disputes.update', actor }, (cx) => {
    const before = openDispute(ledger, id);
    refuseAmount(disputedDocument(ledger, before.documentId), v.amount);
    prepared(
      cx.sqlite,
      `update disputes set reason = ?, amount = ?, owner = ?, notes = ?, updated_at = ? where id = ?`,
    ).run(v.reason, v.amount, v.owner, v.notes, cx.now, id);
    const after = getDispute(ledger, id);
    cx.audit({ entity: 'dispute', entityId: id, before, after });
    return after;
  });
}

export function resolveDispute(ledger: Ledger, input: DisputeResolution, actor: string): Dispute {
  const v = disputeResolution.parse(input);
  return runCommand(ledger, { command: 'disputes.resolve', actor }, (cx) => {
    const before = openDispute(ledger, v.id);
    if (v.resolvedOn < before.raisedOn) {
      throw new BahiError(
        'VALIDATION',
        `Date resolved is before the dispute was raised on ${on(before.raisedOn)}: enter that date or later`,
        { field: 'resolvedOn' },
      );
    }
    if (v.creditNoteId !== null) refuseCreditNote(ledger, before, v.creditNoteId);
    prepared(
      cx.sqlite,
      `update disputes set status = 'resolved', resolved_on = ?, resolution = ?, credit_note_id = ?,
         updated_at = ? where id = ?`,
    ).run(v.resolvedOn, v.resolution, v.creditNoteId, cx.now, v.id);
    const after = getDispute(ledger, v.id);
    cx.audit({ entity: 'dispute', entityId: v.id, before, after });
    return after;
  });
}

/** Issued credit notes that name the invoice (Rule 53): what can settle a dispute on it. */
export function creditNotesAgainst(ledger: Ledger, documentId: number): AdjustingNote[] {
  return prepared(
    ledger.sqlite,
    `select n.id, n.number, n.date, n.total from documents n
       join document_references r on r.document_id = n.id
     where r.referenced_id = ? and n.kind = 'credit_note' and n.status = 'issued'
     order by n.date, n.id`,
  ).all(documentId) as AdjustingNote[];
}

/** The credit note must be an issued one that names the disputed invoice (Rule 53). */
function refuseCreditNote(ledger: Ledger, dispute: Dispute, creditNoteId: number): void {
  if (!creditNotesAgainst(ledger, dispute.documentId).some((n) => n.id === creditNoteId)) {
    throw new BahiError(
      'VALIDATION',
      `Choose an issued credit note against ${dispute.documentNumber ?? 'the disputed invoice'}, or resolve without one`,
      { field: 'creditNoteId' },
    );
  }
}

/**
 * What was in dispute on `asOf`, per document: disputes raised by then and not yet resolved.
 * Ageing flags these amounts; they stay in their buckets.
 */
export function disputedAsOf(
  ledger: Ledger,
  asOf: string,
  customerId: number | null = null,
): Map<number, number> {
  const rows = prepared(
    ledger.sqlite,
    `select document_id as documentId, sum(amount) as amount from disputes
     where raised_on <= @asOf and (resolved_on is null or resolved_on > @asOf)
       ${customerId === null ? '' : 'and customer_id = @customerId'}
     group by document_id`,
  ).all({ asOf, customerId }) as { documentId: number; amount: number }[];
  return new Map(rows.map((r) => [r.documentId, r.amount]));
}
