// Collections MIS as worksheets, each through the house report sheet: collections by period, mode
// and customer; DSO by month; the forecast by week; the AR schedule with the AR control under it.
// The four exports of the Collections & DSO screen and the management pack are built from these.
import type ExcelJS from 'exceljs';
import { requireCompany } from '../../db/company/company';
import type { Ledger } from '../../db/ledger/open';
import { arSchedule, collections, dso, forecast } from '../../db/reports/collections';
import { MODE_LABELS, type ReceiptMode } from '../../shared/receipts/contract';
import type {
  ArSchedule,
  CollectionsReport,
  DsoReport,
  ForecastReport,
} from '../../shared/reports/contract';
import { forecastLines, type ForecastLine } from '../../shared/reports/forecast';
import { monthLabel } from '../../shared/reports/mis-contract';
import {
  addReportSheet,
  newWorkbook,
  periodText,
  showDate,
  type ReportColumn,
} from './excel/report-sheet';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MONTH_FORMAT = 'mmm yyyy';
const DAYS_FORMAT = '0.0';

/** A month's column holds the 1st of the month as a real date, shown as 'Apr 2025'. */
const monthColumn = <T>(header: string, month: (r: T) => string): ReportColumn<T> => ({
  header,
  width: 12,
  kind: 'date',
  numFmt: MONTH_FORMAT,
  value: (r) => `${month(r)}-01`,
});

const modeName = (mode: string) => MODE_LABELS[mode as ReceiptMode] ?? mode;

type PeriodRow = CollectionsReport['byPeriod'][number];

function periodColumn(groupBy: CollectionsReport['groupBy']): ReportColumn<PeriodRow> {
  if (groupBy === 'month') return monthColumn('Month', (r) => r.period);
  return {
    header: groupBy === 'week' ? 'Week from' : 'Date',
    width: 12,
    kind: 'date',
    value: (r) => r.period,
  };
}

const GROUP_WORD = { day: 'day', week: 'week (Monday to Sunday)', month: 'month' } as const;

export function addCollectionsByPeriodSheet(
  workbook: ExcelJS.Workbook,
  company: string,
  r: CollectionsReport,
  sheetName = 'Collections',
): ExcelJS.Worksheet {
  return addReportSheet<PeriodRow>(workbook, {
    sheetName,
    company,
    report: 'Collections',
    about: [
      ['Period', periodText(r.from, r.to)],
      ['By', GROUP_WORD[r.groupBy]],
    ],
    columns: [
      periodColumn(r.groupBy),
      { header: 'Received', width: 18, kind: 'money', value: (p) => p.received },
      { header: 'TDS', width: 16, kind: 'money', value: (p) => p.tds },
      { header: 'Total', width: 18, kind: 'money', value: (p) => p.total },
      { header: 'Receipts', width: 10, kind: 'integer', value: (p) => p.receipts },
    ],
    rows: r.byPeriod,
    totals: [
      'Total',
      r.totals.received,
      r.totals.tds,
      r.totals.total,
      r.byPeriod.reduce((s, p) => s + p.receipts, 0),
    ],
  });
}

type ModeRow = CollectionsReport['byMode'][number];
type CustomerRow = CollectionsReport['byCustomer'][number];

export function addCollectionsByModeSheet(
  workbook: ExcelJS.Workbook,
  company: string,
  r: CollectionsReport,
): ExcelJS.Worksheet {
  return addReportSheet<ModeRow>(workbook, {
    sheetName: 'By mode',
    company,
    report: 'Collections by mode',
    about: [['Period', periodText(r.from, r.to)]],
    columns: [
      { header: 'Mode', width: 14, kind: 'text', value: (m) => modeName(m.mode) },
      { header: 'Received', width: 18, kind: 'money', value: (m) => m.received },
      { header: 'Receipts', width: 10, kind: 'integer', value: (m) => m.receipts },
    ],
    rows: r.byMode,
    totals: ['Total', r.totals.received, r.byMode.reduce((s, m) => s + m.receipts, 0)],
  });
}

