// An issued document as the NIC e-invoice JSON (schema 1.1): paise become rupees only here,
// at the JSON edge, and nothing leaves without passing the schema and its value rules.
import Decimal from 'decimal.js';
import type { Company } from '../company/contract';
import type { Address } from '../contract/fields';
import { toIsoDate } from '../dates';
import type { GstDocument, Party } from '../invoices/contract';
import { BahiError } from '../result';
import { EINVOICE_VERSION, checkEInvoice, type EInvoiceJson, type EInvoiceProblem } from './schema';

const DOC_TYPE = { invoice: 'INV', credit_note: 'CRN', debit_note: 'DBN' } as const;

/** Paise to rupees for the JSON: exact in decimal.js, a JS number only at the very end. */
const rupees = (paise: number) => new Decimal(paise).div(100).toNumber();

/** 2025-06-15 → 15/06/2025. */
export function nicDate(iso: string): string {
  const d = toIsoDate(iso);
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
}

/** `INV/25-26/0001` → `INV-25-26-0001.json`. */
export const eInvoiceFileName = (number: string) => `${number.replace(/\//g, '-')}.json`;

const refuse = (message: string, field?: string) =>
  new BahiError('VALIDATION', message, field ? { field } : {});

/** Addr1 and Addr2 as the schema wants them: a line 2 too short for its own field joins line 1. */
function addressLines(a: Address) {
  const line1 = a.line1?.trim() || undefined;
  const line2 = a.line2?.trim() || undefined;
  if (line2 && line2.length < 3) return { Addr1: line1 && `${line1}, ${line2}` };
  return { Addr1: line1, ...(line2 ? { Addr2: line2 } : {}) };
}

function placeFields(a: Address) {
  return {
    ...addressLines(a),
    Loc: a.city?.trim() || undefined,
    Pin: a.pincode ? Number(a.pincode) : undefined,
  };
}

function contactFields(phone: string | null, email: string | null) {
  const ph = phone?.replace(/^\+91/, '');
  return {
    ...(ph && /^\d{6,12}$/.test(ph) ? { Ph: ph } : {}),
    ...(email && email.length >= 6 && email.length <= 100 ? { Em: email } : {}),
  };
}

const sameAddress = (a: Address, b: Address) =>
  a.line1 === b.line1 &&
  a.line2 === b.line2 &&
  a.city === b.city &&
  a.pincode === b.pincode &&
  a.stateCode === b.stateCode;

/** PrdDesc is 3–300 characters: a longer description is cut, a shorter one left out. */
function description(text: string): { PrdDesc?: string } {
  const t = text.trim();
  if (t.length < 3) return {};
  return { PrdDesc: t.length > 300 ? `${t.slice(0, 299)}…` : t };
}

/** What is missing from the ledger, said where to fix it; keyed by JSON path. */
function missingData(doc: GstDocument, company: Company): Map<string, string> {
  const missing = new Map<string, string>();
  const companyFix = '— add it in Company settings';
  const c = company.address;
  if (!c.line1) missing.set('SellerDtls.Addr1', `the company's address is missing ${companyFix}`);
  if (!c.city) missing.set('SellerDtls.Loc', `the company's city is missing ${companyFix}`);
  if (!c.pincode) missing.set('SellerDtls.Pin', `the company's PIN code is missing ${companyFix}`);
  const customerFix = (what: string) =>
    `${doc.billTo.name}'s ${what} was missing when ${doc.number ?? 'this document'} was issued — ` +
    'add it to the customer, then cancel this document with a credit note and issue it again';
  const b = doc.billTo.address;
  if (!b.line1) missing.set('BuyerDtls.Addr1', customerFix('billing address'));
  if (!b.city) missing.set('BuyerDtls.Loc', customerFix('billing city'));
  if (!b.pincode) missing.set('BuyerDtls.Pin', customerFix('billing PIN code'));
  const s = doc.shipTo?.address;
  if (s && !s.pincode) missing.set('ShipDtls.Pin', customerFix('shipping PIN code'));
  if (s && !s.city) missing.set('ShipDtls.Loc', customerFix('shipping city'));
  if (s && !s.line1) missing.set('ShipDtls.Addr1', customerFix('shipping address'));
  return missing;
}

/** A ship-to worth stating: a different address with something in it. */
function shipTo(doc: GstDocument): Party | null {
  const s = doc.shipTo;
  if (!s || sameAddress(s.address, doc.billTo.address)) return null;
  const a = s.address;
  return a.line1 || a.city || a.pincode ? s : null;
}

