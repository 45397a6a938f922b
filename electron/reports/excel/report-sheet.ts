// One way to put any report into a worksheet, so every export reads the same to a manager:
// company, report name, as-of date and filters on top; a bold frozen header with autofilter;
// real numbers (Indian format) and real dates; bold totals; landscape, fit to width, header
// repeated on every printed page; user text that looks like a formula kept as text.
//
// Small reports go into an in-memory workbook as an Excel table (ready for a pivot). Large
// detail exports use exceljs's streaming writer, committing each row as it is written so the
// workbook never sits in memory; the streaming writer cannot write tables, so those sheets get
// an autofilter over the same range instead.
import ExcelJS from 'exceljs';
import { formatDateIndian, type IsoDate } from '../../../shared/dates';
import { excelRupees, INDIAN_NUMBER_FORMAT_SIGNED } from '../../documents/excel';

export type ColumnKind = 'text' | 'money' | 'integer' | 'number' | 'date';

export interface ReportColumn<T> {
  header: string;
  width: number;
  kind: ColumnKind;
  value: (row: T) => string | number | null;
  /** An Excel number format in place of the kind's own (e.g. 'mmm yyyy' for a month's date). */
  numFmt?: string;
}

export interface ReportSheet<T> {
  /** Worksheet tab name (Excel allows 31 characters). */
  sheetName: string;
  company: string;
  report: string;
  /** Lines under the title: [label, value], e.g. ['As of', '2025-03-31'] (ISO dates become dates). */
  about: [string, string][];
  columns: ReportColumn<T>[];
  rows: Iterable<T>;
  /** The totals row: a value per column (null for blank); written bold after the rows. */
  totals?: (string | number | null)[];
  /** Lines right under the totals (e.g. the books' balance and the difference), a value per column. */
  afterTotals?: (string | number | null)[][];
  /** Called every `every` rows with the count written so far. */
  onProgress?: (written: number) => void;
}

/** Everything about a sheet but its rows: the title block, columns, totals. */
type SheetLayout<T> = Omit<ReportSheet<T>, 'rows'>;

/**
 * A streamed sheet may take its rows from an async source, or from a plain one with a
 * `checkpoint` every `checkpointEvery` rows: long work can then pause (and be cancelled)
 * without paying a promise per row, which at 100,000 rows is most of a second.
 */
export interface StreamedReportSheet<T> extends SheetLayout<T> {
  rows: Iterable<T> | AsyncIterable<T>;
  checkpoint?: () => Promise<void>;
  checkpointEvery?: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_FORMAT = 'dd-mm-yyyy';

/** A calendar day as Excel stores it: UTC midnight, so no time zone can shift it a day. */
export const excelDate = (iso: string) =>
  new Date(
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))),
  );

const FORMULA_LIKE = /^[=+\-@\t\r]/;

/** The pale blue behind every header cell. */
export const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE8EEF7' },
};

/** A day as the title block and notes say it: 01-04-2025. */
export const showDate = (iso: string) => formatDateIndian(iso as IsoDate);
export const periodText = (from: string, to: string) => `${showDate(from)} to ${showDate(to)}`;

/** An amount outside the table (a key figure, a closing balance): rupees, Indian format. */
export function setMoney(cell: ExcelJS.Cell, p: number) {
  cell.value = excelRupees(p);
  cell.numFmt = INDIAN_NUMBER_FORMAT_SIGNED;
}

/** A workbook of report sheets, made by Bahi for `company`. */
export function newWorkbook(company: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Bahi';
  workbook.company = company;
  return workbook;
}

function cellValue(kind: ColumnKind, v: string | number | null): ExcelJS.CellValue {
  if (v === null || v === undefined) return null;
  switch (kind) {
    case 'money':
      return excelRupees(v as number);
    case 'integer':
    case 'number':
      return v as number;
    case 'date':
      return typeof v === 'string' && ISO_DATE.test(v) ? excelDate(v) : v;
    default:
      return String(v);
  }
}