export function addCollectionsByCustomerSheet(
  workbook: ExcelJS.Workbook,
  company: string,
  r: CollectionsReport,
): ExcelJS.Worksheet {
  return addReportSheet<CustomerRow>(workbook, {
    sheetName: 'By customer',
    company,
    report: 'Collections by customer',
    about: [['Period', periodText(r.from, r.to)]],
    columns: [
      { header: 'Code', width: 14, kind: 'text', value: (c) => c.customerCode },
      { header: 'Customer', width: 36, kind: 'text', value: (c) => c.customerName },
      { header: 'Received', width: 18, kind: 'money', value: (c) => c.received },
      { header: 'TDS', width: 16, kind: 'money', value: (c) => c.tds },
      { header: 'Total', width: 18, kind: 'money', value: (c) => c.total },
      { header: 'Receipts', width: 10, kind: 'integer', value: (c) => c.receipts },
    ],
    rows: r.byCustomer,
    totals: [
      null,
      'Total',
      r.totals.received,
      r.totals.tds,
      r.totals.total,
      r.byCustomer.reduce((s, c) => s + c.receipts, 0),
    ],
  });
}

type DsoRow = DsoReport['months'][number];

export function addDsoSheet(
  workbook: ExcelJS.Workbook,
  company: string,
  r: DsoReport,
): ExcelJS.Worksheet {
  const first = r.months[0]?.month ?? r.to.slice(0, 7);
  const last = r.months.at(-1)?.month ?? r.to.slice(0, 7);
  return addReportSheet<DsoRow>(workbook, {
    sheetName: 'DSO',
    company,
    report: 'Days sales outstanding',
    about: [
      ['Months', `${monthLabel(first)} to ${monthLabel(last)}`],
      ['DSO simple', 'closing AR ÷ the month’s credit sales × days in the month'],
      ['DSO countback', 'days of the latest sales that make up closing AR'],
    ],
    columns: [
      monthColumn('Month', (m) => m.month),
      { header: 'Credit sales', width: 18, kind: 'money', value: (m) => m.sales },
      { header: 'Closing AR', width: 18, kind: 'money', value: (m) => m.closingAr },
      {
        header: 'DSO simple (days)',
        width: 12,
        kind: 'number',
        numFmt: DAYS_FORMAT,
        value: (m) => m.simple,
      },
      {
        header: 'DSO countback (days)',
        width: 14,
        kind: 'number',
        numFmt: DAYS_FORMAT,
        value: (m) => m.countback,
      },
    ],
    rows: r.months,
  });
}

export function addForecastSheet(
  workbook: ExcelJS.Workbook,
  company: string,
  r: ForecastReport,
): ExcelJS.Worksheet {
  const rows = forecastLines(r);
  const sum = (f: (l: ForecastLine) => number | null) => rows.reduce((s, l) => s + (f(l) ?? 0), 0);
  return addReportSheet<ForecastLine>(workbook, {
    sheetName: 'Forecast',
    company,
    report: 'Collections forecast',
    about: [
      ['As of', r.asOf],
      ['Weeks', `${r.weeks.length}, Monday to Sunday`],
      ['Due', 'open items by their own due dates'],
      ['Expected', 'on the promised date, else the date the customer’s history predicts'],
    ],
    columns: [
      { header: 'Line', width: 12, kind: 'text', value: (l) => l.line },
      { header: 'From', width: 12, kind: 'date', value: (l) => l.from },
      { header: 'To', width: 12, kind: 'date', value: (l) => l.to },
      { header: 'Due', width: 18, kind: 'money', value: (l) => l.due },
      { header: 'Invoices due', width: 12, kind: 'integer', value: (l) => l.dueInvoices },
      { header: 'Expected', width: 18, kind: 'money', value: (l) => l.expected },
      { header: 'Of which promised', width: 18, kind: 'money', value: (l) => l.promised },
    ],
    rows,
    totals: [
      'Total',
      null,
      null,
      sum((l) => l.due),
      sum((l) => l.dueInvoices),
      sum((l) => l.expected),
      sum((l) => l.promised),
    ],
    // Expected + in dispute = due: disputed money is owed, but not expected until resolved.
    afterTotals: [['In dispute', null, null, null, null, r.disputed, null]],
  });
}

