// The comparison as a house report sheet: every line of both sides in one table, with the
// reconciling summary above it.
import type { Ledger } from '../../db/ledger/open';
import type { Reconciliation } from '../../db/customer-reconciliation/match';
import { addReportSheet, newWorkbook, type ReportColumn } from '../reports/excel/report-sheet';
import { companyName, written, type MisFile } from '../reports/mis-excel';

interface Row {
  list: string;
  ourDate: string | null;
  ourDocument: string | null;
  ours: number | null;
  theirLine: string | null;
  theirDate: string | null;
  theirReference: string | null;
  theirs: number | null;
  difference: number | null;
}

const BASIS: Record<string, string> = {
  document: 'Matched: document number',
  reference: 'Matched: payment reference',
  'amount-date': 'Matched: amount and date',
  tds: 'Matched: TDS kept by them',
};

const signed = (l: { debit: number; credit: number }) => l.debit - l.credit;

export async function comparisonWorkbook(
  ledger: Ledger,
  r: Reconciliation,
  q: { customerCode: string; from: string; to: string },
): Promise<MisFile> {
  const company = companyName(ledger);
  const workbook = newWorkbook(company);
  const rows: Row[] = [
    ...r.matched.map((m) => ({
      list: BASIS[m.basis] ?? m.basis,
      ourDate: m.ours.date,
      ourDocument: m.ours.number ?? m.ours.particulars,
      ours: signed(m.ours),
      theirLine: String(m.theirs.line),
      theirDate: m.theirs.date,
      theirReference: m.theirs.reference || m.theirs.particulars,
      theirs: signed(m.theirs),
      difference: m.difference,
    })),
    ...r.onlyOurs.map((o) => ({
      list: 'Only in ours',
      ourDate: o.date,
      ourDocument: o.number ?? o.particulars,
      ours: signed(o),
      theirLine: null,
      theirDate: null,
      theirReference: null,
      theirs: null,
      difference: signed(o),
    })),
    ...r.onlyTheirs.map((t) => ({
      list: 'Only in theirs',
      ourDate: null,
      ourDocument: null,
      ours: null,
      theirLine: String(t.line),
      theirDate: t.date,
      theirReference: t.reference || t.particulars,
      theirs: signed(t),
      difference: -signed(t),
    })),
  ];
  const text = (header: string, width: number, value: (x: Row) => string | null) =>
    ({ header, width, kind: 'text', value }) satisfies ReportColumn<Row>;
  const money = (header: string, value: (x: Row) => number | null) =>
    ({ header, width: 18, kind: 'money', value }) satisfies ReportColumn<Row>;
  const s = r.summary;
  addReportSheet<Row>(workbook, {
    sheetName: 'Customer reconciliation',
    company,
    report: `Customer reconciliation: ${q.customerCode}, ours against theirs`,
    about: [
      ['Period', `${q.from} to ${q.to}`],
      ['Closing per us', String(r.ourClosing / 100)],
      ['Closing per them', String(r.theirClosing / 100)],
      ['Opening difference', String(s.openingDifference / 100)],
    ],
    columns: [
      text('List', 28, (x) => x.list),
      text('Our date', 12, (x) => x.ourDate),
      text('Our document', 24, (x) => x.ourDocument),
      money('Ours (Dr +)', (x) => x.ours),
      text('Their line', 10, (x) => x.theirLine),
      text('Their date', 12, (x) => x.theirDate),
      text('Their reference', 24, (x) => x.theirReference),
      money('Theirs (Dr +)', (x) => x.theirs),
      money('Difference', (x) => x.difference),
    ],
    rows,
    totals: [
      'Ours − theirs',
      null,
      null,
      r.ourClosing,
      null,
      null,
      null,
      r.theirClosing,
      s.difference - s.openingDifference,
    ],
  });
  return written(workbook, `customer-reconciliation-${q.customerCode}-${q.to}.xlsx`);
}
