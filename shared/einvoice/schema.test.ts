import { describe, expect, it } from 'vitest';
import { makeGstin } from '../gst';
import { checkEInvoice, jsonPath, type EInvoiceJson } from './schema';

const valid = (): EInvoiceJson => ({
  Version: '1.1',
  TranDtls: { TaxSch: 'GST', SupTyp: 'B2B', RegRev: 'N', IgstOnIntra: 'N' },
  DocDtls: { Typ: 'INV', No: 'INV/25-26/0001', Dt: '15/06/2025' },
  SellerDtls: {
    Gstin: makeGstin('27', 'AAHCS4321F'),
    LglNm: 'Sahyadri Supplies Pvt Ltd',
    Addr1: 'Plot 14, MIDC',
    Loc: 'Pune',
    Pin: 411026,
    Stcd: '27',
  },
  BuyerDtls: {
    Gstin: makeGstin('27', 'AAACP1234K'),
    LglNm: 'Pune Motors Pvt Ltd',
    Addr1: '12 Industrial Estate',
    Loc: 'Pimpri',
    Pin: 411018,
    Stcd: '27',
    Pos: '27',
  },
  ItemList: [
    {
      SlNo: '1',
      PrdDesc: 'Ball valve',
      IsServc: 'N',
      HsnCd: '8481',
      Qty: 10,
      Unit: 'NOS',
      UnitPrice: 99.99,
      TotAmt: 999.9,
      Discount: 0,
      AssAmt: 999.9,
      GstRt: 18,
      IgstAmt: 0,
      CgstAmt: 89.99,
      SgstAmt: 89.99,
      TotItemVal: 1179.88,
    },
  ],
  ValDtls: {
    AssVal: 999.9,
    CgstVal: 89.99,
    SgstVal: 89.99,
    IgstVal: 0,
    RndOffAmt: 0.12,
    TotInvVal: 1180,
  },
});

const problems = (change: (j: EInvoiceJson) => void) => {
  const j = valid();
  change(j);
  const r = checkEInvoice(j);
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
};
const item = (j: EInvoiceJson) => j.ItemList[0]!;

describe('the NIC e-invoice schema 1.1', () => {
  it('accepts a consistent invoice', () => {
    expect(problems(() => undefined)).toEqual([]);
  });

  it('checks value totals to the paisa', () => {
    expect(problems((j) => (j.ValDtls.AssVal = 999.89))).toEqual([
      "ValDtls.AssVal: AssVal must be the sum of the items' taxable values = ₹999.90",
      'ValDtls.TotInvVal: Invoice value must be taxable value + taxes + round-off = ₹1,179.99',
    ]);
    expect(problems((j) => (j.ValDtls.TotInvVal = 1180.01))).toEqual([
      'ValDtls.TotInvVal: Invoice value must be taxable value + taxes + round-off = ₹1,180.00',
    ]);
    expect(problems((j) => (j.ValDtls.CgstVal = 90))).toContain(
      "ValDtls.CgstVal: CgstVal must be the sum of the items' CGST = ₹89.99",
    );
  });

  it('checks each item: taxable = gross − discount, total = taxable + taxes', () => {
    expect(problems((j) => (item(j).Discount = 0.01))).toContain(
      'ItemList[0].AssAmt: Taxable value must be gross amount − discount = ₹999.89',
    );
    expect(problems((j) => (item(j).TotItemVal = 1179.87))).toEqual([
      'ItemList[0].TotItemVal: Item total must be taxable value + taxes = ₹1,179.88',
    ]);
    expect(problems((j) => (item(j).TotAmt = 999.91))).toContain(
      'ItemList[0].TotAmt: Gross amount must be unit price × quantity = ₹999.90',
    );
  });

  it('keeps IGST off an intra-state supply and CGST/SGST off an inter-state one', () => {
    expect(
      problems((j) => {
        j.BuyerDtls.Pos = '29';
      }),
    ).toContain(
      'ItemList[0].CgstAmt: An inter-state supply (seller state ≠ place of supply) carries IGST, not CGST and SGST',
    );
    expect(
      problems((j) => {
        Object.assign(item(j), { IgstAmt: 179.98, CgstAmt: 0, SgstAmt: 0 });
        Object.assign(j.ValDtls, { IgstVal: 179.98, CgstVal: 0, SgstVal: 0 });
      }),
    ).toEqual([
      'ItemList[0].IgstAmt: An intra-state supply (seller state = place of supply) carries CGST and SGST, not IGST',
    ]);
  });

  it('limits decimals: 2 for amounts, 3 for quantities and prices', () => {
    expect(problems((j) => (item(j).Qty = 10.0001))).toContain(
      'ItemList[0].Qty: Quantity can have at most 3 decimals',
    );
    expect(problems((j) => (j.ValDtls.AssVal = 999.901))).toContain(
      'ValDtls.AssVal: Total taxable value can have at most 2 decimals',
    );
  });

  it('knows the field rules: document number, date, PIN, state, GSTIN, service flag', () => {
    expect(problems((j) => (j.DocDtls.No = '0INV/1'))[0]).toMatch(
      /^DocDtls.No: Document number is 1 to 16/,
    );
    expect(problems((j) => (j.DocDtls.No = 'INV/2025-26/000001'))[0]).toMatch(/^DocDtls.No: /);
    expect(problems((j) => (j.DocDtls.Dt = '2025-06-15'))).toEqual([
      'DocDtls.Dt: Document date must be a date written dd/mm/yyyy',
    ]);
    expect(problems((j) => (j.DocDtls.Dt = '31/06/2025'))).toHaveLength(1);
    expect(problems((j) => (j.SellerDtls.Pin = 11026))).toEqual([
      'SellerDtls.Pin: PIN code must be 6 digits, not starting with 0',
    ]);
    expect(problems((j) => (j.SellerDtls.Stcd = '29'))).toContain(
      'SellerDtls.Stcd: State code 29 does not match the seller GSTIN',
    );
    expect(problems((j) => (j.BuyerDtls.Gstin = 'URP'))[0]).toMatch(
      /^BuyerDtls.Gstin: Buyer GSTIN must be/,
    );
    expect(problems((j) => (item(j).IsServc = 'Y'))).toEqual([
      'ItemList[0].IsServc: IsServc is "Y" exactly when the code is a SAC (starting 99)',
    ]);
    expect(problems((j) => (j.SellerDtls.Loc = 'AB'))).toEqual([
      'SellerDtls.Loc: City must be at least 3 characters',
    ]);
  });

  it('wants a credit note to name its original invoice', () => {
    expect(problems((j) => (j.DocDtls.Typ = 'CRN'))).toEqual([
      'RefDtls.PrecDocDtls: A credit or debit note must name the invoice it adjusts',
    ]);
    expect(
      problems((j) => {
        j.DocDtls.Typ = 'CRN';
        j.RefDtls = { PrecDocDtls: [{ InvNo: 'INV/25-26/0001', InvDt: '01/06/2025' }] };
      }),
    ).toEqual([]);
  });

  it('names missing fields', () => {
    const j = valid() as Partial<EInvoiceJson>;
    delete j.ValDtls;
    const r = checkEInvoice(j);
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(['ValDtls']);
  });

  it('writes JSON paths the way people read them', () => {
    expect(jsonPath(['ItemList', 3, 'AssAmt'])).toBe('ItemList[3].AssAmt');
    expect(jsonPath(['RefDtls', 'PrecDocDtls', 0, 'InvNo'])).toBe('RefDtls.PrecDocDtls[0].InvNo');
  });
});
