import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { printableDocument } from '../../electron/invoices/printable';
import { companyInput, type CompanyInput } from '../../shared/company/contract';
import { customerInput } from '../../shared/customers/contract';
import { toIsoDate } from '../../shared/dates';
import { parseIrpResponse } from '../../shared/einvoice/response';
import { fakeIrn, fakeIrpResponse } from '../../shared/einvoice/testing';
import { makeGstin } from '../../shared/gst';
import { documentDraftInput, type DocumentDraftInput } from '../../shared/invoices/contract';
import { BahiError } from '../../shared/result';
import { verifyLedger } from '../audit/audit';
import { setupCompany, updateCompany } from '../company/company';
import { createCustomer } from '../customers/customers';
import { cancelInvoice, createDraft, issueDocument } from '../invoices/invoices';
import { count, tempLedger } from '../testing';
import { exportEInvoice, getEInvoice, registerEInvoice } from './einvoice';

const COMPANY_GSTIN = makeGstin('27', 'AAHCS4321F');
const PUNE_GSTIN = makeGstin('27', 'AAACP1234K');
const BLR_GSTIN = makeGstin('29', 'AAACB1234L');

const company = (over: Partial<CompanyInput> = {}) =>
  companyInput.parse({
    legalName: 'Sahyadri Supplies Pvt Ltd',
    tradeName: 'Sahyadri Supplies',
    gstin: COMPANY_GSTIN,
    address: {
      line1: 'Plot 14, MIDC Bhosari',
      line2: 'Near Telco Road',
      city: 'Pune',
      pincode: '411026',
    },
    phone: '020 2712 3456',
    email: 'accounts@sahyadri.example',
    ...over,
  });

let ledger: ReturnType<typeof tempLedger>;
let pune: number; // same state as the company
let bengaluru: number; // another state
let walkIn: number; // no GSTIN

beforeEach(() => {
  ledger = tempLedger();
  setupCompany(ledger, company(), 't');
  const customer = (code: string, name: string, gstin: string | null, city: string, pin: string) =>
    createCustomer(
      ledger,
      customerInput.parse({
        code,
        name,
        gstin,
        stateCode: gstin ? null : '27',
        phone: '98220 12345',
        billingAddress: { line1: '12 Industrial Estate', city, pincode: pin },
      }),
      't',
    ).id;
  pune = customer('PUNE', 'Pune Motors Pvt Ltd', PUNE_GSTIN, 'Pimpri', '411018');
  bengaluru = customer('BLR', 'Bengaluru Tech Pvt Ltd', BLR_GSTIN, 'Bengaluru', '560058');
  walkIn = customer('WALKIN', 'Walk-in Buyer', null, 'Pune', '411001');
});
afterEach(() => ledger.cleanup());

const draft = (over: Partial<DocumentDraftInput> = {}) =>
  documentDraftInput.parse({
    customerId: pune,
    date: '2025-06-15',
    lines: [
      {
        description: 'Ball valve 2"',
        hsnSac: '8481',
        unit: 'NOS',
        quantity: '10',
        rate: 9_999,
        gstRateBps: 1800,
      },
      {
        description: 'Installation',
        hsnSac: '998719',
        unit: 'NOS',
        quantity: '1',
        rate: 50_000,
        gstRateBps: 1800,
      },
    ],
    ...over,
  });

const issue = (over: Partial<DocumentDraftInput> = {}) =>
  issueDocument(ledger, createDraft(ledger, draft(over), 't').id, 't').document;

const refusal = (fn: () => unknown): BahiError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof BahiError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
};

const register = (id: number, response: unknown) =>
  registerEInvoice(ledger, id, parseIrpResponse(JSON.stringify(response)), 't');

