// The ledger side of matching: load what matching.ts needs, and write what the user accepts.
// Each command is one transaction with its audit rows; the database refuses a second live match
// for a line or a receipt (unique indexes) and a match of unequal amounts (trigger).
import { receiptInput, type ReceiptMode } from '../../shared/receipts/contract';
import { BahiError } from '../../shared/result';
import { runCommand, type CommandContext } from '../ledger/command';
import type { Ledger } from '../ledger/open';
import { prepared } from '../ledger/statements';
import {
  clearCheque,
  depositCheque,
  getReceipt,
  recordReceipt,
  suggest,
} from '../receipts/receipts';
import type { OpenItem } from '../../shared/receipts/suggest';
import {
  invoiceSet,
  pickAutomatic,
  suggestMatches,
  type BankLineIn,
  type MatchInputs,
  type MatchSuggestion,
} from './matching';
import { normaliseName, payerNameIn, referencesIn } from './names';

export const DEFAULT_THRESHOLD = 80;

export interface BankLine extends BankLineIn {
  bankAccountId: number;
  lineNo: number;
  balance: number | null;
  matchId: number | null;
  receiptId: number | null;
}

const LINE_SELECT = `select l.id, l.bank_account_id as bankAccountId, l.line_no as lineNo, l.date,
    l.narration, l.reference, l.direction, l.amount, l.balance, m.id as matchId, m.receipt_id as receiptId
  from bank_statement_lines l left join bank_matches m on m.line_id = l.id and m.unmatched_at is null`;

export function getLine(ledger: Ledger, id: number): BankLine {
  const row = prepared(ledger.sqlite, `${LINE_SELECT} where l.id = ?`).get(id) as
    BankLine | undefined;
  if (!row)
    throw new BahiError('NOT_FOUND', `There is no bank statement line with id ${id}`, {
      field: 'lineId',
    });
  return row;
}

export function listLines(
  ledger: Ledger,
  bankAccountId: number,
  onlyUnmatched = false,
): BankLine[] {
  return prepared(
    ledger.sqlite,
    `${LINE_SELECT} where l.bank_account_id = ? ${onlyUnmatched ? 'and m.id is null' : ''} order by l.date, l.id`,
  ).all(bankAccountId) as BankLine[];
}

/** Everything matching needs for one bank account, read in a handful of queries. */
export function loadMatchInputs(ledger: Ledger, bankAccountId: number): MatchInputs {
  const db = ledger.sqlite;
  const lines = listLines(ledger, bankAccountId, true).filter((l) => l.direction === 'credit');
  const receipts = prepared(
    db,
    `select d.id, d.number, d.customer_id as customerId, d.date, r.instrument_number as instrumentNumber,
        r.amount - r.bank_charges as amount
      from receipt_details r join documents d on d.id = r.document_id
      where r.bank_account_id = ? and d.status = 'issued' and d.kind = 'receipt'
        and not exists (select 1 from bank_matches m where m.receipt_id = d.id and m.unmatched_at is null)
        and not exists (select 1 from cheque_events e where e.document_id = d.id and e.event = 'bounced')`,
  ).all(bankAccountId) as MatchInputs['receipts'];
  const customers = prepared(
    db,
    'select id, name, gstin from customers',
  ).all() as MatchInputs['customers'];
  const aliases = prepared(
    db,
    'select customer_id as customerId, alias from bank_aliases',
  ).all() as MatchInputs['aliases'];
  const openItems = new Map<number, OpenItem[]>();
  const items = prepared(
    db,
    `select d.customer_id as customerId, d.id as documentId, d.date, d.due_date as dueDate,
        d.open_balance as openBalance, d.total, d.taxable
      from documents d join document_kinds k on k.kind = d.kind
      where d.status = 'issued' and k.side = 'debit' and d.open_balance > 0
      order by coalesce(d.due_date, d.date), d.date, d.id`,
  ).all() as (OpenItem & { customerId: number })[];
  for (const { customerId, ...item } of items) {
    const list = openItems.get(customerId);
    if (list) list.push(item);
    else openItems.set(customerId, [item]);
  }
  return { lines, receipts, customers, aliases, openItems };
}

/** A suggestion as a person reads it: who the customer is, and which invoices a new receipt settles. */
export type ShownSuggestion =
  | (Extract<MatchSuggestion, { kind: 'receipt' }> & { customerName: string })
  | (Extract<MatchSuggestion, { kind: 'new_receipt' }> & {
      customerName: string;
      invoiceNumbers: string[];
    });

export interface LineSuggestions {
  line: BankLine;
  suggestions: ShownSuggestion[];
}

