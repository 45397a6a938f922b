// The AR control account against the sum of customer balances as of a date (LEDGER.md: they
// must be equal). The control comes from the journal's per-day totals, the customer balances
// from the sub-ledger (open items less allocations); when they differ, the trace says where:
// per customer (journal AR lines by party vs sub-ledger), AR lines without a customer, documents
// whose journal does not carry their total, and documents whose open balance has drifted from
// their total less allocations.
import type {
  ControlReport,
  ControlTraceCustomer,
  ControlTraceDocument,
  ControlTraceDrift,
  ControlTraceUnassigned,
} from '../../shared/books-reconciliation/contract';
import { arControlAsOf, openItemsAsOf } from '../reports/ageing';
import { customersById } from '../customers/customers';
import { prepared } from '../ledger/statements';
import type { Ledger } from '../ledger/open';

/** Each customer's balance in the sub-ledger on `asOf`: open debit items less open credits. */
export function subLedgerBalances(ledger: Ledger, asOf: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const item of openItemsAsOf(ledger, asOf)) {
    const signed = item.side === 'debit' ? item.open : -item.open;
    out.set(item.customerId, (out.get(item.customerId) ?? 0) + signed);
  }
  return out;
}

const AR = `(select id from accounts where system_key = 'AR')`;

/** Each customer's balance on the AR control account on `asOf`, from the journal lines. */
export function journalBalances(ledger: Ledger, asOf: string): Map<number, number> {
  const latest = prepared(ledger.sqlite, 'select max(date) from journals').pluck().get() as
    string | null;
  // On or after the last journal's date every line counts: no visit to the journals for dates.
  const rows = (
    latest === null || latest <= asOf
      ? prepared(
          ledger.sqlite,
          `select customer_id, sum(debit) - sum(credit) from journal_lines
            where account_id = ${AR} and customer_id is not null group by customer_id`,
        ).raw()
      : prepared(
          ledger.sqlite,
          `select l.customer_id, sum(l.debit) - sum(l.credit)
             from journal_lines l join journals j on j.id = l.journal_id
            where l.account_id = ${AR} and l.customer_id is not null and j.date <= @asOf
            group by l.customer_id`,
        ).raw()
  ).all({ asOf }) as [number, number][];
  return new Map(rows);
}

function unassignedLines(ledger: Ledger, asOf: string): ControlTraceUnassigned[] {
  return prepared(
    ledger.sqlite,
    `select l.id as lineId, j.id as journalId, j.date, j.narration, j.document_id as documentId,
            l.debit - l.credit as amount
       from journal_lines l join journals j on j.id = l.journal_id
      where l.account_id = ${AR} and l.customer_id is null and j.date <= ?
      order by j.date, l.id`,
  ).all(asOf) as ControlTraceUnassigned[];
}

/**
 * Issued documents dated on or before `asOf` whose AR journal lines (on or before `asOf`) do
 * not come to their total on their side, or that name another customer.
 */
function documentMismatches(ledger: Ledger, asOf: string): ControlTraceDocument[] {
  return prepared(
    ledger.sqlite,
    `with posted as (
         select j.document_id as documentId, sum(l.debit) - sum(l.credit) as journal,
                sum(case when l.customer_id is not d.customer_id then 1 else 0 end) as otherParty
           from journal_lines l join journals j on j.id = l.journal_id
           join documents d on d.id = j.document_id
          where l.account_id = ${AR} and j.date <= @asOf and j.document_id is not null
          group by j.document_id)
     select d.id as documentId, d.kind, d.number, d.date, d.customer_id as customerId,
            c.code as customerCode, c.name as customerName,
            case when k.side = 'debit' then d.total else -d.total end as expected,
            coalesce(p.journal, 0) as journal, coalesce(p.otherParty, 0) as otherParty
       from documents d join document_kinds k on k.kind = d.kind
       join customers c on c.id = d.customer_id
       left join posted p on p.documentId = d.id
      where d.status = 'issued' and d.date <= @asOf
        and (coalesce(p.journal, 0) <> case when k.side = 'debit' then d.total else -d.total end
             or coalesce(p.otherParty, 0) > 0)
      order by d.date, d.id`,
  ).all({ asOf }) as ControlTraceDocument[];
}

/** What is allocated against a document, on its own side. */
const ALLOCATED = `coalesce(case when k.side = 'debit'
    then (select sum(a.amount) from allocations a where a.debit_document_id = d.id)
    else (select sum(a.amount) from allocations a where a.credit_document_id = d.id)
  end, 0)`;

/** Documents whose open balance today is not their total less what is allocated against them. */
function openBalanceDrift(ledger: Ledger): ControlTraceDrift[] {
  return prepared(
    ledger.sqlite,
    `select d.id as documentId, d.kind, d.number, d.customer_id as customerId,
            c.code as customerCode, c.name as customerName, d.total,
            d.total - d.open_balance - ${ALLOCATED} as difference, d.open_balance as openBalance
       from documents d join document_kinds k on k.kind = d.kind
       join customers c on c.id = d.customer_id
      where d.status = 'issued'
        and d.open_balance <> d.total - ${ALLOCATED}
      order by d.id`,
  ).all() as ControlTraceDrift[];
}

const byText = new Intl.Collator().compare;

/**
 * The report as of `asOf`. Every customer's journal lines are compared with their open items
 * each time; the document-by-document checks (a full pass over the journal and the documents,
 * some 20 s on two million documents) run when something differs, or when `deep` asks for them.
 */
export function controlReport(ledger: Ledger, asOf: string, deep = false): ControlReport {
  const arControl = arControlAsOf(ledger, asOf);
  const sub = subLedgerBalances(ledger, asOf);
  const journal = journalBalances(ledger, asOf);
  const names = customersById(ledger);
  let subLedger = 0;
  for (const v of sub.values()) subLedger += v;
  const customers: ControlTraceCustomer[] = [];
  for (const id of new Set([...sub.keys(), ...journal.keys()])) {
    const s = sub.get(id) ?? 0;
    const j = journal.get(id) ?? 0;
    if (s === j) continue;
    const c = names.get(id);
    customers.push({
      customerId: id,
      customerCode: c?.code ?? `#${String(id)}`,
      customerName: c?.name ?? 'unknown customer',
      journal: j,
      subLedger: s,
      difference: j - s,
    });
  }
  customers.sort((a, b) => byText(a.customerName, b.customerName));
  const difference = arControl - subLedger;
  const unassigned = unassignedLines(ledger, asOf);
  const documentsChecked =
    deep || difference !== 0 || customers.length > 0 || unassigned.length > 0;
  const documents = documentsChecked
    ? documentMismatches(ledger, asOf).map((d) => ({ ...d, difference: d.journal - d.expected }))
    : [];
  const drift = documentsChecked ? openBalanceDrift(ledger) : [];
  return {
    asOf,
    arControl,
    subLedger,
    difference,
    balanced:
      difference === 0 &&
      customers.length === 0 &&
      unassigned.length === 0 &&
      documents.length === 0 &&
      drift.length === 0,
    customerCount: sub.size,
    documentsChecked,
    trace: { customers, unassigned, documents, openBalances: drift },
  };
}
