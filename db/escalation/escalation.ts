// The escalation list: the rules read as of a date over every customer's open items and promises,
// the cases the accounts manager opens from it, their notes and their closing. Nothing here posts
// to the books; each change is one command with its audit row.
import { formatDateIndian, todayIso, type IsoDate } from '../../shared/dates';
import {
  DEFAULT_THRESHOLDS,
  ESCALATION_RULES,
  escalateInput,
  escalationCloseInput,
  escalationListQuery,
  escalationNoteInput,
  escalationRulesInput,
  evaluateEscalation,
  firedText,
  ruleText,
  type EscalateInput,
  type EscalationCase,
  type EscalationCloseInput,
  type EscalationFigures,
  type EscalationItem,
  type EscalationListQuery,
  type EscalationNote,
  type EscalationNoteInput,
  type EscalationPromise,
  type EscalationProposal,
  type EscalationProposals,
  type EscalationRule,
  type EscalationRulesInput,
  type EscalationRulesView,
} from '../../shared/escalation/contract';
import { BahiError } from '../../shared/result';
import { disputedAsOf } from '../disputes/disputes';
import { runCommand } from '../ledger/command';
import { customersById } from '../customers/customers';
import type { Ledger } from '../ledger/open';
import { prepared } from '../ledger/statements';
import { listPromises } from '../promises/promises';
import { openItemsAsOf } from '../reports/ageing';

const on = (d: string) => formatDateIndian(d as IsoDate);

// ---- Rules ----

export function getRules(ledger: Ledger): EscalationRulesView {
  const row = prepared(
    ledger.sqlite,
    `select overdue_above as overdueAbove, overdue_days as overdueDays,
       broken_promises as brokenPromises, updated_at as updatedAt from escalation_rules where id = 1`,
  ).get() as Omit<EscalationRulesView, 'isDefault'> | undefined;
  return row
    ? { ...row, isDefault: false }
    : { ...DEFAULT_THRESHOLDS, isDefault: true, updatedAt: null };
}

export function saveRules(
  ledger: Ledger,
  input: EscalationRulesInput,
  actor: string,
): EscalationRulesView {
  const v = escalationRulesInput.parse(input);
  return runCommand(ledger, { command: 'escalation.saveRules', actor }, (cx) => {
    const before = getRules(ledger);
    prepared(
      cx.sqlite,
      `insert into escalation_rules (id, overdue_above, overdue_days, broken_promises, created_at,
         updated_at) values (1, @overdueAbove, @overdueDays, @brokenPromises, @now, @now)
       on conflict (id) do update set overdue_above = excluded.overdue_above,
         overdue_days = excluded.overdue_days, broken_promises = excluded.broken_promises,
         updated_at = excluded.updated_at`,
    ).run({ ...v, now: cx.now });
    const after = getRules(ledger);
    cx.audit({
      entity: 'escalation_rules',
      entityId: 1,
      before: before.isDefault ? null : before,
      after,
    });
    return after;
  });
}

// ---- Evaluation ----

interface CustomerFacts {
  items: EscalationItem[];
  promises: EscalationPromise[];
  balance: number;
}

/** Each customer's open debit items (with what is disputed), promises and balance on `asOf`. */
function factsAsOf(
  ledger: Ledger,
  asOf: string,
  customerId: number | null = null,
): Map<number, CustomerFacts> {
  const disputed = disputedAsOf(ledger, asOf, customerId);
  const out = new Map<number, CustomerFacts>();
  const of = (id: number) => {
    let f = out.get(id);
    if (!f) out.set(id, (f = { items: [], promises: [], balance: 0 }));
    return f;
  };
  for (const i of openItemsAsOf(ledger, asOf, customerId)) {
    const f = of(i.customerId);
    if (i.side === 'credit') {
      f.balance -= i.open;
      continue;
    }
    f.balance += i.open;
    f.items.push({
      dueDate: i.dueDate ?? i.date,
      open: i.open,
      disputed: disputed.get(i.documentId) ?? 0,
    });
  }
  for (const p of listPromises(ledger, { asOf, customerId })) {
    if (p.status === 'broken') of(p.customerId).promises.push(p);
  }
  return out;
}