export function suggestionsFor(ledger: Ledger, bankAccountId: number): LineSuggestions[] {
  const inputs = loadMatchInputs(ledger, bankAccountId);
  const map = suggestMatches(inputs);
  const names = new Map(inputs.customers.map((c) => [c.id, c.name]));
  const numberOf = prepared(ledger.sqlite, 'select number from documents where id = ?').pluck();
  const shown = (s: MatchSuggestion): ShownSuggestion => {
    const customerName = names.get(s.customerId) ?? '';
    if (s.kind === 'receipt') return { ...s, customerName };
    const invoiceNumbers = s.allocations.map(
      (a) => (numberOf.get(a.documentId) as string | null | undefined) ?? `#${a.documentId}`,
    );
    return { ...s, customerName, invoiceNumbers };
  };
  return (inputs.lines as BankLine[]).map((line) => ({
    line,
    suggestions: (map.get(line.id) ?? []).map(shown),
  }));
}

export interface MatchedLine {
  line: BankLine;
  match: {
    id: number;
    receiptId: number;
    receiptNumber: string | null;
    customerId: number;
    customerName: string;
    score: number;
    reasons: string[];
    matchedBy: string;
    matchedAt: string;
  };
}

/** Lines with a live match and the receipt each is, newest statement date first: what can be un-matched. */
export function matchedLines(ledger: Ledger, bankAccountId: number): MatchedLine[] {
  const rows = prepared(
    ledger.sqlite,
    `select m.line_id as lineId, m.id, m.receipt_id as receiptId, d.number as receiptNumber,
        d.customer_id as customerId, c.name as customerName, m.score, m.reasons,
        m.matched_by as matchedBy, m.matched_at as matchedAt
      from bank_matches m join bank_statement_lines l on l.id = m.line_id
      join documents d on d.id = m.receipt_id join customers c on c.id = d.customer_id
      where l.bank_account_id = ? and m.unmatched_at is null`,
  ).all(bankAccountId) as (Omit<MatchedLine['match'], 'reasons'> & {
    lineId: number;
    reasons: string;
  })[];
  const byLine = new Map(rows.map((r) => [r.lineId, r]));
  return listLines(ledger, bankAccountId)
    .filter((l) => byLine.has(l.id))
    .reverse()
    .map((line) => {
      const { lineId: _l, reasons, ...match } = byLine.get(line.id)!;
      return { line, match: { ...match, reasons: JSON.parse(reasons) as string[] } };
    });
}

const requireUnmatchedCredit = (line: BankLine) => {
  if (line.matchId !== null) {
    throw new BahiError(
      'CONFLICT',
      `Bank line ${line.lineNo} of ${line.date} is already matched: un-match it first`,
      { field: 'lineId' },
    );
  }
  if (line.direction !== 'credit') {
    throw new BahiError(
      'VALIDATION',
      `Bank line ${line.lineNo} of ${line.date} is a debit: only money in is matched to receipts`,
      { field: 'lineId' },
    );
  }
};

/** Learn the narration's payer name for the customer, unless it is their name or already known. */
function learnAlias(cx: CommandContext, line: BankLine, customerId: number, matchId: number) {
  const payer = payerNameIn(line.narration);
  if (!payer) return;
  const name = prepared(cx.sqlite, 'select name from customers where id = ?')
    .pluck()
    .get(customerId) as string;
  if (normaliseName(name) === payer) return;
  const taken = prepared(cx.sqlite, 'select customer_id from bank_aliases where alias = ?')
    .pluck()
    .get(payer);
  if (taken !== undefined) return;
  const id = prepared(
    cx.sqlite,
    'insert into bank_aliases (customer_id, alias, learnt_from_match_id, created_at) values (?, ?, ?, ?)',
  ).run(customerId, payer, matchId, cx.now).lastInsertRowid as number;
  cx.audit({
    entity: 'bank_alias',
    entityId: id,
    before: null,
    after: { customerId, alias: payer, matchId },
  });
}

