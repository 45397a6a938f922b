// Follow-ups: logged once, never changed or deleted. A wrong entry is put right by a new one
// that names it (corrects); lists and the worklist then read the correction in its place.
import { formatDateIndian, todayIso, type IsoDate } from '../../shared/dates';
import {
  followUpInput,
  followUpListQuery,
  type FollowUp,
  type FollowUpInput,
  type FollowUpListQuery,
  type FollowUpValues,
} from '../../shared/follow-ups/contract';
import { BahiError } from '../../shared/result';
import { runCommand } from '../ledger/command';
import type { Ledger } from '../ledger/open';
import { prepared } from '../ledger/statements';
import { recordPromise } from '../promises/promises';

const on = (d: string) => formatDateIndian(d as IsoDate);

const SELECT = `select f.id, f.customer_id as customerId, c.code as customerCode,
    c.name as customerName, f.document_id as documentId, d.number as documentNumber, d.kind as documentKind,
    f.logged_on as loggedOn, f.kind, f.contact_person as contactPerson, f.outcome, f.notes,
    f.next_action_on as nextActionOn, f.next_action as nextAction, f.corrects_id as correctsId,
    (select max(g.id) from follow_ups g where g.corrects_id = f.id) as correctedById,
    f.actor, f.created_at as createdAt
  from follow_ups f
  join customers c on c.id = f.customer_id
  left join documents d on d.id = f.document_id`;

/** The customer a follow-up or timeline is for; refused by its field when there is none. */
export function customerOf(ledger: Ledger, id: number): { id: number; name: string } {
  const c = prepared(ledger.sqlite, `select id, name from customers where id = ?`).get(id) as
    { id: number; name: string } | undefined;
  if (c) return c;
  throw new BahiError('NOT_FOUND', `There is no customer with id ${id}`, { field: 'customerId' });
}

export function getFollowUp(ledger: Ledger, id: number): FollowUp {
  const row = prepared(ledger.sqlite, `${SELECT} where f.id = ?`).get(id) as FollowUp | undefined;
  if (!row) {
    throw new BahiError('NOT_FOUND', `There is no follow-up with id ${id}`, {
      field: 'correctsId',
    });
  }
  return row;
}

/** Newest first: by the day it was logged, then the order it was entered. */
export function listFollowUps(ledger: Ledger, query: FollowUpListQuery = {}): FollowUp[] {
  const q = followUpListQuery.parse(query);
  const where = [
    q.customerId ? 'f.customer_id = @customerId' : null,
    q.documentId ? 'f.document_id = @documentId' : null,
    q.withCorrected ? null : 'not exists (select 1 from follow_ups g where g.corrects_id = f.id)',
  ].filter(Boolean);
  return prepared(
    ledger.sqlite,
    `${SELECT} ${where.length ? `where ${where.join(' and ')}` : ''}
     order by f.logged_on desc, f.id desc`,
  ).all({ customerId: q.customerId ?? null, documentId: q.documentId ?? null }) as FollowUp[];
}

const refuse = (field: string, message: string, code: 'VALIDATION' | 'CONFLICT' = 'VALIDATION') =>
  new BahiError(code, message, { field });

/** The invoice a follow-up is about: one of this customer's issued debit items. */
function checkDocument(ledger: Ledger, customerId: number, customerName: string, id: number) {
  const d = prepared(
    ledger.sqlite,
    `select d.number, d.status, d.customer_id as customerId, k.side from documents d
       join document_kinds k on k.kind = d.kind where d.id = ?`,
  ).get(id) as
    { number: string | null; status: string; customerId: number; side: string } | undefined;
  if (!d)
    throw new BahiError('NOT_FOUND', `There is no invoice with id ${id}`, { field: 'documentId' });
  if (d.customerId !== customerId) {
    throw refuse(
      'documentId',
      `${d.number ?? 'This draft'} is another customer’s invoice: choose one of ${customerName}’s, or none for the whole account`,
    );
  }
  if (d.status !== 'issued' || d.side !== 'debit') {
    throw refuse(
      'documentId',
      `${d.number ?? 'This draft'} is not an issued invoice or debit note: choose one, or none for the whole account`,
    );
  }
}

function checkCorrection(ledger: Ledger, customerId: number, id: number) {
  const old = getFollowUp(ledger, id);
  if (old.customerId !== customerId) {
    throw refuse(
      'correctsId',
      `Follow-up ${id} is ${old.customerName}’s: a correction is logged for the same customer`,
    );
  }
  if (old.correctedById !== null) {
    throw refuse(
      'correctsId',
      `Follow-up ${id} was already corrected by follow-up ${old.correctedById}: correct that one instead`,
      'CONFLICT',
    );
  }
}

