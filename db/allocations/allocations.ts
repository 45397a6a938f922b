import { prepared } from '../ledger/statements';
import type { Ledger } from '../ledger/open';
import type { CommandContext } from '../ledger/command';

interface OpenItem {
  id: number;
  kind: string;
  date: string;
  open_balance: number;
  total: number;
}

/** Debit items are owed; everything else settles (document_kinds.side says the same in SQL). */
export const DEBIT_KINDS = new Set([
  'invoice',
  'debit_note',
  'opening_invoice',
  'refund',
  'cheque_return',
  'instalment',
]);

/**
 * Allocate a credit item to a debit item inside a command: append the allocation and move both
 * open-balance caches (and the debit's settled-on date) in the same transaction.
 */
export function allocate(
  cx: CommandContext,
  a: { creditId: number; debitId: number; amount: number; date: string },
): number {
  const get = prepared(
    cx.sqlite,
    `select id, kind, date, open_balance, total from documents where id = ? and status = 'issued'`,
  );
  const credit = get.get(a.creditId) as OpenItem | undefined;
  const debit = get.get(a.debitId) as OpenItem | undefined;
  if (!credit || !debit || DEBIT_KINDS.has(credit.kind) || !DEBIT_KINDS.has(debit.kind)) {
    throw new Error('an allocation ties an issued credit item to an issued debit item');
  }
  if (!Number.isSafeInteger(a.amount) || a.amount <= 0)
    throw new Error('allocation must be positive');
  if (a.amount > credit.open_balance || a.amount > debit.open_balance) {
    throw new Error('allocation exceeds what is open on one side');
  }
  // Never before either document exists: the ledger on any date then holds only what was real.
  const latestDoc = credit.date > debit.date ? credit.date : debit.date;
  const date = effectiveDate(cx, a.creditId, a.debitId, a.date > latestDoc ? a.date : latestDoc);
  const id = prepared(
    cx.sqlite,
    'insert into allocations (credit_document_id, debit_document_id, amount, date, created_at) values (?, ?, ?, ?, ?)',
  ).run(a.creditId, a.debitId, a.amount, date, cx.now).lastInsertRowid as number;
  // Both sides keep the date they reached zero, so ageing as of a past date can skip them.
  const move = prepared(
    cx.sqlite,
    `update documents set open_balance = open_balance - @amount,
       settled_on = case when open_balance - @amount = 0 then @date else null end
     where id = @id`,
  );
  move.run({ amount: a.amount, date, id: a.creditId });
  move.run({ amount: a.amount, date, id: a.debitId });
  cx.audit({ entity: 'allocation', entityId: id, before: null, after: { ...a, date } });
  return id;
}

/**
 * An allocation takes effect no earlier than the last allocation (or reversal) on either of its
 * documents, so each document's balance over time is a running sum that never leaves 0..total:
 * ageing as of any date then reads a true figure.
 */
export function effectiveDate(
  cx: CommandContext,
  creditId: number,
  debitId: number,
  wanted: string,
): string {
  const last = prepared(
    cx.sqlite,
    `select max(date) from allocations where credit_document_id = ? or debit_document_id = ?`,
  )
    .pluck()
    .get(creditId, debitId) as string | null;
  return last !== null && last > wanted ? last : wanted;
}

/**
 * The open-balance caches must equal what the allocations say (LEDGER.md invariant 6), and the
 * AR control account must equal what customers owe by their documents (invariant 4).
 */
export function openBalanceProblems(ledger: Ledger): string[] {
  const problems: string[] = [];
  const drift = prepared(
    ledger.sqlite,
    `select d.id, d.number, d.open_balance as cached,
         d.total - coalesce((select sum(amount) from allocations a
           where a.debit_document_id = d.id or a.credit_document_id = d.id), 0) as derived
       from documents d where d.status = 'issued' and d.open_balance <> d.total - coalesce((select sum(amount)
         from allocations a where a.debit_document_id = d.id or a.credit_document_id = d.id), 0)`,
  ).all() as { id: number; number: string; cached: number; derived: number }[];
  for (const d of drift) {
    problems.push(
      `document ${d.number}: open balance ${d.cached} but its allocations leave ${d.derived}`,
    );
  }
  const unsettled = prepared(
    ledger.sqlite,
    `select d.number, d.settled_on as cached,
         case when d.open_balance = 0 then (select max(date) from allocations a
           where a.debit_document_id = d.id or a.credit_document_id = d.id) end as derived
       from documents d where d.status = 'issued'
         and d.settled_on is not (case when d.open_balance = 0 then (select max(date) from allocations a
           where a.debit_document_id = d.id or a.credit_document_id = d.id) end)`,
  ).all() as { number: string; cached: string | null; derived: string | null }[];
  for (const d of unsettled) {
    problems.push(
      `document ${d.number}: settled on ${d.cached ?? '(open)'} but its allocations say ${d.derived ?? '(open)'}`,
    );
  }
  const mismatched = prepared(
    ledger.sqlite,
    `with journal as (
         select l.customer_id as id, sum(l.debit) - sum(l.credit) as balance
         from journal_lines l join accounts a on a.id = l.account_id and a.system_key = 'AR'
         group by l.customer_id),
       documents_open as (
         select d.customer_id as id,
           sum(case when k.side = 'credit' then -d.open_balance else d.open_balance end) as balance
         from documents d join document_kinds k on k.kind = d.kind
         where d.status = 'issued' group by d.customer_id)
       select c.code, coalesce(j.balance, 0) as journal, coalesce(o.balance, 0) as open
       from customers c left join journal j on j.id = c.id left join documents_open o on o.id = c.id
       where coalesce(j.balance, 0) <> coalesce(o.balance, 0)`,
  ).all() as { code: string; journal: number; open: number }[];
  for (const m of mismatched) {
    problems.push(
      `customer ${m.code}: AR in the journal is ${m.journal} but open documents say ${m.open}`,
    );
  }
  return problems;
}
