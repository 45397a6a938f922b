// Test support: what the IRP would send back for an e-invoice, with an unverifiable signature.
import type { EInvoiceJson } from './schema';

const base64Url = (value: unknown) => {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
};

const jwt = (data: unknown) =>
  `${base64Url({ alg: 'RS256', kid: 'TEST', typ: 'JWT' })}.${base64Url({ data: JSON.stringify(data), iss: 'NIC' })}.c2lnbmF0dXJl`;

/** A stand-in IRN: 64 hex characters derived from a seed. */
export function fakeIrn(seed: string): string {
  let h = 0x811c9dc5;
  let out = '';
  for (let i = 0; out.length < 64; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i % seed.length) ^ i, 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, 64);
}

export interface FakeResponseOptions {
  irn?: string;
  ackNo?: number | string;
  ackDate?: string;
  /** Claims to change inside the signed invoice, e.g. another DocDtls. */
  signed?: Partial<EInvoiceJson>;
}

/** The IRP's (decrypted) response to `json`: AckNo, AckDt, Irn, SignedInvoice, SignedQRCode. */
export function fakeIrpResponse(json: EInvoiceJson, o: FakeResponseOptions = {}) {
  const irn = o.irn ?? fakeIrn(`${json.SellerDtls.Gstin}${json.DocDtls.Typ}${json.DocDtls.No}`);
  const ackDate = o.ackDate ?? '2025-06-16 11:42:00';
  const ackNo = o.ackNo ?? 112510012345678;
  const signed = { ...json, ...o.signed, AckNo: ackNo, AckDt: ackDate, Irn: irn };
  return {
    AckNo: ackNo,
    AckDt: ackDate,
    Irn: irn,
    SignedInvoice: jwt(signed),
    SignedQRCode: jwt({
      SellerGstin: signed.SellerDtls.Gstin,
      BuyerGstin: signed.BuyerDtls.Gstin,
      DocNo: signed.DocDtls.No,
      DocTyp: signed.DocDtls.Typ,
      DocDt: signed.DocDtls.Dt,
      TotInvVal: signed.ValDtls.TotInvVal,
      ItemCnt: signed.ItemList.length,
      MainHsnCode: signed.ItemList[0]?.HsnCd,
      Irn: irn,
      IrnDt: ackDate,
    }),
    Status: 'ACT',
    EwbNo: null,
    EwbDt: null,
    EwbValidTill: null,
    Remarks: null,
  };
}
