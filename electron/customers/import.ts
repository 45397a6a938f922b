// Customer import: every row checked against the same contract as the form; all or nothing.
import { customerCodeOwner, importCustomers } from '../../db/customers/customers';
import type { Ledger } from '../../db/ledger/open';
import { customerInput, type CustomerValues } from '../../shared/customers/contract';
import { GST_STATES } from '../../shared/gst';
import { parseRupees } from '../../shared/money';
import type { Issue } from '../../shared/result';
import { readImportTable, refuseImport, type ImportFile } from '../files/import-table';
import type { TableRow } from '../files/tabular';

/** Column names people actually use in their sheets, mapped to ours. */
const ALIASES: Record<string, string> = {
  customer_code: 'code',
  party_code: 'code',
  customer_name: 'name',
  party_name: 'name',
  gst_no: 'gstin',
  gst_number: 'gstin',
  gstin_uin: 'gstin',
  state: 'state_code',
  mobile: 'phone',
  phone_no: 'phone',
  credit_days: 'payment_terms_days',
  payment_terms: 'payment_terms_days',
  email_id: 'email',
  group: 'customer_group',
  address: 'address_line1',
  pin_code: 'pincode',
  pin: 'pincode',
};

/** Contract field path → the column the user should fix. */
const COLUMN_OF: Record<string, string> = {
  stateCode: 'state_code',
  paymentTermsDays: 'payment_terms_days',
  creditLimit: 'credit_limit',
  customerGroup: 'customer_group',
  'billingAddress.line1': 'address_line1',
  'billingAddress.line2': 'address_line2',
  'billingAddress.city': 'city',
  'billingAddress.pincode': 'pincode',
};

const REQUIRED = ['code', 'name'];

function stateCodeOf(text: string): string {
  if (!text || /^\d{1,2}$/.test(text)) return text;
  const byName = GST_STATES.find((s) => s.name.toLowerCase() === text.toLowerCase());
  return byName ? byName.code : text;
}

function rowToInput(row: TableRow, issues: Issue[]): unknown {
  const v = (col: string) => row.values[col] ?? '';
  const input: Record<string, unknown> = {
    code: v('code'),
    name: v('name'),
    gstin: v('gstin'),
    pan: v('pan'),
    stateCode: stateCodeOf(v('state_code')),
    email: v('email'),
    phone: v('phone'),
    whatsapp: v('whatsapp'),
    customerGroup: v('customer_group'),
    salesperson: v('salesperson'),
    billingAddress: {
      line1: v('address_line1'),
      line2: v('address_line2'),
      city: v('city'),
      pincode: v('pincode'),
    },
  };
  const terms = v('payment_terms_days');
  if (terms) {
    if (/^\d+$/.test(terms)) input.paymentTermsDays = Number(terms);
    else
      issues.push({
        row: row.rowNumber,
        field: 'payment_terms_days',
        message: `"${terms}" is not a whole number of days`,
      });
  }
  const limit = v('credit_limit');
  if (limit) {
    const paise = parseRupees(limit);
    if (paise === null || paise < 0) {
      issues.push({
        row: row.rowNumber,
        field: 'credit_limit',
        message: `"${limit}" is not an amount in rupees (e.g. 5,00,000 or 500000.00)`,
      });
    } else input.creditLimit = paise;
  }
  return input;
}

export async function importCustomersFile(ledger: Ledger, file: ImportFile) {
  const table = await readImportTable(file, ALIASES, REQUIRED);
  const issues: Issue[] = [];
  const values: CustomerValues[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const before = issues.length;
    const parsed = customerInput.safeParse(rowToInput(row, issues));
    if (!parsed.success) {
      for (const i of parsed.error.issues) {
        const path = i.path.map(String).join('.');
        issues.push({ row: row.rowNumber, field: COLUMN_OF[path] ?? path, message: i.message });
      }
      continue;
    }
    if (issues.length > before) continue;
    const code = parsed.data.code;
    const earlier = seen.get(code);
    if (earlier !== undefined) {
      issues.push({
        row: row.rowNumber,
        field: 'code',
        message: `Code ${code} is also on row ${earlier} of this file`,
      });
    } else if (customerCodeOwner(ledger, code)) {
      issues.push({
        row: row.rowNumber,
        field: 'code',
        message: `Customer ${code} already exists in Bahi`,
      });
    }
    seen.set(code, row.rowNumber);
    values.push(parsed.data);
  }

  refuseImport(issues, table, 'customers');
  if (!file.dryRun) importCustomers(ledger, values, file.actor);
  return { rows: table.rows.length, created: file.dryRun ? 0 : values.length, dryRun: file.dryRun };
}
