// Promises to pay: recorded once, withdrawn once with a reason, never deleted. Whether one was
// kept or broken is derived as of a date from the receipts (or the allocations to the invoices
// it names) between the day it was made and the day promised.
import { formatDateIndian, todayIso, type IsoDate } from '../../shared/dates';
import { formatINR, paise } from '../../shared/money';
import {
  promiseCancellation,
  promiseInput,
  promiseListQuery,
  type PaymentPromise,
  type PromiseCancellation,
  type PromiseInput,
  type PromiseListQuery,
  type PromisedInvoice,
} from '../../shared/promises/contract';
import { BahiError } from '../../shared/result';
import { runCommand } from '../ledger/command';
import type { Ledger } from '../ledger/open';
import { prepared } from '../ledger/statements';
import { promiseOrder, promiseStatus } from './status';

const inr = (p: number) => formatINR(paise(p));
const on = (d: string) => formatDateIndian(d as IsoDate);

// Each correlated part is an index search (promise_invoices' key, allocations by debit and date,
// documents by customer and date, cheque events by document): nothing is scanned per promise.
const SELECT = `select p.id, p.customer_id as customerId, c.code as customerCode,
    c.name as customerName, p.amount, p.made_on as madeOn, p.promised_on as promisedOn, p.how,
    p.contact_person as contactPerson, p.notes, p.cancelled_on as cancelledOn,
    p.cancel_reason as cancelReason,
    (select json_group_array(json_object('id', d.id, 'number', d.number, 'date', d.date,
        'dueDate', d.due_date, 'total', d.total, 'openBalance', d.open_balance))
       from promise_invoices i join documents d on d.id = i.document_id
      where i.promise_id = p.id) as invoicesJson,
    case when exists (select 1 from promise_invoices i where i.promise_id = p.id)
    then (select coalesce(sum(a.amount + coalesce((select sum(r.amount) from allocations r
                 where r.reverses_id = a.id and r.date <= @asOf), 0)), 0)
            from promise_invoices i
            join allocations a on a.debit_document_id = i.document_id
            join documents k on k.id = a.credit_document_id
           where i.promise_id = p.id and a.amount > 0 and k.kind = 'receipt'
             and a.date >= p.made_on and a.date <= min(p.promised_on, @asOf))
    else (select coalesce(sum(d.total), 0) from documents d
           where d.customer_id = p.customer_id and d.date >= p.made_on
             and d.date <= min(p.promised_on, @asOf) and d.kind = 'receipt' and d.status = 'issued'
             and not exists (select 1 from cheque_events e where e.document_id = d.id
                               and e.event = 'bounced' and e.date <= @asOf))
    end as received
  from promises p join customers c on c.id = p.customer_id`;

type Row = Omit<PaymentPromise, 'invoices' | 'status' | 'asOf'> & { invoicesJson: string };

function toPromise({ invoicesJson, ...row }: Row, asOf: string): PaymentPromise {
  const invoices = (JSON.parse(invoicesJson) as PromisedInvoice[]).sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id,
  );
  return { ...row, invoices, asOf, status: promiseStatus(row, asOf) };
}

/** The SQL listPromises runs, for EXPLAIN QUERY PLAN. */
export const listSql = (byCustomer: boolean) =>
  `${SELECT} where p.made_on <= @asOf ${byCustomer ? 'and p.customer_id = @customerId' : ''}`;

/** Promises made by `asOf` (today when left out), each with its status and what came in. */
export function listPromises(ledger: Ledger, query: PromiseListQuery = {}): PaymentPromise[] {
  const q = promiseListQuery.parse(query);
  const asOf = q.asOf ?? todayIso();
  const byCustomer = q.customerId != null;
  const rows = prepared(ledger.sqlite, listSql(byCustomer)).all({
    asOf,
    ...(byCustomer ? { customerId: q.customerId } : {}),
  }) as Row[];
  return rows
    .map((r) => toPromise(r, asOf))
    .filter((p) => q.status === 'all' || p.status === q.status)
    .sort(promiseOrder);
}

export function getPromise(ledger: Ledger, id: number, asOf: string): PaymentPromise {
  const row = prepared(ledger.sqlite, `${SELECT} where p.id = @id`).get({ id, asOf }) as
    Row | undefined;
  if (!row) throw new BahiError('NOT_FOUND', `There is no promise with id ${id}`, { field: 'id' });
  return toPromise(row, asOf);
}

interface NamedInvoice {
  id: number;
  number: string | null;
  status: string;
  customerId: number;
  openBalance: number;
  side: string;
}

/** Every named invoice must be this customer's issued debit item with something still open. */
function namedInvoices(ledger: Ledger, customerId: number, customerName: string, ids: number[]) {
  const found = prepared(
    ledger.sqlite,
    `select d.id, d.number, d.status, d.customer_id as customerId, d.open_balance as openBalance,
       k.side from json_each(?) j join documents d on d.id = j.value
       join document_kinds k on k.kind = d.kind`,
  ).all(JSON.stringify(ids)) as NamedInvoice[];
  const byId = new Map(found.map((d) => [d.id, d]));
  const refuse = (message: string): never => {
    throw new BahiError('VALIDATION', message, { field: 'invoiceIds' });
  };
  return ids.map((id) => {
    const d = byId.get(id) ?? refuse(`There is no invoice with id ${id}`);
    const name = d.number ?? 'This draft';
    if (d.customerId !== customerId) {
      refuse(`${name} is another customer’s invoice: choose from ${customerName}’s open items`);
    }
    if (d.status !== 'issued' || d.side !== 'debit') {
      refuse(`${name} is not an issued invoice or debit note: choose from the open items`);
    }
    if (d.openBalance === 0) {
      refuse(`${name} is fully settled: choose invoices with something still open`);
    }
    return d;
  });
}

