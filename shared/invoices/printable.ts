// What a printed GST document shows: everything already computed, nothing left to derive.
// The ledger builds it from an issued document; the print pipeline only lays it out.
import type { IsoDate } from '../dates';
import type { Paise } from '../money';

export type PrintableKind = 'TAX_INVOICE' | 'CREDIT_NOTE' | 'DEBIT_NOTE';

export interface PrintableParty {
  name: string;
  /** Trade name shown under the legal name, when different. */
  tradeName: string | null;
  addressLines: string[];
  stateCode: string;
  stateName: string;
  gstin: string | null;
  pan: string | null;
  email: string | null;
  phone: string | null;
}

export interface PrintableLine {
  serial: number;
  description: string;
  hsnSac: string;
  /** Already formatted, e.g. "12.500" → "12.5". */
  quantity: string;
  unit: string;
  rate: Paise;
  discount: Paise;
  taxable: Paise;
  /** GST rate in basis points of a percent: 1800 = 18%. */
  gstRateBps: number;
  cgst: Paise;
  sgst: Paise;
  igst: Paise;
  total: Paise;
}

export interface PrintableTaxRow {
  hsnSac: string;
  gstRateBps: number;
  taxable: Paise;
  cgst: Paise;
  sgst: Paise;
  igst: Paise;
}

export interface PrintableDocument {
  kind: PrintableKind;
  number: string;
  date: IsoDate;
  dueDate: IsoDate | null;
  supplier: PrintableParty & {
    logo: string | null;
    bank: {
      accountName: string | null;
      bankName: string | null;
      branch: string | null;
      accountNumber: string | null;
      ifsc: string | null;
    };
  };
  /** Bill to. */
  recipient: PrintableParty;
  /** Ship to, when it differs from the recipient's address. */
  consignee: PrintableParty | null;
  placeOfSupply: { stateCode: string; stateName: string };
  /** CGST + SGST when supplier and place of supply are in the same state, else IGST. */
  intraState: boolean;
  reverseCharge: boolean;
  /** The customer's PO or reference. */
  reference: string | null;
  /** Credit and debit notes (Rule 53): the invoices they adjust, and why. */
  originalDocuments: { number: string; date: IsoDate }[];
  reason: string | null;
  lines: PrintableLine[];
  taxSummary: PrintableTaxRow[];
  totals: {
    taxable: Paise;
    cgst: Paise;
    sgst: Paise;
    igst: Paise;
    roundOff: Paise;
    total: Paise;
  };
  notes: string | null;
  /** e-Invoice details from the IRP, only once imported; never invented. */
  eInvoice: { irn: string; ackNumber: string; ackDate: string; signedQr: string } | null;
}

export const COPY_MARKS = [
  'ORIGINAL FOR RECIPIENT',
  'DUPLICATE FOR TRANSPORTER',
  'TRIPLICATE FOR SUPPLIER',
] as const;
export type CopyMark = (typeof COPY_MARKS)[number];
