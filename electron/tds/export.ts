// The TDS receivable register as a workbook: what the accountant matches against Form 26AS.
import ExcelJS from 'exceljs';
import { getCompany } from '../../db/company/company';
import { getCustomer } from '../../db/customers/customers';
import type { Ledger } from '../../db/ledger/open';
import { tdsRegister } from '../../db/receipts/customer-ledger';
import { formatDateIndian, type IsoDate } from '../../shared/dates';
import {
  excelRupees,
  INDIAN_NUMBER_FORMAT,
  setText,
  styleTableSheet,
  type SheetColumn,
} from '../documents/excel';

const COLUMNS: SheetColumn[] = [
  { header: 'Customer code', key: 'code', width: 14, kind: 'text' },
  { header: 'Customer', key: 'name', width: 36, kind: 'text' },
  { header: 'PAN', key: 'pan', width: 13, kind: 'text' },
  { header: 'Section', key: 'section', width: 11, kind: 'text' },
  { header: 'Quarter', key: 'quarter', width: 13, kind: 'text' },
  { header: 'Receipts', key: 'receipts', width: 10, kind: 'integer' },
  { header: 'TDS amount', key: 'tds', width: 16, kind: 'money' },
];

/** Company, report and period sit above the table; the header row is the one frozen. */
const HEADER_ROW = 5;
const DATE_FORMAT = 'dd-mm-yyyy';

/** A calendar day as Excel's own date (UTC midnight, so the machine's time zone never shifts it). */
const excelDate = (iso: string) =>
  new Date(
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))),
  );

export interface TdsRegisterExport {
  from: string;
  to: string;
  customerId?: number | undefined;
}

export async function exportTdsRegisterWorkbook(
  ledger: Ledger,
  q: TdsRegisterExport,
): Promise<{ fileName: string; bytes: Buffer }> {
  const company = getCompany(ledger);
  const customer = q.customerId === undefined ? null : getCustomer(ledger, q.customerId);
  const rows = tdsRegister(ledger, { from: q.from, to: q.to, customerId: q.customerId });

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Bahi';
  workbook.company = company?.legalName ?? '';
  const sheet = workbook.addWorksheet('TDS register');
  styleTableSheet(sheet, COLUMNS, HEADER_ROW);
  const period = `${formatDateIndian(q.from as IsoDate)} to ${formatDateIndian(q.to as IsoDate)}`;
  sheet.headerFooter = {
    oddHeader: `&L${company?.legalName ?? ''}&RTDS receivable register, ${period}`,
    oddFooter: '&LBahi&RPage &P of &N',
  };

  const title = sheet.getCell('A1');
  setText(title, company?.legalName ?? '');
  title.font = { bold: true, size: 14 };
  const report = sheet.getCell('A2');
  setText(
    report,
    customer ? `TDS receivable register — ${customer.name}` : 'TDS receivable register',
  );
  report.font = { bold: true };
  sheet.getCell('A3').value = 'Period from';
  for (const [cell, iso] of [
    [sheet.getCell('B3'), q.from],
    [sheet.getCell('D3'), q.to],
  ] as const) {
    cell.value = excelDate(iso);
    cell.numFmt = DATE_FORMAT;
    cell.alignment = { horizontal: 'left' };
  }
  sheet.getCell('C3').value = 'to';

  for (const r of rows) {
    const row = sheet.addRow([]);
    setText(row.getCell('code'), r.customerCode);
    setText(row.getCell('name'), r.customerName);
    setText(row.getCell('pan'), r.pan);
    setText(row.getCell('section'), r.section);
    setText(row.getCell('quarter'), r.quarter);
    row.getCell('receipts').value = r.receipts;
    const tds = row.getCell('tds');
    tds.value = excelRupees(r.tdsAmount);
    tds.numFmt = INDIAN_NUMBER_FORMAT;
  }
  const lastDataRow = HEADER_ROW + rows.length;
  // The filter covers the rows only, so sorting never moves the totals.
  sheet.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: Math.max(lastDataRow, HEADER_ROW), column: COLUMNS.length },
  };

  const totals = sheet.getRow(lastDataRow + 2);
  totals.getCell('code').value = 'Total';
  totals.getCell('receipts').value = rows.reduce((s, r) => s + r.receipts, 0);
  const tdsTotal = totals.getCell('tds');
  tdsTotal.value = excelRupees(rows.reduce((s, r) => s + r.tdsAmount, 0));
  tdsTotal.numFmt = INDIAN_NUMBER_FORMAT;
  totals.eachCell({ includeEmpty: true }, (cell) => (cell.font = { bold: true }));

  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: `tds-register-${q.from}-to-${q.to}.xlsx`, bytes };
}
