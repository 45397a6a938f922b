// The statement of account as a workbook: the house report sheet (company, report, customer and
// period on top; a table of the opening row and every entry; totals), the closing balance under
// the totals, and the ageing of that balance below it.
import type ExcelJS from 'exceljs';
import type { Ledger } from '../../db/ledger/open';
import type { StatementOfAccount } from '../../shared/reports/contract';
import { setText } from '../documents/excel';
import {
  addReportSheet,
  excelDate,
  HEADER_FILL,
  newWorkbook,
  periodText,
  setMoney,
  showDate,
  type ReportColumn,
} from './excel/report-sheet';
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

/** The closing balance, bold, on the row under the totals. */
function writeClosing(sheet: ExcelJS.Worksheet, s: StatementOfAccount, at: number) {
  const row = sheet.getRow(at);
  row.getCell(1).value = excelDate(s.to);
  row.getCell(1).numFmt = 'dd-mm-yyyy';
  row.getCell(3).value = 'Closing balance';
  setMoney(row.getCell(7), s.closing);
  row.getCell(8).value = drCr(s.closing);
  row.eachCell({ includeEmpty: true }, (c) => (c.font = { bold: true }));
}

/** The ageing of the closing balance: a title, the bucket names, the amounts. */
function writeAgeing(sheet: ExcelJS.Worksheet, s: StatementOfAccount, at: number) {
  const title = sheet.getRow(at);
  title.getCell(1).value = `Ageing of the closing balance as on ${showDate(s.to)} (days past due)`;
  title.getCell(1).font = { bold: true };
  const labels = [...s.ageing.buckets.map((b) => b.label), 'On account', 'Total'];
  const figures = [...s.ageing.amounts, s.ageing.onAccount, s.ageing.total];
  const head = sheet.getRow(at + 1);
  const values = sheet.getRow(at + 2);
  labels.forEach((label, i) => {
    const h = head.getCell(i + 1);
    setText(h, label);
    h.font = { bold: true };
    h.fill = HEADER_FILL;
    h.alignment = { horizontal: 'right' };
    setMoney(values.getCell(i + 1), figures[i]!);
  });
  values.getCell(labels.length).font = { bold: true };
}

export function statementWorkbook(p: PrintableStatement): ExcelJS.Workbook {
  const s = p.statement;
  const workbook = newWorkbook(p.supplier.name);
  const sheet = addReportSheet(workbook, {
    sheetName: 'Statement',
    company: p.supplier.name,
    report: 'Statement of account',
    about: [
      ['Customer', s.customer.name],
      ['Code', s.customer.code],
      ['GSTIN', s.customer.gstin ?? 'Unregistered'],
      ['Period', periodText(s.from, s.to)],
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
