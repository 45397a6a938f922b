// Receipts: money in by cheque, bank transfer, UPI, card or cash, with the TDS the customer kept
// back and the charges the bank kept, allocated to open invoices in the same command.
import { addDays, isIsoDate } from '../../shared/dates';
import { formatINR, paise } from '../../shared/money';
import {
  CASH_LIMIT_PAISE,
  MODE_LABELS,
  type AllocationInput,
  type ChequeStatus,
  type OpenItems,
  type Receipt,
  type ReceiptSummary,
  type ReceiptValues,
} from '../../shared/receipts/contract';
import { suggestAllocation, type Suggestion } from '../../shared/receipts/suggest';
import { openTaxable } from '../../shared/receipts/tds';
import { BahiError } from '../../shared/result';
import { allocate, DEBIT_KINDS } from '../allocations/allocations';
import { requireCompany } from '../company/company';
import { getCustomer } from '../customers/customers';
import { takeNumber } from '../invoices/series';
import { postJournal } from '../journal/journal';
import { runCommand, type CommandContext } from '../ledger/command';
import { prepared } from '../ledger/statements';
import type { Ledger } from '../ledger/open';
import { getBankAccount } from './bank-accounts';
import { allocationsOf, labelOf } from './allocation-rows';

interface ReceiptRow {
  id: number;
  status: 'draft' | 'issued';
  number: string | null;
  date: string;
  customer_id: number;
  customer_code: string;
  customer_name: string;
  mode: Receipt['mode'];
  bank_account_id: number;
  bank_account_name: string;
  instrument_number: string | null;
  instrument_date: string | null;
  drawee_bank: string | null;
  amount: number;
  tds_amount: number;
  tds_section: string | null;
  tds_rate_bps: number | null;
  bank_charges: number;
  total: number;
  open_balance: number;
  notes: string | null;
  cheque_event: 'deposited' | 'cleared' | 'bounced' | null;
}

const SELECT_RECEIPT = `select d.id, d.status, d.number, d.date, d.customer_id, c.code as customer_code,
    c.name as customer_name, r.mode, r.bank_account_id, b.name as bank_account_name,
    r.instrument_number, r.instrument_date, r.drawee_bank, r.amount, r.tds_amount, r.tds_section,
    r.tds_rate_bps, r.bank_charges, d.total, d.open_balance, d.notes,
    (select e.event from cheque_events e where e.document_id = d.id order by e.id desc limit 1) as cheque_event
  from documents d
  join receipt_details r on r.document_id = d.id
  join customers c on c.id = d.customer_id
  join bank_accounts b on b.id = r.bank_account_id`;

function chequeStatus(r: ReceiptRow): ChequeStatus | null {
  if (r.mode !== 'cheque') return null;
  if (r.status === 'draft') return 'post_dated';
  return r.cheque_event ?? 'received';
}

const toSummary = (r: ReceiptRow): ReceiptSummary => ({
  id: r.id,
  status: r.status,
  number: r.number,
  date: r.date,
  customerId: r.customer_id,
  customerCode: r.customer_code,
  customerName: r.customer_name,
  mode: r.mode,
  bankAccountId: r.bank_account_id,
  bankAccountName: r.bank_account_name,
  instrumentNumber: r.instrument_number,
  instrumentDate: r.instrument_date,
  draweeBank: r.drawee_bank,
  amount: r.amount,
  tdsAmount: r.tds_amount,
  tdsSection: r.tds_section,
  tdsRateBps: r.tds_rate_bps,
  bankCharges: r.bank_charges,
  total: r.amount + r.tds_amount,
  unallocated: r.status === 'issued' ? r.open_balance : r.amount + r.tds_amount,
  narration: r.notes,
  chequeStatus: chequeStatus(r),
});

