// The management pack: one workbook a director reads on the first of the month. A summary first
// (total receivable beside the books, overdue, DSO, collections, the ten customers most overdue),
// then the ageing, this year's collections by month, twelve months of DSO and the month's AR
// schedule. Written as a job, a sheet at a time, so it shows progress and can be cancelled.
import type ExcelJS from 'exceljs';
import { join } from 'node:path';
import { requireCompany } from '../../db/company/company';
import type { Ledger } from '../../db/ledger/open';
import { ageingReport } from '../../db/reports/ageing';
import { arSchedule, collections, dso } from '../../db/reports/collections';
import {
  ageingQuery,
  type AgeingCustomerRow,
  type AgeingReport,
  type CollectionsReport,
  type DsoReport,
} from '../../shared/reports/contract';
import { MANAGEMENT_PACK_SHEETS, monthLabel, packPeriods } from '../../shared/reports/mis-contract';
import { financialYearOf, type IsoDate } from '../../shared/dates';
import type { HandlerContext } from '../ipc/context';
import type { JobControl } from '../jobs/jobs';
import { addReportSheet, newWorkbook, setMoney, showDate } from './excel/report-sheet';
import {
  addArScheduleSheet,
  addCollectionsByPeriodSheet,
  addDsoSheet,
  agreement,
  blanks,
} from './mis-excel';

export interface OverdueCustomer {
  customerCode: string;
  customerName: string;
  overdue: number;
  oldestDays: number;
  total: number;
}

/** What a customer owes past its due date: every bucket but "Not due" (ageing by due date). */
const overdueOf = (row: AgeingCustomerRow) => row.amounts.slice(1).reduce((s, a) => s + a, 0);

/** The customers most overdue, largest first (then the oldest, then by name). */
export function topOverdue(ageing: AgeingReport, n = 10): OverdueCustomer[] {
  return ageing.customers
    .map((c) => ({
      customerCode: c.customerCode,
      customerName: c.customerName,
      overdue: overdueOf(c),
      oldestDays: c.oldestDays ?? 0,
      total: c.total,
    }))
    .filter((c) => c.overdue > 0)
    .sort(
      (a, b) =>
        b.overdue - a.overdue ||
        b.oldestDays - a.oldestDays ||
        a.customerName.localeCompare(b.customerName),
    )
    .slice(0, n);
}

export interface PackData {
  company: string;
  asOf: string;
  fyLabel: string;
  ageing: AgeingReport;
  dso: DsoReport;
  month: CollectionsReport;
  fy: CollectionsReport;
}

export function packData(ledger: Ledger, asOf: string): PackData {
  const company = requireCompany(ledger);
  const periods = packPeriods(asOf, company.fyStartMonth);
  return {
    company: company.legalName,
    asOf,
    fyLabel: financialYearOf(asOf as IsoDate, company.fyStartMonth).label,
    // By due date with the usual buckets: "Not due" first, so the rest is what is overdue.
    ageing: ageingReport(ledger, ageingQuery.parse({ asOf, basis: 'due' })),
    dso: dso(ledger, { to: asOf, months: 12 }),
    month: collections(ledger, { ...periods.month, groupBy: 'month' }),
    fy: collections(ledger, { ...periods.fy, groupBy: 'month' }),
  };
}

/** The summary's key figures, in the order they are laid out above the top-10 table. */
export function keyFigures(d: PackData): [string, number | string][] {
  const month = d.dso.months.at(-1);
  const name = monthLabel(d.asOf.slice(0, 7));
  const overdue = d.ageing.customers.reduce((s, c) => s + overdueOf(c), 0);
  return [
    ['Total receivable', d.ageing.totals.total],
    ['AR control account (books)', d.ageing.arControl],
    ['Overdue (past due date)', overdue],
    [`DSO countback, ${name} (days)`, month ? month.countback : 'n/a'],
    [`DSO simple, ${name} (days)`, month?.simple ?? 'n/a (no credit sales)'],
    [`Collections this month (${name})`, d.month.totals.total],
    [`Collections this FY (${d.fyLabel})`, d.fy.totals.total],
  ];
}

/** Money figures are rupees in the Indian format; DSO is days to one decimal. */
const isDays = (label: string) => label.startsWith('DSO');

