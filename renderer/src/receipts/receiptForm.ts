import { daysBetween, type IsoDate } from '../../../shared/dates';
import { paise } from '../../../shared/money';
import type {
  AllocationInput,
  OpenItemRow,
  ReceiptInput,
  ReceiptMode,
} from '../../../shared/receipts/contract';
import { openTaxable, tdsOn } from '../../../shared/receipts/tds';
import type { BahiErrorShape } from '../../../shared/result';
import type { FieldErrors } from '../api/errors';
import { dateText, parseDateText } from '../ui/dates';
import { parseMoneyText } from '../ui/money';

/** The receipt as typed: text everywhere, converted once on save. */
export interface ReceiptFormValues {
  /** dd-mm-yyyy as typed. */
  date: string;
  customerId: number | null;
  customerLabel: string;
  mode: ReceiptMode;
  bankAccountId: number | null;
  /** The 6-digit cheque number, or the UTR / reference of a transfer, UPI or card payment. */
  instrumentNumber: string;
  /** Cheques only: the date written on the cheque. */
  instrumentDate: string;
  draweeBank: string;
  amount: string;
  tdsSection: string | null;
  /** Percent as typed: `2`, `0.1`. */
  tdsRate: string;
  tdsAmount: string;
  bankCharges: string;
  narration: string;
  /** Rupees allocated, as typed, by the open item's document id. */
  allocations: Record<number, string>;
}

export const newReceiptValues = (today: string): ReceiptFormValues => ({
  date: dateText(today),
  customerId: null,
  customerLabel: '',
  mode: 'cheque',
  bankAccountId: null,
  instrumentNumber: '',
  instrumentDate: '',
  draweeBank: '',
  amount: '',
  tdsSection: null,
  tdsRate: '',
  tdsAmount: '',
  bankCharges: '',
  narration: '',
  allocations: {},
});

const TOP_FIELDS = new Set([
  'date',
  'customerId',
  'mode',
  'bankAccountId',
  'instrumentNumber',
  'instrumentDate',
  'draweeBank',
  'amount',
  'tdsSection',
  'tdsRateBps',
  'tdsAmount',
  'bankCharges',
  'narration',
  'allocations',
]);

/** The fields the form shows a message under; `allocations.3.amount` is row 3 of the grid. */
export const isReceiptField = (path: string) =>
  TOP_FIELDS.has(path) || /^allocations\.\d+\.amount$/.test(path);

const isoOf = (text: string): IsoDate | null => {
  const d = parseDateText(text);
  return d.ok ? d.iso : null;
};

/** A cheque dated after the receipt waits in the post-dated register. */
export function isPostDated(v: Pick<ReceiptFormValues, 'mode' | 'date' | 'instrumentDate'>) {
  if (v.mode !== 'cheque') return false;
  const date = isoOf(v.date);
  const on = isoOf(v.instrumentDate);
  return date !== null && on !== null && on > date;
}

/** `2` → 200 basis points; blank is null; anything else is an error message. */
export function percentToBps(text: string): number | null | { error: string } {
  const t = text.trim().replace(/%$/, '').trim();
  if (t === '') return null;
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(t);
  const bps = m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : NaN;
  if (!m || bps > 10_000) return { error: 'TDS rate must be a percentage like 2 or 0.1' };
  return bps;
}

