import { Badge } from '@mantine/core';
import type { DocumentSummary, GstDocument } from '../../../shared/invoices/contract';

export type DocumentKind = GstDocument['kind'];

export const KIND_LABEL: Record<DocumentKind, string> = {
  invoice: 'Invoice',
  credit_note: 'Credit note',
  debit_note: 'Debit note',
  opening_invoice: 'Opening invoice',
};

const KIND_COLOR: Record<DocumentKind, string> = {
  invoice: 'ledger',
  credit_note: 'grape',
  debit_note: 'orange',
  opening_invoice: 'gray',
};

export function KindBadge({ kind }: { kind: DocumentKind }) {
  return (
    <Badge size="sm" radius="sm" variant="light" color={KIND_COLOR[kind]} tt="none" fw={600}>
      {KIND_LABEL[kind]}
    </Badge>
  );
}

type Status = { label: string; color: string };

/** Where a document stands, in the words of the AR desk. */
export function statusOf(
  d: Pick<DocumentSummary, 'kind' | 'status' | 'openBalance' | 'dueDate'> & { total: number },
  today: string,
): Status {
  if (d.status === 'draft') return { label: 'Draft', color: 'gray' };
  if (d.kind === 'credit_note') {
    return d.openBalance === 0
      ? { label: 'Adjusted', color: 'teal' }
      : { label: 'Unadjusted', color: 'grape' };
  }
  if (d.openBalance === 0) return { label: 'Settled', color: 'teal' };
  if (d.dueDate && d.dueDate < today) return { label: 'Overdue', color: 'red' };
  if (d.openBalance < d.total) return { label: 'Part paid', color: 'yellow' };
  return { label: 'Open', color: 'ledger' };
}

export function StatusBadge({ status }: { status: Status }) {
  return (
    <Badge size="sm" radius="sm" variant="dot" color={status.color} tt="none" fw={500}>
      {status.label}
    </Badge>
  );
}

/** "Invoice INV/25-26/0001", or "Draft invoice" before it has a number. */
export const documentTitle = (d: { kind: DocumentKind; number: string | null }) =>
  d.number ? `${KIND_LABEL[d.kind]} ${d.number}` : `Draft ${KIND_LABEL[d.kind].toLowerCase()}`;
