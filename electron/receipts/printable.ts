// A recorded receipt from the ledger, as the print pipeline wants it: nothing left to compute.
import type { Ledger } from '../../db/ledger/open';
import { getBankAccount } from '../../db/receipts/bank-accounts';
import { getReceipt } from '../../db/receipts/receipts';
import type { IsoDate } from '../../shared/dates';
import type { Party } from '../../shared/invoices/contract';
import { paise } from '../../shared/money';
import { MODE_LABELS, type Receipt } from '../../shared/receipts/contract';
import type {
  PrintableReceipt,
  PrintableReceiptKind,
  PrintableSettlement,
} from '../../shared/receipts/printable';
import { BahiError } from '../../shared/result';
import { printableParty, printableSupplier, state } from '../invoices/printable';

interface DocumentFacts {
  place_of_supply: string;
  reverse_charge: number;
  bill_to_json: string;
}

interface AllocationFacts {
  id: number;
  debit_date: string;
  /** Made by the command that recorded (or, for a post-dated cheque, deposited) the receipt. */
  at_issue: number;
}

/**
 * Invoices, debit notes and opening items this receipt settled; a returned cheque's own debit
 * item is how the bounce undoes the receipt, not something it paid.
 */
const isSettlement = (a: Receipt['allocations'][number], receiptId: number) =>
  a.creditId === receiptId &&
  a.reversesId === null &&
  a.amount > 0 &&
  a.debitKind !== 'cheque_return';

function allocationFacts(ledger: Ledger, receiptId: number): Map<number, AllocationFacts> {
  const rows = ledger.sqlite
    .prepare(
      `select a.id, dd.date as debit_date, (a.created_at = cd.issued_at) as at_issue
         from allocations a
         join documents cd on cd.id = a.credit_document_id
         join documents dd on dd.id = a.debit_document_id
        where a.credit_document_id = ?`,
    )
    .all(receiptId) as AllocationFacts[];
  return new Map(rows.map((r) => [r.id, r]));
}

function returnedCheque(ledger: Ledger, receiptId: number): PrintableReceipt['returned'] {
  const row = ledger.sqlite
    .prepare(
      `select date, reason from cheque_events where document_id = ? and event = 'bounced'
        order by id desc limit 1`,
    )
    .get(receiptId) as { date: string; reason: string | null } | undefined;
  return row ? { date: row.date as IsoDate, reason: row.reason } : null;
}

/** Live settlements, one line per invoice (an invoice allocated twice shows its sum). */
function settlementsOf(r: Receipt, facts: Map<number, AllocationFacts>): PrintableSettlement[] {
  const byDebit = new Map<number, PrintableSettlement>();
  for (const a of r.allocations) {
    if (!isSettlement(a, r.id) || a.reversed) continue;
    const line = byDebit.get(a.debitId);
    if (line) line.amount = paise(line.amount + a.amount);
    else {
      byDebit.set(a.debitId, {
        number: a.debitNumber,
        date: (facts.get(a.id)?.debit_date ?? a.date) as IsoDate,
        amount: paise(a.amount),
      });
    }
  }
  return [...byDebit.values()];
}

/**
 * A money receipt settled invoices when it was recorded; an advance did not, and prints as a
 * Rule 50 receipt voucher. A bounced cheque keeps the kind it was printed as.
 */
function kindOf(
  r: Receipt,
  facts: Map<number, AllocationFacts>,
  bounced: boolean,
): PrintableReceiptKind {
  const atIssue = r.allocations.filter(
    (a) => isSettlement(a, r.id) && facts.get(a.id)?.at_issue === 1 && (bounced || !a.reversed),
  );
  return atIssue.length > 0 ? 'MONEY_RECEIPT' : 'RECEIPT_VOUCHER';
}

export function printableReceipt(ledger: Ledger, id: number): PrintableReceipt {
  const r = getReceipt(ledger, id);
  if (r.status !== 'issued' || !r.number) {
    throw new BahiError(
      'VALIDATION',
      'A post-dated cheque has no receipt yet: it is numbered and printable once deposited',
      { field: 'id' },
    );
  }
  const doc = ledger.sqlite
    .prepare('select place_of_supply, reverse_charge, bill_to_json from documents where id = ?')
    .get(id) as DocumentFacts;
  const facts = allocationFacts(ledger, id);
  const returned = returnedCheque(ledger, id);
  const bank = getBankAccount(ledger, r.bankAccountId);
  return {
    kind: kindOf(r, facts, returned !== null),
    number: r.number,
    date: r.date as IsoDate,
    supplier: printableSupplier(ledger),
    customer: printableParty(JSON.parse(doc.bill_to_json) as Party),
    mode: r.mode,
    modeLabel: MODE_LABELS[r.mode],
    instrumentNumber: r.instrumentNumber,
    instrumentDate: r.instrumentDate as IsoDate | null,
    draweeBank: r.draweeBank,
    creditedTo: {
      name: bank.name,
      bankName: bank.bankName,
      accountNumber: bank.accountNumber,
    },
    amount: paise(r.amount),
    tds: r.tdsAmount > 0 ? { section: r.tdsSection ?? '', amount: paise(r.tdsAmount) } : null,
    bankCharges: paise(r.bankCharges),
    total: paise(r.total),
    settlements: settlementsOf(r, facts),
    onAccount: paise(returned ? 0 : r.unallocated),
    narration: r.narration,
    subjectToRealisation: r.mode === 'cheque',
    returned,
    placeOfSupply: state(doc.place_of_supply),
    reverseCharge: doc.reverse_charge === 1,
  };
}
