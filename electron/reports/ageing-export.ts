// The ageing report in Excel through the house report sheet: by customer as a table (a pivot's
// source) with the AR control balance and the difference under the totals; by document streamed
// row by row, so a ledger of 100,000 open items never sits in memory as a workbook.
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getCompany } from '../../db/company/company';
import type { Ledger } from '../../db/ledger/open';
import { prepared } from '../../db/ledger/statements';
import { ageingReport } from '../../db/reports/ageing';
import { formatDateIndian, type IsoDate } from '../../shared/dates';
import { stateName } from '../../shared/gst';
import { formatINR, paise } from '../../shared/money';
import type { AgeingFilterOptions } from '../../shared/reports/ageing-export-contract';
import {
  ageingQuery,
  type AgeingCustomerRow,
  type AgeingDocumentRow,
  type AgeingQuery,
  type AgeingReport,
} from '../../shared/reports/contract';
import { BahiError, type Result } from '../../shared/result';
import type { HandlerContext } from '../ipc/context';
import { fromZod } from '../ipc/router';
import {
  addReportSheet,
  streamReportWorkbook,
  type ReportColumn,
  type ReportSheet,
} from './excel/report-sheet';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** How a long export pauses and says how far it has got (a job's; nothing in the CLI). */
export interface ExportPacing {
  checkpoint?: () => Promise<void>;
  progress?: (done: number, total: number, message: string) => void;
}

const show = (iso: string) => formatDateIndian(iso as IsoDate);
const inr = (p: number) => formatINR(paise(p));
const stateText = (code: string) => stateName(code) ?? code;

export const ageingFileName = (q: Pick<AgeingQuery, 'asOf' | 'level'>) =>
  `ageing-${q.asOf}-by-${q.level}.xlsx`;

/** The filters in words, for the title block; null when every customer is in. */
function filtersText(ledger: Ledger, q: AgeingQuery): string | null {
  const parts: string[] = [];
  if (q.customerId) {
    const c = prepared(ledger.sqlite, 'select code, name from customers where id = ?').get(
      q.customerId,
    ) as { code: string; name: string } | undefined;
    parts.push(`Customer: ${c ? `${c.code} · ${c.name}` : `#${q.customerId}`}`);
  }
  if (q.customerGroup) parts.push(`Group: ${q.customerGroup}`);
  if (q.salesperson) parts.push(`Salesperson: ${q.salesperson}`);
  if (q.stateCode) parts.push(`State: ${q.stateCode} · ${stateText(q.stateCode)}`);
  if (q.minBalance !== null) parts.push(`Minimum balance: ${inr(q.minBalance)}`);
  return parts.length ? parts.join('; ') : null;
}

function aboutLines(ledger: Ledger, q: AgeingQuery, r: AgeingReport): [string, string][] {
  const filters = filtersText(ledger, q);
  const lines: [string, string][] = [
    ['As of', r.asOf],
    ['Basis', r.basis === 'due' ? 'Days past the due date' : 'Days since the document date'],
    ['Buckets', r.buckets.map((b) => b.label).join(', ')],
    ['Level', r.level === 'customer' ? 'By customer' : 'By document'],
    ['Filters', filters ?? 'None: every customer'],
  ];
  if (r.filtered) {
    lines.push(['Note', 'The total covers the filtered customers only; the books cover them all']);
  }
  return lines;
}

/**
 * Under the totals: the AR control account on the as-of date, then how far the total is from it,
 * each in the total's column (the last but one: Disputed comes after it).
 */
function booksLines(r: AgeingReport, width: number): (string | number | null)[][] {
  const line = (label: string, amount: number) => {
    const values: (string | number | null)[] = Array.from({ length: width }, () => null);
    values[1] = label;
    values[width - 2] = amount;
    return values;
  };
  const difference = r.totals.total - r.arControl;
  const verdict =
    difference === 0
      ? 'Difference: agrees with the books'
      : r.filtered
        ? 'Difference (the total covers the filtered customers only)'
        : 'Difference: the total differs from the books';
  return [
    line(`AR control balance in the books on ${show(r.asOf)}`, r.arControl),
    line(verdict, difference),
  ];
}

function moneyColumns<T>(
  r: AgeingReport,
  amountOf: (row: T, bucket: number) => number | null,
  onAccountOf: (row: T) => number | null,
  totalOf: (row: T) => number,
  totalHeader: string,
  disputedOf: (row: T) => number,
): ReportColumn<T>[] {
  return [
    ...r.buckets.map((b, i): ReportColumn<T> => ({
      header: b.label,
      width: 15,
      kind: 'money',
      value: (row) => amountOf(row, i),
    })),
    { header: 'On account', width: 15, kind: 'money', value: onAccountOf },
    { header: totalHeader, width: 17, kind: 'money', value: totalOf },
    // Part of the total, not beside it: disputed invoices stay aged, flagged.
    { header: 'Disputed', width: 15, kind: 'money', value: (row) => disputedOf(row) || null },
  ];
}

const totalsLine = (r: AgeingReport, leading: number): (string | number | null)[] => [
  null,
  'Total',
  ...Array.from({ length: leading - 2 }, () => null),
  ...r.totals.amounts,
  r.totals.onAccount,
  r.totals.total,
  r.totals.disputed,
];

function customerSheet(
  ledger: Ledger,
  q: AgeingQuery,
  r: AgeingReport,
): ReportSheet<AgeingCustomerRow> {
  const columns: ReportColumn<AgeingCustomerRow>[] = [
    { header: 'Code', width: 14, kind: 'text', value: (c) => c.customerCode },
    { header: 'Customer', width: 36, kind: 'text', value: (c) => c.customerName },
    { header: 'Group', width: 16, kind: 'text', value: (c) => c.customerGroup },
    { header: 'Salesperson', width: 16, kind: 'text', value: (c) => c.salesperson },
    { header: 'State', width: 16, kind: 'text', value: (c) => stateText(c.stateCode) },
    ...moneyColumns<AgeingCustomerRow>(
      r,
      (c, i) => c.amounts[i]!,
      (c) => c.onAccount,
      (c) => c.total,
      'Total',
      (c) => c.disputed,
    ),
  ];
  return {
    sheetName: 'Ageing',
    company: getCompany(ledger)?.legalName ?? '',
    report: 'Receivables ageing by customer',
    about: aboutLines(ledger, q, r),
    columns,
    rows: r.customers,
    totals: totalsLine(r, 5),
    afterTotals: booksLines(r, columns.length),
  };
}

function documentSheet(
  ledger: Ledger,
  q: AgeingQuery,
  r: AgeingReport,
): Omit<ReportSheet<AgeingDocumentRow>, 'rows'> {
  // Looked up per cell rather than copied into every row: at 100,000 rows the copies were
  // a good part of the export's garbage.
  const customers = new Map(r.customers.map((c) => [c.customerId, c]));
  const customerOf = (d: AgeingDocumentRow) => customers.get(d.customerId);
  const kinds = new Map(
    (
      prepared(ledger.sqlite, 'select kind, label from document_kinds').all() as {
        kind: string;
        label: string;
      }[]
    ).map((k) => [k.kind, k.label]),
  );
  const columns: ReportColumn<AgeingDocumentRow>[] = [
    { header: 'Code', width: 14, kind: 'text', value: (d) => d.customerCode },
    { header: 'Customer', width: 32, kind: 'text', value: (d) => d.customerName },
    {
      header: 'Group',
      width: 14,
      kind: 'text',
      value: (d) => customerOf(d)?.customerGroup ?? null,
    },
    {
      header: 'Salesperson',
      width: 14,
      kind: 'text',
      value: (d) => customerOf(d)?.salesperson ?? null,
    },
    {
      header: 'State',
      width: 14,
      kind: 'text',
      value: (d) => stateText(customerOf(d)?.stateCode ?? ''),
    },
    { header: 'Document', width: 14, kind: 'text', value: (d) => kinds.get(d.kind) ?? d.kind },
    { header: 'Number', width: 18, kind: 'text', value: (d) => d.number },
    { header: 'Date', width: 12, kind: 'date', value: (d) => d.date },
    { header: 'Due date', width: 12, kind: 'date', value: (d) => d.dueDate },
    { header: 'Days', width: 8, kind: 'integer', value: (d) => d.days },
    {
      header: 'Bucket',
      width: 12,
      kind: 'text',
      value: (d) => (d.bucket === null ? 'On account' : r.buckets[d.bucket]!.label),
    },
    ...moneyColumns<AgeingDocumentRow>(
      r,
      (d, i) => (d.bucket === i ? d.amount : null),
      (d) => (d.bucket === null ? d.amount : null),
      (d) => d.amount,
      'Amount',
      (d) => d.disputed,
    ),
  ];
  return {
    sheetName: 'Ageing by document',
    company: getCompany(ledger)?.legalName ?? '',
    report: 'Receivables ageing by document',
    about: aboutLines(ledger, q, r),
    columns,
    totals: totalsLine(r, 11),
    afterTotals: booksLines(r, columns.length),
  };
}

/** The by-customer workbook, in memory: the screen's report, cell for cell. */
export function customerAgeingWorkbook(
  ledger: Ledger,
  q: AgeingQuery,
  r: AgeingReport,
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Bahi';
  workbook.company = getCompany(ledger)?.legalName ?? '';
  addReportSheet(workbook, customerSheet(ledger, q, r));
  return workbook;
}

/**
 * Write the ageing workbook to `path`: by customer in memory, by document streamed. Returns the
 * rows written (customers or documents).
 */
export async function writeAgeingWorkbook(
  ledger: Ledger,
  q: AgeingQuery,
  path: string,
  pacing: ExportPacing = {},
): Promise<{ rows: number; report: AgeingReport }> {
  const r = ageingReport(ledger, q);
  if (q.level === 'customer') {
    const bytes = await customerAgeingWorkbook(ledger, q, r).xlsx.writeBuffer();
    await pacing.checkpoint?.();
    writeFileSync(path, Buffer.from(bytes));
    pacing.progress?.(r.customers.length, r.customers.length, 'Written');
    return { rows: r.customers.length, report: r };
  }
  const total = r.documents.length;
  pacing.progress?.(0, total, `0 of ${total.toLocaleString('en-IN')} rows`);
  const rows = await streamReportWorkbook(path, {
    ...documentSheet(ledger, q, r),
    rows: r.documents,
    checkpoint: pacing.checkpoint,
    onProgress: (done) =>
      pacing.progress?.(
        done,
        total,
        `${done.toLocaleString('en-IN')} of ${total.toLocaleString('en-IN')} rows`,
      ),
  });
  await pacing.checkpoint?.();
  pacing.progress?.(rows, total, `${rows.toLocaleString('en-IN')} rows written`);
  return { rows, report: r };
}

/** `reports.exportAgeing`: the workbook's bytes (a document-level one passes through a temp file). */
export async function exportAgeingWorkbook(
  ledger: Ledger,
  q: AgeingQuery,
): Promise<{ fileName: string; bytes: Buffer }> {
  const fileName = ageingFileName(q);
  if (q.level === 'customer') {
    const r = ageingReport(ledger, q);
    const bytes = Buffer.from(await customerAgeingWorkbook(ledger, q, r).xlsx.writeBuffer());
    return { fileName, bytes };
  }
  const dir = mkdtempSync(join(tmpdir(), 'bahi-ageing-'));
  try {
    const path = join(dir, fileName);
    await writeAgeingWorkbook(ledger, q, path);
    return { fileName, bytes: readFileSync(path) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `reports.startAgeingExport`: the same workbook written by a job, with progress and cancel. */
export function startAgeingExport(
  ctx: Pick<HandlerContext, 'ledger' | 'jobs'>,
  q: AgeingQuery,
): { jobId: string } {
  const { ledger } = ctx;
  return ctx.jobs.start('ageing', async (job) => {
    job.progress(0, null, 'Reading the ledger…');
    const fileName = ageingFileName(q);
    const path = join(job.dir, fileName);
    await writeAgeingWorkbook(ledger, q, path, {
      checkpoint: () => job.checkpoint(),
      progress: (done, total, message) => job.progress(done, total, message),
    });
    return { fileName, path, kind: 'file', files: 1 };
  });
}

/**
 * `bahi report ageing --format xlsx --out FILE`: the app's workbook, written straight to the
 * file (by document through the same streaming writer, no job needed).
 */
export async function ageingXlsxFile(
  ledger: Ledger,
  input: unknown,
  path: string,
): Promise<Result<{ rows: number; level: AgeingQuery['level'] }>> {
  const parsed = ageingQuery.safeParse(input);
  if (!parsed.success) return { ok: false, error: fromZod(parsed.error) };
  try {
    const { rows } = await writeAgeingWorkbook(ledger, parsed.data, path);
    return { ok: true, data: { rows, level: parsed.data.level } };
  } catch (e) {
    if (e instanceof BahiError) return { ok: false, error: e.toShape() };
    throw e;
  }
}

/** The groups, salespeople and states customers have, each once (groups match in any case). */
export function ageingFilterOptions(ledger: Ledger): AgeingFilterOptions {
  const distinct = (column: 'customer_group' | 'salesperson' | 'state_code') => {
    const values = prepared(
      ledger.sqlite,
      `select distinct ${column} from customers where ${column} is not null and ${column} <> ''
       order by ${column} collate nocase`,
    )
      .pluck()
      .all() as string[];
    const seen = new Set<string>();
    return values.filter((v) => !seen.has(v.toLowerCase()) && Boolean(seen.add(v.toLowerCase())));
  };
  return {
    groups: distinct('customer_group'),
    salespersons: distinct('salesperson'),
    stateCodes: distinct('state_code'),
  };
}