function loadReceiptRow(ledger: Ledger, id: number): ReceiptRow {
  const row = prepared(
    ledger.sqlite,
    `${SELECT_RECEIPT} where d.id = ? and d.kind = 'receipt'`,
  ).get(id) as ReceiptRow | undefined;
  if (!row) throw new BahiError('NOT_FOUND', `There is no receipt with id ${id}`, { field: 'id' });
  return row;
}

export function getReceipt(ledger: Ledger, id: number): Receipt {
  const row = loadReceiptRow(ledger, id);
  return { ...toSummary(row), allocations: allocationsOf(ledger, [id]) };
}

export function listReceipts(
  ledger: Ledger,
  q: { customerId?: number | undefined; search: string; limit: number },
): ReceiptSummary[] {
  const where = [`d.kind = 'receipt'`];
  const params: Record<string, unknown> = { limit: q.limit };
  if (q.customerId !== undefined) {
    where.push('d.customer_id = @customerId');
    params.customerId = q.customerId;
  }
  if (q.search) {
    where.push(`(d.number like @like escape '\\' or c.name like @like escape '\\'
      or c.code like @like escape '\\' or r.instrument_number like @like escape '\\')`);
    params.like = `%${q.search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  }
  const rows = prepared(
    ledger.sqlite,
    `${SELECT_RECEIPT} where ${where.join(' and ')} order by d.date desc, d.id desc limit @limit`,
  ).all(params) as ReceiptRow[];
  return rows.map(toSummary);
}

/** The cheque register: every cheque, or those in one state of their life. */
export function chequeRegister(ledger: Ledger, status?: ChequeStatus): ReceiptSummary[] {
  const rows = prepared(
    ledger.sqlite,
    `${SELECT_RECEIPT} where d.kind = 'receipt' and r.mode = 'cheque'
       order by coalesce(r.instrument_date, d.date), d.id`,
  ).all() as ReceiptRow[];
  return rows.map(toSummary).filter((r) => status === undefined || r.chequeStatus === status);
}

export function openItemsOf(ledger: Ledger, customerId: number): OpenItems {
  getCustomer(ledger, customerId);
  const rows = prepared(
    ledger.sqlite,
    `select d.id as documentId, d.kind, d.number, d.date, d.due_date as dueDate, d.total,
         d.taxable, d.open_balance as openBalance, k.side
       from documents d join document_kinds k on k.kind = d.kind
       where d.customer_id = ? and d.status = 'issued' and d.open_balance <> 0
       order by coalesce(d.due_date, d.date), d.date, d.id`,
  ).all(customerId) as (OpenItems['debits'][number] & { side: 'debit' | 'credit' })[];
  const strip = ({ side: _side, ...item }: (typeof rows)[number]) => item;
  return {
    debits: rows.filter((r) => r.side === 'debit').map(strip),
    credits: rows.filter((r) => r.side === 'credit').map(strip),
  };
}

export function suggest(
  ledger: Ledger,
  q: { customerId: number; amount: number; tdsAmount: number; tdsRateBps: number | null },
): Suggestion {
  const items = openItemsOf(ledger, q.customerId).debits;
  return suggestAllocation({
    amount: q.amount,
    tdsAmount: q.tdsAmount,
    tdsRateBps: q.tdsRateBps,
    items,
  });
}

const refuse = (field: string, message: string): never => {
  throw new BahiError('VALIDATION', message, { field });
};

interface DebitItem {
  id: number;
  kind: string;
  number: string;
  customer_id: number;
  date: string;
  status: string;
  total: number;
  taxable: number;
  open_balance: number;
}

/**
 * Check allocations from a credit item against the customer's debit items, as of `date`; the
 * field names point at the row the user must fix (`allocations.2.amount`).
 */
export function checkAllocations(
  ledger: Ledger,
  customerId: number,
  allocations: AllocationInput[],
): DebitItem[] {
  const get = prepared(
    ledger.sqlite,
    `select id, kind, number, customer_id, date, status, total, taxable, open_balance
       from documents where id = ?`,
  );
  return allocations.map((a, i) => {
    const d = get.get(a.documentId) as DebitItem | undefined;
    if (!d || d.customer_id !== customerId || d.status !== 'issued' || !DEBIT_KINDS.has(d.kind)) {
      return refuse(
        `allocations.${i}.documentId`,
        `Row ${i + 1}: choose one of this customer’s open invoices or debit notes`,
      );
    }
    if (a.amount > d.open_balance) {
      refuse(
        `allocations.${i}.amount`,
        `${d.number} has only ${formatINR(paise(d.open_balance))} open: allocate at most that`,
      );
    }
    return d;
  });
}

function validateReceipt(ledger: Ledger, v: ReceiptValues) {
  const customer = getCustomer(ledger, v.customerId);
  const bank = getBankAccount(ledger, v.bankAccountId);
  if (!bank.active) refuse('bankAccountId', `${bank.name} is retired: choose an active account`);
  if ((v.mode === 'cash') !== (bank.kind === 'cash')) {
    refuse(
      'bankAccountId',
      v.mode === 'cash'
        ? 'Cash goes into a cash account: choose Cash in Hand'
        : `A ${MODE_LABELS[v.mode]} payment goes into a bank account, not ${bank.name}`,
    );
  }
  if (v.mode === 'cash') {
    // Section 269ST counts every cash receipt from the same person on the same day.
    const sameDay = prepared(
      ledger.sqlite,
      `select coalesce(sum(r.amount), 0) from documents d join receipt_details r on r.document_id = d.id
         where d.customer_id = ? and d.date = ? and r.mode = 'cash' and d.kind = 'receipt'`,
    )
      .pluck()
      .get(v.customerId, v.date) as number;
    if (sameDay + v.amount >= CASH_LIMIT_PAISE) {
      refuse(
        'amount',
        `Section 269ST bars taking ₹2,00,000 or more in cash from one person in a day` +
          (sameDay ? ` (${formatINR(paise(sameDay))} already today)` : '') +
          ': ask for a bank transfer',
      );
    }
  }
  if (v.mode === 'cheque' && v.instrumentDate) {
    // A cheque is valid for three months from its date (RBI, since April 2012).
    if (addDays(v.instrumentDate, 90) < v.date) {
      refuse(
        'instrumentDate',
        'This cheque is more than three months old (stale): ask for a fresh one',
      );
    }
  }
  return { customer, bank };
}

/** The dated TDS rule: deducted on the value before GST of the invoices it is against. */
function checkTds(v: ReceiptValues, debits: DebitItem[]) {
  if (v.tdsAmount === 0) return;
  if (debits.length === 0) {
    if (v.tdsAmount > v.amount) refuse('tdsAmount', 'TDS cannot be more than the amount received');
    return;
  }
  const taxable = debits.reduce(
    (s, d) => s + openTaxable({ openBalance: d.open_balance, total: d.total, taxable: d.taxable }),
    0,
  );
  if (v.tdsAmount > taxable) {
    refuse(
      'tdsAmount',
      `TDS ${formatINR(paise(v.tdsAmount))} is more than the taxable value of the invoices it is against ` +
        `(${formatINR(paise(taxable))}): TDS is deducted on the value before GST`,
    );
  }
}

function insertReceipt(
  ledger: Ledger,
  cx: CommandContext,
  v: ReceiptValues,
  customer: ReturnType<typeof getCustomer>,
  status: 'draft' | 'issued',
): number {
  const company = requireCompany(ledger);
  const billTo = {
    name: customer.name,
    gstin: customer.gstin,
    pan: customer.pan,
    address: customer.billingAddress,
    stateCode: customer.stateCode,
    email: customer.email,
    phone: customer.phone,
  };
  const total = v.amount + v.tdsAmount;
  const id = prepared(
    cx.sqlite,
    `insert into documents (kind, status, customer_id, date, place_of_supply, intra_state,
       round_off_enabled, notes, bill_to_json, total, open_balance, created_at, updated_at)
     values ('receipt', 'draft', ?, ?, ?, ?, 0, ?, ?, ?, 0, ?, ?)`,
  ).run(
    v.customerId,
    v.date,
    customer.stateCode,
    customer.stateCode === company.stateCode ? 1 : 0,
    v.narration,
    JSON.stringify(billTo),
    total,
    cx.now,
    cx.now,
  ).lastInsertRowid as number;
  prepared(
    cx.sqlite,
    `insert into receipt_details (document_id, mode, bank_account_id, instrument_number, instrument_date,
       drawee_bank, amount, tds_amount, tds_section, tds_rate_bps, bank_charges)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    v.mode,
    v.bankAccountId,
    v.instrumentNumber,
    v.instrumentDate,
    v.draweeBank,
    v.amount,
    v.tdsAmount,
    v.tdsSection,
    v.tdsRateBps,
    v.bankCharges,
  );
  if (status === 'issued') issueReceipt(ledger, cx, id, v.date);
  return id;
}

