import type { AllocationRow } from '../../shared/receipts/contract';
import { prepared } from '../ledger/statements';
import type { Ledger } from '../ledger/open';

const SELECT = `select a.id, a.credit_document_id as creditId, cd.number as creditNumber, cd.kind as creditKind,
    a.debit_document_id as debitId, dd.number as debitNumber, dd.kind as debitKind, a.date, a.amount,
    a.reason, a.reverses_id as reversesId,
    exists (select 1 from allocations r where r.reverses_id = a.id) as reversed
  from allocations a
  join documents cd on cd.id = a.credit_document_id
  join documents dd on dd.id = a.debit_document_id`;

type Row = Omit<AllocationRow, 'reversed'> & { reversed: number };
const toRow = (r: Row): AllocationRow => ({ ...r, reversed: r.reversed === 1 });

/** Every allocation touching these documents, on either side, in the order they were made. */
export function allocationsOf(ledger: Ledger, documentIds: number[]): AllocationRow[] {
  if (documentIds.length === 0) return [];
  if (documentIds.length === 1) {
    const rows = prepared(
      ledger.sqlite,
      `${SELECT} where a.credit_document_id = @id or a.debit_document_id = @id order by a.id`,
    ).all({ id: documentIds[0] }) as Row[];
    return rows.map(toRow);
  }
  const ids = documentIds.map(Number).join(',');
  const rows = ledger.sqlite
    .prepare(
      `${SELECT} where a.credit_document_id in (${ids}) or a.debit_document_id in (${ids}) order by a.id`,
    )
    .all() as Row[];
  return rows.map(toRow);
}

/** All allocations of one customer's documents (both sides belong to the same customer). */
export function allocationsOfCustomer(ledger: Ledger, customerId: number): AllocationRow[] {
  const rows = prepared(
    ledger.sqlite,
    `${SELECT} where cd.customer_id = ? order by a.date, a.id`,
  ).all(customerId) as Row[];
  return rows.map(toRow);
}

export function getAllocation(ledger: Ledger, id: number): AllocationRow | null {
  const row = prepared(ledger.sqlite, `${SELECT} where a.id = ?`).get(id) as Row | undefined;
  return row ? toRow(row) : null;
}

const LABELS: Record<string, string> = {
  invoice: 'Invoice',
  credit_note: 'Credit note',
  debit_note: 'Debit note',
  opening_invoice: 'Opening invoice',
  receipt: 'Receipt',
  refund: 'Refund',
  write_off: 'Write-off',
  cheque_return: 'Cheque returned',
  instalment: 'Instalment',
  payment_plan: 'Payment plan',
};

export const labelOf = (kind: string): string => LABELS[kind] ?? kind;
