// The ageing report as of any date. It reads only the documents that were open on that date
// (LEDGER.md): as of today, the open-balance cache; as of a past date, the items not settled by
// then, less their allocations dated on or before it. Never a join of every invoice and receipt.
import type {
  AgeingCustomerRow,
  AgeingDocumentRow,
  AgeingQuery,
  AgeingReport,
} from '../../shared/reports/contract';
import {
  ageInDays,
  bucketIndex,
  bucketsOf,
  type AgeingBasis,
  type Bucket,
} from '../../shared/reports/ageing';
import { addDays, daysBetween, type IsoDate } from '../../shared/dates';
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

/** What a document had open on @asOf: today's cache plus whatever was allocated to it since. */
const OPEN_THEN = `d.open_balance + case when k.side = 'debit'
    then (select coalesce(sum(a.amount), 0) from allocations a where a.debit_document_id = d.id and a.date > @asOf)
    else (select coalesce(sum(a.amount), 0) from allocations a where a.credit_document_id = d.id and a.date > @asOf)
  end`;

/**
 * The SQL of every issued document open on @asOf, with `columns` and `open`. When no
 * allocation is dated after it, the cache is the answer; otherwise the items open then are
 * those open now and those settled since, each read from its own covering index (one query
 * with `or` would make SQLite visit the table for every row).
 */
function openItemsSql(ledger: Ledger, asOf: string, columns: string, ofCustomer: string): string {
  const latest = prepared(ledger.sqlite, 'select max(date) from allocations').pluck().get() as
    string | null;
  const from = 'from documents d join document_kinds k on k.kind = d.kind';
  if (latest === null || latest <= asOf) {
    // Only the side needs the kinds table; without it, one lookup fewer per open item.
    const today = columns.includes('k.') ? from : 'from documents d';
    return `select ${columns}, d.open_balance as open ${today}
      where d.open_balance <> 0 and d.date <= @asOf ${ofCustomer}`;
  }
  return `select * from (
      select ${columns}, ${OPEN_THEN} as open ${from}
        where d.open_balance <> 0 and d.date <= @asOf ${ofCustomer}
      union all
      select ${columns}, ${OPEN_THEN} as open ${from}
        where d.settled_on > @asOf and d.date <= @asOf ${ofCustomer}
    ) where open <> 0`;
}

// Two texts, not `@customerId is null or …`: that form keeps SQLite off the customer index.
const customerFilter = (customerId: number | null) =>
  customerId === null ? '' : 'and d.customer_id = @customerId';

/** Every issued document with something open on `asOf`, one row each. */
export function openItemsAsOf(
  ledger: Ledger,
  asOf: string,
  customerId: number | null = null,
): OpenItemAsOf[] {
  const sql = openItemsSql(ledger, asOf, COLUMNS, customerFilter(customerId));
  return prepared(ledger.sqlite, sql).all({ asOf, customerId }) as OpenItemAsOf[];
}

interface CustomerTotals {
  customerId: number;
  /** Open debit items by bucket, in bucket order. */
  amounts: number[];
  /** Unallocated credit items (receipts, credit notes), as a positive figure. */
  credit: number;
  disputed: number;
  /** The earliest basis date among the customer's open debit items. */
  oldest: string | null;
}

/**
 * Open items summed by customer inside SQLite. As of today this is one pass over a covering
 * index in (customer, kind) order, so SQLite needs no sort and a few rows per customer cross
 * into JavaScript. Each bucket's sum is cumulative (everything at most `to` days past its
 * basis date), because one comparison per bucket is the cheapest thing SQLite can do per row;
 * the buckets are the differences.
 */
function customerTotals(
  ledger: Ledger,
  asOf: string,
  buckets: Bucket[],
  basis: AgeingBasis,
  customerId: number | null,
): CustomerTotals[] {
  const items = openItemsSql(
    ledger,
    asOf,
    'd.id as documentId, d.customer_id as customerId, d.kind, d.date, d.due_date as dueDate',
    customerFilter(customerId),
  );
  const basisDate = basis === 'due' ? 'coalesce(i.dueDate, i.date)' : 'i.date';
  // Within `to` days of the basis date = a basis date on or after asOf − to (ISO text compares).
  const limits: Record<string, string> = {};
  const within = buckets.slice(0, -1).map((b, i) => {
    limits[`t${i}`] = addDays(asOf as IsoDate, -(b.to ?? 0));
    return `sum(iif(${basisDate} >= @t${i}, i.open, 0)) as c${i}`;
  });
  // Columns by position (raw rows): customer, kind, open, oldest, then each bucket's sum.
  const sql = `select i.customerId, i.kind, sum(i.open) as open, min(${basisDate}) as oldest,
      ${within.join(', ')}
    from (${items}) i group by i.customerId, i.kind`;
  const groups = prepared(ledger.sqlite, sql)
    .raw()
    .all({ asOf, customerId, ...limits }) as [number, string, number, string, ...number[]][];
  const credit = creditKinds(ledger);
  // Disputes are few: summed apart, not joined to every open item.
  const disputed = disputedByCustomer(ledger, asOf, customerId);
  const totals: CustomerTotals[] = [];
  let t: CustomerTotals | undefined;
  for (const g of groups) {
    const [id, kind, open, oldest] = g;
    if (t?.customerId !== id) {
      t = {
        customerId: id,
        amounts: buckets.map(() => 0),
        credit: 0,
        disputed: disputed.get(id) ?? 0,
        oldest: null,
      };
      totals.push(t);
    }
    if (credit.has(kind)) {
      t.credit += open;
      continue;
    }
    let before = 0;
    for (let i = 0; i < buckets.length; i++) {
      const upTo = i < buckets.length - 1 ? (g[4 + i] as number) : open;
      t.amounts[i]! += upTo - before;
      before = upTo;
    }
    if (t.oldest === null || oldest < t.oldest) t.oldest = oldest;
  }
  return totals;
}

