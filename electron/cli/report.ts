// `bahi report …`: the reports of the contract, shaped for scripts and spreadsheets. Amounts leave
// as decimal strings in rupees ("1234.50"), never as floats.
import { paise, paiseToRupeesString } from '../../shared/money';
import type {
  AgeingReport,
  CollectionsReport,
  DsoReport,
  StatementOfAccount,
} from '../../shared/reports/contract';
import type { Result } from '../../shared/result';

const rupees = (p: number) => paiseToRupeesString(paise(p));

/** The ageing JSON the issue fixes: one amount per bucket, in order, in rupees. */
export function ageingJson(r: AgeingReport) {
  const base = {
    asOf: r.asOf,
    basis: r.basis,
    buckets: r.buckets.map((b) => ({ label: b.label, from: b.from, to: b.to })),
  };
  const totals = {
    amounts: r.totals.amounts.map(rupees),
    onAccount: rupees(r.totals.onAccount),
    total: rupees(r.totals.total),
  };
  if (r.level === 'document') {
    return {
      ...base,
      level: 'document',
      rows: r.documents.map((d) => ({
        customerCode: d.customerCode,
        customerName: d.customerName,
        kind: d.kind,
        number: d.number,
        date: d.date,
        dueDate: d.dueDate,
        days: d.days,
        bucket: d.bucket === null ? null : r.buckets[d.bucket]!.label,
        amount: rupees(d.amount),
      })),
      totals,
      arControl: rupees(r.arControl),
    };
  }
  return {
    ...base,
    rows: r.customers.map((c) => ({
      customerCode: c.customerCode,
      customerName: c.customerName,
      amounts: c.amounts.map(rupees),
      onAccount: rupees(c.onAccount),
      total: rupees(c.total),
    })),
    totals,
    arControl: rupees(r.arControl),
  };
}

/** RFC 4180: quote when needed; a cell that starts like a formula is prefixed so Excel keeps it text. */
function csvCell(v: string | number | null): string {
  let s = v === null ? '' : String(v);
  if (typeof v === 'string' && /^[=+\-@]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const csv = (rows: (string | number | null)[][]) =>
  rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';

export function ageingCsv(r: AgeingReport): string {
  if (r.level === 'document') {
    return csv([
      [
        'customer_code',
        'customer_name',
        'kind',
        'number',
        'date',
        'due_date',
        'days',
        'bucket',
        'amount',
      ],
      ...r.documents.map((d) => [
        d.customerCode,
        d.customerName,
        d.kind,
        d.number,
        d.date,
        d.dueDate,
        d.days,
        d.bucket === null ? 'On account' : r.buckets[d.bucket]!.label,
        rupees(d.amount),
      ]),
    ]);
  }
  return csv([
    ['customer_code', 'customer_name', ...r.buckets.map((b) => b.label), 'on_account', 'total'],
    ...r.customers.map((c) => [
      c.customerCode,
      c.customerName,
      ...c.amounts.map(rupees),
      rupees(c.onAccount),
      rupees(c.total),
    ]),
    [
      '',
      'Total',
      ...r.totals.amounts.map(rupees),
      rupees(r.totals.onAccount),
      rupees(r.totals.total),
    ],
  ]);
}

export function statementJson(s: StatementOfAccount) {
  return {
    customerCode: s.customer.code,
    customerName: s.customer.name,
    from: s.from,
    to: s.to,
    opening: rupees(s.opening),
    entries: s.entries.map((e) => ({
      date: e.date,
      number: e.number,
      particulars: e.particulars,
      debit: rupees(e.debit),
      credit: rupees(e.credit),
      balance: rupees(e.balance),
    })),
    closing: rupees(s.closing),
    ageing: {
      buckets: s.ageing.buckets.map((b) => b.label),
      amounts: s.ageing.amounts.map(rupees),
      onAccount: rupees(s.ageing.onAccount),
      total: rupees(s.ageing.total),
    },
  };
}

export function collectionsCsv(r: CollectionsReport): string {
  return csv([
    ['period', 'received', 'tds', 'total', 'receipts'],
    ...r.byPeriod.map((p) => [
      p.period,
      rupees(p.received),
      rupees(p.tds),
      rupees(p.total),
      p.receipts,
    ]),
    ['Total', rupees(r.totals.received), rupees(r.totals.tds), rupees(r.totals.total), null],
  ]);
}

export function dsoCsv(r: DsoReport): string {
  return csv([
    ['month', 'sales', 'closing_ar', 'dso_simple', 'dso_countback'],
    ...r.months.map((m) => [m.month, rupees(m.sales), rupees(m.closingAr), m.simple, m.countback]),
  ]);
}

/** Money in the JSON of collections and DSO goes out in rupees too. */
export function rupeesDeep(value: unknown, moneyKeys: Set<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => rupeesDeep(v, moneyKeys));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        typeof v === 'number' && moneyKeys.has(k) ? rupees(v) : rupeesDeep(v, moneyKeys),
      ]),
    );
  }
  return value;
}

export const COLLECTION_MONEY = new Set(['received', 'tds', 'total', 'sales', 'closingAr']);

export type ReportResult = Result<unknown>;
