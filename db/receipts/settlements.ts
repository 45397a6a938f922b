// What happens to money after it is received: matched to invoices later, un-matched with a
// reason, paid back, written off, or reversed when a cheque bounces. Each is one command.
import { formatINR, paise } from '../../shared/money';
import { documentDraftInput } from '../../shared/invoices/contract';
import type { AllocationInput, AllocationRow, Receipt } from '../../shared/receipts/contract';
import { BahiError } from '../../shared/result';
import { allocate, effectiveDate } from '../allocations/allocations';
import { requireCompany } from '../company/company';
import { getCustomer } from '../customers/customers';
import { raiseInCommand } from '../invoices/invoices';
import { takeNumber } from '../invoices/series';
import { postJournal } from '../journal/journal';
import { runCommand, type CommandContext } from '../ledger/command';
import { prepared } from '../ledger/statements';
import type { Ledger } from '../ledger/open';
import { allocationsOf, getAllocation, labelOf } from './allocation-rows';
import { getBankAccount } from './bank-accounts';
import { allocateAll, checkAllocations, getReceipt } from './receipts';

const refuse = (field: string, message: string): never => {
  throw new BahiError('VALIDATION', message, { field });
};

interface DocRow {
  id: number;
  kind: string;
  status: string;
  number: string;
  customer_id: number;
  date: string;
  total: number;
  open_balance: number;
  bill_to_json: string;
  place_of_supply: string;
  intra_state: number;
}

function loadDoc(ledger: Ledger, id: number, field: string): DocRow {
  const d = prepared(
    ledger.sqlite,
    `select id, kind, status, number, customer_id, date, total, open_balance, bill_to_json,
       place_of_supply, intra_state from documents where id = ?`,
  ).get(id) as DocRow | undefined;
  if (!d || d.status !== 'issued') {
    throw new BahiError('NOT_FOUND', `There is no issued document with id ${id}`, { field });
  }
  return d;
}

const CREDIT_KINDS_TO_USE = ['receipt', 'credit_note'];

/** Match a receipt's on-account money or a credit note to open invoices. */
export function allocateCredit(
  ledger: Ledger,
  q: { creditId: number; date: string; allocations: AllocationInput[] },
  actor: string,
): AllocationRow[] {
  return runCommand(ledger, { command: 'receipts.allocate', actor }, (cx) => {
    const credit = loadDoc(ledger, q.creditId, 'creditId');
    if (!CREDIT_KINDS_TO_USE.includes(credit.kind)) {
      refuse('creditId', `${labelOf(credit.kind)} ${credit.number} is not money to allocate`);
    }
    const total = q.allocations.reduce((s, a) => s + a.amount, 0);
    if (total > credit.open_balance) {
      refuse(
        'allocations',
        `${credit.number} has ${formatINR(paise(credit.open_balance))} unallocated: allocate at most that`,
      );
    }
    if (q.date < credit.date)
      refuse('date', `Allocate on or after ${credit.number}’s date, ${credit.date}`);
    const ids = q.allocations.map((a) => a.documentId);
    if (new Set(ids).size !== ids.length) refuse('allocations', 'Allocate to each invoice once');
    const debits = checkAllocations(ledger, credit.customer_id, q.allocations);
    const before = prepared(cx.sqlite, 'select coalesce(max(id), 0) from allocations')
      .pluck()
      .get() as number;
    allocateAll(cx, credit.id, q.date, debits, q.allocations);
    return allocationsOf(ledger, [credit.id]).filter((a) => a.id > before);
  });
}

