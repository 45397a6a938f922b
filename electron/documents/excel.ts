// House style for every workbook Bahi writes: what a manager expects when they open it.
import type ExcelJS from 'exceljs';
import Decimal from 'decimal.js';
import type { Paise } from '../../shared/money';

/** ₹12,34,567.00 grouping in Excel: crore and lakh sections by magnitude. */
export const INDIAN_NUMBER_FORMAT =
  '[>=10000000]##\\,##\\,##\\,##0.00;[>=100000]##\\,##\\,##0.00;##,##0.00';
export const INDIAN_NUMBER_FORMAT_SIGNED =
  '[<=-10000000]-##\\,##\\,##\\,##0.00;[<=-100000]-##\\,##\\,##0.00;#,##,##0.00';

/** Paise to the number Excel stores (a double is Excel's own type; exact to the paisa). */
export const excelRupees = (p: Paise | number): number => new Decimal(p).div(100).toNumber();

/** User text that starts like a formula is stored as text, never evaluated (CSV/formula injection). */
export function setText(cell: ExcelJS.Cell, value: string | null | undefined): void {
  const text = value ?? '';
  cell.value = text;
  if (/^[=+\-@\t\r]/.test(text)) cell.numFmt = '@';
}

export interface SheetColumn {
  header: string;
  key: string;
  width: number;
  kind: 'text' | 'money' | 'integer' | 'date';
}

/** Header row bold and frozen, autofilter, print set-up: landscape, fit to width, header repeated. */
export function styleTableSheet(
  sheet: ExcelJS.Worksheet,
  columns: SheetColumn[],
  headerRow = 1,
): void {
  sheet.columns = columns.map((c) => ({ key: c.key, width: c.width }));
  const header = sheet.getRow(headerRow);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    if (c.kind === 'money') sheet.getColumn(i + 1).numFmt = INDIAN_NUMBER_FORMAT;
    if (c.kind === 'date') sheet.getColumn(i + 1).numFmt = 'dd-mm-yyyy';
  });
  sheet.views = [{ state: 'frozen', ySplit: headerRow }];
  sheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: headerRow, column: columns.length },
  };
  sheet.pageSetup = {
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
    paperSize: 9, // A4
  };
}
