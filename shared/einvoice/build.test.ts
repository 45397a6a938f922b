import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Company } from '../company/contract';
import { makeGstin } from '../gst';
import type { GstDocument } from '../invoices/contract';
import { paise } from '../money';
import type { BahiError } from '../result';
import { taxDocument, type Discount } from '../tax/gst';
import { buildEInvoice, eInvoiceFileName, nicDate } from './build';
import { checkEInvoice } from './schema';

const company: Company = {
  legalName: 'Sahyadri Supplies Pvt Ltd',
  tradeName: null,
  address: {
    line1: 'Plot 14, MIDC',
    line2: null,
    city: 'Pune',
    pincode: '411026',
    stateCode: '27',
  },
  gstin: makeGstin('27', 'AAHCS4321F'),
  stateCode: '27',
  pan: 'AAHCS4321F',
  email: null,
  phone: null,
  bank: { accountName: null, bankName: null, branch: null, accountNumber: null, ifsc: null },
  fyStartMonth: 4,
  logo: null,
  creditCheck: 'warn',
  writeOffTolerance: 1000,
  createdAt: '2025-04-01T00:00:00.000Z',
  updatedAt: '2025-04-01T00:00:00.000Z',
};

interface LineSpec {
  hsnSac: string;
  quantityMilli: number;
  rate: number;
  discount: Discount;
  gstRateBps: number;
}

function documentOf(
  specs: LineSpec[],
  o: { kind: GstDocument['kind']; intraState: boolean; roundOff: boolean },
): GstDocument {
  const state = o.intraState ? '27' : '29';
  const taxed = taxDocument(
    specs.map((s) => ({ ...s, rate: paise(s.rate) })),
    o,
  );
  const billTo = {
    name: 'Pune Motors Pvt Ltd',
    gstin: makeGstin(state, 'AAACP1234K'),
    pan: 'AAACP1234K',
    address: {
      line1: '12 Industrial Estate',
      line2: null,
      city: 'Pimpri',
      pincode: '411018',
      stateCode: state,
    },
    stateCode: state,
    email: null,
    phone: null,
  };
  return {
    id: 1,
    kind: o.kind,
    status: 'issued',
    number: 'INV/25-26/0001',
    customerId: 1,
    customerCode: 'PUNE',
    customerName: billTo.name,
    date: '2025-06-15',
    dueDate: null,
    placeOfSupply: state,
    intraState: o.intraState,
    reverseCharge: false,
    roundOff: o.roundOff,
    reference: null,
    notes: null,
    reason: o.kind === 'invoice' ? null : 'return',
    referenced:
      o.kind === 'invoice' ? [] : [{ id: 9, number: 'INV/24-25/0099', date: '2025-03-31' }],
    billTo,
    shipTo: null,
    lines: specs.map((s, i) => ({
      position: i + 1,
      itemId: null,
      description: `Item ${String(i + 1)}`,
      hsnSac: s.hsnSac,
      unit: 'NOS',
      quantityMilli: s.quantityMilli,
      rate: s.rate,
      discountPercentBps: s.discount?.kind === 'percent' ? s.discount.bps : null,
      discountAmount: s.discount?.kind === 'amount' ? s.discount.amount : null,
      gstRateBps: s.gstRateBps,
      ...taxed.lines[i]!,
    })),
    totals: taxed.totals,
    openBalance: taxed.totals.total,
    settledOn: null,
    issuedAt: '2025-06-15T10:00:00.000Z',
  };
}

const lineSpec: fc.Arbitrary<LineSpec> = fc
  .record({
    hsnSac: fc.constantFrom('8481', '84818090', '7318', '998719', '995411'),
    quantityMilli: fc.integer({ min: 1, max: 50_000_000 }),
    rate: fc.integer({ min: 0, max: 20_000_000 }),
    discountKind: fc.constantFrom('none', 'percent', 'amount'),
    discountBps: fc.integer({ min: 0, max: 10_000 }),
    discountShareBps: fc.integer({ min: 0, max: 10_000 }),
    gstRateBps: fc.constantFrom(0, 10, 25, 100, 150, 300, 500, 600, 750, 1200, 1800, 2800, 4000),
  })
  .map((r) => {
    const gross = new Decimal(r.rate).times(r.quantityMilli).div(100_000);
    // An amount discount is a whole number of paise no larger than the line (in paise).
    const most = gross.times(100).floor().toNumber();
    const amount = new Decimal(most).times(r.discountShareBps).div(10_000).floor().toNumber();
    const discount: Discount =
      r.discountKind === 'percent'
        ? { kind: 'percent', bps: r.discountBps }
        : r.discountKind === 'amount'
          ? { kind: 'amount', amount: paise(amount) }
          : null;
    return {
      hsnSac: r.hsnSac,
      quantityMilli: r.quantityMilli,
      rate: r.rate,
      discount,
      gstRateBps: r.gstRateBps,
    };
  });