/** Undoing is a new, negative allocation with its reason: the original row stays for the audit. */
export function reverseAllocationInCommand(
  cx: CommandContext,
  original: AllocationRow,
  date: string,
  reason: string,
): number {
  const effective = effectiveDate(cx, original.creditId, original.debitId, date);
  const id = prepared(
    cx.sqlite,
    `insert into allocations (credit_document_id, debit_document_id, amount, date, reverses_id, reason, created_at)
     values (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    original.creditId,
    original.debitId,
    -original.amount,
    effective,
    original.id,
    reason,
    cx.now,
  ).lastInsertRowid as number;
  const reopen = prepared(
    cx.sqlite,
    'update documents set open_balance = open_balance + ?, settled_on = null where id = ?',
  );
  reopen.run(original.amount, original.creditId);
  reopen.run(original.amount, original.debitId);
  cx.audit({
    entity: 'allocation',
    entityId: id,
    before: original,
    after: { reversedBy: id, date: effective, reason },
  });
  return id;
}

const UNDOABLE_CREDITS = new Set(['receipt', 'credit_note']);
const UNDOABLE_DEBITS = new Set(['invoice', 'debit_note', 'opening_invoice', 'instalment']);

export function unallocate(
  ledger: Ledger,
  q: { allocationId: number; date: string; reason: string },
  actor: string,
): AllocationRow {
  return runCommand(ledger, { command: 'receipts.unallocate', actor }, (cx) => {
    const a = getAllocation(ledger, q.allocationId);
    if (!a) {
      throw new BahiError('NOT_FOUND', `There is no allocation with id ${q.allocationId}`, {
        field: 'allocationId',
      });
    }
    if (a.amount < 0) refuse('allocationId', 'That row already undoes an allocation');
    if (a.reversed) refuse('allocationId', 'That allocation has already been undone');
    if (!UNDOABLE_CREDITS.has(a.creditKind) || !UNDOABLE_DEBITS.has(a.debitKind)) {
      refuse(
        'allocationId',
        `${labelOf(a.creditKind)} ${a.creditNumber} settles ${a.debitNumber} for good: it cannot be undone here`,
      );
    }
    if (q.date < a.date) refuse('date', `Undo on or after the allocation date, ${a.date}`);
    const id = reverseAllocationInCommand(cx, a, q.date, q.reason);
    return getAllocation(ledger, id)!;
  });
}

/** The party a document of our own bills: copied from a document of the same customer. */
export type DocumentLike = Pick<
  DocRow,
  'customer_id' | 'place_of_supply' | 'intra_state' | 'bill_to_json'
>;

/**
 * A document of our own (refund, write-off, returned cheque, a payment plan and its
 * instalments): numbered and issued; the caller posts and allocates it.
 */
export function insertSettlement(
  ledger: Ledger,
  cx: CommandContext,
  d: {
    kind: 'refund' | 'write_off' | 'cheque_return' | 'payment_plan' | 'instalment';
    number?: string;
    like: DocumentLike;
    date: string;
    dueDate?: string | null;
    amount: number;
    reference?: string | null;
    reason?: string | null;
    notes: string | null;
  },
): { id: number; number: string } {
  const company = requireCompany(ledger);
  const numbered = d.number
    ? { number: d.number, seriesId: null }
    : takeNumber(cx, d.kind, d.date, company.fyStartMonth);
  const id = prepared(
    cx.sqlite,
    `insert into documents (kind, status, number, series_id, customer_id, date, due_date, place_of_supply,
       intra_state, round_off_enabled, reference, notes, reason, bill_to_json, total, open_balance, issued_at,
       created_at, updated_at)
     values (?, 'issued', ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    d.kind,
    numbered.number,
    numbered.seriesId,
    d.like.customer_id,
    d.date,
    d.dueDate ?? null,
    d.like.place_of_supply,
    d.like.intra_state,
    d.reference ?? null,
    d.notes,
    d.reason ?? null,
    d.like.bill_to_json,
    d.amount,
    d.amount,
    cx.now,
    cx.now,
    cx.now,
  ).lastInsertRowid as number;
  return { id, number: numbered.number };
}

export function refund(
  ledger: Ledger,
  q: {
    creditId: number;
    amount: number;
    date: string;
    bankAccountId: number;
    reference: string | null;
    reason: string;
  },
  actor: string,
): { id: number; number: string } {
  return runCommand(ledger, { command: 'receipts.refund', actor }, (cx) => {
    const credit = loadDoc(ledger, q.creditId, 'creditId');
    if (!CREDIT_KINDS_TO_USE.includes(credit.kind)) {
      refuse('creditId', `${labelOf(credit.kind)} ${credit.number} is not money to refund`);
    }
    if (q.amount > credit.open_balance) {
      refuse(
        'amount',
        `${credit.number} has ${formatINR(paise(credit.open_balance))} unallocated: refund at most that`,
      );
    }
    if (q.date < credit.date)
      refuse('date', `Refund on or after ${credit.number}’s date, ${credit.date}`);
    const bank = getBankAccount(ledger, q.bankAccountId);
    if (!bank.active) refuse('bankAccountId', `${bank.name} is retired: choose an active account`);
    const customer = getCustomer(ledger, credit.customer_id);
    const doc = insertSettlement(ledger, cx, {
      kind: 'refund',
      like: credit,
      date: q.date,
      amount: q.amount,
      reference: q.reference,
      notes: q.reason,
    });
    postJournal(ledger, cx, {
      date: q.date,
      documentId: doc.id,
      narration: `Refund ${doc.number} — ${customer.name} (of ${credit.number})`,
      lines: [
        { account: 'AR', customerId: credit.customer_id, debit: q.amount },
        { account: { id: bank.accountId }, credit: q.amount },
      ],
    });
    allocate(cx, { creditId: credit.id, debitId: doc.id, amount: q.amount, date: q.date });
    cx.audit({
      entity: 'document',
      entityId: doc.id,
      before: null,
      after: { kind: 'refund', ...q, ...doc },
    });
    return doc;
  });
}

const WRITE_OFF_DEBITS = new Set([
  'invoice',
  'debit_note',
  'opening_invoice',
  'cheque_return',
  'instalment',
]);

export function writeOff(
  ledger: Ledger,
  q: {
    documentId: number;
    amount: number;
    date: string;
    kind: 'small_balance' | 'bad_debt';
    reason: string;
  },
  actor: string,
): { id: number; number: string } {
  return runCommand(ledger, { command: 'receipts.writeOff', actor }, (cx) => {
    const debit = loadDoc(ledger, q.documentId, 'documentId');
    if (!WRITE_OFF_DEBITS.has(debit.kind)) {
      refuse('documentId', `${labelOf(debit.kind)} ${debit.number} is not an amount owed`);
    }
    if (q.amount > debit.open_balance) {
      refuse(
        'amount',
        `${debit.number} has ${formatINR(paise(debit.open_balance))} open: write off at most that`,
      );
    }
    const company = requireCompany(ledger);
    if (q.kind === 'small_balance' && q.amount > company.writeOffTolerance) {
      refuse(
        'amount',
        `A small-balance write-off is limited to ${formatINR(paise(company.writeOffTolerance))} ` +
          '(company setting): write this off as a bad debt, or change the tolerance',
      );
    }
    if (q.date < debit.date)
      refuse('date', `Write off on or after ${debit.number}’s date, ${debit.date}`);
    const customer = getCustomer(ledger, debit.customer_id);
    const doc = insertSettlement(ledger, cx, {
      kind: 'write_off',
      like: debit,
      date: q.date,
      amount: q.amount,
      reason: q.kind,
      notes: q.reason,
    });
    postJournal(ledger, cx, {
      date: q.date,
      documentId: doc.id,
      narration: `Write-off ${doc.number} — ${customer.name} (${debit.number}, ${q.kind === 'bad_debt' ? 'bad debt' : 'small balance'})`,
      lines: [
        { account: q.kind === 'bad_debt' ? 'BAD_DEBTS' : 'SMALL_BALANCES', debit: q.amount },
        { account: 'AR', customerId: debit.customer_id, credit: q.amount },
      ],
    });
    allocate(cx, { creditId: doc.id, debitId: debit.id, amount: q.amount, date: q.date });
    cx.audit({
      entity: 'document',
      entityId: doc.id,
      before: null,
      after: { ...q, writeOff: q.kind, ...doc, kind: 'write_off' },
    });
    return doc;
  });
}

/**
 * A cheque came back unpaid. In one command: undo every allocation it made (the invoices open
 * again), raise a "cheque returned" debit item for its full amount posted as the exact reverse
 * of the receipt, set the two against each other, note the bounce in the cheque register, and
 * optionally raise a GST debit note for the bounce charges.
 */
export function bounceCheque(
  ledger: Ledger,
  q: {
    id: number;
    date: string;
    reason: string;
    charges: { amount: number; gstRateBps: number; hsnSac: string } | null;
  },
  actor: string,
): { receipt: Receipt; debitNoteId: number | null } {
  return runCommand(ledger, { command: 'receipts.bounce', actor }, (cx) => {
    const before = getReceipt(ledger, q.id);
    if (before.mode !== 'cheque') refuse('id', `Receipt ${before.number} is not a cheque`);
    if (before.chequeStatus === 'post_dated') {
      refuse('id', 'A post-dated cheque is not yet recorded: remove it instead of bouncing it');
    }
    if (before.chequeStatus === 'cleared') {
      refuse(
        'id',
        `Cheque ${before.instrumentNumber} has cleared: raise a debit note if the bank reversed it`,
      );
    }
    if (before.chequeStatus === 'bounced')
      refuse('id', `Cheque ${before.instrumentNumber} has already bounced`);
    if (q.date < before.date)
      refuse('date', `The bounce date cannot be before the receipt date ${before.date}`);
    const receiptDoc = loadDoc(ledger, q.id, 'id');

    const live = before.allocations.filter((a) => a.amount > 0 && !a.reversed);
    const reopened = live.map((a) => a.debitNumber);
    for (const a of live) {
      reverseAllocationInCommand(
        cx,
        a,
        q.date,
        `Cheque ${before.instrumentNumber} returned: ${q.reason}`,
      );
    }
    const ret = insertSettlement(ledger, cx, {
      kind: 'cheque_return',
      number: before.number!,
      like: receiptDoc,
      date: q.date,
      amount: before.total,
      reference: before.instrumentNumber,
      notes: q.reason,
    });
    const bank = getBankAccount(ledger, before.bankAccountId);
    postJournal(ledger, cx, {
      date: q.date,
      documentId: ret.id,
      narration: `Cheque ${before.instrumentNumber} returned — ${before.customerName} (receipt ${before.number}): ${q.reason}`,
      lines: [
        { account: 'AR', customerId: before.customerId, debit: before.total },
        { account: { id: bank.accountId }, credit: before.amount - before.bankCharges },
        { account: 'BANK_CHARGES', credit: before.bankCharges },
        { account: 'TDS_RECEIVABLE', credit: before.tdsAmount },
      ],
    });
    allocate(cx, { creditId: q.id, debitId: ret.id, amount: before.total, date: q.date });
    prepared(
      cx.sqlite,
      `insert into cheque_events (document_id, event, date, reason, created_at) values (?, 'bounced', ?, ?, ?)`,
    ).run(q.id, q.date, q.reason, cx.now);

    let debitNoteId: number | null = null;
    if (q.charges) {
      if (live.length === 0) {
        refuse(
          'charges',
          'This cheque was not against any invoice, and a debit note must name one (Rule 53): raise the charges as a separate debit note',
        );
      }
      const parsed = documentDraftInput.safeParse({
        kind: 'debit_note',
        customerId: before.customerId,
        date: q.date,
        reason: 'other',
        notes: `Charges for cheque ${before.instrumentNumber} returned unpaid (${q.reason})`,
        referencedIds: live.map((a) => a.debitId),
        lines: [
          {
            description: `Cheque return charges — cheque ${before.instrumentNumber} dated ${before.instrumentDate}`,
            hsnSac: q.charges.hsnSac,
            unit: 'OTH',
            quantity: '1',
            rate: q.charges.amount,
            gstRateBps: q.charges.gstRateBps,
          },
        ],
      });
      if (!parsed.success) {
        refuse(
          'charges',
          `The bounce charges cannot be billed: ${parsed.error.issues[0]!.message}`,
        );
      }
      const note = raiseInCommand(ledger, cx, parsed.data!);
      debitNoteId = note.id;
    }
    const after = getReceipt(ledger, q.id);
    cx.audit({
      entity: 'receipt',
      entityId: q.id,
      before,
      after: { ...after, reopened, debitNoteId },
    });
    return { receipt: after, debitNoteId };
  });
}
