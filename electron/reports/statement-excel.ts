// The statement of account as a workbook: the house report sheet (company, report, customer and
// period on top; a table of the opening row and every entry; totals), the closing balance under
// the totals, and the ageing of that balance below it.
import ExcelJS from 'exceljs';
import type { Ledger } from '../../db/ledger/open';
import { formatDateIndian, type IsoDate } from '../../shared/dates';
import type { StatementOfAccount } from '../../shared/reports/contract';
import { excelRupees, INDIAN_NUMBER_FORMAT_SIGNED, setText } from '../documents/excel';
import { addReportSheet, excelDate, type ReportColumn } from './excel/report-sheet';
import {
  printableStatement,
  statementFileName,
  type PrintableStatement,
} from './statement-printable';

interface Row {
  date: string;
  number: string | null;
  particulars: string;
  dueDate: string | null;
  debit: number | null;
  credit: number | null;
  balance: number;
}

const drCr = (balance: number) => (balance > 0 ? 'Dr' : balance < 0 ? 'Cr' : '');

const COLUMNS: ReportColumn<Row>[] = [
  { header: 'Date', width: 12, kind: 'date', value: (r) => r.date },
  { header: 'Document', width: 20, kind: 'text', value: (r) => r.number },
  { header: 'Particulars', width: 48, kind: 'text', value: (r) => r.particulars },
  { header: 'Due date', width: 12, kind: 'date', value: (r) => r.dueDate },
  { header: 'Debit', width: 16, kind: 'money', value: (r) => r.debit },
  { header: 'Credit', width: 16, kind: 'money', value: (r) => r.credit },
  { header: 'Balance', width: 18, kind: 'money', value: (r) => r.balance },
  { header: 'Dr/Cr', width: 7, kind: 'text', value: (r) => drCr(r.balance) },
];

const show = (iso: string) => formatDateIndian(iso as IsoDate);

function rowsOf(s: StatementOfAccount): Row[] {
  const opening: Row = {
    date: s.from,
    number: null,
    particulars: 'Opening balance',
    dueDate: null,
    debit: null,
    credit: null,
    balance: s.opening,
  };
  return [
    opening,
    ...s.entries.map((e) => ({
      date: e.date,
      number: e.number,
      particulars: e.particulars,
      dueDate: e.dueDate,
      debit: e.debit === 0 ? null : e.debit,
      credit: e.credit === 0 ? null : e.credit,
      balance: e.balance,
    })),
  ];
}

const money = (cell: ExcelJS.Cell, p: number) => {
  cell.value = excelRupees(p);
  cell.numFmt = INDIAN_NUMBER_FORMAT_SIGNED;
};

/** The closing balance, bold, on the row under the totals. */
function writeClosing(sheet: ExcelJS.Worksheet, s: StatementOfAccount, at: number) {
  const row = sheet.getRow(at);
  row.getCell(1).value = excelDate(s.to);
  row.getCell(1).numFmt = 'dd-mm-yyyy';
  row.getCell(3).value = 'Closing balance';
  money(row.getCell(7), s.closing);
  row.getCell(8).value = drCr(s.closing);
  row.eachCell({ includeEmpty: true }, (c) => (c.font = { bold: true }));
}

/** The ageing of the closing balance: a title, the bucket names, the amounts. */
function writeAgeing(sheet: ExcelJS.Worksheet, s: StatementOfAccount, at: number) {
  const title = sheet.getRow(at);
  title.getCell(1).value = `Ageing of the closing balance as on ${show(s.to)} (days past due)`;
  title.getCell(1).font = { bold: true };
  const labels = [...s.ageing.buckets.map((b) => b.label), 'On account', 'Total'];
  const figures = [...s.ageing.amounts, s.ageing.onAccount, s.ageing.total];
  const head = sheet.getRow(at + 1);
  const values = sheet.getRow(at + 2);
  labels.forEach((label, i) => {
    const h = head.getCell(i + 1);
    setText(h, label);
    h.font = { bold: true };
    h.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    h.alignment = { horizontal: 'right' };
    money(values.getCell(i + 1), figures[i]!);
  });
  values.getCell(labels.length).font = { bold: true };
}

export function statementWorkbook(p: PrintableStatement): ExcelJS.Workbook {
  const s = p.statement;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Bahi';
  workbook.company = p.supplier.name;
  const sheet = addReportSheet(workbook, {
    sheetName: 'Statement',
    company: p.supplier.name,
    report: 'Statement of account',
    about: [
      ['Customer', s.customer.name],
      ['Code', s.customer.code],
      ['GSTIN', s.customer.gstin ?? 'Unregistered'],
      ['Period', `${show(s.from)} to ${show(s.to)}`],
    ],
    columns: COLUMNS,
    rows: rowsOf(s),
    totals: [null, null, 'Total for the period', null, s.totals.debit, s.totals.credit, null, null],
  });
  // addReportSheet writes the totals last; the closing balance goes right under them.
  const totalsRow = sheet.lastRow!.number;
  writeClosing(sheet, s, totalsRow + 1);
  writeAgeing(sheet, s, totalsRow + 3);
  return workbook;
}

export async function exportStatementWorkbook(
  ledger: Ledger,
  q: { customerId: number; from: string; to: string },
): Promise<{ fileName: string; bytes: Buffer }> {
  const p = printableStatement(ledger, q);
  const bytes = Buffer.from(await statementWorkbook(p).xlsx.writeBuffer());
  return { fileName: statementFileName(p, 'xlsx'), bytes };
}
