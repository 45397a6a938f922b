// `bahi import invoices`: open invoices from Tally or Excel as opening items; any bad row, nothing.
import { customerCodeOwner } from '../../db/customers/customers';
import { importOpeningInvoices, type OpeningInvoice } from '../../db/invoices/opening';
import type { Ledger } from '../../db/ledger/open';
import { compareIso, parseUserDate } from '../../shared/dates';
import { parseRupees } from '../../shared/money';
import type { Issue } from '../../shared/result';
import { readImportTable, refuseImport, type ImportFile } from '../files/import-table';

const ALIASES: Record<string, string> = {
  invoice_no: 'number',
  invoice_number: 'number',
  bill_no: 'number',
  ref_no: 'number',
  party_code: 'customer_code',
  customer: 'customer_code',
  invoice_date: 'date',
  bill_date: 'date',
  due_on: 'due_date',
  outstanding: 'amount',
  pending_amount: 'amount',
  balance: 'amount',
};
const REQUIRED = ['number', 'customer_code', 'date', 'due_date', 'amount'];

export async function importOpeningFile(ledger: Ledger, file: ImportFile) {
  const table = await readImportTable(file, ALIASES, REQUIRED);
  const issues: Issue[] = [];
  const rows: OpeningInvoice[] = [];
  const seen = new Map<string, number>();
  const existing = ledger.sqlite.prepare('select 1 from documents where number = ? collate nocase');
  for (const raw of table.rows) {
    const v = (col: string) => (raw.values[col] ?? '').trim();
    const problem = (field: string, message: string) =>
      issues.push({ row: raw.rowNumber, field, message });
    const before = issues.length;
    const number = v('number');
    if (!number) problem('number', 'Enter the invoice number');
    else if (number.length > 40) problem('number', 'Invoice number can be at most 40 characters');
    else if (seen.has(number.toUpperCase()))
      problem(
        'number',
        `Invoice ${number} is also on row ${seen.get(number.toUpperCase())} of this file`,
      );
    else if (existing.get(number)) problem('number', `Invoice ${number} is already in Bahi`);
    seen.set(number.toUpperCase(), raw.rowNumber);
    const code = v('customer_code');
    const customer = code ? customerCodeOwner(ledger, code) : undefined;
    if (!code) problem('customer_code', 'Enter the customer code');
    else if (!customer)
      problem('customer_code', `There is no customer ${code}: import customers first`);
    const date = parseUserDate(v('date'));
    if (!date) problem('date', `"${v('date')}" is not a date (e.g. 15-01-2025 or 2025-01-15)`);
    const dueDate = parseUserDate(v('due_date'));
    if (!dueDate) problem('due_date', `"${v('due_date')}" is not a date (e.g. 14-02-2025)`);
    else if (date && compareIso(dueDate, date) < 0)
      problem('due_date', 'Due date is before the invoice date');
    const amount = parseRupees(v('amount'));
    if (amount === null || amount <= 0)
      problem('amount', `"${v('amount')}" is not an amount above zero (e.g. 1,18,000.00)`);
    const reference = v('reference') || null;
    if (issues.length === before) {
      rows.push({
        number,
        customerId: customer!.id,
        date: date!,
        dueDate: dueDate!,
        amount: amount!,
        reference,
      });
    }
  }
  refuseImport(issues, table, 'invoices');
  if (!file.dryRun) importOpeningInvoices(ledger, rows, file.actor);
  return { rows: rows.length, created: file.dryRun ? 0 : rows.length, dryRun: file.dryRun };
}