/**
 * Number the receipt and post it: Dr the bank (what it credited), Dr bank charges, Dr TDS
 * receivable, Cr the customer for all of it.
 */
function issueReceipt(ledger: Ledger, cx: CommandContext, id: number, date: string) {
  const company = requireCompany(ledger);
  const { seriesId, number } = takeNumber(cx, 'receipt', date, company.fyStartMonth);
  prepared(
    cx.sqlite,
    `update documents set status = 'issued', number = ?, series_id = ?, date = ?, issued_at = ?,
       updated_at = ?, open_balance = total where id = ? and status = 'draft'`,
  ).run(number, seriesId, date, cx.now, cx.now, id);
  const r = loadReceiptRow(ledger, id);
  const bank = getBankAccount(ledger, r.bank_account_id);
  postJournal(ledger, cx, {
    date,
    documentId: id,
    narration: `Receipt ${number} — ${r.customer_name} (${MODE_LABELS[r.mode]}${r.instrument_number ? ` ${r.instrument_number}` : ''})`,
    lines: [
      { account: { id: bank.accountId }, debit: r.amount - r.bank_charges },
      { account: 'BANK_CHARGES', debit: r.bank_charges },
      { account: 'TDS_RECEIVABLE', debit: r.tds_amount },
      { account: 'AR', customerId: r.customer_id, credit: r.total },
    ],
  });
}