const toPaise = (rupees: number) => new Decimal(rupees).times(100).toNumber();

describe('buildEInvoice', () => {
  it('always validates, and every value total equals the ledger to the paisa', () => {
    fc.assert(
      fc.property(
        fc.array(lineSpec, { minLength: 1, maxLength: 25 }),
        fc.constantFrom<GstDocument['kind']>('invoice', 'credit_note', 'debit_note'),
        fc.boolean(),
        fc.boolean(),
        (specs, kind, intraState, roundOff) => {
          const doc = documentOf(specs, { kind, intraState, roundOff });
          const json = buildEInvoice(doc, company);
          expect(checkEInvoice(json).ok).toBe(true);
          const v = json.ValDtls;
          expect(
            [v.AssVal, v.CgstVal, v.SgstVal, v.IgstVal, v.RndOffAmt, v.TotInvVal].map(toPaise),
          ).toEqual([
            doc.totals.taxable,
            doc.totals.cgst,
            doc.totals.sgst,
            doc.totals.igst,
            doc.totals.roundOff,
            doc.totals.total,
          ]);
          json.ItemList.forEach((item, i) => {
            const l = doc.lines[i]!;
            expect([item.TotAmt, item.Discount, item.AssAmt, item.TotItemVal].map(toPaise)).toEqual(
              [l.gross, l.discount, l.taxable, l.total],
            );
            expect(item.IsServc).toBe(l.hsnSac.startsWith('99') ? 'Y' : 'N');
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses an opening balance, which is not a supply', () => {
    const doc = { ...documentOf([], { kind: 'invoice', intraState: true, roundOff: false }) };
    expect(() => buildEInvoice({ ...doc, kind: 'opening_invoice' }, company)).toThrow(
      'An opening balance is not a supply and is not e-invoiced',
    );
  });

  it('refuses a company without a GSTIN', () => {
    const doc = documentOf(
      [{ hsnSac: '8481', quantityMilli: 1000, rate: 100, discount: null, gstRateBps: 1800 }],
      { kind: 'invoice', intraState: true, roundOff: false },
    );
    expect(() => buildEInvoice(doc, { ...company, gstin: null })).toThrow(
      'SellerDtls.Gstin: the company has no GSTIN — add it in Company settings',
    );
  });

  it('cuts a description above 300 characters and leaves out one under 3', () => {
    const base = documentOf(
      [
        { hsnSac: '8481', quantityMilli: 1000, rate: 100, discount: null, gstRateBps: 1800 },
        { hsnSac: '8481', quantityMilli: 1000, rate: 100, discount: null, gstRateBps: 1800 },
      ],
      { kind: 'invoice', intraState: true, roundOff: false },
    );
    const doc = {
      ...base,
      lines: [
        { ...base.lines[0]!, description: 'x'.repeat(400) },
        { ...base.lines[1]!, description: 'AC' },
      ],
    };
    const [long, short] = buildEInvoice(doc, company).ItemList;
    expect(long!.PrdDesc).toHaveLength(300);
    expect(short!.PrdDesc).toBeUndefined();
  });

  it('names the line of a problem in the items', () => {
    const doc = documentOf(
      [
        { hsnSac: '8481', quantityMilli: 1000, rate: 100, discount: null, gstRateBps: 1800 },
        { hsnSac: '8481', quantityMilli: 1000, rate: 100, discount: null, gstRateBps: 1700 },
      ],
      { kind: 'invoice', intraState: false, roundOff: false },
    );
    const e = (() => {
      try {
        buildEInvoice(doc, company);
      } catch (err) {
        return err as BahiError;
      }
      throw new Error('expected a refusal');
    })();
    expect(e.message).toBe(
      'ItemList[1].GstRt: GST rate must be one the IRP accepts: 0, 0.1, 0.25, 1, 1.5, 3, 5, 6, 7.5, 12, 18, 28, 40% (line 2)',
    );
  });

  it('writes dates and file names as the IRP and Windows want them', () => {
    expect(nicDate('2026-01-05')).toBe('05/01/2026');
    expect(() => nicDate('2026-02-30')).toThrow();
    expect(eInvoiceFileName('INV/25-26/0001')).toBe('INV-25-26-0001.json');
  });
});
