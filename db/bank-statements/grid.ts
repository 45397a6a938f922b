// Bytes to text, and CSV/XLSX to a grid of cells numbered by the line the user sees.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { refuse } from './types';
import type { Cell } from './values';

export interface GridRow {
  line: number;
  cells: Cell[];
}

/** UTF-8 (with or without BOM), UTF-16 as Excel's "Unicode text" saves it, else Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Delimiters to try, the commonest in the first lines first. Counting alone cannot decide: SBI's
 * tab-separated lines hold more commas (in 1,23,456.78) than tabs, so the caller keeps the first
 * under which the header row is found.
 */
export function likelyDelimiters(text: string): string[] {
  const sample = text.split(/\r?\n/).slice(0, 60).join('\n');
  const count = (d: string) => sample.split(d).length - 1;
  return [',', '\t', ';', '|'].filter((d) => count(d) > 0).sort((a, b) => count(b) - count(a));
}

export function readCsvGrid(text: string, delimiter: string): GridRow[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as unknown as typeof records;
  } catch (e) {
    const err = e as Error & { lines?: number };
    return refuse(err.lines ?? 1, 'file', `the CSV cannot be read: ${err.message}`);
  }
  // csv-parse reports the line a record ends on; a record starts the line after the previous one.
  let previousEnd = 0;
  return records.map(({ record, info }) => {
    const row = { line: previousEnd + 1, cells: record.map((c): Cell => c) };
    previousEnd = info.lines;
    return row;
  });
}

function xlsxCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return String(value);
  if ('result' in value) return xlsxCell(value.result as ExcelJS.CellValue);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

export async function readXlsxGrid(bytes: Uint8Array): Promise<GridRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return refuse(
      1,
      'file',
      'the file is not a valid .xlsx workbook; open it in Excel and save it again',
    );
  }
  const sheet = workbook.worksheets.find((s) => s.actualRowCount > 0) ?? workbook.worksheets[0];
  if (!sheet) return [];
  const rows: GridRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(xlsxCell(row.getCell(c).value));
    rows.push({ line, cells });
  });
  return rows;
}
