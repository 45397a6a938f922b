// Opening items: invoices still open when the books move to Bahi, brought in from Tally or Excel.
import { requireCompany } from '../company/company';
import { getCustomer } from '../customers/customers';
import { postJournal } from '../journal/journal';
import { runCommand } from '../ledger/command';
import type { Ledger } from '../ledger/open';

export interface OpeningInvoice {
  number: string;
  customerId: number;
  date: string;
  dueDate: string;
  /** What is still open, in paise. */
  amount: number;
  reference: string | null;
}

/**
 * All or nothing, in one command: each row becomes an issued opening invoice (no lines, no tax
 * recomputed) with its journal Dr the customer, Cr opening balances.
 */
export function importOpeningInvoices(
  ledger: Ledger,
  rows: OpeningInvoice[],
  actor: string,
): number {
  return runCommand(ledger, { command: 'invoices.importOpening', actor }, (cx) => {
    const company = requireCompany(ledger);
    const insert = cx.sqlite.prepare(
      `insert into documents (kind, status, number, customer_id, date, due_date, place_of_supply, intra_state,
         round_off_enabled, reference, bill_to_json, taxable, total, open_balance, issued_at, created_at, updated_at)
       values ('opening_invoice', 'issued', @number, @customerId, @date, @dueDate, @state, @intra, 0, @reference,
         @billTo, @amount, @amount, @amount, @now, @now, @now)`,
    );
    for (const row of rows) {
      const c = getCustomer(ledger, row.customerId);
      const billTo = {
        name: c.name,
        gstin: c.gstin,
        pan: c.pan,
        address: c.billingAddress,
        stateCode: c.stateCode,
        email: c.email,
        phone: c.phone,
      };
      const id = insert.run({
        ...row,
        state: c.stateCode,
        intra: c.stateCode === company.stateCode ? 1 : 0,
        billTo: JSON.stringify(billTo),
        now: cx.now,
      }).lastInsertRowid as number;
      postJournal(ledger, cx, {
        date: row.date,
        documentId: id,
        narration: `Opening invoice ${row.number} — ${c.name}`,
        lines: [
          { account: 'AR', customerId: row.customerId, debit: row.amount },
          { account: 'OPENING', credit: row.amount },
        ],
      });
      cx.audit({
        entity: 'document',
        entityId: id,
        before: null,
        after: { kind: 'opening_invoice', ...row },
      });
    }
    return rows.length;
  });
}