/** The day each customer's last case closed, by `asOf`: older broken promises are settled. */
function lastClosed(ledger: Ledger, asOf: string): Map<number, string> {
  const rows = prepared(
    ledger.sqlite,
    `select customer_id as customerId, max(closed_on) as closedOn from escalations
      where closed_on <= ? group by customer_id`,
  ).all(asOf) as { customerId: number; closedOn: string }[];
  return new Map(rows.map((r) => [r.customerId, r.closedOn]));
}

/** Customers with a case open now, or open on `asOf`: they are on the list already. */
function withOpenCase(ledger: Ledger, asOf: string): Set<number> {
  return new Set(
    prepared(
      ledger.sqlite,
      `select customer_id from escalations
        where closed_on is null or (opened_on <= ? and closed_on > ?)`,
    )
      .pluck()
      .all(asOf, asOf) as number[],
  );
}

const byOverdue = (a: EscalationProposal, b: EscalationProposal) =>
  b.overdue - a.overdue ||
  b.brokenPromises - a.brokenPromises ||
  a.customerName.localeCompare(b.customerName) ||
  a.customerId - b.customerId;

/** Customers the rules put on the list as of `asOf` (today when left out), largest first. */
export function proposals(
  ledger: Ledger,
  q: { asOf?: string | undefined } = {},
): EscalationProposals {
  const asOf = q.asOf ?? todayIso();
  const rules = getRules(ledger);
  const facts = factsAsOf(ledger, asOf);
  const closed = lastClosed(ledger, asOf);
  const open = withOpenCase(ledger, asOf);
  const names = customersById(ledger);
  const out: EscalationProposal[] = [];
  for (const [customerId, f] of facts) {
    if (open.has(customerId)) continue;
    const since = closed.get(customerId) ?? null;
    const { figures, fired } = evaluateEscalation({ asOf, ...f, since }, rules);
    if (fired.length === 0) continue;
    const c = names.get(customerId)!;
    out.push({
      customerId,
      customerCode: c.code,
      customerName: c.name,
      rules: fired,
      ...figures,
      balance: f.balance,
      lastClosedOn: since,
    });
  }
  return { asOf, rules, proposals: out.sort(byOverdue) };
}

/** One customer's figures and the rules they meet on `asOf`. */
export function evaluateCustomer(
  ledger: Ledger,
  customerId: number,
  asOf: string,
): { figures: EscalationFigures; fired: EscalationRule[]; balance: number } {
  const f = factsAsOf(ledger, asOf, customerId).get(customerId) ?? {
    items: [],
    promises: [],
    balance: 0,
  };
  const since = lastClosed(ledger, asOf).get(customerId) ?? null;
  return { ...evaluateEscalation({ asOf, ...f, since }, getRules(ledger)), balance: f.balance };
}

// ---- Cases ----

const SELECT = `select e.id, e.customer_id as customerId, c.code as customerCode,
    c.name as customerName, e.opened_on as openedOn, e.rules, e.overdue, e.disputed,
    e.oldest_due_date as oldestDueDate, e.oldest_days as oldestDays,
    e.broken_promises as brokenPromises, e.overdue_above as overdueAbove,
    e.overdue_days as overdueDays, e.promises_needed as promisesNeeded,
    e.assigned_to as assignedTo, e.opened_by as openedBy, e.closed_on as closedOn, e.resolution,
    e.closed_by as closedBy,
    (select json_group_array(json_object('id', n.id, 'notedOn', n.noted_on, 'note', n.note,
        'actor', n.actor, 'createdAt', n.created_at))
       from (select * from escalation_notes where escalation_id = e.id order by noted_on, id) n)
      as notesJson
  from escalations e join customers c on c.id = e.customer_id`;

