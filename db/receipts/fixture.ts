// Test support for receipts: a company, two customers, a bank account and invoices to pay.
import { companyInput } from '../../shared/company/contract';
import { customerInput } from '../../shared/customers/contract';
import { makeGstin } from '../../shared/gst';
import { documentDraftInput } from '../../shared/invoices/contract';
import { receiptInput, type ReceiptInput } from '../../shared/receipts/contract';
import { setupCompany } from '../company/company';
import { createCustomer } from '../customers/customers';
import { createDraft, issueDocument } from '../invoices/invoices';
import type { Ledger } from '../ledger/open';
import { tempLedger } from '../testing';
import { createBankAccount, listBankAccounts } from './bank-accounts';
import { recordReceipt } from './receipts';

export function receiptsLedger() {
  const ledger = tempLedger();
  setupCompany(
    ledger,
    companyInput.parse({
      legalName: 'Sahyadri Supplies Pvt Ltd',
      gstin: makeGstin('27', 'AAHCS4321F'),
    }),
    't',
  );
  const customer = (code: string, state: string, pan: string) =>
    createCustomer(
      ledger,
      customerInput.parse({ code, name: `${code} Ltd`, gstin: makeGstin(state, pan) }),
      't',
    ).id;
  const pune = customer('PUNE', '27', 'AAACP1234K');
  const blr = customer('BLR', '29', 'AAACB1234L');
  const hdfc = createBankAccount(
    ledger,
    {
      name: 'HDFC Current 1234',
      bankName: 'HDFC Bank',
      accountNumber: '50200012341234',
      ifsc: 'HDFC0000123',
    },
    't',
  ).id;
  const cash = listBankAccounts(ledger).find((b) => b.kind === 'cash')!.id;
  return { ledger, pune, blr, hdfc, cash };
}

/** Issue an invoice of one line: `taxable` paise at 18% GST, dated `date`, 30 days' terms. */
export function invoice(ledger: Ledger, customerId: number, taxable: number, date = '2025-06-01') {
  const draft = documentDraftInput.parse({
    customerId,
    date,
    roundOff: false,
    lines: [
      {
        description: 'Annual maintenance',
        hsnSac: '998719',
        unit: 'NOS',
        quantity: '1',
        rate: taxable,
        gstRateBps: 1800,
      },
    ],
  });
  return issueDocument(ledger, createDraft(ledger, draft, 't').id, 't').document;
}

export function receive(
  ledger: Ledger,
  input: Partial<ReceiptInput> & { customerId: number; bankAccountId: number; amount: number },
) {
  return recordReceipt(
    ledger,
    receiptInput.parse({
      date: '2025-07-01',
      mode: 'neft',
      instrumentNumber: 'HDFCN52025070112345',
      ...input,
    }),
    't',
  );
}
