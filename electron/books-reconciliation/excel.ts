// Both books reconciliation reports in one workbook: the AR control account against the
// sub-ledger with every traced difference, and the Tally comparison, each a house report sheet.
import { controlReport } from '../../db/books-reconciliation/control';
import { compareBalances } from '../../db/books-reconciliation/external';
import type { Ledger } from '../../db/ledger/open';
import {
  COMPARISON_STATUS_LABELS,
  MATCHED_BY_LABELS,
  type ComparisonRow,
  type ComparisonStatus,
} from '../../shared/books-reconciliation/contract';
import { addReportSheet, newWorkbook, type ReportColumn } from '../reports/excel/report-sheet';
import { companyName, written, type MisFile } from '../reports/mis-excel';

const STATUS_LABELS = COMPARISON_STATUS_LABELS;

/** One line of the control sheet: the two sides, then each traced difference. */
interface ControlLine {
  what: string;
  reference: string | null;
  customer: string | null;
  ledger: number | null;
  subLedger: number | null;
  difference: number | null;
}

const text = (header: string, width: number, value: (r: ControlLine) => string | null) =>
  ({ header, width, kind: 'text', value }) satisfies ReportColumn<ControlLine>;
const money = (header: string, value: (r: ControlLine) => number | null) =>
  ({ header, width: 18, kind: 'money', value }) satisfies ReportColumn<ControlLine>;

export async function booksReconciliationWorkbook(
  ledger: Ledger,
  q: { source: string; asOf: string },
): Promise<MisFile> {
  const company = companyName(ledger);
  const workbook = newWorkbook(company);
  const c = controlReport(ledger, q.asOf);
  const lines: ControlLine[] = [
    ...c.trace.customers.map((x) => ({
      what: 'Customer: journal ≠ sub-ledger',
      reference: x.customerCode,
      customer: x.customerName,
      ledger: x.journal,
      subLedger: x.subLedger,
      difference: x.difference,
    })),
    ...c.trace.unassigned.map((x) => ({
      what: 'AR line without a customer',
      reference: `Journal ${String(x.journalId)}, ${x.date}`,
      customer: x.narration,
      ledger: x.amount,
      subLedger: null,
      difference: x.amount,
    })),
    ...c.trace.documents.map((x) => ({
      what: 'Document: journal ≠ total',
      reference: x.number ?? `#${String(x.documentId)}`,
      customer: `${x.customerCode} ${x.customerName}`,
      ledger: x.journal,
      subLedger: x.expected,
      difference: x.difference,
    })),
    ...c.trace.openBalances.map((x) => ({
      what: 'Document: open balance ≠ total less allocations',
      reference: x.number ?? `#${String(x.documentId)}`,
      customer: `${x.customerCode} ${x.customerName}`,
      ledger: null,
      subLedger: x.openBalance,
      difference: x.difference,
    })),
  ];
  addReportSheet<ControlLine>(workbook, {
    sheetName: 'AR control',
    company,
    report: 'AR control account against customer balances',
    about: [
      ['As of', c.asOf],
      [
        'Result',
        c.balanced ? 'Equal: nothing to trace' : 'Not equal: the differences are traced below',
      ],
    ],
    columns: [
      text('What', 40, (r) => r.what),
      text('Reference', 22, (r) => r.reference),
      text('Customer / narration', 34, (r) => r.customer),
      money('Journal (AR control)', (r) => r.ledger),
      money('Sub-ledger', (r) => r.subLedger),
      money('Difference', (r) => r.difference),
    ],
    rows: lines,
    totals: [
      'AR control against customer balances',
      `${String(c.customerCount)} customers`,
      null,
      c.arControl,
      c.subLedger,
      c.difference,
    ],
  });

  const cmp = compareBalances(ledger, q);
  const row = (header: string, width: number, value: (r: ComparisonRow) => string | null) =>
    ({ header, width, kind: 'text', value }) satisfies ReportColumn<ComparisonRow>;
  const amount = (header: string, value: (r: ComparisonRow) => number | null) =>
    ({ header, width: 18, kind: 'money', value }) satisfies ReportColumn<ComparisonRow>;
  addReportSheet<ComparisonRow>(workbook, {
    sheetName: 'Tally comparison',
    company,
    report: `Customer balances: ${q.source === 'tally' ? 'Tally' : q.source} against Bahi`,
    about: [
      ['As of', cmp.asOf],
      [
        'Rows',
        (Object.keys(STATUS_LABELS) as ComparisonStatus[])
          .map((s) => `${STATUS_LABELS[s]} ${String(cmp.counts[s])}`)
          .join(', '),
      ],
    ],
    columns: [
      row('Status', 14, (r) => STATUS_LABELS[r.status]),
      row('Code', 12, (r) => r.customerCode),
      row('Customer', 32, (r) => r.customerName),
      row('Party in Tally', 32, (r) => r.partyName),
      row('Matched by', 16, (r) => (r.matchedBy ? MATCHED_BY_LABELS[r.matchedBy] : null)),
      amount('Bahi', (r) => r.ours),
      amount('Tally', (r) => r.theirs),
      amount('Difference', (r) => r.difference),
    ],
    rows: cmp.rows,
    totals: [
      'Total',
      null,
      `${String(cmp.rows.length)} rows`,
      null,
      null,
      cmp.totals.ours,
      cmp.totals.theirs,
      cmp.totals.difference,
    ],
  });
  return written(workbook, `books-reconciliation-${q.asOf}.xlsx`);
}
