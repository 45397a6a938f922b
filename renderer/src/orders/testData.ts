// Orders and invoices as the ledger returns them, for the component tests.
import type { Company } from '../../../shared/company/contract';
import type { GstDocument } from '../../../shared/invoices/contract';
import type { Order } from '../../../shared/orders/contract';

type Line = Order['lines'][number];

export function sampleOrderLine(overrides: Partial<Line> = {}): Line {
  return {
    id: 11,
    position: 1,
    itemId: null,
    description: 'Ball valve 50 mm PN16',
    hsnSac: '8481',
    unit: 'NOS',
    quantityMilli: 10_000,
    rate: 125_000,
    discountPercentBps: null,
    discountAmount: null,
    gstRateBps: 1800,
    invoicedMilli: 0,
    remainingMilli: 10_000,
    ...overrides,
  };
}

/** EST/25-26/0001: ten valves and their installation for Tata AutoComp, in draft. */
export function sampleOrder(overrides: Partial<Order> = {}): Order {
  return {
    id: 5,
    kind: 'estimate',
    status: 'draft',
    number: 'EST/25-26/0001',
    customerId: 1,
    customerCode: 'TATAAUTO',
    customerName: 'Tata AutoComp Systems Ltd',
    date: '2025-05-02',
    validUntil: '2025-05-31',
    customerReference: null,
    approvedOn: null,
    notes: null,
    lines: [
      sampleOrderLine(),
      sampleOrderLine({
        id: 12,
        position: 2,
        description: 'Installation and commissioning',
        hsnSac: '998719',
        quantityMilli: 1000,
        rate: 500_000,
        remainingMilli: 1000,
      }),
    ],
    ...overrides,
  };
}

const party = {
  name: 'Tata AutoComp Systems Ltd',
  gstin: '27AAACT1234K1ZG',
  pan: 'AAACT1234K',
  address: { line1: 'TACO House', line2: null, city: 'Pune', pincode: '411018', stateCode: '27' },
  stateCode: '27',
  email: null,
  phone: null,
};

/** The draft `orders.toInvoice` makes of `sampleOrder`, dated 20 May 2025. */
export function sampleDraft(overrides: Partial<GstDocument> = {}): GstDocument {
  return {
    id: 40,
    kind: 'invoice',
    status: 'draft',
    number: null,
    customerId: 1,
    customerCode: 'TATAAUTO',
    customerName: 'Tata AutoComp Systems Ltd',
    date: '2025-05-20',
    dueDate: '2025-07-04',
    placeOfSupply: '27',
    intraState: true,
    reverseCharge: false,
    roundOff: true,
    reference: 'Mail of 5 May',
    notes: null,
    reason: null,
    referenced: [],
    billTo: party,
    shipTo: null,
    lines: [
      {
        position: 1,
        itemId: null,
        orderLineId: 11,
        description: 'Ball valve 50 mm PN16',
        hsnSac: '8481',
        unit: 'NOS',
        quantityMilli: 10_000,
        rate: 125_000,
        discountPercentBps: null,
        discountAmount: null,
        gross: 1_250_000,
        discount: 0,
        taxable: 1_250_000,
        gstRateBps: 1800,
        cgst: 112_500,
        sgst: 112_500,
        igst: 0,
        total: 1_475_000,
      },
      {
        position: 2,
        itemId: null,
        orderLineId: 12,
        description: 'Installation and commissioning',
        hsnSac: '998719',
        unit: 'NOS',
        quantityMilli: 1000,
        rate: 500_000,
        discountPercentBps: null,
        discountAmount: null,
        gross: 500_000,
        discount: 0,
        taxable: 500_000,
        gstRateBps: 1800,
        cgst: 45_000,
        sgst: 45_000,
        igst: 0,
        total: 590_000,
      },
    ],
    totals: {
      taxable: 1_750_000,
      cgst: 157_500,
      sgst: 157_500,
      igst: 0,
      roundOff: 0,
      total: 2_065_000,
    },
    openBalance: 0,
    settledOn: null,
    issuedAt: null,
    ...overrides,
  };
}

export function sampleCompany(overrides: Partial<Company> = {}): Company {
  return {
    legalName: 'Sahyadri Supplies Pvt Ltd',
    tradeName: null,
    address: { line1: null, line2: null, city: 'Pune', pincode: null, stateCode: '27' },
    gstin: '27AAPFU0939F1ZV',
    stateCode: '27',
    pan: null,
    email: null,
    phone: null,
    bank: { accountName: null, bankName: null, branch: null, accountNumber: null, ifsc: null },
    fyStartMonth: 4,
    logo: null,
    creditCheck: 'warn',
    writeOffTolerance: 1000,
    createdAt: '2025-04-01T00:00:00.000Z',
    updatedAt: '2025-04-01T00:00:00.000Z',
    ...overrides,
  };
}
