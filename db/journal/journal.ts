import { prepared } from '../ledger/statements';
import type { JournalEntry } from '../../shared/invoices/contract';
import { systemAccountId, type SystemAccount } from '../accounts/accounts';
import type { CommandContext } from '../ledger/command';
import type { Ledger } from '../ledger/open';

export interface PostingLine {
  /** A system account by key, or a particular ledger account (a bank account's) by id. */
  account: SystemAccount | { id: number };
  customerId?: number | null;
  debit?: number;
  credit?: number;
}

export interface Posting {
  date: string;
  documentId: number | null;
  narration: string;
  lines: PostingLine[];
}

export class UnbalancedJournalError extends Error {}

/**
 * Post one journal inside a command. Zero lines are dropped; what remains must balance
 * (Σ debits = Σ credits) or the whole command fails.
 */
export function postJournal(ledger: Ledger, cx: CommandContext, posting: Posting): number {
  const lines = posting.lines.filter((l) => (l.debit ?? 0) !== 0 || (l.credit ?? 0) !== 0);
  let debits = 0;
  let credits = 0;
  for (const l of lines) {
    const debit = l.debit ?? 0;
    const credit = l.credit ?? 0;
    if (!Number.isSafeInteger(debit) || !Number.isSafeInteger(credit) || debit < 0 || credit < 0) {
      throw new UnbalancedJournalError(
        `${posting.narration}: amounts must be whole, non-negative paise`,
      );
    }
    debits += debit;
    credits += credit;
  }
  if (lines.length < 2 || debits !== credits) {
    throw new UnbalancedJournalError(`${posting.narration}: debits ${debits} ≠ credits ${credits}`);
  }
  const journalId = prepared(
    cx.sqlite,
    'insert into journals (date, document_id, narration, created_at) values (?, ?, ?, ?)',
  ).run(posting.date, posting.documentId, posting.narration, cx.now).lastInsertRowid as number;
  const insert = prepared(
    cx.sqlite,
    'insert into journal_lines (journal_id, account_id, customer_id, debit, credit) values (?, ?, ?, ?, ?)',
  );
  for (const l of lines) {
    insert.run(
      journalId,
      typeof l.account === 'string' ? systemAccountId(ledger, l.account) : l.account.id,
      l.customerId ?? null,
      l.debit ?? 0,
      l.credit ?? 0,
    );
  }
  cx.audit({ entity: 'journal', entityId: journalId, before: null, after: { ...posting, lines } });
  return journalId;
}

export function journalsForDocument(ledger: Ledger, documentId: number): JournalEntry[] {
  const journals = prepared(
    ledger.sqlite,
    'select id, date, narration from journals where document_id = ? order by id',
  ).all(documentId) as { id: number; date: string; narration: string }[];
  const lines = prepared(
    ledger.sqlite,
    `select a.code as accountCode, a.name as accountName, c.code as customerCode, l.debit, l.credit
     from journal_lines l join accounts a on a.id = l.account_id left join customers c on c.id = l.customer_id
     where l.journal_id = ? order by l.id`,
  );
  return journals.map((j) => ({ ...j, lines: lines.all(j.id) as JournalEntry['lines'] }));
}

/** Ledger-wide checks for `bahi verify`: every journal and the whole ledger balance. */
export function journalProblems(ledger: Ledger): string[] {
  const problems: string[] = [];
  const unbalanced = prepared(
    ledger.sqlite,
    `select journal_id as id, sum(debit) as d, sum(credit) as c from journal_lines
       group by journal_id having sum(debit) <> sum(credit)`,
  ).all() as { id: number; d: number; c: number }[];
  for (const j of unbalanced) problems.push(`journal ${j.id}: debits ${j.d} ≠ credits ${j.c}`);
  const total = prepared(
    ledger.sqlite,
    'select coalesce(sum(debit), 0) as d, coalesce(sum(credit), 0) as c from journal_lines',
  ).get() as { d: number; c: number };
  if (total.d !== total.c)
    problems.push(`the ledger does not balance: debits ${total.d} ≠ credits ${total.c}`);
  const drift = prepared(
    ledger.sqlite,
    `with derived as (
         select l.account_id, j.date, sum(l.debit) as debit, sum(l.credit) as credit
         from journal_lines l join journals j on j.id = l.journal_id group by l.account_id, j.date)
       select coalesce(d.account_id, t.account_id) as account, coalesce(d.date, t.date) as date
       from derived d full outer join account_day_totals t
         on t.account_id = d.account_id and t.date = d.date
       where d.debit is not t.debit or d.credit is not t.credit`,
  ).all() as { account: number; date: string }[];
  for (const d of drift) {
    problems.push(
      `account ${d.account} on ${d.date}: the day's totals differ from its journal lines`,
    );
  }
  return problems;
}