// exceljs remembers the style id of each style *object* it has seen, so cells that share one
// object cost one lookup; a style built per cell costs a full style-table search per cell,
// which was most of a 100,000-row export.
const sharedStyles = new Map<string, Partial<ExcelJS.Style>>();
const sharedStyle = (numFmt: string | null): Partial<ExcelJS.Style> => {
  const key = numFmt ?? '';
  let style = sharedStyles.get(key);
  if (!style) sharedStyles.set(key, (style = Object.freeze(numFmt ? { numFmt } : {})));
  return style;
};

/** The number format a column's value is shown in (null: General). */
function numFmtOf(kind: ColumnKind, v: string | number | null, numFmt?: string): string | null {
  if (numFmt && v !== null) return numFmt;
  if (kind === 'money') return INDIAN_NUMBER_FORMAT_SIGNED;
  if (kind === 'date') return DATE_FORMAT;
  if (kind === 'integer') return '0';
  // Text a user typed that Excel would read as a formula stays text.
  if (kind === 'text' && typeof v === 'string' && FORMULA_LIKE.test(v)) return '@';
  return null;
}

/** A data cell's format, as a style object shared with every cell formatted the same. */
function styleCell(
  cell: ExcelJS.Cell,
  kind: ColumnKind,
  v: string | number | null,
  numFmt?: string,
) {
  cell.style = sharedStyle(numFmtOf(kind, v, numFmt));
}

/** A cell that is also bold or bordered (totals): its own style object, as there are few. */
function styleOwnCell(
  cell: ExcelJS.Cell,
  kind: ColumnKind,
  v: string | number | null,
  numFmt?: string,
) {
  const f = numFmtOf(kind, v, numFmt);
  cell.style = f ? { numFmt: f } : {};
}

function writeTop<T>(sheet: ExcelJS.Worksheet, spec: SheetLayout<T>): number {
  const put = (row: number, values: ExcelJS.CellValue[], bold = false) => {
    const r = sheet.getRow(row);
    values.forEach((v, i) => {
      const cell = r.getCell(i + 1);
      cell.value = v;
      if (typeof v === 'string' && FORMULA_LIKE.test(v)) cell.numFmt = '@';
      if (v instanceof Date) {
        cell.numFmt = DATE_FORMAT;
        cell.alignment = { horizontal: 'left' };
      }
      if (bold) cell.font = { bold: true, size: i === 0 && row === 1 ? 14 : 11 };
    });
    return r;
  };
  put(1, [spec.company], true);
  put(2, [spec.report], true);
  let row = 3;
  for (const [label, value] of spec.about) {
    put(row++, [label, ISO_DATE.test(value) ? excelDate(value) : value]);
  }
  return row + 1; // a blank line, then the header (headerRowFor says the same)
}

/** Where the header row falls: the title block is the company, the report and one line per `about`. */
const headerRowFor = <T>(spec: SheetLayout<T>) => 3 + spec.about.length + 1;

/** Frozen header, A4 landscape fitted to the width, header repeated on every printed page. */
function sheetOptions<T>(spec: SheetLayout<T>): Partial<ExcelJS.AddWorksheetOptions> {
  const headerRow = headerRowFor(spec);
  return {
    views: [{ state: 'frozen', ySplit: headerRow }],
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9, // A4
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
    },
    headerFooter: {
      oddHeader: `&L${spec.company.replace(/&/g, '&&')}&R${spec.report.replace(/&/g, '&&')}`,
      oddFooter: '&LBahi&RPage &P of &N',
    },
  };
}

function setWidths<T>(sheet: ExcelJS.Worksheet, spec: SheetLayout<T>) {
  spec.columns.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width));
}

function headerRowOf<T>(sheet: ExcelJS.Worksheet, spec: SheetLayout<T>, at: number) {
  const header = sheet.getRow(at);
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
  return header;
}

function totalsRowOf<T>(sheet: ExcelJS.Worksheet, spec: SheetLayout<T>, at: number) {
  const r = sheet.getRow(at);
  spec.totals!.forEach((v, i) => {
    const { kind, numFmt } = spec.columns[i]!;
    const cell = r.getCell(i + 1);
    cell.value = cellValue(kind, v);
    styleOwnCell(cell, kind, v, numFmt);
    cell.font = { bold: true };
    cell.border = { top: { style: 'thin' } };
  });
  return r;
}