function addSummarySheet(workbook: ExcelJS.Workbook, d: PackData): ExcelJS.Worksheet {
  const figures = keyFigures(d);
  const sheet = addReportSheet<OverdueCustomer>(workbook, {
    sheetName: 'Summary',
    company: d.company,
    report: 'Management pack: receivables',
    about: [
      ['As of', d.asOf],
      ...figures.map(([label]): [string, string] => [label, '']),
      ['Collections', 'money received and TDS deducted; a returned cheque counts back'],
      ['Below', 'the 10 customers most overdue'],
    ],
    columns: [
      { header: 'Customer', width: 40, kind: 'text', value: (c) => c.customerName },
      { header: 'Code', width: 18, kind: 'text', value: (c) => c.customerCode },
      { header: 'Overdue', width: 18, kind: 'money', value: (c) => c.overdue },
      { header: 'Oldest (days past due)', width: 14, kind: 'integer', value: (c) => c.oldestDays },
      { header: 'Total receivable', width: 18, kind: 'money', value: (c) => c.total },
    ],
    rows: topOverdue(d.ageing),
  });
  // The title block is the company, the report, then one row per `about` line: "As of" is row 3,
  // so the key figures are rows 4 on. Their values go in as numbers, not the text placeholders.
  figures.forEach(([, value], i) => {
    const cell = sheet.getCell(4 + i, 2);
    if (typeof value === 'string') cell.value = value;
    else if (isDays(figures[i]![0])) {
      cell.value = value;
      cell.numFmt = '0.0';
    } else {
      setMoney(cell, value);
    }
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'right' };
  });
  return sheet;
}

function addAgeingSheet(workbook: ExcelJS.Workbook, d: PackData): ExcelJS.Worksheet {
  const a = d.ageing;
  const difference = a.totals.total - a.arControl;
  const amounts = a.buckets.length + 1; // the buckets and on account, before the total
  return addReportSheet<AgeingCustomerRow>(workbook, {
    sheetName: 'Ageing',
    company: d.company,
    report: 'Receivables ageing by customer',
    about: [
      ['As of', a.asOf],
      ['Aged by', 'days past the due date'],
    ],
    columns: [
      { header: 'Code', width: 14, kind: 'text', value: (c) => c.customerCode },
      { header: 'Customer', width: 34, kind: 'text', value: (c) => c.customerName },
      ...a.buckets.map((b, i) => ({
        header: b.label,
        width: 16,
        kind: 'money' as const,
        value: (c: AgeingCustomerRow) => c.amounts[i]!,
      })),
      { header: 'On account', width: 16, kind: 'money', value: (c) => c.onAccount },
      { header: 'Total', width: 18, kind: 'money', value: (c) => c.total },
      { header: 'Oldest (days)', width: 10, kind: 'integer', value: (c) => c.oldestDays },
    ],
    rows: a.customers,
    totals: [null, 'Total', ...a.totals.amounts, a.totals.onAccount, a.totals.total, null],
    afterTotals: [
      [null, `AR control account on ${showDate(a.asOf)} (books)`, ...blanks(amounts), a.arControl],
      [null, agreement(difference), ...blanks(amounts + 2)],
    ],
  });
}

export const packFileName = (asOf: string) => `management-pack-${asOf}.xlsx`;

type Step = Pick<JobControl, 'progress' | 'checkpoint'>;

/**
 * Build the pack a sheet at a time, checking for cancellation between sheets, and write it to
 * `path` only at the end: a cancelled pack leaves no half-written file.
 */
export async function writeManagementPack(
  ledger: Ledger,
  asOf: string,
  path: string,
  job: Step,
): Promise<void> {
  const total = MANAGEMENT_PACK_SHEETS.length;
  let workbook: ExcelJS.Workbook | null = null;
  let data: PackData | null = null;
  for (const [i, name] of MANAGEMENT_PACK_SHEETS.entries()) {
    await job.checkpoint();
    job.progress(i, total, `${name} (sheet ${i + 1} of ${total})`);
    switch (name) {
      case 'Summary':
        data = packData(ledger, asOf);
        workbook = newWorkbook(data.company);
        addSummarySheet(workbook, data);
        break;
      case 'Ageing':
        addAgeingSheet(workbook!, data!);
        break;
      case 'Collections':
        addCollectionsByPeriodSheet(workbook!, data!.company, data!.fy);
        break;
      case 'DSO':
        addDsoSheet(workbook!, data!.company, data!.dso);
        break;
      case 'AR schedule':
        addArScheduleSheet(
          workbook!,
          data!.company,
          arSchedule(ledger, packPeriods(asOf, requireCompany(ledger).fyStartMonth).month),
        );
        break;
    }
  }
  await job.checkpoint();
  job.progress(total, total, 'Writing the workbook');
  await workbook!.xlsx.writeFile(path);
}

export function startManagementPack(
  ctx: Pick<HandlerContext, 'ledger' | 'jobs'>,
  q: { asOf: string },
): { jobId: string } {
  // Refuse before starting when there is no company to report on.
  requireCompany(ctx.ledger);
  return ctx.jobs.start('management-pack', async (job) => {
    const fileName = packFileName(q.asOf);
    const path = join(job.dir, fileName);
    await writeManagementPack(ctx.ledger, q.asOf, path, job);
    return { fileName, path, kind: 'file', files: 1 };
  });
}