/** Allocations take effect on the later of the credit's date and the invoice's. */
export function allocateAll(
  cx: CommandContext,
  creditId: number,
  date: string,
  debits: DebitItem[],
  allocations: AllocationInput[],
) {
  allocations.forEach((a, i) => {
    const d = debits[i]!;
    allocate(cx, {
      creditId,
      debitId: a.documentId,
      amount: a.amount,
      date: d.date > date ? d.date : date,
    });
  });
}

export function recordReceipt(ledger: Ledger, v: ReceiptValues, actor: string): Receipt {
  return runCommand(ledger, { command: 'receipts.record', actor }, (cx) =>
    recordReceiptInCommand(ledger, cx, v),
  );
}

/** The body of `receipts.record`, for commands that record many receipts (an import) at once. */
export function recordReceiptInCommand(
  ledger: Ledger,
  cx: CommandContext,
  v: ReceiptValues,
): Receipt {
  const { customer } = validateReceipt(ledger, v);
  const postDated = v.mode === 'cheque' && v.instrumentDate !== null && v.instrumentDate > v.date;
  if (postDated && v.allocations.length > 0) {
    refuse(
      'allocations',
      'A post-dated cheque is allocated when it is deposited: clear the allocations',
    );
  }
  const debits = checkAllocations(ledger, v.customerId, v.allocations);
  checkTds(v, debits);
  const id = insertReceipt(ledger, cx, v, customer, postDated ? 'draft' : 'issued');
  if (!postDated) allocateAll(cx, id, v.date, debits, v.allocations);
  const after = getReceipt(ledger, id);
  cx.audit({ entity: 'receipt', entityId: id, before: null, after });
  return after;
}

