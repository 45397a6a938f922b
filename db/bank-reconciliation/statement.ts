// The bank reconciliation statement as of a date: balance per books, balance per bank, and every
// item one side has and the other has not yet. By construction books + items = bank; `difference`
// is what is left when the statement's own balances do not follow from its lines.
import type { Ledger } from '../ledger/open';
import { prepared } from '../ledger/statements';
import { getBankAccount } from '../receipts/bank-accounts';

export type ReconcilingKind =
  | 'in_books_not_in_bank_debit'
  | 'in_books_not_in_bank_credit'
  | 'in_bank_not_in_books_credit'
  | 'in_bank_not_in_books_debit'
  | 'statement_opening';

export interface ReconcilingItem {
  kind: ReconcilingKind;
  label: string;
  date: string;
  /** Signed: what it adds to the balance per books to reach the balance per bank. */
  amount: number;
  documentId?: number;
  documentNumber?: string | null;
  lineId?: number;
  narration?: string;
}

export interface BankReconciliation {
  bankAccountId: number;
  bankAccountName: string;
  asOf: string;
  balancePerBooks: number;
  balancePerBank: number;
  items: ReconcilingItem[];
  totals: Record<ReconcilingKind, number>;
  /** bank − (books + Σ items): zero unless the statement's balances break. */
  difference: number;
  balanced: boolean;
}

const LABELS: Record<ReconcilingKind, string> = {
  in_books_not_in_bank_debit: 'Deposited, not yet credited by the bank',
  in_books_not_in_bank_credit: 'Paid out in the books, not yet debited by the bank',
  in_bank_not_in_books_credit: 'Credited by the bank, not yet recorded in the books',
  in_bank_not_in_books_debit: 'Debited by the bank, not yet recorded in the books',
  statement_opening: 'Opening balance on the first statement',
};

export function bankReconciliation(
  ledger: Ledger,
  bankAccountId: number,
  asOf: string,
): BankReconciliation {
  const bank = getBankAccount(ledger, bankAccountId);
  const db = ledger.sqlite;
  const books = prepared(
    db,
    `select coalesce(sum(l.debit - l.credit), 0) from journal_lines l join journals j on j.id = l.journal_id
      where l.account_id = ? and j.date <= ?`,
  )
    .pluck()
    .get(bank.accountId, asOf) as number;

  // A receipt's own posting (its debit to the bank) is on the statement once matched to a line
  // dated on or before the date; every other entry on the bank account is an item.
  const bookEntries = prepared(
    db,
    `select j.date, j.document_id as documentId, d.number, l.debit, l.credit,
        exists (select 1 from bank_matches m join bank_statement_lines s on s.id = m.line_id
                where m.receipt_id = j.document_id and m.unmatched_at is null and s.date <= ?
                  and l.debit > 0 and d.kind = 'receipt'
                  and j.id = (select min(j2.id) from journals j2 where j2.document_id = d.id)) as onStatement
      from journal_lines l join journals j on j.id = l.journal_id
      left join documents d on d.id = j.document_id
      where l.account_id = ? and j.date <= ?
      order by j.date, j.id`,
  ).all(asOf, bank.accountId, asOf) as {
    date: string;
    documentId: number | null;
    number: string | null;
    debit: number;
    credit: number;
    onStatement: number;
  }[];

  const lines = prepared(
    db,
    `select s.id, s.date, s.narration, s.direction, s.amount, s.balance,
        exists (select 1 from bank_matches m join journals j on j.document_id = m.receipt_id
                where m.line_id = s.id and m.unmatched_at is null and j.date <= ?) as inBooks
      from bank_statement_lines s where s.bank_account_id = ? and s.date <= ?
      order by s.date, s.import_id, s.line_no`,
  ).all(asOf, bankAccountId, asOf) as {
    id: number;
    date: string;
    narration: string;
    direction: 'credit' | 'debit';
    amount: number;
    balance: number | null;
    inBooks: number;
  }[];

  const opening = prepared(
    db,
    `select opening_balance from bank_statement_imports where bank_account_id = ? and opening_balance is not null
      order by coalesce(from_date, imported_at), id limit 1`,
  )
    .pluck()
    .get(bankAccountId) as number | undefined;

  const items: ReconcilingItem[] = [];
  if (opening) {
    items.push({
      kind: 'statement_opening',
      label: LABELS.statement_opening,
      date: lines[0]?.date ?? asOf,
      amount: opening,
    });
  }
  for (const e of bookEntries) {
    if (e.onStatement) continue;
    const kind = e.debit > 0 ? 'in_books_not_in_bank_debit' : 'in_books_not_in_bank_credit';
    items.push({
      kind,
      label: LABELS[kind],
      date: e.date,
      amount: e.credit - e.debit,
      documentId: e.documentId ?? undefined,
      documentNumber: e.number,
    });
  }
  for (const l of lines) {
    if (l.inBooks) continue;
    const kind =
      l.direction === 'credit' ? 'in_bank_not_in_books_credit' : 'in_bank_not_in_books_debit';
    items.push({
      kind,
      label: LABELS[kind],
      date: l.date,
      amount: l.direction === 'credit' ? l.amount : -l.amount,
      lineId: l.id,
      narration: l.narration,
    });
  }

  const last = lines[lines.length - 1];
  const balancePerBank =
    last?.balance ??
    (opening ?? 0) +
      lines.reduce((s, l) => s + (l.direction === 'credit' ? l.amount : -l.amount), 0);
  const totals = Object.fromEntries(Object.keys(LABELS).map((k) => [k, 0])) as Record<
    ReconcilingKind,
    number
  >;
  for (const i of items) totals[i.kind] += i.amount;
  const difference = balancePerBank - books - items.reduce((s, i) => s + i.amount, 0);
  return {
    bankAccountId,
    bankAccountName: bank.name,
    asOf,
    balancePerBooks: books,
    balancePerBank,
    items,
    totals,
    difference,
    balanced: difference === 0,
  };
}
