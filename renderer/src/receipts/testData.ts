import type { BankAccount, OpenItemRow, Receipt } from '../../../shared/receipts/contract';

export const hdfc: BankAccount = {
  id: 2,
  name: 'HDFC Bank Current A/c',
  kind: 'bank',
  bankName: 'HDFC Bank',
  accountNumber: '50200012345678',
  ifsc: 'HDFC0000123',
  accountCode: '1101',
  accountName: 'HDFC Bank Current A/c',
  active: true,
};

export const cash: BankAccount = {
  id: 1,
  name: 'Cash in Hand',
  kind: 'cash',
  bankName: null,
  accountNumber: null,
  ifsc: null,
  accountCode: '1100',
  accountName: 'Cash in Hand',
  active: true,
};

/** Two invoices of ₹1,00,000 taxable + 18% GST: ₹1,18,000 each, TDS 2% = ₹2,000 each. */
export const openInvoices: OpenItemRow[] = [
  {
    documentId: 11,
    kind: 'invoice',
    number: 'INV/25-26/0001',
    date: '2025-06-01',
    dueDate: '2025-07-01',
    total: 11_800_000,
    taxable: 10_000_000,
    openBalance: 11_800_000,
  },
  {
    documentId: 12,
    kind: 'invoice',
    number: 'INV/25-26/0002',
    date: '2025-06-10',
    dueDate: '2025-07-10',
    total: 11_800_000,
    taxable: 10_000_000,
    openBalance: 11_800_000,
  },
];

/** A cheque of ₹2,32,000 with ₹4,000 TDS u/s 194C, settling both invoices. */
export function chequeReceipt(over: Partial<Receipt> = {}): Receipt {
  return {
    id: 21,
    status: 'issued',
    number: 'RCT/25-26/0001',
    date: '2025-07-15',
    customerId: 1,
    customerCode: 'TATAAUTO',
    customerName: 'Tata AutoComp Systems Ltd',
    mode: 'cheque',
    bankAccountId: hdfc.id,
    bankAccountName: hdfc.name,
    instrumentNumber: '123456',
    instrumentDate: '2025-07-15',
    draweeBank: 'State Bank of India',
    amount: 23_200_000,
    tdsAmount: 400_000,
    tdsSection: '194C',
    tdsRateBps: 200,
    bankCharges: 0,
    total: 23_600_000,
    unallocated: 0,
    narration: null,
    chequeStatus: 'received',
    allocations: [
      {
        id: 31,
        creditId: 21,
        creditNumber: 'RCT/25-26/0001',
        creditKind: 'receipt',
        debitId: 11,
        debitNumber: 'INV/25-26/0001',
        debitKind: 'invoice',
        date: '2025-07-15',
        amount: 11_800_000,
        reason: null,
        reversesId: null,
        reversed: false,
      },
      {
        id: 32,
        creditId: 21,
        creditNumber: 'RCT/25-26/0001',
        creditKind: 'receipt',
        debitId: 12,
        debitNumber: 'INV/25-26/0002',
        debitKind: 'invoice',
        date: '2025-07-15',
        amount: 11_800_000,
        reason: null,
        reversesId: null,
        reversed: false,
      },
    ],
    ...over,
  };
}

/** The same receipt after its cheque came back on 20-07-2025. */
export function bouncedReceipt(): Receipt {
  const r = chequeReceipt();
  const reason = 'Cheque 123456 returned: Funds insufficient';
  return {
    ...r,
    chequeStatus: 'bounced',
    allocations: [
      ...r.allocations.map((a) => ({ ...a, reversed: true })),
      ...r.allocations.map((a, i) => ({
        ...a,
        id: 33 + i,
        date: '2025-07-20',
        amount: -a.amount,
        reason,
        reversesId: a.id,
      })),
      {
        id: 35,
        creditId: 21,
        creditNumber: 'RCT/25-26/0001',
        creditKind: 'receipt',
        debitId: 40,
        debitNumber: 'RCT/25-26/0001',
        debitKind: 'cheque_return',
        date: '2025-07-20',
        amount: 23_600_000,
        reason: null,
        reversesId: null,
        reversed: false,
      },
    ],
  };
}
