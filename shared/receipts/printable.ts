// What a printed receipt shows: everything already computed, nothing left to derive.
// The ledger builds it from a recorded receipt; the print pipeline only lays it out.
import type { IsoDate } from '../dates';
import type { PrintableDocument, PrintableParty } from '../invoices/printable';
import type { Paise } from '../money';
import type { ReceiptMode } from './contract';

/**
 * A money receipt settles invoices; a receipt voucher (CGST Rule 50) acknowledges an advance:
 * money that came before any supply it could be set against.
 */
export type PrintableReceiptKind = 'MONEY_RECEIPT' | 'RECEIPT_VOUCHER';

export interface PrintableSettlement {
  /** The invoice, debit note or opening item settled. */
  number: string;
  date: IsoDate;
  /** What this receipt set against it (live allocations only). */
  amount: Paise;
}

export interface PrintableReceipt {
  kind: PrintableReceiptKind;
  number: string;
  date: IsoDate;
  /** The company: Rule 50's supplier. */
  supplier: PrintableDocument['supplier'];
  /** Who paid: Rule 50's recipient. */
  customer: PrintableParty;
  mode: ReceiptMode;
  modeLabel: string;
  /** Cheque number, or the UTR / reference of a transfer. */
  instrumentNumber: string | null;
  instrumentDate: IsoDate | null;
  draweeBank: string | null;
  /** The account the money went into, as the company knows it. */
  creditedTo: { name: string; bankName: string | null; accountNumber: string | null };
  /** Money that reached the company. */
  amount: Paise;
  /** TDS the customer kept back, and under which section. */
  tds: { section: string; amount: Paise } | null;
  /** Charges the bank kept (already inside `amount`). */
  bankCharges: Paise;
  /** Amount + TDS: what the customer's account is credited with. */
  total: Paise;
  settlements: PrintableSettlement[];
  /** What is left on account, not yet set against any invoice. */
  onAccount: Paise;
  narration: string | null;
  /** Cheques are received subject to realisation. */
  subjectToRealisation: boolean;
  /** A cheque that came back unpaid. */
  returned: { date: IsoDate; reason: string | null } | null;
  placeOfSupply: { stateCode: string; stateName: string };
  reverseCharge: boolean;
}

/** What the instrument number is called for each way of paying; cash has none. */
export function instrumentLabel(mode: ReceiptMode): string | null {
  switch (mode) {
    case 'cheque':
      return 'Cheque No.';
    case 'neft':
    case 'rtgs':
    case 'imps':
      return 'UTR';
    case 'upi':
    case 'card':
    case 'other':
      return 'Reference';
    case 'cash':
      return null;
  }
}