type Row = Omit<EscalationCase, 'rules' | 'thresholds' | 'status' | 'notes'> & {
  rules: string;
  overdueAbove: number;
  overdueDays: number;
  promisesNeeded: number;
  notesJson: string;
};

function toCase({ rules, overdueAbove, overdueDays, promisesNeeded, notesJson, ...r }: Row) {
  return {
    ...r,
    rules: rules.split(',') as EscalationRule[],
    thresholds: { overdueAbove, overdueDays, brokenPromises: promisesNeeded },
    status: r.closedOn === null ? ('open' as const) : ('closed' as const),
    notes: JSON.parse(notesJson) as EscalationNote[],
  };
}

export function getCase(ledger: Ledger, id: number): EscalationCase {
  const row = prepared(ledger.sqlite, `${SELECT} where e.id = ?`).get(id) as Row | undefined;
  if (!row) {
    throw new BahiError('NOT_FOUND', `There is no escalation case with id ${id}`, { field: 'id' });
  }
  return toCase(row);
}

/** Open cases oldest first; closed ones most recently closed first. */
export function listCases(ledger: Ledger, query: EscalationListQuery = {}): EscalationCase[] {
  const q = escalationListQuery.parse(query);
  const where = [
    q.status === 'open' ? 'e.closed_on is null' : null,
    q.status === 'closed' ? 'e.closed_on is not null' : null,
    q.customerId ? 'e.customer_id = @customerId' : null,
  ].filter(Boolean);
  return (
    prepared(
      ledger.sqlite,
      `${SELECT} ${where.length ? `where ${where.join(' and ')}` : ''}
       order by e.closed_on is not null, e.closed_on desc, e.opened_on, e.id`,
    ).all({ customerId: q.customerId ?? null }) as Row[]
  ).map(toCase);
}

/** The case open on `asOf` per customer: the worklist flags these customers. */
export function openCasesAsOf(ledger: Ledger, asOf: string): Map<number, number> {
  const rows = prepared(
    ledger.sqlite,
    `select customer_id as customerId, id from escalations
      where opened_on <= ? and (closed_on is null or closed_on > ?)`,
  ).all(asOf, asOf) as { customerId: number; id: number }[];
  return new Map(rows.map((r) => [r.customerId, r.id]));
}

function refuseAfterToday(field: string, date: string, what: string): void {
  const today = todayIso();
  if (date > today) {
    throw new BahiError(
      'VALIDATION',
      `${what} is after today (${on(today)}): enter the day it happened`,
      {
        field,
      },
    );
  }
}

function insertNote(
  cx: { sqlite: Ledger['sqlite']; now: string },
  id: number,
  notedOn: string,
  note: string,
  actor: string,
) {
  prepared(
    cx.sqlite,
    `insert into escalation_notes (escalation_id, noted_on, note, actor, created_at)
     values (?, ?, ?, ?, ?)`,
  ).run(id, notedOn, note, actor, cx.now);
}

/** Why nothing can be opened: the customer's figures against each rule, in words. */
function meetsNoRule(name: string, asOf: string, g: EscalationFigures, ledger: Ledger): string {
  const t = getRules(ledger);
  const parts = ESCALATION_RULES.map(
    (r) => `${firedText(r, g)} (rule: ${ruleText(r, t).toLowerCase()})`,
  );
  return `${name} meets no escalation rule on ${on(asOf)}: ${parts.join('; ')}`;
}

