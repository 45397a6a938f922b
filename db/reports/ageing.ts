// The ageing report as of any date. It reads only the documents that were open on that date
// (LEDGER.md): as of today, the open-balance cache; as of a past date, the items not settled by
// then, less their allocations dated on or before it. Never a join of every invoice and receipt.
import type {
  AgeingCustomerRow,
  AgeingDocumentRow,
  AgeingQuery,
  AgeingReport,
} from '../../shared/reports/contract';
import { ageInDays, bucketIndex, bucketsOf } from '../../shared/reports/ageing';
import { disputedAsOf } from '../disputes/disputes';
import { prepared } from '../ledger/statements';
import type { Ledger } from '../ledger/open';

export interface OpenItemAsOf {
  documentId: number;
  customerId: number;
  kind: string;
  side: 'debit' | 'credit';
  number: string;
  date: string;
  dueDate: string | null;
  /** Open (debit) or unallocated (credit) on the as-of date, paise, always ≥ 0. */
  open: number;
}

const COLUMNS = `d.id as documentId, d.customer_id as customerId, d.kind, k.side, d.number, d.date,
  d.due_date as dueDate`;

/**
 * Every issued document with something open on `asOf`. When no allocation is dated after it,
 * the cache is the answer; otherwise allocations dated after `asOf` are added back.
 */
export function openItemsAsOf(
  ledger: Ledger,
  asOf: string,
  customerId: number | null = null,
): OpenItemAsOf[] {
  const latest = prepared(ledger.sqlite, 'select max(date) from allocations').pluck().get() as
    string | null;
  const params = { asOf, customerId };
  // Two texts, not `@customerId is null or …`: that form keeps SQLite off the customer index.
  const ofCustomer = customerId === null ? '' : 'and d.customer_id = @customerId';
  if (latest === null || latest <= asOf) {
    return prepared(
      ledger.sqlite,
      `select ${COLUMNS}, d.open_balance as open
       from documents d join document_kinds k on k.kind = d.kind
       where d.open_balance <> 0 and d.status = 'issued' and d.date <= @asOf ${ofCustomer}`,
    ).all(params) as OpenItemAsOf[];
  }
  const rows = prepared(
    ledger.sqlite,
    `select ${COLUMNS}, d.open_balance + case when k.side = 'debit'
         then (select coalesce(sum(a.amount), 0) from allocations a where a.debit_document_id = d.id and a.date > @asOf)
         else (select coalesce(sum(a.amount), 0) from allocations a where a.credit_document_id = d.id and a.date > @asOf)
       end as open
     from documents d join document_kinds k on k.kind = d.kind
     where d.status = 'issued' and d.date <= @asOf
       and (d.settled_on is null or d.settled_on > @asOf) ${ofCustomer}`,
  ).all(params) as OpenItemAsOf[];
  return rows.filter((r) => r.open !== 0);
}

/** The AR control account on a date, from the per-day totals the journal keeps. */
export function arControlAsOf(ledger: Ledger, asOf: string): number {
  return prepared(
    ledger.sqlite,
    `select coalesce(sum(t.debit) - sum(t.credit), 0) from account_day_totals t
       where t.account_id = (select id from accounts where system_key = 'AR') and t.date <= ?`,
  )
    .pluck()
    .get(asOf) as number;
}

interface CustomerInfo {
  id: number;
  code: string;
  name: string;
  customerGroup: string | null;
  salesperson: string | null;
  stateCode: string;
}

export function ageingReport(ledger: Ledger, q: AgeingQuery): AgeingReport {
  const buckets = bucketsOf(q.buckets, q.basis);
  const items = openItemsAsOf(ledger, q.asOf, q.customerId ?? null);
  const disputed = disputedAsOf(ledger, q.asOf, q.customerId ?? null);
  const customers = new Map(
    (
      prepared(
        ledger.sqlite,
        `select id, code, name, customer_group as customerGroup, salesperson, state_code as stateCode
         from customers ${q.customerId ? 'where id = @customerId' : ''}`,
      ).all(q.customerId ? { customerId: q.customerId } : {}) as CustomerInfo[]
    ).map((c) => [c.id, c]),
  );
  const keep = (c: CustomerInfo) =>
    (!q.customerGroup || c.customerGroup?.toLowerCase() === q.customerGroup.toLowerCase()) &&
    (!q.salesperson || c.salesperson?.toLowerCase() === q.salesperson.toLowerCase()) &&
    (!q.stateCode || c.stateCode === q.stateCode);

  const rows = new Map<number, AgeingCustomerRow>();
  const documents: AgeingDocumentRow[] = [];
  for (const item of items) {
    const c = customers.get(item.customerId)!;
    if (!keep(c)) continue;
    let row = rows.get(c.id);
    if (!row) {
      row = {
        customerId: c.id,
        customerCode: c.code,
        customerName: c.name,
        customerGroup: c.customerGroup,
        salesperson: c.salesperson,
        stateCode: c.stateCode,
        amounts: buckets.map(() => 0),
        onAccount: 0,
        total: 0,
        disputed: 0,
        oldestDays: null,
      };
      rows.set(c.id, row);
    }
    const days = ageInDays(q.asOf, item, q.basis);
    let bucket: number | null = null;
    // A dispute over more than is left open (part paid since) flags only what is open.
    const inDispute =
      item.side === 'debit' ? Math.min(disputed.get(item.documentId) ?? 0, item.open) : 0;
    if (item.side === 'debit') {
      bucket = bucketIndex(buckets, days);
      row.amounts[bucket]! += item.open;
      row.total += item.open;
      row.disputed += inDispute;
      row.oldestDays = Math.max(row.oldestDays ?? days, days);
    } else {
      row.onAccount -= item.open;
      row.total -= item.open;
    }
    if (q.level === 'document') {
      documents.push({
        documentId: item.documentId,
        customerId: c.id,
        customerCode: c.code,
        customerName: c.name,
        kind: item.kind,
        number: item.number,
        date: item.date,
        dueDate: item.dueDate,
        days,
        bucket,
        amount: item.side === 'debit' ? item.open : -item.open,
        disputed: inDispute,
      });
    }
  }
  const minBalance = q.minBalance;
  const kept = [...rows.values()]
    .filter((r) => minBalance === null || r.total >= minBalance)
    .sort(
      (a, b) =>
        a.customerName.localeCompare(b.customerName) ||
        a.customerCode.localeCompare(b.customerCode),
    );
  const keptIds = new Set(kept.map((r) => r.customerId));
  const docs = documents
    .filter((d) => keptIds.has(d.customerId))
    .sort(
      (a, b) =>
        a.customerName.localeCompare(b.customerName) ||
        (a.dueDate ?? a.date).localeCompare(b.dueDate ?? b.date) ||
        a.documentId - b.documentId,
    );
  const totals = {
    amounts: buckets.map((_, i) => kept.reduce((s, r) => s + r.amounts[i]!, 0)),
    onAccount: kept.reduce((s, r) => s + r.onAccount, 0),
    total: kept.reduce((s, r) => s + r.total, 0),
    disputed: kept.reduce((s, r) => s + r.disputed, 0),
  };
  return {
    asOf: q.asOf,
    basis: q.basis,
    buckets,
    level: q.level,
    customers: kept,
    documents: docs,
    totals,
    arControl: arControlAsOf(ledger, q.asOf),
    filtered: Boolean(
      q.customerId || q.customerGroup || q.salesperson || q.stateCode || q.minBalance !== null,
    ),
  };
}