/** The kinds of document that sit on the credit side (receipts, credit notes, write-offs). */
function creditKinds(ledger: Ledger): Set<string> {
  return new Set(
    prepared(ledger.sqlite, `select kind from document_kinds where side = 'credit'`)
      .pluck()
      .all() as string[],
  );
}

/** What is in dispute on `asOf` by customer, each dispute capped at what its invoice had open. */
function disputedByCustomer(
  ledger: Ledger,
  asOf: string,
  customerId: number | null,
): Map<number, number> {
  const rows = prepared(
    ledger.sqlite,
    `select d.customer_id as customerId, sum(min(p.amount, ${OPEN_THEN})) as amount
     from (select document_id, sum(amount) as amount from disputes
           where raised_on <= @asOf and (resolved_on is null or resolved_on > @asOf)
           group by document_id) p
       join documents d on d.id = p.document_id join document_kinds k on k.kind = d.kind
     where d.date <= @asOf ${customerFilter(customerId)}
     group by d.customer_id`,
  ).all({ asOf, customerId }) as { customerId: number; amount: number }[];
  return new Map(rows.map((r) => [r.customerId, r.amount]));
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

// One collator for every sort: `localeCompare` builds one per call, which shows at 100,000 rows.
const byText = new Intl.Collator().compare;

export function ageingReport(ledger: Ledger, q: AgeingQuery): AgeingReport {
  const buckets = bucketsOf(q.buckets, q.basis);
  const customerId = q.customerId ?? null;
  const customers = new Map(
    (
      prepared(
        ledger.sqlite,
        `select id, code, name, customer_group as customerGroup, salesperson, state_code as stateCode
         from customers ${customerId ? 'where id = @customerId' : ''}`,
      ).all(customerId ? { customerId } : {}) as CustomerInfo[]
    ).map((c) => [c.id, c]),
  );
  const keep = (c: CustomerInfo) =>
    (!q.customerGroup || c.customerGroup?.toLowerCase() === q.customerGroup.toLowerCase()) &&
    (!q.salesperson || c.salesperson?.toLowerCase() === q.salesperson.toLowerCase()) &&
    (!q.stateCode || c.stateCode === q.stateCode);

  const rows = new Map<number, AgeingCustomerRow>();
  const rowOf = (c: CustomerInfo): AgeingCustomerRow => {
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
    return row;
  };
  const documents: AgeingDocumentRow[] = [];
  if (q.level === 'document') {
    const disputed = disputedAsOf(ledger, q.asOf, customerId);
    for (const item of openItemsAsOf(ledger, q.asOf, customerId)) {
      const c = customers.get(item.customerId)!;
      if (!keep(c)) continue;
      const row = rowOf(c);
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
  } else {
    for (const t of customerTotals(ledger, q.asOf, buckets, q.basis, customerId)) {
      const c = customers.get(t.customerId)!;
      if (!keep(c)) continue;
      const row = rowOf(c);
      row.amounts = t.amounts;
      row.onAccount = 0 - t.credit; // not `-t.credit`: that is -0 when nothing is on account
      row.total = t.amounts.reduce((s, a) => s + a, 0) - t.credit;
      row.disputed = t.disputed;
      row.oldestDays =
        t.oldest === null ? null : daysBetween(t.oldest as IsoDate, q.asOf as IsoDate);
    }
  }
  const minBalance = q.minBalance;
  const kept = [...rows.values()]
    .filter((r) => minBalance === null || r.total >= minBalance)
    .sort(
      (a, b) => byText(a.customerName, b.customerName) || byText(a.customerCode, b.customerCode),
    );
  const keptIds = new Set(kept.map((r) => r.customerId));
  const docs = documents
    .filter((d) => keptIds.has(d.customerId))
    .sort(
      (a, b) =>
        byText(a.customerName, b.customerName) ||
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
