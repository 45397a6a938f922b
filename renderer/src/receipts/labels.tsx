import { Badge } from '@mantine/core';
import {
  MODE_LABELS,
  type ChequeStatus,
  type ReceiptMode,
  type ReceiptSummary,
} from '../../../shared/receipts/contract';
import { kindLabel } from '../customer-accounts/format';
import { dateText } from '../ui/dates';

const CHEQUE_STATUS: Record<ChequeStatus, { label: string; color: string }> = {
  post_dated: { label: 'Post-dated', color: 'grape' },
  received: { label: 'In hand', color: 'yellow' },
  deposited: { label: 'Deposited', color: 'ledger' },
  cleared: { label: 'Cleared', color: 'teal' },
  bounced: { label: 'Bounced', color: 'red' },
};

export const chequeStatusLabel = (s: ChequeStatus) => CHEQUE_STATUS[s].label;

export function ChequeStatusBadge({ status }: { status: ChequeStatus | null }) {
  if (status === null) return null;
  const s = CHEQUE_STATUS[status];
  return (
    <Badge
      size="sm"
      radius="sm"
      variant="dot"
      color={s.color}
      tt="none"
      fw={500}
      data-testid="cheque-status"
    >
      {s.label}
    </Badge>
  );
}

/** Cheque 123456 of 15-07-2025, NEFT HDFCN5202…, Cash. */
export function instrumentText(
  r: Pick<ReceiptSummary, 'mode' | 'instrumentNumber' | 'instrumentDate'>,
): string {
  const mode = MODE_LABELS[r.mode];
  if (r.mode === 'cheque') {
    return [mode, r.instrumentNumber, r.instrumentDate ? `of ${dateText(r.instrumentDate)}` : null]
      .filter(Boolean)
      .join(' ');
  }
  return r.instrumentNumber ? `${mode} ${r.instrumentNumber}` : mode;
}

/** "RCT/25-26/0001", or what a post-dated cheque is called before it has a number. */
export const receiptTitle = (r: Pick<ReceiptSummary, 'number' | 'instrumentNumber'>) =>
  r.number ? `Receipt ${r.number}` : `Post-dated cheque ${r.instrumentNumber ?? ''}`.trim();

/** Transfers carry a UTR; a card or UPI payment a reference; cash nothing. */
export const referenceLabel = (mode: ReceiptMode): string | null => {
  switch (mode) {
    case 'cheque':
    case 'cash':
      return null;
    case 'neft':
    case 'rtgs':
    case 'imps':
      return 'UTR';
    case 'upi':
      return 'UPI reference';
    case 'card':
      return 'Card reference';
    case 'other':
      return 'Reference';
  }
};

/** The AR desk's name for a document kind: one list, kept with the customer's account. */
export const documentLabel = (kind: string) => kindLabel(kind);

/** Documents the Invoices screen shows, so a link can open them there. */
export const INVOICE_SCREEN_KINDS = new Set([
  'invoice',
  'credit_note',
  'debit_note',
  'opening_invoice',
]);
