import { daysBetween, type IsoDate } from '../../../shared/dates';
import type { ChequeStatus, Receipt, ReceiptSummary } from '../../../shared/receipts/contract';
import type { Api } from '../api/api';

/** The register's tabs, in the order a cheque lives through them. */
export const CHEQUE_TABS: { status: ChequeStatus; label: string }[] = [
  { status: 'post_dated', label: 'Post-dated' },
  { status: 'received', label: 'In hand' },
  { status: 'deposited', label: 'Deposited' },
  { status: 'cleared', label: 'Cleared' },
  { status: 'bounced', label: 'Bounced' },
];

export const STATUS_LABELS: Record<ChequeStatus, string> = {
  post_dated: 'Post-dated',
  received: 'In hand',
  deposited: 'Deposited',
  cleared: 'Cleared',
  bounced: 'Bounced',
};

export const STATUS_COLORS: Record<ChequeStatus, string> = {
  post_dated: 'violet',
  received: 'blue',
  deposited: 'cyan',
  cleared: 'teal',
  bounced: 'red',
};

/** The date written on the cheque (a cheque always has one; the receipt date stands in). */
export const chequeDateOf = (c: ReceiptSummary): string => c.instrumentDate ?? c.date;

/** Days from today to a post-dated cheque's date: 0 is due today, negative is past due. */
export const daysToChequeDate = (c: ReceiptSummary, today: string): number =>
  daysBetween(today as IsoDate, chequeDateOf(c) as IsoDate);

/** A cheque is good for three months from its date (RBI, since April 2012). */
const STALE_AFTER_DAYS = 90;

export function dueLabel(days: number): string {
  if (days === 0) return 'Due today';
  if (-days > STALE_AFTER_DAYS) return `Stale: ${-days} days past its date`;
  if (days === 1) return 'Tomorrow';
  if (days > 1) return `In ${days} days`;
  return days === -1 ? '1 day past: deposit' : `${-days} days past: deposit`;
}

export const chequeName = (c: ReceiptSummary) => `cheque ${c.instrumentNumber ?? c.id}`;

export interface BulkDepositResult {
  deposited: Receipt[];
  failed: { cheque: ReceiptSummary; message: string }[];
}

/** One deposit per cheque, in turn: each stands or falls alone, and every refusal is kept. */
export async function depositAll(
  api: Api,
  cheques: ReceiptSummary[],
  date: string,
): Promise<BulkDepositResult> {
  const out: BulkDepositResult = { deposited: [], failed: [] };
  for (const cheque of cheques) {
    const r = await api.receipts.deposit({ id: cheque.id, date });
    if (r.ok) out.deposited.push(r.data);
    else out.failed.push({ cheque, message: r.error.message });
  }
  return out;
}

/** The invoices a bounce opened again: the reversed allocations to documents the customer owes. */
export const reopenedBy = (r: Receipt): string[] =>
  r.allocations
    .filter((a) => a.amount > 0 && a.reversed && a.debitKind !== 'cheque_return')
    .map((a) => a.debitNumber);
