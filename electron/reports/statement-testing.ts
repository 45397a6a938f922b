// Test support for statements: the printed-documents company with bank details, and a customer
// whose period has an opening balance, invoices, a receipt with TDS, a credit note and a
// cheque that bounced.
import { requireCompany, updateCompany } from '../../db/company/company';
import { createDraft, issueDocument } from '../../db/invoices/invoices';
import type { Ledger } from '../../db/ledger/open';
import { invoice, receive } from '../../db/receipts/fixture';
import { bounceCheque } from '../../db/receipts/settlements';
import { companyInput } from '../../shared/company/contract';
import { documentDraftInput } from '../../shared/invoices/contract';
import { documentsLedger } from '../receipts/testing';

export const BANK = {
  accountName: 'Sahyadri Supplies Pvt Ltd',
  bankName: 'HDFC Bank',
  branch: 'Bhosari, Pune',
  accountNumber: '50200012341234',
  ifsc: 'HDFC0000123',
};

export function statementsLedger() {
  const t = documentsLedger();
  updateCompany(t.ledger, companyInput.parse({ ...requireCompany(t.ledger), bank: BANK }), 't');
  return t;
}

export function creditNote(
  ledger: Ledger,
  customerId: number,
  against: number,
  taxable: number,
  date: string,
) {
  const draft = createDraft(
    ledger,
    documentDraftInput.parse({
      kind: 'credit_note',
      customerId,
      date,
      reason: 'discount',
      referencedIds: [against],
      roundOff: false,
      lines: [
        {
          description: 'Discount',
          hsnSac: '998719',
          unit: 'NOS',
          quantity: '1',
          rate: taxable,
          gstRateBps: 1800,
        },
      ],
    }),
    't',
  );
  return issueDocument(ledger, draft.id, 't').document;
}

/**
 * Pune, 01-04-2025 to 30-06-2025: ₹1,18,000.00 Dr brought forward from March; two invoices,
 * ₹1,16,000 by NEFT with ₹2,000 TDS, a ₹5,900 credit note, and a ₹53,100 cheque returned
 * unpaid. Closing ₹1,00,300.00 Dr; ₹53,100 is 31–60 days past due, ₹47,200 1–30.
 */
export function storyOf(t: ReturnType<typeof statementsLedger>) {
  const { ledger, pune, hdfc } = t;
  const march = invoice(ledger, pune, 100_000_00, '2025-03-10'); // ₹1,18,000.00
  const b = invoice(ledger, pune, 50_000_00, '2025-04-10'); // ₹59,000.00, due 10-05-2025
  const c = invoice(ledger, pune, 40_000_00, '2025-05-05'); // ₹47,200.00, due 04-06-2025
  receive(ledger, {
    customerId: pune,
    bankAccountId: hdfc,
    date: '2025-05-12',
    amount: 116_000_00,
    tdsAmount: 2_000_00,
    tdsSection: '194C',
    allocations: [{ documentId: march.id, amount: 118_000_00 }],
  });
  const note = creditNote(ledger, pune, b.id, 5_000_00, '2025-05-20'); // ₹5,900.00
  const cheque = receive(ledger, {
    customerId: pune,
    bankAccountId: hdfc,
    mode: 'cheque',
    instrumentNumber: '123456',
    instrumentDate: '2025-06-02',
    draweeBank: 'ICICI Bank',
    date: '2025-06-02',
    amount: 53_100_00,
    allocations: [{ documentId: b.id, amount: 53_100_00 }],
  });
  bounceCheque(
    ledger,
    { id: cheque.id, date: '2025-06-05', reason: 'Funds insufficient', charges: null },
    't',
  );
  return { march, b, c, note, cheque };
}