describe('e-invoice export', () => {
  it('writes an intra-state invoice with CGST + SGST and exact totals', () => {
    const inv = issue();
    const json = exportEInvoice(ledger, inv.id);
    expect(json).toEqual({
      Version: '1.1',
      TranDtls: { TaxSch: 'GST', SupTyp: 'B2B', RegRev: 'N', IgstOnIntra: 'N' },
      DocDtls: { Typ: 'INV', No: 'INV/25-26/0001', Dt: '15/06/2025' },
      SellerDtls: {
        Gstin: COMPANY_GSTIN,
        LglNm: 'Sahyadri Supplies Pvt Ltd',
        TrdNm: 'Sahyadri Supplies',
        Addr1: 'Plot 14, MIDC Bhosari',
        Addr2: 'Near Telco Road',
        Loc: 'Pune',
        Pin: 411026,
        Stcd: '27',
        Ph: '2027123456',
        Em: 'accounts@sahyadri.example',
      },
      BuyerDtls: {
        Gstin: PUNE_GSTIN,
        LglNm: 'Pune Motors Pvt Ltd',
        Addr1: '12 Industrial Estate',
        Loc: 'Pimpri',
        Pin: 411018,
        Stcd: '27',
        Pos: '27',
        Ph: '9822012345',
      },
      ItemList: [
        {
          SlNo: '1',
          PrdDesc: 'Ball valve 2"',
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
        {
          SlNo: '2',
          PrdDesc: 'Installation',
          IsServc: 'Y',
          HsnCd: '998719',
          Qty: 1,
          Unit: 'NOS',
          UnitPrice: 500,
          TotAmt: 500,
          Discount: 0,
          AssAmt: 500,
          GstRt: 18,
          IgstAmt: 0,
          CgstAmt: 45,
          SgstAmt: 45,
          TotItemVal: 590,
        },
      ],
      ValDtls: {
        AssVal: 1499.9,
        CgstVal: 134.99,
        SgstVal: 134.99,
        IgstVal: 0,
        RndOffAmt: 0.12,
        TotInvVal: 1770,
      },
    });
  });

  it('writes an inter-state invoice with IGST, a discount and the place of supply', () => {
    const inv = issue({
      customerId: bengaluru,
      lines: [
        {
          description: 'Gate valve 4"',
          hsnSac: '84818090',
          unit: 'NOS',
          quantity: '2.5',
          rate: 123_457,
          discountPercentBps: 1000,
          gstRateBps: 1200,
        },
      ],
    });
    const json = exportEInvoice(ledger, inv.id);
    expect(json.BuyerDtls).toMatchObject({ Gstin: BLR_GSTIN, Stcd: '29', Pos: '29' });
    expect(json.ItemList).toEqual([
      expect.objectContaining({
        Qty: 2.5,
        UnitPrice: 1234.57,
        TotAmt: 3086.43, // 2.5 × 1234.57 = 3086.425, half-up
        Discount: 308.64,
        AssAmt: 2777.79,
        GstRt: 12,
        IgstAmt: 333.33,
        CgstAmt: 0,
        SgstAmt: 0,
        TotItemVal: 3111.12,
      }),
    ]);
    expect(json.ValDtls).toEqual({
      AssVal: 2777.79,
      CgstVal: 0,
      SgstVal: 0,
      IgstVal: 333.33,
      RndOffAmt: -0.12,
      TotInvVal: 3111,
    });
    expect(inv.totals).toMatchObject({ taxable: 277_779, igst: 33_333, total: 311_100 });
  });

  it('states a different ship-to, whose state is the place of supply', () => {
    const inv = issue({
      shipTo: {
        line1: 'Warehouse 3, Hosur Road',
        city: 'Bengaluru',
        pincode: '560068',
        stateCode: '29',
      },
    });
    const json = exportEInvoice(ledger, inv.id);
    expect(json.BuyerDtls).toMatchObject({ Stcd: '27', Pos: '29' });
    expect(json.ShipDtls).toEqual({
      Gstin: PUNE_GSTIN,
      LglNm: 'Pune Motors Pvt Ltd',
      Addr1: 'Warehouse 3, Hosur Road',
      Loc: 'Bengaluru',
      Pin: 560068,
      Stcd: '29',
    });
    expect(json.ValDtls).toMatchObject({ CgstVal: 0, SgstVal: 0, IgstVal: 269.98 });
  });

  it('names a ship-to address without a PIN code', () => {
    const inv = issue({ shipTo: { line1: 'Warehouse 3', city: 'Pimpri', stateCode: '27' } });
    expect(refusal(() => exportEInvoice(ledger, inv.id)).message).toBe(
      "ShipDtls.Pin: Pune Motors Pvt Ltd's shipping PIN code was missing when INV/25-26/0001 was " +
        'issued — add it to the customer, then cancel this document with a credit note and issue it again',
    );
  });

  it('gives a credit note its original invoice in RefDtls.PrecDocDtls', () => {
    const inv = issue();
    const note = cancelInvoice(
      ledger,
      inv.id,
      { date: toIsoDate('2025-07-02'), reason: 'return', notes: null },
      't',
    );
    const json = exportEInvoice(ledger, note.id);
    expect(json.DocDtls).toEqual({ Typ: 'CRN', No: 'CN/25-26/0001', Dt: '02/07/2025' });
    expect(json.RefDtls).toEqual({
      PrecDocDtls: [{ InvNo: 'INV/25-26/0001', InvDt: '15/06/2025' }],
    });
    expect(json.ValDtls.TotInvVal).toBe(1770);
  });

  it('marks a debit note DBN with its original invoice', () => {
    const inv = issue();
    const dn = issue({ kind: 'debit_note', reason: 'rate_difference', referencedIds: [inv.id] });
    const json = exportEInvoice(ledger, dn.id);
    expect(json.DocDtls.Typ).toBe('DBN');
    expect(json.RefDtls?.PrecDocDtls).toEqual([{ InvNo: 'INV/25-26/0001', InvDt: '15/06/2025' }]);
  });

  it('refuses an unregistered buyer: no GSTIN, no e-invoice', () => {
    const inv = issue({ customerId: walkIn });
    const e = refusal(() => exportEInvoice(ledger, inv.id));
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toBe(
      'BuyerDtls.Gstin: Walk-in Buyer has no GSTIN. E-invoices are for registered buyers (B2B) ' +
        'only: an invoice to an unregistered buyer needs no IRN',
    );
  });

  it('refuses a draft', () => {
    const d = createDraft(ledger, draft(), 't');
    expect(refusal(() => exportEInvoice(ledger, d.id))).toMatchObject({
      code: 'VALIDATION',
      field: 'id',
      message: 'Only an issued document can be e-invoiced: issue the draft first',
    });
  });

  it('refuses a company without a PIN code, naming SellerDtls.Pin and where to add it', () => {
    const inv = issue();
    updateCompany(
      ledger,
      company({ address: { line1: 'Plot 14, MIDC Bhosari', city: 'Pune', pincode: null } }),
      't',
    );
    const e = refusal(() => exportEInvoice(ledger, inv.id));
    expect(e.message).toBe(
      "SellerDtls.Pin: the company's PIN code is missing — add it in Company settings",
    );
    expect(e.issues).toEqual([
      {
        field: 'SellerDtls.Pin',
        message: "SellerDtls.Pin: the company's PIN code is missing — add it in Company settings",
      },
    ]);
  });

  it('lists every problem, each with its JSON path', () => {
    const inv = issue();
    updateCompany(ledger, company({ legalName: 'AB', address: { city: 'Pune' } }), 't');
    const e = refusal(() => exportEInvoice(ledger, inv.id));
    expect(e.issues?.map((i) => i.field)).toEqual([
      'SellerDtls.LglNm',
      'SellerDtls.Addr1',
      'SellerDtls.Pin',
    ]);
    expect(e.message).toBe(
      'SellerDtls.LglNm: Legal name must be at least 3 characters — change it in Company settings (and 2 more)',
    );
  });
});

describe('e-invoice registration', () => {
  it('stores the IRN once, with an audit record, and prints it', () => {
    const inv = issue();
    expect(getEInvoice(ledger, inv.id)).toBeNull();
    const response = fakeIrpResponse(exportEInvoice(ledger, inv.id));
    const audits = count(ledger, 'audit_log');
    const reg = register(inv.id, response);
    expect(reg).toEqual({
      irn: response.Irn,
      ackNumber: '112510012345678',
      ackDate: '2025-06-16 11:42:00',
      signedQr: response.SignedQRCode,
    });
    expect(getEInvoice(ledger, inv.id)).toEqual(reg);
    expect(count(ledger, 'audit_log')).toBe(audits + 1);
    const signed = ledger.sqlite
      .prepare('select signed_invoice from e_invoices where document_id = ?')
      .pluck()
      .get(inv.id);
    expect(signed).toBe(response.SignedInvoice);
    expect(printableDocument(ledger, inv.id).eInvoice).toEqual(reg);
    expect(verifyLedger(ledger)).toMatchObject({ ok: true });
  });

  it('prints no e-invoice block before a registration', () => {
    expect(printableDocument(ledger, issue().id).eInvoice).toBeNull();
  });

  it('refuses a second import for the same document, and the same IRN on another', () => {
    const inv = issue();
    const other = issue();
    const response = fakeIrpResponse(exportEInvoice(ledger, inv.id));
    register(inv.id, response);
    const audits = count(ledger, 'audit_log');
    expect(
      refusal(() => register(inv.id, fakeIrpResponse(exportEInvoice(ledger, inv.id)))),
    ).toMatchObject({
      code: 'CONFLICT',
      message: `INV/25-26/0001 already has IRN ${response.Irn}; an IRN is registered once`,
    });
    const reused = fakeIrpResponse(exportEInvoice(ledger, other.id), { irn: response.Irn });
    expect(refusal(() => register(other.id, reused))).toMatchObject({
      code: 'CONFLICT',
      message: `IRN ${response.Irn} is already registered for INV/25-26/0001`,
    });
    expect(count(ledger, 'e_invoices')).toBe(1);
    expect(count(ledger, 'audit_log')).toBe(audits);
  });

  it('refuses a response for another document number', () => {
    const inv = issue();
    const json = exportEInvoice(ledger, inv.id);
    const response = fakeIrpResponse(json, {
      signed: { DocDtls: { ...json.DocDtls, No: 'INV/25-26/0002' } },
    });
    const e = refusal(() => register(inv.id, response));
    expect(e).toMatchObject({ code: 'VALIDATION', field: 'responseJson' });
    expect(e.message).toBe(
      'This response is not for INV/25-26/0001: SignedInvoice DocDtls.No is INV/25-26/0002 but this document is INV/25-26/0001',
    );
    expect(count(ledger, 'e_invoices')).toBe(0);
  });

  it('refuses a response for another buyer or seller', () => {
    const inv = issue();
    const json = exportEInvoice(ledger, inv.id);
    const otherBuyer = fakeIrpResponse(json, {
      signed: { BuyerDtls: { ...json.BuyerDtls, Gstin: BLR_GSTIN } },
    });
    expect(refusal(() => register(inv.id, otherBuyer)).message).toContain(
      `SignedInvoice BuyerDtls.Gstin is ${BLR_GSTIN} but the customer's GSTIN is ${PUNE_GSTIN}`,
    );
    const otherSeller = fakeIrpResponse(json, {
      signed: { SellerDtls: { ...json.SellerDtls, Gstin: PUNE_GSTIN } },
    });
    expect(refusal(() => register(inv.id, otherSeller)).message).toContain(
      'SignedInvoice SellerDtls.Gstin is 27AAACP1234K1Z',
    );
  });

  it('refuses a malformed or missing IRN before anything is stored', () => {
    const inv = issue();
    const response = fakeIrpResponse(exportEInvoice(ledger, inv.id));
    expect(() => register(inv.id, { ...response, Irn: 'abc123' })).toThrow(
      'Irn: Irn must be the 64 hexadecimal characters of the Invoice Reference Number',
    );
    expect(() => register(inv.id, { ...response, Irn: 'g'.repeat(64) })).toThrow(/^Irn: /);
    const { Irn: _irn, ...noIrn } = response;
    expect(() => register(inv.id, { data: noIrn })).toThrow(
      "Irn: Irn is missing: this is not the IRP's response to a registered e-invoice",
    );
    expect(count(ledger, 'e_invoices')).toBe(0);
  });

  it('refuses to register a draft or an unregistered buyer', () => {
    const d = createDraft(ledger, draft(), 't');
    const json = exportEInvoice(ledger, issue().id);
    const response = { ...fakeIrpResponse(json), Irn: fakeIrn('draft') };
    expect(refusal(() => register(d.id, response)).field).toBe('id');
    const cash = issue({ customerId: walkIn });
    expect(refusal(() => register(cash.id, response)).message).toMatch(/^BuyerDtls.Gstin: /);
  });

  it('keeps the registration unchangeable in SQL', () => {
    const inv = issue();
    register(inv.id, fakeIrpResponse(exportEInvoice(ledger, inv.id)));
    expect(() =>
      ledger.sqlite
        .prepare(`update e_invoices set irn = ? where document_id = ?`)
        .run(fakeIrn('x'), inv.id),
    ).toThrow('an imported e-invoice registration cannot be changed');
    expect(() =>
      ledger.sqlite.prepare('delete from e_invoices where document_id = ?').run(inv.id),
    ).toThrow('an imported e-invoice registration cannot be deleted');
  });

  it('says a document does not exist', () => {
    expect(refusal(() => getEInvoice(ledger, 999))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'id',
    });
  });
});
