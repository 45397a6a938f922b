import type { Company } from '../../../shared/company/contract';
import type { Customer, CustomerSummary } from '../../../shared/customers/contract';
import type { DocumentDraftInput, GstDocument } from '../../../shared/invoices/contract';
import type { Item } from '../../../shared/items/contract';
import { sampleCustomer } from '../test-utils';
import { factsOf, type CustomerFacts } from './invoiceForm';

/** Sahyadri Traders LLP, registered in Maharashtra (27). */
export const company: Company = {
  legalName: 'Sahyadri Traders LLP',
  tradeName: null,
  address: { line1: null, line2: null, city: null, pincode: null, stateCode: '27' },
  gstin: '27AAPFU0939F1ZV',
  stateCode: '27',
  pan: 'AAPFU0939F',
  email: null,
  phone: null,
  bank: { accountName: null, bankName: null, branch: null, accountNumber: null, ifsc: null },
  fyStartMonth: 4,
  logo: null,
  creditCheck: 'warn',
  writeOffTolerance: 1000,
  createdAt: '2025-01-15T00:00:00.000Z',
  updatedAt: '2025-01-15T00:00:00.000Z',
};

/** Pune: the same state as the company, so intra-state. */
export const pune = sampleCustomer({ id: 1, code: 'TATAAUTO' });
/** Bengaluru: another state, so inter-state. */
export const bengaluru = sampleCustomer({
  id: 2,
  code: 'BIOCON',
  name: 'Biocon Biologics Ltd',
  gstin: null,
  stateCode: '29',
  paymentTermsDays: 30,
  billingAddress: { line1: null, line2: null, city: 'Bengaluru', pincode: null, stateCode: '29' },
});

export const summaryOf = (c: Customer): CustomerSummary => ({
  id: c.id,
  code: c.code,
  name: c.name,
  gstin: c.gstin,
  stateCode: c.stateCode,
  phone: c.phone,
  email: c.email,
  paymentTermsDays: c.paymentTermsDays,
  creditLimit: c.creditLimit,
  customerGroup: c.customerGroup,
  archived: c.archived,
});

/** 18% until the rate cut of 22-09-2025, 12% from then on. */
export const valve: Item = {
  id: 7,
  name: 'Ball valve 2"',
  kind: 'goods',
  hsnSac: '8481',
  unit: 'NOS',
  defaultRate: 150_000,
  description: null,
  gstRates: [
    { effectiveFrom: '2017-07-01', gstRateBps: 1800 },
    { effectiveFrom: '2025-09-22', gstRateBps: 1200 },
  ],
  archived: false,
};

/** What the ledger would answer to a draft, for the fields the editor reads afterwards. */
export function draftDocument(id: number, input: DocumentDraftInput): GstDocument {
  return {
    id,
    kind: input.kind ?? 'invoice',
    status: 'draft',
    number: null,
    customerId: input.customerId,
    customerCode: 'TATAAUTO',
    customerName: 'Tata AutoComp Systems Ltd',
    date: input.date,
    dueDate: null,
    placeOfSupply: '27',
    intraState: true,
    reverseCharge: false,
    roundOff: true,
    reference: null,
    notes: null,
    reason: null,
    referenced: [],
    billTo: {
      name: 'Tata AutoComp Systems Ltd',
      gstin: null,
      pan: null,
      address: { line1: null, line2: null, city: null, pincode: null, stateCode: '27' },
      stateCode: '27',
      email: null,
      phone: null,
    },
    shipTo: null,
    lines: [],
    totals: { taxable: 0, cgst: 0, sgst: 0, igst: 0, roundOff: 0, total: 0 },
    openBalance: 0,
    settledOn: null,
    issuedAt: null,
  };
}

/** What the editor knows of a customer in Pune, with overrides. */
export const factsOfTest = (over: Partial<CustomerFacts> = {}): CustomerFacts => ({
  ...factsOf(pune),
  ...over,
});
