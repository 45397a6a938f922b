import { describe, expect, it } from 'vitest';
import { makeGstin } from '../gst';
import { checkResponseMatches, jwtData, parseIrpResponse } from './response';
import type { EInvoiceJson } from './schema';
import { fakeIrn, fakeIrpResponse } from './testing';

const json = {
  Version: '1.1',
  TranDtls: { TaxSch: 'GST', SupTyp: 'B2B', RegRev: 'N', IgstOnIntra: 'N' },
  DocDtls: { Typ: 'INV', No: 'INV/25-26/0001', Dt: '15/06/2025' },
  SellerDtls: {
    Gstin: makeGstin('27', 'AAHCS4321F'),
    LglNm: 'Sahyadri Supplies Pvt Ltd',
    Addr1: 'Plot 14',
    Loc: 'Pune',
    Pin: 411026,
    Stcd: '27',
  },
  BuyerDtls: {
    Gstin: makeGstin('29', 'AAACB1234L'),
    LglNm: 'Bengaluru Tech — ಬೆಂಗಳೂರು',
    Addr1: '5 Peenya',
    Loc: 'Bengaluru',
    Pin: 560058,
    Stcd: '29',
    Pos: '29',
  },
  ItemList: [],
  ValDtls: { AssVal: 0, CgstVal: 0, SgstVal: 0, IgstVal: 0, RndOffAmt: 0, TotInvVal: 0 },
} as unknown as EInvoiceJson;

const expected = {
  typ: 'INV' as const,
  number: 'INV/25-26/0001',
  sellerGstin: json.SellerDtls.Gstin,
  buyerGstin: json.BuyerDtls.Gstin,
};
const text = (v: unknown) => JSON.stringify(v);

describe('the IRP response', () => {
  const bare = fakeIrpResponse(json);

  it('reads the bare response and the common GSP wrappers alike', () => {
    const want = {
      irn: bare.Irn,
      ackNumber: '112510012345678',
      ackDate: '2025-06-16 11:42:00',
      signedInvoice: bare.SignedInvoice,
      signedQr: bare.SignedQRCode,
    };
    expect(parseIrpResponse(text(bare))).toEqual(want);
    expect(parseIrpResponse(text({ data: bare }))).toEqual(want);
    expect(parseIrpResponse(text({ result: bare }))).toEqual(want);
    expect(parseIrpResponse(text({ Status: 1, Data: text(bare), ErrorDetails: null }))).toEqual(
      want,
    );
    expect(parseIrpResponse(text({ ...bare, AckNo: '112510012345678' }))).toEqual(want);
    expect(parseIrpResponse(text({ ...bare, Irn: bare.Irn.toUpperCase() })).irn).toBe(bare.Irn);
  });

  it('never accepts a missing or malformed IRN, bare or wrapped', () => {
    const { Irn: _irn, ...noIrn } = bare;
    for (const body of [noIrn, { data: noIrn }, { result: noIrn }]) {
      expect(() => parseIrpResponse(text(body))).toThrow(/^Irn: Irn is missing/);
    }
    for (const irn of ['', 'abc', fakeIrn('x').slice(1), `${fakeIrn('x')}0`, 'z'.repeat(64), 42]) {
      expect(() => parseIrpResponse(text({ data: { ...bare, Irn: irn } }))).toThrow(/^Irn: /);
    }
  });

  it('refuses what is not an IRP response, naming the field', () => {
    expect(() => parseIrpResponse('{"Irn": ')).toThrow(/^The response is not JSON/);
    expect(() => parseIrpResponse(text({ ...bare, AckDt: '16/06/2025' }))).toThrow(/^AckDt: /);
    expect(() => parseIrpResponse(text({ ...bare, SignedQRCode: 'not a jwt' }))).toThrow(
      'SignedQRCode: SignedQRCode must be the signed JWT the IRP returned',
    );
    expect(() => parseIrpResponse(text({ ...bare, Status: 'CNL' }))).toThrow(
      'Status: Status is CNL: the IRP reports this IRN as cancelled',
    );
  });

  it("passes on the IRP's own refusal", () => {
    const refused = {
      Status: 0,
      ErrorDetails: [{ ErrorCode: '2150', ErrorMessage: 'Duplicate IRN' }],
      Data: null,
    };
    expect(() => parseIrpResponse(text(refused))).toThrow(
      'The IRP refused this e-invoice and gave no IRN: 2150 Duplicate IRN',
    );
  });

  it('decodes the signed content without verifying it, UTF-8 included', () => {
    const claims = jwtData(bare.SignedInvoice);
    expect(claims).toMatchObject({ DocDtls: { No: 'INV/25-26/0001' }, Irn: bare.Irn });
    expect(claims).toMatchObject({ BuyerDtls: { LglNm: 'Bengaluru Tech — ಬೆಂಗಳೂರು' } });
    expect(jwtData(bare.SignedQRCode)).toMatchObject({ DocNo: 'INV/25-26/0001', Irn: bare.Irn });
    expect(jwtData('a.!!!.c')).toBeNull();
  });

  it('ties the response to its document', () => {
    expect(() => checkResponseMatches(parseIrpResponse(text(bare)), expected)).not.toThrow();
    const other = parseIrpResponse(
      text(fakeIrpResponse(json, { signed: { DocDtls: { ...json.DocDtls, Typ: 'CRN' } } })),
    );
    expect(() => checkResponseMatches(other, expected)).toThrow(
      'This response is not for INV/25-26/0001: SignedInvoice DocDtls.Typ is CRN but this document is INV',
    );
    // The same signed invoice under another IRN: the claims disagree with the response.
    const swapped = parseIrpResponse(text({ ...bare, Irn: fakeIrn('other') }));
    expect(() => checkResponseMatches(swapped, expected)).toThrow(
      /SignedInvoice Irn is [0-9a-f]{64} but the response Irn is/,
    );
    const unsigned = parseIrpResponse(text({ ...bare, SignedInvoice: 'e30.e30.' }));
    expect(() => checkResponseMatches(unsigned, expected)).toThrow(
      /^SignedInvoice: its content has no DocDtls.No/,
    );
  });
});
