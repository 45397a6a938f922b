// Reads the first sheet of a CSV or XLSX file into header-keyed rows of text.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { BahiError } from '../../shared/result';

export interface TableRow {
  /** The row's number as the user sees it in Excel (header = 1). */
  rowNumber: number;
  values: Record<string, string>;
}

export interface Table {
  headers: string[];
  rows: TableRow[];
}

/** `Customer Code`, `customer-code` and `CUSTOMER_CODE` all become `customer_code`. */
export const normaliseHeader = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

export async function readTable(fileName: string, bytes: Buffer): Promise<Table> {
  const lower = fileName.toLowerCase();
  let grid: { rowNumber: number; cells: string[] }[];
  if (lower.endsWith('.csv')) grid = readCsv(bytes);
  else if (lower.endsWith('.xlsx')) grid = await readXlsx(bytes);
  else throw new BahiError('VALIDATION', 'Choose a .csv or .xlsx file', { field: 'fileName' });

  const nonEmpty = grid.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [header, ...body] = nonEmpty;
  if (!header) throw new BahiError('VALIDATION', `${fileName} has no rows`, { field: 'fileName' });
  const headers = header.cells.map(normaliseHeader);
  return {
    headers,
    rows: body.map((r) => ({
      rowNumber: r.rowNumber,
      values: Object.fromEntries(headers.map((h, i) => [h, (r.cells[i] ?? '').trim()])),
    })),
  };
}

function readCsv(bytes: Buffer) {
  try {
    const records = parse(bytes, {
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
    return records.map((cells, i) => ({ rowNumber: i + 1, cells }));
  } catch (e) {
    throw new BahiError('VALIDATION', `The CSV file could not be read: ${(e as Error).message}`, {
      field: 'fileName',
    });
  }
}

async function readXlsx(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new BahiError(
      'VALIDATION',
      'The file is not a valid .xlsx workbook; save it again from Excel',
      {
        field: 'fileName',
      },
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const grid: { rowNumber: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(row.getCell(c).text ?? '');
    grid.push({ rowNumber, cells });
  });
  return grid;
}