export function recordPromise(ledger: Ledger, input: PromiseInput, actor: string): PaymentPromise {
  const v = promiseInput.parse(input);
  return runCommand(ledger, { command: 'promises.record', actor }, (cx) => {
    const customer = prepared(ledger.sqlite, `select id, name from customers where id = ?`).get(
      v.customerId,
    ) as { id: number; name: string } | undefined;
    if (!customer) {
      throw new BahiError('NOT_FOUND', `There is no customer with id ${v.customerId}`, {
        field: 'customerId',
      });
    }
    const today = todayIso();
    if (v.madeOn > today) {
      throw new BahiError(
        'VALIDATION',
        `Made on is after today (${on(today)}): record a promise once the customer has made it`,
        { field: 'madeOn' },
      );
    }
    if (v.promisedOn < v.madeOn) {
      throw new BahiError(
        'VALIDATION',
        `Promised date is before the promise was made on ${on(v.madeOn)}: enter that date or later`,
        { field: 'promisedOn' },
      );
    }
    const invoices = namedInvoices(ledger, customer.id, customer.name, v.invoiceIds);
    const owed = invoices.length
      ? invoices.reduce((s, d) => s + d.openBalance, 0)
      : (prepared(
          ledger.sqlite,
          `select coalesce(sum(d.open_balance), 0) from documents d
             join document_kinds k on k.kind = d.kind
            where d.customer_id = ? and d.open_balance <> 0 and d.status = 'issued'
              and k.side = 'debit'`,
        )
          .pluck()
          .get(customer.id) as number);
    if (owed === 0) {
      throw new BahiError(
        'VALIDATION',
        `${customer.name} owes nothing on open invoices: there is nothing to promise`,
        { field: 'customerId' },
      );
    }
    if (v.amount > owed) {
      const what = invoices.length
        ? `still open on ${invoices.map((d) => d.number).join(', ')}`
        : `${customer.name} owes on open invoices`;
      throw new BahiError(
        'VALIDATION',
        `Promised amount ${inr(v.amount)} is more than the ${inr(owed)} ${what}: enter at most that`,
        { field: 'amount' },
      );
    }
    const id = prepared(
      cx.sqlite,
      `insert into promises (customer_id, amount, made_on, promised_on, how, contact_person, notes,
         created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      customer.id,
      v.amount,
      v.madeOn,
      v.promisedOn,
      v.how,
      v.contactPerson,
      v.notes,
      cx.now,
      cx.now,
    ).lastInsertRowid as number;
    const link = prepared(
      cx.sqlite,
      `insert into promise_invoices (promise_id, document_id) values (?, ?)`,
    );
    for (const d of invoices) link.run(id, d.id);
    const after = getPromise(ledger, id, today);
    cx.audit({ entity: 'promise', entityId: id, before: null, after });
    return after;
  });
}

/** Withdraw a promise not kept (the customer took it back, or it was recorded in error). */
export function cancelPromise(
  ledger: Ledger,
  input: PromiseCancellation,
  actor: string,
): PaymentPromise {
  const v = promiseCancellation.parse(input);
  return runCommand(ledger, { command: 'promises.cancel', actor }, (cx) => {
    const before = getPromise(ledger, v.id, v.cancelledOn);
    if (before.cancelledOn !== null) {
      throw new BahiError(
        'CONFLICT',
        `This promise was already withdrawn on ${on(before.cancelledOn)}: ${before.cancelReason}`,
        { field: 'id' },
      );
    }
    const today = todayIso();
    if (v.cancelledOn > today) {
      throw new BahiError(
        'VALIDATION',
        `Date withdrawn is after today (${on(today)}): enter the day the promise was withdrawn`,
        { field: 'cancelledOn' },
      );
    }
    if (v.cancelledOn < before.madeOn) {
      throw new BahiError(
        'VALIDATION',
        `Date withdrawn is before the promise was made on ${on(before.madeOn)}: enter that date or later`,
        { field: 'cancelledOn' },
      );
    }
    if (before.status === 'kept') {
      throw new BahiError(
        'CONFLICT',
        `This promise was kept (${inr(before.received)} came in towards it): there is nothing to withdraw`,
        { field: 'id' },
      );
    }
    prepared(
      cx.sqlite,
      `update promises set cancelled_on = ?, cancel_reason = ?, updated_at = ? where id = ?`,
    ).run(v.cancelledOn, v.reason, cx.now, v.id);
    const after = getPromise(ledger, v.id, v.cancelledOn);
    cx.audit({ entity: 'promise', entityId: v.id, before, after });
    return after;
  });
}
