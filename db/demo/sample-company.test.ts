import { afterEach, describe, expect, it } from 'vitest';
import { documentDraftInput } from '../../shared/invoices/contract';
import { receiptInput } from '../../shared/receipts/contract';
import { listCustomers } from '../customers/customers';
import { createDraft, issueDocument } from '../invoices/invoices';
import { listBankAccounts } from '../receipts/bank-accounts';
import { recordReceipt } from '../receipts/receipts';
import { tempLedger } from '../testing';
import { seedSampleCompany } from './sample-company';

let ledger: ReturnType<typeof tempLedger>;
afterEach(() => ledger.cleanup());

describe('the sample company', () => {
  it('has a bank account beside Cash in Hand, so a receipt can be recorded into it', () => {
    ledger = tempLedger();
    seedSampleCompany(ledger, 't');
    const accounts = listBankAccounts(ledger);
    expect(accounts.map((a) => [a.name, a.kind])).toEqual([
      ['HDFC Bank Current A/c', 'bank'],
      ['Cash in Hand', 'cash'],
    ]);
    const hdfc = accounts.find((a) => a.kind === 'bank')!;

    const tata = listCustomers(ledger, {
      search: 'TATAAUTO',
      includeArchived: false,
      limit: 1,
      offset: 0,
    }).rows[0]!;
    const draft = createDraft(
      ledger,
      documentDraftInput.parse({
        customerId: tata.id,
        date: '2025-06-15',
        lines: [
          {
            description: 'Ball valve',
            hsnSac: '8481',
            unit: 'NOS',
            quantity: '1',
            rate: 100_000,
            gstRateBps: 1800,
          },
        ],
      }),
      't',
    );
    const invoice = issueDocument(ledger, draft.id, 't').document;
    const receipt = recordReceipt(
      ledger,
      receiptInput.parse({
        customerId: tata.id,
        date: '2025-07-01',
        mode: 'neft',
        bankAccountId: hdfc.id,
        instrumentNumber: 'HDFCN52025070112345',
        amount: 118_000,
        allocations: [{ documentId: invoice.id, amount: 118_000 }],
      }),
      't',
    );
    expect(receipt).toMatchObject({ number: 'RCT/25-26/0001', bankAccountName: hdfc.name });
    expect(receipt.unallocated).toBe(0);
  });
});