/** 200 → `2`, 10 → `0.1`, 75 → `0.75`: how the rate input shows a section's rate. */
export function bpsToPercent(bps: number): string {
  const whole = Math.floor(bps / 100);
  const frac = String(bps % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : String(whole);
}

export const rateBpsOf = (text: string): number | null => {
  const r = percentToBps(text);
  return typeof r === 'number' ? r : null;
};

/** Paise of a money field, 0 when blank or not yet a valid amount. */
export const paiseOf = (text: string): number => {
  const p = parseMoneyText(text);
  return p.ok ? (p.paise ?? 0) : 0;
};

export interface AllocationTotals {
  /** Amount received plus TDS: what the receipt takes off the customer's account. */
  credit: number;
  allocated: number;
  /** What is left over on account (negative when over-allocated). */
  onAccount: number;
}

export function allocationTotals(v: ReceiptFormValues, items: OpenItemRow[]): AllocationTotals {
  const credit = paiseOf(v.amount) + paiseOf(v.tdsAmount);
  const allocated = isPostDated(v)
    ? 0
    : items.reduce((s, i) => s + paiseOf(v.allocations[i.documentId] ?? ''), 0);
  return { credit, allocated, onAccount: credit - allocated };
}

/** Days past the due date on `asOf` (0 when not yet due or undated). */
export function overdueDays(item: Pick<OpenItemRow, 'dueDate'>, asOf: string | null): number {
  if (!item.dueDate || !asOf) return 0;
  return Math.max(0, daysBetween(item.dueDate as IsoDate, asOf as IsoDate));
}

/** The TDS on what is allocated, worked on each invoice's taxable share (never on GST). */
export function tdsOnAllocations(
  allocations: { documentId: number; amount: number }[],
  items: OpenItemRow[],
  rateBps: number,
): number {
  return allocations.reduce((s, a) => {
    const item = items.find((i) => i.documentId === a.documentId);
    if (!item || a.amount <= 0) return s;
    const taxable = openTaxable({
      openBalance: a.amount,
      total: item.total,
      taxable: item.taxable,
    });
    return s + tdsOn(paise(taxable), rateBps);
  }, 0);
}

export type CheckedReceipt =
  | {
      ok: true;
      input: ReceiptInput;
      /** The grid row of each allocation sent, so the ledger's `allocations.N` finds its row. */
      sentRows: number[];
    }
  | { ok: false; errors: FieldErrors };

/** The form → the contract's input; problems only the form can see are reported here. */
export function receiptInputOf(v: ReceiptFormValues, items: OpenItemRow[]): CheckedReceipt {
  const errors: FieldErrors = {};
  const date = parseDateText(v.date, 'Receipt date');
  if (!date.ok) errors.date = date.message;
  else if (!date.iso) errors.date = 'Enter the receipt date';
  const money = (field: string, text: string, label: string) => {
    const p = parseMoneyText(text, label);
    if (!p.ok) errors[field] = p.message;
    return p.ok ? (p.paise ?? 0) : 0;
  };
  const amount = money('amount', v.amount, 'Amount received');
  const tdsAmount = money('tdsAmount', v.tdsAmount, 'TDS');
  const bankCharges = money('bankCharges', v.bankCharges, 'Bank charges');
  const rate = percentToBps(v.tdsRate);
  if (rate !== null && typeof rate === 'object') errors.tdsRateBps = rate.error;
  const cheque = v.mode === 'cheque';
  const chequeDate = parseDateText(v.instrumentDate, 'Cheque date');
  if (cheque && !chequeDate.ok) errors.instrumentDate = chequeDate.message;
  if (v.customerId === null) errors.customerId = 'Choose the customer';
  if (v.bankAccountId === null) errors.bankAccountId = 'Choose the account the money went into';

  const postDated = isPostDated(v);
  const allocations: AllocationInput[] = [];
  const sentRows: number[] = [];
  if (!postDated) {
    items.forEach((item, row) => {
      const p = parseMoneyText(v.allocations[item.documentId] ?? '', 'Allocated amount');
      if (!p.ok) errors[`allocations.${row}.amount`] = p.message;
      else if (p.paise) {
        allocations.push({ documentId: item.documentId, amount: p.paise });
        sentRows.push(row);
      }
    });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const text = (s: string) => (s.trim() === '' ? null : s.trim());
  const input: ReceiptInput = {
    customerId: v.customerId ?? 0,
    date: date.ok && date.iso ? date.iso : '',
    mode: v.mode,
    bankAccountId: v.bankAccountId ?? 0,
    instrumentNumber: v.mode === 'cash' ? null : text(v.instrumentNumber),
    instrumentDate: cheque && chequeDate.ok ? chequeDate.iso : null,
    draweeBank: cheque ? text(v.draweeBank) : null,
    amount,
    tdsAmount,
    tdsSection: v.tdsSection,
    tdsRateBps: typeof rate === 'number' ? rate : null,
    bankCharges,
    narration: text(v.narration),
    allocations,
  };
  return { ok: true, input, sentRows };
}

/** The ledger's field path in the form's terms: `allocations.0.amount` → the grid row it came from. */
export function receiptFieldOf(path: string, sentRows: number[]): string {
  const m = /^allocations\.(\d+)\.(amount|documentId)$/.exec(path);
  if (!m) return path;
  const row = sentRows[Number(m[1])];
  return row === undefined ? 'allocations' : `allocations.${row}.amount`;
}

export function receiptErrorOf(error: BahiErrorShape, sentRows: number[]): BahiErrorShape {
  const out: BahiErrorShape = { ...error };
  if (error.field !== undefined) out.field = receiptFieldOf(error.field, sentRows);
  if (error.issues) {
    out.issues = error.issues.map((i) => ({ ...i, field: receiptFieldOf(i.field, sentRows) }));
  }
  return out;
}
