import type { JobStatus } from '../../../../shared/jobs/contract';
import type { StatementOfAccount } from '../../../../shared/reports/contract';

const address = { line1: null, line2: null, city: null, pincode: null, stateCode: '27' };

/** Pune's first quarter: ₹1,18,000 brought forward, two invoices, a receipt with TDS, a note. */
export const sampleStatement = (over: Partial<StatementOfAccount> = {}): StatementOfAccount => ({
  company: {
    legalName: 'Sahyadri Supplies Pvt Ltd',
    gstin: '27AAPFU0939F1ZV',
    address,
    stateCode: '27',
    email: null,
    phone: null,
    bank: { accountName: null, bankName: null, branch: null, accountNumber: null, ifsc: null },
  },
  customer: {
    id: 7,
    code: 'PUNE',
    name: 'Pune Engineering Pvt Ltd',
    gstin: '27AAACT1234K1ZG',
    address,
    email: null,
  },
  from: '2025-04-01',
  to: '2025-06-30',
  opening: 118_000_00,
  entries: [
    {
      date: '2025-04-10',
      documentId: 11,
      kind: 'invoice',
      number: 'INV/25-26/0001',
      particulars: 'Invoice',
      dueDate: '2025-05-10',
      debit: 59_000_00,
      credit: 0,
      balance: 177_000_00,
    },
    {
      date: '2025-05-12',
      documentId: 21,
      kind: 'receipt',
      number: 'RCT/25-26/0001',
      particulars: 'Payment received by NEFT HDFCN5 (incl. TDS deducted)',
      dueDate: null,
      debit: 0,
      credit: 118_000_00,
      balance: 59_000_00,
    },
    {
      date: '2025-05-20',
      documentId: 22,
      kind: 'credit_note',
      number: 'CN/25-26/0001',
      particulars: 'Credit note',
      dueDate: null,
      debit: 0,
      credit: 5_900_00,
      balance: 53_100_00,
    },
  ],
  closing: 53_100_00,
  totals: { debit: 59_000_00, credit: 123_900_00 },
  ageing: {
    buckets: [
      { label: 'Not due', from: null, to: 0 },
      { label: '1–30', from: 1, to: 30 },
      { label: '31–60', from: 31, to: 60 },
      { label: '61–90', from: 61, to: 90 },
      { label: 'Over 90', from: 91, to: null },
    ],
    amounts: [0, 0, 53_100_00, 0, 0],
    onAccount: 0,
    total: 53_100_00,
  },
  ...over,
});

export const job = (over: Partial<JobStatus> = {}): JobStatus => ({
  jobId: 'job-1',
  kind: 'statements',
  state: 'running',
  done: 0,
  total: 3,
  message: '0 of 3',
  output: null,
  ...over,
});