/** Where to look for a problem the schema found, in words the AR desk uses. */
function hint(path: string): string {
  if (path.startsWith('SellerDtls.')) return ' — change it in Company settings';
  const line = /^ItemList\[(\d+)\]/.exec(path);
  return line ? ` (line ${String(Number(line[1]) + 1)})` : '';
}

function refusal(problems: EInvoiceProblem[]): BahiError {
  const [first] = problems;
  const more = problems.length > 1 ? ` (and ${String(problems.length - 1)} more)` : '';
  return new BahiError('VALIDATION', `${first?.path ?? ''}: ${first?.message ?? ''}${more}`, {
    issues: problems.map((p) => ({ field: p.path, message: `${p.path}: ${p.message}` })),
  });
}

/**
 * The e-invoice JSON of an issued invoice, credit note or debit note to a registered buyer.
 * Throws a VALIDATION BahiError naming the JSON path and the fix when it cannot be built.
 */
export function buildEInvoice(doc: GstDocument, company: Company): EInvoiceJson {
  if (doc.status !== 'issued' || !doc.number) {
    throw refuse('Only an issued document can be e-invoiced: issue the draft first', 'id');
  }
  if (doc.kind === 'opening_invoice') {
    throw refuse('An opening balance is not a supply and is not e-invoiced', 'id');
  }
  if (!company.gstin) {
    throw refuse('SellerDtls.Gstin: the company has no GSTIN — add it in Company settings');
  }
  if (!doc.billTo.gstin) {
    throw refuse(
      `BuyerDtls.Gstin: ${doc.billTo.name} has no GSTIN. E-invoices are for registered buyers ` +
        '(B2B) only: an invoice to an unregistered buyer needs no IRN',
    );
  }
  const ship = shipTo(doc);
  const candidate = {
    Version: EINVOICE_VERSION,
    TranDtls: {
      TaxSch: 'GST',
      SupTyp: 'B2B',
      RegRev: doc.reverseCharge ? 'Y' : 'N',
      IgstOnIntra: 'N',
    },
    DocDtls: { Typ: DOC_TYPE[doc.kind], No: doc.number, Dt: nicDate(doc.date) },
    SellerDtls: {
      Gstin: company.gstin,
      LglNm: company.legalName,
      ...(company.tradeName && company.tradeName !== company.legalName
        ? { TrdNm: company.tradeName }
        : {}),
      ...placeFields(company.address),
      Stcd: company.stateCode,
      ...contactFields(company.phone, company.email),
    },
    BuyerDtls: {
      Gstin: doc.billTo.gstin,
      LglNm: doc.billTo.name,
      ...placeFields(doc.billTo.address),
      Stcd: doc.billTo.stateCode,
      Pos: doc.placeOfSupply,
      ...contactFields(doc.billTo.phone, doc.billTo.email),
    },
    ...(ship
      ? {
          ShipDtls: {
            ...(ship.gstin ? { Gstin: ship.gstin } : {}),
            LglNm: ship.name,
            ...placeFields(ship.address),
            Stcd: ship.stateCode,
          },
        }
      : {}),
    ItemList: doc.lines.map((l) => ({
      SlNo: String(l.position),
      ...description(l.description),
      IsServc: l.hsnSac.startsWith('99') ? 'Y' : 'N',
      HsnCd: l.hsnSac,
      Qty: new Decimal(l.quantityMilli).div(1000).toNumber(),
      Unit: l.unit,
      UnitPrice: rupees(l.rate),
      TotAmt: rupees(l.gross),
      Discount: rupees(l.discount),
      AssAmt: rupees(l.taxable),
      GstRt: new Decimal(l.gstRateBps).div(100).toNumber(),
      IgstAmt: rupees(l.igst),
      CgstAmt: rupees(l.cgst),
      SgstAmt: rupees(l.sgst),
      TotItemVal: rupees(l.total),
    })),
    ValDtls: {
      AssVal: rupees(doc.totals.taxable),
      CgstVal: rupees(doc.totals.cgst),
      SgstVal: rupees(doc.totals.sgst),
      IgstVal: rupees(doc.totals.igst),
      RndOffAmt: rupees(doc.totals.roundOff),
      TotInvVal: rupees(doc.totals.total),
    },
    ...(doc.kind === 'invoice'
      ? {}
      : {
          RefDtls: {
            PrecDocDtls: doc.referenced.map((r) => ({ InvNo: r.number, InvDt: nicDate(r.date) })),
          },
        }),
  };
  const check = checkEInvoice(candidate);
  if (check.ok) return check.json;
  const missing = missingData(doc, company);
  throw refusal(
    check.problems.map((p) => ({
      path: p.path,
      message: missing.get(p.path) ?? `${p.message}${hint(p.path)}`,
    })),
  );
}