function matchInCommand(
  ledger: Ledger,
  cx: CommandContext,
  actor: string,
  m: { lineId: number; receiptId: number; score: number; reasons: string[] },
) {
  const line = getLine(ledger, m.lineId);
  requireUnmatchedCredit(line);
  const receipt = getReceipt(ledger, m.receiptId);
  const taken = prepared(
    cx.sqlite,
    'select 1 from bank_matches where receipt_id = ? and unmatched_at is null',
  ).get(receipt.id);
  if (taken) {
    throw new BahiError(
      'CONFLICT',
      `Receipt ${receipt.number} is already matched to another bank line`,
      { field: 'receiptId' },
    );
  }
  if (receipt.bankAccountId !== line.bankAccountId || receipt.status !== 'issued') {
    throw new BahiError(
      'VALIDATION',
      `Receipt ${receipt.number ?? receipt.id} was not paid into this bank account`,
      { field: 'receiptId' },
    );
  }
  if (receipt.amount - receipt.bankCharges !== line.amount) {
    throw new BahiError(
      'VALIDATION',
      `Receipt ${receipt.number} is for a different amount than the bank line: match a receipt for the same amount`,
      { field: 'receiptId' },
    );
  }
  if (receipt.chequeStatus === 'bounced') {
    throw new BahiError(
      'VALIDATION',
      `Cheque ${receipt.instrumentNumber} bounced: it cannot be matched to money in`,
      { field: 'receiptId' },
    );
  }
  const id = prepared(
    cx.sqlite,
    `insert into bank_matches (line_id, receipt_id, score, reasons, matched_by, matched_at) values (?, ?, ?, ?, ?, ?)`,
  ).run(line.id, receipt.id, m.score, JSON.stringify(m.reasons), actor, cx.now)
    .lastInsertRowid as number;
  // The bank credited the cheque: it has cleared, on the statement's date.
  const clearOn = line.date >= receipt.date ? line.date : receipt.date;
  if (receipt.chequeStatus === 'received') depositCheque(ledger, receipt.id, clearOn, actor);
  if (receipt.chequeStatus === 'received' || receipt.chequeStatus === 'deposited') {
    clearCheque(ledger, receipt.id, clearOn, actor);
  }
  const after = {
    id,
    lineId: line.id,
    receiptId: receipt.id,
    receiptNumber: receipt.number,
    score: m.score,
    reasons: m.reasons,
  };
  cx.audit({ entity: 'bank_match', entityId: id, before: null, after });
  learnAlias(cx, line, receipt.customerId, id);
  return after;
}

export function acceptMatch(
  ledger: Ledger,
  m: { lineId: number; receiptId: number; score?: number; reasons?: string[] },
  actor: string,
) {
  return runCommand(ledger, { command: 'bankReconciliation.match', actor }, (cx) =>
    matchInCommand(ledger, cx, actor, { score: 100, reasons: ['matched by hand'], ...m }),
  );
}

export function unmatch(ledger: Ledger, v: { lineId: number; reason: string }, actor: string) {
  const reason = v.reason?.trim() ?? '';
  if (!reason)
    throw new BahiError('VALIDATION', 'Say why the match is undone', { field: 'reason' });
  return runCommand(ledger, { command: 'bankReconciliation.unmatch', actor }, (cx) => {
    const line = getLine(ledger, v.lineId);
    if (line.matchId === null) {
      throw new BahiError('CONFLICT', `Bank line ${line.lineNo} of ${line.date} is not matched`, {
        field: 'lineId',
      });
    }
    const before = prepared(cx.sqlite, 'select * from bank_matches where id = ?').get(line.matchId);
    prepared(
      cx.sqlite,
      'update bank_matches set unmatched_at = ?, unmatched_by = ?, unmatch_reason = ? where id = ?',
    ).run(cx.now, actor, reason, line.matchId);
    const after = prepared(cx.sqlite, 'select * from bank_matches where id = ?').get(line.matchId);
    cx.audit({ entity: 'bank_match', entityId: line.matchId, before, after });
    return { matchId: line.matchId, lineId: line.id, receiptId: line.receiptId!, reason };
  });
}

export interface CreateFromLineInput {
  lineId: number;
  customerId: number;
  /** Default: the invoices the amount settles exactly (or net of TDS), else oldest first. */
  allocations?: { documentId: number; amount: number }[];
  tdsAmount?: number;
  tdsRateBps?: number | null;
  tdsSection?: string | null;
}

/** How the money came, as the narration says it. */
export function modeOf(narration: string): ReceiptMode {
  const n = narration.toUpperCase();
  if (/\bNEFT\b/.test(n)) return 'neft';
  if (/\bRTGS\b/.test(n)) return 'rtgs';
  if (/\bIMPS\b/.test(n)) return 'imps';
  if (/\bUPI\b/.test(n)) return 'upi';
  if (/\b(CHQ|CHEQUE|CLG)\b/.test(n)) return 'cheque';
  return 'other';
}