export function escalate(ledger: Ledger, input: EscalateInput, actor: string): EscalationCase {
  const v = escalateInput.parse(input);
  return runCommand(ledger, { command: 'escalation.escalate', actor }, (cx) => {
    const customer = prepared(ledger.sqlite, 'select id, name from customers where id = ?').get(
      v.customerId,
    ) as { id: number; name: string } | undefined;
    if (!customer) {
      throw new BahiError('NOT_FOUND', `There is no customer with id ${v.customerId}`, {
        field: 'customerId',
      });
    }
    refuseAfterToday('escalatedOn', v.escalatedOn, 'Date escalated');
    const open = listCases(ledger, { customerId: customer.id, status: 'open' })[0];
    if (open) {
      throw new BahiError(
        'CONFLICT',
        `${customer.name} has been escalated since ${on(open.openedOn)} (to ${open.assignedTo}): add a note to that case instead`,
        { field: 'customerId' },
      );
    }
    const last = lastClosed(ledger, '9999-12-31').get(customer.id);
    if (last !== undefined && v.escalatedOn < last) {
      throw new BahiError(
        'VALIDATION',
        `Date escalated is before ${customer.name}’s last case was closed on ${on(last)}: enter that date or later`,
        { field: 'escalatedOn' },
      );
    }
    const { figures, fired } = evaluateCustomer(ledger, customer.id, v.escalatedOn);
    if (fired.length === 0) {
      throw new BahiError(
        'VALIDATION',
        meetsNoRule(customer.name, v.escalatedOn, figures, ledger),
        {
          field: 'customerId',
        },
      );
    }
    const t = getRules(ledger);
    const id = prepared(
      cx.sqlite,
      `insert into escalations (customer_id, opened_on, rules, overdue, disputed, oldest_due_date,
         oldest_days, broken_promises, overdue_above, overdue_days, promises_needed, assigned_to,
         opened_by, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      customer.id,
      v.escalatedOn,
      fired.join(','),
      figures.overdue,
      figures.disputed,
      figures.oldestDueDate,
      figures.oldestDays,
      figures.brokenPromises,
      t.overdueAbove,
      t.overdueDays,
      t.brokenPromises,
      v.assignedTo,
      actor,
      cx.now,
      cx.now,
    ).lastInsertRowid as number;
    if (v.note !== null) insertNote(cx, id, v.escalatedOn, v.note, actor);
    const after = getCase(ledger, id);
    cx.audit({ entity: 'escalation', entityId: id, before: null, after });
    return after;
  });
}

function openCase(ledger: Ledger, id: number): EscalationCase {
  const c = getCase(ledger, id);
  if (c.closedOn !== null) {
    throw new BahiError(
      'CONFLICT',
      `This case was closed on ${on(c.closedOn)}: ${c.resolution ?? ''}. Escalate again if the customer meets a rule`,
      { field: 'id' },
    );
  }
  return c;
}

export function addNote(ledger: Ledger, input: EscalationNoteInput, actor: string): EscalationCase {
  const v = escalationNoteInput.parse(input);
  return runCommand(ledger, { command: 'escalation.addNote', actor }, (cx) => {
    const before = openCase(ledger, v.id);
    refuseAfterToday('notedOn', v.notedOn, 'Date of the note');
    if (v.notedOn < before.openedOn) {
      throw new BahiError(
        'VALIDATION',
        `Date of the note is before the case was opened on ${on(before.openedOn)}: enter that date or later`,
        { field: 'notedOn' },
      );
    }
    insertNote(cx, v.id, v.notedOn, v.note, actor);
    const after = getCase(ledger, v.id);
    cx.audit({ entity: 'escalation', entityId: v.id, before, after });
    return after;
  });
}

export function closeCase(
  ledger: Ledger,
  input: EscalationCloseInput,
  actor: string,
): EscalationCase {
  const v = escalationCloseInput.parse(input);
  return runCommand(ledger, { command: 'escalation.close', actor }, (cx) => {
    const before = openCase(ledger, v.id);
    refuseAfterToday('closedOn', v.closedOn, 'Date closed');
    if (v.closedOn < before.openedOn) {
      throw new BahiError(
        'VALIDATION',
        `Date closed is before the case was opened on ${on(before.openedOn)}: enter that date or later`,
        { field: 'closedOn' },
      );
    }
    prepared(
      cx.sqlite,
      `update escalations set closed_on = ?, resolution = ?, closed_by = ?, updated_at = ? where id = ?`,
    ).run(v.closedOn, v.resolution, actor, cx.now, v.id);
    const after = getCase(ledger, v.id);
    cx.audit({ entity: 'escalation', entityId: v.id, before, after });
    return after;
  });
}