export function logFollowUp(ledger: Ledger, input: FollowUpInput, actor: string): FollowUp {
  const v = followUpInput.parse(input);
  return runCommand(ledger, { command: 'followUps.log', actor }, (cx) => {
    const customer = customerOf(ledger, v.customerId);
    const today = todayIso();
    if (v.loggedOn > today) {
      throw refuse(
        'loggedOn',
        `Logged on is after today (${on(today)}): log a follow-up on the day it happened`,
      );
    }
    if (v.nextActionOn !== null && v.nextAction === null) {
      throw refuse('nextAction', 'Say what the next action is, or clear its date');
    }
    if (v.nextAction !== null && v.nextActionOn === null) {
      throw refuse('nextActionOn', 'Enter the next action date, or clear the next action');
    }
    if (v.nextActionOn !== null && v.nextActionOn < v.loggedOn) {
      throw refuse(
        'nextActionOn',
        `Next action date is before the follow-up on ${on(v.loggedOn)}: enter that date or later`,
      );
    }
    if (v.documentId !== null) checkDocument(ledger, customer.id, customer.name, v.documentId);
    if (v.correctsId !== null) checkCorrection(ledger, customer.id, v.correctsId);
    if (v.promise !== null) promiseWithIt(ledger, v, v.promise, actor);
    const id = prepared(
      cx.sqlite,
      `insert into follow_ups (customer_id, document_id, logged_on, kind, contact_person, outcome,
         notes, next_action_on, next_action, corrects_id, actor, created_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      customer.id,
      v.documentId,
      v.loggedOn,
      v.kind,
      v.contactPerson,
      v.outcome,
      v.notes,
      v.nextActionOn,
      v.nextAction,
      v.correctsId,
      actor,
      cx.now,
    ).lastInsertRowid as number;
    const after = getFollowUp(ledger, id);
    cx.audit({ entity: 'follow_up', entityId: id, before: null, after });
    return after;
  });
}

/** The promise's fields as the follow-up form names them. */
const PROMISE_FIELDS: Record<string, string> = {
  amount: 'promise.amount',
  promisedOn: 'promise.promisedOn',
  madeOn: 'loggedOn',
  invoiceIds: 'documentId',
};

/** Record the promise made on the call, in the follow-up's command; refused by the form's field. */
function promiseWithIt(
  ledger: Ledger,
  v: FollowUpValues,
  promise: NonNullable<FollowUpValues['promise']>,
  actor: string,
): void {
  if (v.outcome !== 'promised') {
    throw refuse('outcome', 'A promise to pay goes with the outcome “Promised to pay”');
  }
  try {
    recordPromise(
      ledger,
      {
        customerId: v.customerId,
        amount: promise.amount,
        promisedOn: promise.promisedOn,
        madeOn: v.loggedOn,
        how: v.kind,
        contactPerson: v.contactPerson,
        invoiceIds: v.documentId === null ? [] : [v.documentId],
        notes: v.notes,
      },
      actor,
    );
  } catch (e) {
    if (!(e instanceof BahiError) || !e.field) throw e;
    throw new BahiError(e.code, e.message, { field: PROMISE_FIELDS[e.field] ?? e.field });
  }
}

export interface StandingFollowUp {
  id: number;
  customerId: number;
  loggedOn: string;
  kind: FollowUp['kind'];
  outcome: FollowUp['outcome'];
  contactPerson: string | null;
  nextActionOn: string | null;
  nextAction: string | null;
}

/**
 * Each customer's latest follow-up logged by `asOf` that no correction logged by then replaces:
 * its next action is the one that stands (a later entry's plan replaces an earlier one's).
 */
export function latestFollowUps(ledger: Ledger, asOf: string): Map<number, StandingFollowUp> {
  const rows = prepared(
    ledger.sqlite,
    `select id, customerId, loggedOn, kind, outcome, contactPerson, nextActionOn, nextAction
     from (select f.id, f.customer_id as customerId, f.logged_on as loggedOn, f.kind, f.outcome,
             f.contact_person as contactPerson, f.next_action_on as nextActionOn,
             f.next_action as nextAction,
             row_number() over (partition by f.customer_id order by f.logged_on desc, f.id desc) as n
           from follow_ups f
           where f.logged_on <= @asOf and not exists (select 1 from follow_ups g
             where g.corrects_id = f.id and g.logged_on <= @asOf))
     where n = 1`,
  ).all({ asOf }) as StandingFollowUp[];
  return new Map(rows.map((r) => [r.customerId, r]));
}