function createInCommand(
  ledger: Ledger,
  cx: CommandContext,
  actor: string,
  v: CreateFromLineInput,
  score: number,
  reasons: string[],
) {
  const line = getLine(ledger, v.lineId);
  requireUnmatchedCredit(line);
  let allocations = v.allocations;
  let tdsAmount = v.tdsAmount ?? 0;
  let tdsRateBps = v.tdsRateBps ?? null;
  if (!allocations) {
    const items = loadMatchInputs(ledger, line.bankAccountId).openItems.get(v.customerId) ?? [];
    const set = v.tdsAmount === undefined ? invoiceSet(line.amount, items) : null;
    if (set) ({ allocations, tdsAmount, tdsRateBps } = set);
    else
      allocations = suggest(ledger, {
        customerId: v.customerId,
        amount: line.amount,
        tdsAmount,
        tdsRateBps,
      }).allocations;
  }
  let mode = modeOf(line.narration);
  const refs = referencesIn(line.reference, line.narration);
  const chequeNo = refs.find((r) => /^\d{6}$/.test(r));
  if (mode === 'cheque' && !chequeNo) mode = 'other';
  // The UTR is the longest code in a narration; a bank's IFSC or a UPI id is shorter.
  const utr = refs.filter((r) => r.length <= 40).sort((a, b) => b.length - a.length)[0] ?? null;
  const instrument = mode === 'cheque' ? chequeNo! : utr;
  const values = receiptInput.safeParse({
    customerId: v.customerId,
    date: line.date,
    mode,
    bankAccountId: line.bankAccountId,
    instrumentNumber: instrument,
    instrumentDate: mode === 'cheque' ? line.date : null,
    amount: line.amount,
    tdsAmount,
    tdsRateBps,
    tdsSection: v.tdsSection ?? (tdsAmount > 0 ? (tdsRateBps === 1000 ? '194J' : '194C') : null),
    narration: line.narration.slice(0, 500),
    allocations,
  });
  if (!values.success) {
    const issue = values.error.issues[0]!;
    throw new BahiError('VALIDATION', issue.message, { field: issue.path.join('.') });
  }
  const receipt = recordReceipt(ledger, values.data, actor);
  return {
    receipt,
    match: matchInCommand(ledger, cx, actor, {
      lineId: line.id,
      receiptId: receipt.id,
      score,
      reasons,
    }),
  };
}

/** One step from an unmatched line: the receipt recorded (with its allocation) and matched. */
export function createReceiptFromLine(ledger: Ledger, v: CreateFromLineInput, actor: string) {
  return runCommand(ledger, { command: 'bankReconciliation.createReceipt', actor }, (cx) =>
    createInCommand(ledger, cx, actor, v, 100, ['receipt created from this bank line']),
  );
}

export interface AcceptAboveResult {
  threshold: number;
  matched: { lineId: number; receiptId: number; score: number; created: boolean }[];
  left: number;
}

/** Accept every line's top suggestion at or above the threshold, as one command. */
export function acceptAbove(
  ledger: Ledger,
  v: { bankAccountId: number; threshold?: number },
  actor: string,
): AcceptAboveResult {
  const threshold = v.threshold ?? DEFAULT_THRESHOLD;
  if (!Number.isInteger(threshold) || threshold < 50 || threshold > 100) {
    throw new BahiError(
      'VALIDATION',
      'The score to accept above is a whole number from 50 to 100',
      { field: 'threshold' },
    );
  }
  return runCommand(ledger, { command: 'bankReconciliation.acceptAbove', actor }, (cx) => {
    const inputs = loadMatchInputs(ledger, v.bankAccountId);
    const picked = pickAutomatic(suggestMatches(inputs), threshold);
    const matched: AcceptAboveResult['matched'] = [];
    for (const s of picked) {
      if (s.kind === 'receipt') {
        matchInCommand(ledger, cx, actor, s);
        matched.push({ lineId: s.lineId, receiptId: s.receiptId, score: s.score, created: false });
      } else {
        const { receipt } = createInCommand(ledger, cx, actor, s, s.score, s.reasons);
        matched.push({ lineId: s.lineId, receiptId: receipt.id, score: s.score, created: true });
      }
    }
    cx.audit({
      entity: 'bank_account',
      entityId: v.bankAccountId,
      before: null,
      after: { acceptedAbove: threshold, matched: matched.length },
    });
    return { threshold, matched, left: inputs.lines.length - matched.length };
  });
}

/** Lines not yet matched, oldest first, with their age in days as of `asOf`. */
export function unmatchedQueue(ledger: Ledger, bankAccountId: number, asOf: string) {
  const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
  return listLines(ledger, bankAccountId, true).map((l) => ({
    ...l,
    ageDays: Math.max(0, Math.round(day(asOf) - day(l.date))),
  }));
}
