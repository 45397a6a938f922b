import ExcelJS from 'exceljs';
import { getCompany } from '../../db/company/company';
import { allCustomers } from '../../db/customers/customers';
import type { Ledger } from '../../db/ledger/open';
import { stateName } from '../../shared/gst';
import { excelRupees, setText, styleTableSheet, type SheetColumn } from '../documents/excel';

// Same column names as the import, so an exported sheet can be edited and imported elsewhere.
const COLUMNS: SheetColumn[] = [
  { header: 'code', key: 'code', width: 14, kind: 'text' },
  { header: 'name', key: 'name', width: 36, kind: 'text' },
  { header: 'gstin', key: 'gstin', width: 18, kind: 'text' },
  { header: 'state_code', key: 'state_code', width: 10, kind: 'text' },
  { header: 'state', key: 'state', width: 18, kind: 'text' },
  { header: 'email', key: 'email', width: 28, kind: 'text' },
  { header: 'phone', key: 'phone', width: 16, kind: 'text' },
  { header: 'payment_terms_days', key: 'payment_terms_days', width: 12, kind: 'integer' },
  { header: 'credit_limit', key: 'credit_limit', width: 16, kind: 'money' },
  { header: 'pan', key: 'pan', width: 12, kind: 'text' },
  { header: 'whatsapp', key: 'whatsapp', width: 16, kind: 'text' },
  { header: 'address_line1', key: 'address_line1', width: 30, kind: 'text' },
  { header: 'address_line2', key: 'address_line2', width: 24, kind: 'text' },
  { header: 'city', key: 'city', width: 16, kind: 'text' },
  { header: 'pincode', key: 'pincode', width: 10, kind: 'text' },
  { header: 'customer_group', key: 'customer_group', width: 16, kind: 'text' },
  { header: 'salesperson', key: 'salesperson', width: 16, kind: 'text' },
  { header: 'archived', key: 'archived', width: 10, kind: 'text' },
];

export async function exportCustomersWorkbook(
  ledger: Ledger,
  options: { includeArchived: boolean },
): Promise<{ fileName: string; bytes: Buffer }> {
  const company = getCompany(ledger);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Bahi';
  workbook.company = company?.legalName ?? '';
  const sheet = workbook.addWorksheet('Customers');
  styleTableSheet(sheet, COLUMNS);
  sheet.headerFooter = {
    oddHeader: `&L${company?.legalName ?? ''}&RCustomers`,
    oddFooter: '&LBahi&RPage &P of &N',
  };

  for (const c of allCustomers(ledger, options.includeArchived)) {
    const row = sheet.addRow([]);
    const text = (key: string, value: string | null) => setText(row.getCell(key), value);
    text('code', c.code);
    text('name', c.name);
    text('gstin', c.gstin);
    text('state_code', c.stateCode);
    text('state', stateName(c.stateCode) ?? '');
    text('email', c.email);
    text('phone', c.phone);
    row.getCell('payment_terms_days').value = c.paymentTermsDays;
    row.getCell('credit_limit').value = c.creditLimit === null ? null : excelRupees(c.creditLimit);
    text('pan', c.pan);
    text('whatsapp', c.whatsapp);
    text('address_line1', c.billingAddress.line1);
    text('address_line2', c.billingAddress.line2);
    text('city', c.billingAddress.city);
    text('pincode', c.billingAddress.pincode);
    text('customer_group', c.customerGroup);
    text('salesperson', c.salesperson);
    text('archived', c.archived ? 'yes' : '');
  }
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: 'customers.xlsx', bytes };
}