type ScheduleRow = ArSchedule['rows'][number];

export const blanks = (n: number): null[] => Array.from({ length: n }, () => null);
export const agreement = (difference: number) =>
  difference === 0 ? 'Agrees with the books' : 'Does not agree with the books';

export function addArScheduleSheet(
  workbook: ExcelJS.Workbook,
  company: string,
  r: ArSchedule,
): ExcelJS.Worksheet {
  const difference = r.totals.closing - r.arControl;
  return addReportSheet<ScheduleRow>(workbook, {
    sheetName: 'AR schedule',
    company,
    report: 'AR schedule',
    about: [
      ['Period', periodText(r.from, r.to)],
      ['Closing', 'opening + invoiced − credit notes − collected + adjustments'],
    ],
    columns: [
      { header: 'Code', width: 14, kind: 'text', value: (c) => c.customerCode },
      { header: 'Customer', width: 34, kind: 'text', value: (c) => c.customerName },
      { header: 'Opening', width: 17, kind: 'money', value: (c) => c.opening },
      { header: 'Invoiced', width: 17, kind: 'money', value: (c) => c.invoiced },
      { header: 'Credit notes', width: 17, kind: 'money', value: (c) => c.creditNotes },
      { header: 'Collected', width: 17, kind: 'money', value: (c) => c.collected },
      { header: 'Adjustments', width: 17, kind: 'money', value: (c) => c.adjustments },
      { header: 'Closing', width: 18, kind: 'money', value: (c) => c.closing },
    ],
    rows: r.rows,
    totals: [
      null,
      'Total',
      r.totals.opening,
      r.totals.invoiced,
      r.totals.creditNotes,
      r.totals.collected,
      r.totals.adjustments,
      r.totals.closing,
    ],
    // The books' own figure beside the schedule's closing total.
    afterTotals: [
      [null, `AR control account on ${showDate(r.to)} (books)`, ...blanks(5), r.arControl],
      [null, 'Difference', ...blanks(5), difference],
      [null, agreement(difference), ...blanks(6)],
    ],
  });
}

export const companyName = (ledger: Ledger) => requireCompany(ledger).legalName;

export interface MisFile {
  fileName: string;
  bytes: Buffer;
}

export const written = async (workbook: ExcelJS.Workbook, fileName: string): Promise<MisFile> => ({
  fileName,
  bytes: Buffer.from(await workbook.xlsx.writeBuffer()),
});

export async function collectionsWorkbook(
  ledger: Ledger,
  q: { from: string; to: string; groupBy: 'day' | 'week' | 'month' },
): Promise<MisFile> {
  const company = companyName(ledger);
  const r = collections(ledger, q);
  const workbook = newWorkbook(company);
  addCollectionsByPeriodSheet(workbook, company, r);
  addCollectionsByModeSheet(workbook, company, r);
  addCollectionsByCustomerSheet(workbook, company, r);
  return written(workbook, `collections-${q.from}-to-${q.to}.xlsx`);
}

export async function dsoWorkbook(
  ledger: Ledger,
  q: { to: string; months: number },
): Promise<MisFile> {
  const company = companyName(ledger);
  const workbook = newWorkbook(company);
  addDsoSheet(workbook, company, dso(ledger, q));
  return written(workbook, `dso-${q.months}-months-to-${q.to.slice(0, 7)}.xlsx`);
}

export async function forecastWorkbook(
  ledger: Ledger,
  q: { asOf: string; weeks: number },
): Promise<MisFile> {
  const company = companyName(ledger);
  const workbook = newWorkbook(company);
  addForecastSheet(workbook, company, forecast(ledger, q));
  return written(workbook, `collections-forecast-${q.asOf}.xlsx`);
}

export async function arScheduleWorkbook(
  ledger: Ledger,
  q: { from: string; to: string },
): Promise<MisFile> {
  const company = companyName(ledger);
  const workbook = newWorkbook(company);
  addArScheduleSheet(workbook, company, arSchedule(ledger, q));
  return written(workbook, `ar-schedule-${q.from}-to-${q.to}.xlsx`);
}