/** The lines under the totals, each value shaped by its column. */
function afterTotalsRowsOf<T>(sheet: ExcelJS.Worksheet, spec: SheetLayout<T>, at: number) {
  return (spec.afterTotals ?? []).map((values, k) => {
    const r = sheet.getRow(at + k);
    values.forEach((v, i) => {
      const kind = spec.columns[i]?.kind ?? 'text';
      const cell = r.getCell(i + 1);
      cell.value = cellValue(kind, v);
      styleCell(cell, kind, v, spec.columns[i]?.numFmt);
    });
    return r;
  });
}

/**
 * Add a report to an in-memory workbook as an Excel table (a pivot's natural source). Totals go
 * one row below the table so sorting and filtering never carry them away.
 */
export function addReportSheet<T>(
  workbook: ExcelJS.Workbook,
  spec: ReportSheet<T>,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(spec.sheetName.slice(0, 31), sheetOptions(spec));
  const headerRow = writeTop(sheet, spec);
  setWidths(sheet, spec);
  const raw: (string | number | null)[][] = [];
  for (const row of spec.rows) {
    raw.push(spec.columns.map((c) => c.value(row)));
    if (spec.onProgress && raw.length % 5_000 === 0) spec.onProgress(raw.length);
  }
  const rows = raw.map((values) => values.map((v, i) => cellValue(spec.columns[i]!.kind, v)));
  const tableName = `T_${spec.sheetName.replace(/[^A-Za-z0-9]/g, '_')}`.slice(0, 250);
  sheet.addTable({
    name: tableName,
    ref: `A${headerRow}`,
    headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: spec.columns.map((c) => ({ name: c.header, filterButton: true })),
    // A table needs at least one row; an empty report shows one blank line.
    rows: rows.length ? rows : [spec.columns.map(() => null)],
  });
  headerRowOf(sheet, spec, headerRow);
  raw.forEach((values, k) => {
    const r = sheet.getRow(headerRow + 1 + k);
    spec.columns.forEach((c, i) => styleCell(r.getCell(i + 1), c.kind, values[i]!, c.numFmt));
  });
  if (spec.totals) totalsRowOf(sheet, spec, headerRow + Math.max(rows.length, 1) + 1);
  afterTotalsRowsOf(sheet, spec, headerRow + Math.max(rows.length, 1) + 2);
  spec.onProgress?.(rows.length);
  return sheet;
}

/**
 * Stream a (large) report straight to a file: each row is committed as it is written, so memory
 * stays flat however many rows there are. Autofilter instead of a table (see above).
 */
export async function streamReportWorkbook<T>(
  path: string,
  spec: StreamedReportSheet<T>,
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Bahi';
  const sheet = workbook.addWorksheet(spec.sheetName.slice(0, 31), sheetOptions(spec));
  const headerRow = writeTop(sheet, spec);
  setWidths(sheet, spec);
  for (let r = 1; r < headerRow; r++) sheet.getRow(r).commit();
  headerRowOf(sheet, spec, headerRow).commit();
  let written = 0;
  const write = (row: T) => {
    const r = sheet.getRow(headerRow + 1 + written);
    spec.columns.forEach((c, i) => {
      const v = c.value(row);
      const cell = r.getCell(i + 1);
      cell.value = cellValue(c.kind, v);
      styleCell(cell, c.kind, v, c.numFmt);
    });
    r.commit();
    written++;
    if (spec.onProgress && written % 5_000 === 0) spec.onProgress(written);
  };
  const every = spec.checkpointEvery ?? 2_000;
  try {
    if (Symbol.iterator in spec.rows) {
      for (const row of spec.rows) {
        if (spec.checkpoint && written % every === 0) await spec.checkpoint();
        write(row);
      }
    } else {
      for await (const row of spec.rows) write(row);
    }
  } catch (e) {
    // A cancelled or failed source: close the file first, or Windows will not let it be removed.
    await workbook.commit().catch(() => undefined);
    throw e;
  }
  sheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: headerRow + Math.max(written, 1), column: spec.columns.length },
  };
  if (spec.totals) totalsRowOf(sheet, spec, headerRow + written + 1).commit();
  for (const r of afterTotalsRowsOf(sheet, spec, headerRow + written + 2)) r.commit();
  sheet.commit();
  await workbook.commit();
  spec.onProgress?.(written);
  return written;
}