function addChequeEvent(
  cx: CommandContext,
  id: number,
  event: 'deposited' | 'cleared' | 'bounced',
  date: string,
  reason: string | null = null,
) {
  prepared(
    cx.sqlite,
    'insert into cheque_events (document_id, event, date, reason, created_at) values (?, ?, ?, ?, ?)',
  ).run(id, event, date, reason, cx.now);
}

function requireCheque(ledger: Ledger, id: number, allowed: ChequeStatus[], doing: string) {
  const row = loadReceiptRow(ledger, id);
  const status = chequeStatus(row);
  if (status === null) refuse('id', `Receipt ${row.number} is not a cheque`);
  if (!allowed.includes(status!)) {
    const label = row.number ?? `cheque ${row.instrument_number}`;
    refuse('id', `${label} is ${status!.replace('_', '-')}: it cannot be ${doing}`);
  }
  return row;
}

const checkEventDate = (row: ReceiptRow, date: string, what: string) => {
  if (!isIsoDate(date) || date < row.date) {
    refuse('date', `The ${what} date cannot be before the receipt date ${row.date}`);
  }
};

/**
 * Deposit a cheque. A post-dated one is recorded now, on the deposit date, and allocated as the
 * suggestion says (an exact match, else oldest due first).
 */
export function depositCheque(ledger: Ledger, id: number, date: string, actor: string): Receipt {
  return runCommand(ledger, { command: 'receipts.deposit', actor }, (cx) => {
    const row = requireCheque(ledger, id, ['post_dated', 'received'], 'deposited');
    const before = getReceipt(ledger, id);
    if (row.status === 'draft') {
      if (date < row.instrument_date!) {
        refuse(
          'date',
          `This cheque is dated ${row.instrument_date}: deposit it on or after that day`,
        );
      }
      issueReceipt(ledger, cx, id, date);
      const s = suggest(ledger, {
        customerId: row.customer_id,
        amount: row.amount,
        tdsAmount: row.tds_amount,
        tdsRateBps: row.tds_rate_bps,
      });
      // Only what the receipt really holds: the TDS keyed with the cheque, not a guessed one.
      const wanted = s.tdsAmount === row.tds_amount ? s.allocations : [];
      const debits = checkAllocations(ledger, row.customer_id, wanted);
      allocateAll(cx, id, date, debits, wanted);
    } else {
      checkEventDate(row, date, 'deposit');
    }
    addChequeEvent(cx, id, 'deposited', date);
    const after = getReceipt(ledger, id);
    cx.audit({ entity: 'receipt', entityId: id, before, after });
    return after;
  });
}

export function clearCheque(ledger: Ledger, id: number, date: string, actor: string): Receipt {
  return runCommand(ledger, { command: 'receipts.clear', actor }, (cx) => {
    const row = requireCheque(ledger, id, ['deposited'], 'cleared');
    checkEventDate(row, date, 'clearing');
    const before = getReceipt(ledger, id);
    addChequeEvent(cx, id, 'cleared', date);
    const after = getReceipt(ledger, id);
    cx.audit({ entity: 'receipt', entityId: id, before, after });
    return after;
  });
}

/** A post-dated cheque handed back before its date: it was never posted, so it simply goes. */
export function cancelPostDated(ledger: Ledger, id: number, reason: string, actor: string) {
  return runCommand(ledger, { command: 'receipts.cancelPostDated', actor }, (cx) => {
    requireCheque(ledger, id, ['post_dated'], 'removed');
    const before = getReceipt(ledger, id);
    prepared(cx.sqlite, 'delete from receipt_details where document_id = ?').run(id);
    prepared(cx.sqlite, `delete from documents where id = ? and status = 'draft'`).run(id);
    cx.audit({ entity: 'receipt', entityId: id, before, after: { removed: true, reason } });
    return { removed: true };
  });
}

export { labelOf };
