import type { AllocationRow, CustomerLedger, OpenItemRow } from '../../../shared/receipts/contract';

/** Invoice 11 (₹1,18,000) and 12 (₹59,000), a receipt of ₹1,50,000 and a credit note of ₹40,000. */
export const invoice11: OpenItemRow = {
  documentId: 11,
  kind: 'invoice',
  number: 'INV/25-26/0001',
  date: '2025-05-10',
  dueDate: '2025-06-09',
  total: 1_18_000_00,
  taxable: 1_00_000_00,
  openBalance: 1_18_000_00,
};

export const invoice12: OpenItemRow = {
  documentId: 12,
  kind: 'invoice',
  number: 'INV/25-26/0002',
  date: '2025-06-01',
  dueDate: '2025-07-01',
  total: 59_000_00,
  taxable: 50_000_00,
  openBalance: 49_000_00,
};

export const receipt21: OpenItemRow = {
  documentId: 21,
  kind: 'receipt',
  number: 'RCT/25-26/0001',
  date: '2025-07-01',
  dueDate: null,
  total: 1_50_000_00,
  taxable: 0,
  openBalance: 1_50_000_00,
};

export const creditNote22: OpenItemRow = {
  documentId: 22,
  kind: 'credit_note',
  number: 'CN/25-26/0001',
  date: '2025-07-15',
  dueDate: null,
  total: 40_000_00,
  taxable: 33_898_31,
  openBalance: 30_000_00,
};

const allocation = (a: Partial<AllocationRow> & Pick<AllocationRow, 'id'>): AllocationRow => ({
  creditId: 21,
  creditNumber: receipt21.number,
  creditKind: 'receipt',
  debitId: 11,
  debitNumber: invoice11.number,
  debitKind: 'invoice',
  date: '2025-07-02',
  amount: 50_000_00,
  reason: null,
  reversesId: null,
  reversed: false,
  ...a,
});

export const sampleLedger = (over: Partial<CustomerLedger> = {}): CustomerLedger => ({
  customerId: 1,
  customerCode: 'TATAAUTO',
  customerName: 'Tata AutoComp Systems Ltd',
  from: '2025-04-01',
  to: '2026-03-31',
  opening: 0,
  entries: [
    {
      date: '2025-05-10',
      documentId: 11,
      kind: 'invoice',
      number: invoice11.number,
      narration: 'Invoice INV/25-26/0001 — Tata AutoComp Systems Ltd',
      debit: 1_18_000_00,
      credit: 0,
      balance: 1_18_000_00,
    },
    {
      date: '2025-06-01',
      documentId: 12,
      kind: 'invoice',
      number: invoice12.number,
      narration: 'Invoice INV/25-26/0002 — Tata AutoComp Systems Ltd',
      debit: 59_000_00,
      credit: 0,
      balance: 1_77_000_00,
    },
    {
      date: '2025-07-01',
      documentId: 21,
      kind: 'receipt',
      number: receipt21.number,
      narration: 'Receipt RCT/25-26/0001 — NEFT',
      debit: 0,
      credit: 1_50_000_00,
      balance: 27_000_00,
    },
    {
      date: '2025-07-15',
      documentId: 22,
      kind: 'credit_note',
      number: creditNote22.number,
      narration: 'Credit note CN/25-26/0001',
      debit: 0,
      credit: 40_000_00,
      balance: -13_000_00,
    },
  ],
  closing: -13_000_00,
  open: { debits: [invoice11, invoice12], credits: [receipt21, creditNote22] },
  onAccount: 1_80_000_00,
  allocations: [
    allocation({ id: 5, reversed: true }),
    allocation({
      id: 6,
      date: '2025-07-03',
      amount: -50_000_00,
      reason: 'Wrong invoice',
      reversesId: 5,
    }),
    allocation({
      id: 7,
      creditId: 22,
      creditNumber: creditNote22.number,
      creditKind: 'credit_note',
      debitId: 12,
      debitNumber: invoice12.number,
      date: '2025-07-15',
      amount: 10_000_00,
    }),
  ],
  ...over,
});
