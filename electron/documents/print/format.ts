// Text helpers for printed documents: amounts, rates and party lines exactly as they are printed.
import { formatDateIndian, type IsoDate } from '../../../shared/dates';
import { GST_STATES } from '../../../shared/gst';
import { formatINR, formatIndianNumber, type Paise } from '../../../shared/money';
import type { PrintableDocument, PrintableKind } from '../../../shared/invoices/printable';
import { formatGstRate } from '../../../shared/tax/gst';

/** 12,34,567.00 — table cells, where the column header already says rupees. */
export const amount = (p: Paise): string => formatIndianNumber(p);

/** ₹12,34,567.00 — totals. */
export const rupees = (p: Paise): string => formatINR(p);

/** Round-off carries its sign either way so the reader sees which way it went. */
export const signedAmount = (p: Paise): string => (p > 0 ? `+${amount(p)}` : amount(p));

export const rate = (bps: number): string => formatGstRate(bps);

/** CGST and SGST are each half the GST rate: 18% → 9%, 0.25% → 0.125%. */
export const halfRate = (bps: number): string => formatGstRate(bps / 2);

export const date = (d: IsoDate): string => formatDateIndian(d);

export const stateLine = (s: { stateName: string; stateCode: string }): string =>
  `State Name: ${s.stateName}, Code: ${s.stateCode}`;

export const placeOfSupply = (s: { stateName: string; stateCode: string }): string =>
  `${s.stateName} (${s.stateCode})`;

/** Union Territories without a legislature levy UTGST in place of SGST. */
export function stateTaxName(doc: PrintableDocument): 'SGST' | 'UTGST' {
  const state = GST_STATES.find((s) => s.code === doc.placeOfSupply.stateCode);
  return state?.ut ? 'UTGST' : 'SGST';
}

export interface KindTexts {
  title: string;
  numberLabel: string;
}

export function kindTexts(kind: PrintableKind): KindTexts {
  switch (kind) {
    case 'TAX_INVOICE':
      return { title: 'Tax Invoice', numberLabel: 'Invoice No.' };
    case 'CREDIT_NOTE':
      return { title: 'Credit Note', numberLabel: 'Credit Note No.' };
    case 'DEBIT_NOTE':
      return { title: 'Debit Note', numberLabel: 'Debit Note No.' };
  }
}

/** Only an embedded PNG or JPEG is printed: anything else could reach out to the network. */
export function safeLogo(logo: string | null): string | null {
  return logo && /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/.test(logo) ? logo : null;
}

/** A CSS string literal from any text: every character but letters, digits and spaces is escaped. */
export function cssString(text: string): string {
  const body = [...text]
    .map((ch) => (/[A-Za-z0-9 ]/.test(ch) ? ch : `\\${(ch.codePointAt(0) ?? 0x3f).toString(16)} `))
    .join('');
  return `"${body}"`;
}
