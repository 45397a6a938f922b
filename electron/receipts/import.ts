// `bahi import receipts`: receipts from Tally or Excel, one row per allocation; any bad row, nothing.
import { DEBIT_KINDS } from '../../db/allocations/allocations';
import { customerCodeOwner } from '../../db/customers/customers';
import type { Ledger } from '../../db/ledger/open';
import { listBankAccounts } from '../../db/receipts/bank-accounts';
import { importReceipts, type ImportedReceipt } from '../../db/receipts/import';
import { formatINR, paise, parseRupees, type Paise } from '../../shared/money';
import { parseUserDate } from '../../shared/dates';
import {
  receiptInput,
  type BankAccount,
  type ReceiptInput,
  type ReceiptMode,
} from '../../shared/receipts/contract';
import { BahiError, type Issue } from '../../shared/result';
import { readImportTable, refuseImport, type ImportFile } from '../files/import-table';
import type { Table, TableRow } from '../files/tabular';

const ALIASES: Record<string, string> = {
  receipt_no: 'number',
  receipt_number: 'number',
  voucher_no: 'number',
  voucher_number: 'number',
  party_code: 'customer_code',
  customer: 'customer_code',
  receipt_date: 'date',
  voucher_date: 'date',
  amount_received: 'amount',
  received_amount: 'amount',
  payment_mode: 'mode',
  mode_of_payment: 'mode',
  utr: 'reference',
  utr_no: 'reference',
  cheque_no: 'reference',
  cheque_number: 'reference',
  instrument_no: 'reference',
  instrument_number: 'reference',
  ref_no: 'reference',
  invoice_no: 'invoice_number',
  bill_no: 'invoice_number',
  against_invoice: 'invoice_number',
  allocated: 'allocated_amount',
  amount_allocated: 'allocated_amount',
  adjusted_amount: 'allocated_amount',
  tds: 'tds_amount',
  section: 'tds_section',
  charges: 'bank_charges',
  bank: 'bank_account',
  deposited_to: 'bank_account',
  instrument_date: 'cheque_date',
  drawn_on: 'drawee_bank',
  remarks: 'narration',
};
export const RECEIPT_IMPORT_REQUIRED = [
  'number',
  'customer_code',
  'date',
  'amount',
  'mode',
  'reference',
  'invoice_number',
  'allocated_amount',
] as const;

/** Columns that describe the receipt, not one allocation: every row of a receipt agrees on them. */
const RECEIPT_COLUMNS = [
  'customer_code',
  'date',
  'amount',
  'mode',
  'reference',
  'tds_amount',
  'tds_section',
  'bank_charges',
  'bank_account',
  'cheque_date',
  'drawee_bank',
  'narration',
] as const;
type ReceiptColumn = (typeof RECEIPT_COLUMNS)[number];
/** Blank on a later row means "as above"; these must be on every row. */
const ON_EVERY_ROW: ReceiptColumn[] = ['customer_code', 'date', 'amount'];

const MODES: Record<string, ReceiptMode> = {
  cheque: 'cheque',
  chq: 'cheque',
  check: 'cheque',
  neft: 'neft',
  rtgs: 'rtgs',
  imps: 'imps',
  upi: 'upi',
  card: 'card',
  creditcard: 'card',
  debitcard: 'card',
  cash: 'cash',
  other: 'other',
  dd: 'other',
  demanddraft: 'other',
};
const MODE_HELP = 'use cheque, NEFT, RTGS, IMPS, UPI, card, cash or other';

/** Contract fields of a receipt, and the column of the file each comes from. */
const COLUMN_OF: Record<string, string> = {
  customerId: 'customer_code',
  date: 'date',
  mode: 'mode',
  bankAccountId: 'bank_account',
  instrumentNumber: 'reference',
  instrumentDate: 'cheque_date',
  draweeBank: 'drawee_bank',
  amount: 'amount',
  tdsAmount: 'tds_amount',
  tdsSection: 'tds_section',
  tdsRateBps: 'tds_amount',
  bankCharges: 'bank_charges',
  narration: 'narration',
  allocations: 'allocated_amount',
};

function columnOf(field: string): string {
  const [head, , leaf] = field.split('.');
  if (head === 'allocations' && leaf === 'documentId') return 'invoice_number';
  return COLUMN_OF[head ?? ''] ?? 'number';
}

/** How the external number is kept: Bahi numbers receipts from its own series. */
export const oldReceiptNarration = (number: string, narration: string | null) =>
  narration ? `${narration} (old receipt no. ${number})` : `Old receipt no. ${number}`;

interface Group {
  number: string;
  rows: TableRow[];
}

interface DebitDoc {
  id: number;
  number: string;
  customer_id: number;
  customer_code: string;
  open_balance: number;
}

const text = (row: TableRow, col: string) => (row.values[col] ?? '').trim();

/** A comparable form of a cell, so "1,74,000" and "174000.00" are the same amount. */
function comparable(col: ReceiptColumn, value: string): string {
  if (col === 'amount' || col === 'tds_amount' || col === 'bank_charges') {
    return String(parseRupees(value) ?? value);
  }
  if (col === 'date' || col === 'cheque_date') return parseUserDate(value) ?? value;
  if (col === 'mode') return MODES[value.toLowerCase().replace(/[^a-z]/g, '')] ?? value;
  return value.toUpperCase();
}

function groupRows(table: Table, problem: (row: number, col: string, msg: string) => void) {
  const groups = new Map<string, Group>();
  for (const row of table.rows) {
    const number = text(row, 'number');
    if (!number) {
      problem(row.rowNumber, 'number', 'Enter the receipt number from the old books');
      continue;
    }
    if (number.length > 40) {
      problem(row.rowNumber, 'number', 'Receipt number can be at most 40 characters');
      continue;
    }
    const key = number.toUpperCase();
    const group = groups.get(key) ?? { number, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Every row of one receipt must say the same thing about it; return where each value came from. */
function receiptCells(
  group: Group,
  problem: (row: number, col: string, msg: string) => void,
): Map<ReceiptColumn, { value: string; row: number }> {
  const cells = new Map<ReceiptColumn, { value: string; row: number }>();
  for (const col of RECEIPT_COLUMNS) {
    const given = group.rows.find((r) => text(r, col));
    for (const row of group.rows) {
      const value = text(row, col);
      const first = cells.get(col);
      if (!value) {
        if (given && ON_EVERY_ROW.includes(col)) {
          problem(
            row.rowNumber,
            col,
            `Enter the ${col.replace('_', ' ')} on every row of receipt ${group.number} (${text(given, col)} as on row ${given.rowNumber})`,
          );
        }
        continue;
      }
      if (!first) cells.set(col, { value, row: row.rowNumber });
      else if (comparable(col, value) !== comparable(col, first.value)) {
        problem(
          row.rowNumber,
          col,
          `Receipt ${group.number} has ${col.replace('_', ' ')} ${first.value} on row ${first.row} but ${value} here: the rows of one receipt must agree`,
        );
      }
    }
  }
  return cells;
}

export async function importReceiptsFile(ledger: Ledger, file: ImportFile) {
  const table = await readImportTable(file, ALIASES, RECEIPT_IMPORT_REQUIRED);
  const issues: Issue[] = [];
  const problem = (row: number, field: string, message: string) =>
    issues.push({ row, field, message });

  const banks = listBankAccounts(ledger);
  const cash = banks.find((b) => b.kind === 'cash');
  const findDebits = ledger.sqlite.prepare(
    `select d.id, d.number, d.customer_id, c.code as customer_code, d.open_balance
       from documents d join customers c on c.id = d.customer_id
      where d.number = ? collate nocase and d.status = 'issued'
        and d.kind in (${[...DEBIT_KINDS].map((k) => `'${k}'`).join(', ')})`,
  );
  const importedBefore = ledger.sqlite.prepare(
    `select number from documents where kind = 'receipt'
       and (notes = @plain or substr(notes, -length(@suffix)) = @suffix) limit 1`,
  );
  /** What each invoice still has open, as earlier rows of this file use it up. */
  const open = new Map<number, { left: number; rows: number[] }>();

  const items: (ImportedReceipt & { date: string })[] = [];
  for (const group of groupRows(table, problem)) {
    const before = issues.length;
    const cells = receiptCells(group, problem);
    const cell = (col: ReceiptColumn) => cells.get(col)?.value ?? '';
    const rowOf = (col: ReceiptColumn) => cells.get(col)?.row ?? group.rows[0]!.rowNumber;
    const first = group.rows[0]!.rowNumber;

    const earlier = importedBefore.get({
      plain: oldReceiptNarration(group.number, null),
      suffix: `(old receipt no. ${group.number})`,
    }) as { number: string } | undefined;
    if (earlier) {
      problem(
        first,
        'number',
        `Receipt ${group.number} was imported before, as ${earlier.number}: take it out of the file`,
      );
    }

    const code = cell('customer_code');
    const customer = code ? customerCodeOwner(ledger, code) : undefined;
    if (!code) problem(first, 'customer_code', 'Enter the customer code');
    else if (!customer) {
      problem(
        rowOf('customer_code'),
        'customer_code',
        `There is no customer ${code}: import customers first`,
      );
    }
    const date = parseUserDate(cell('date'));
    if (!date) {
      problem(
        rowOf('date'),
        'date',
        `"${cell('date')}" is not a date (e.g. 01-07-2025 or 2025-07-01)`,
      );
    }
    const amount = parseRupees(cell('amount'));
    if (amount === null || amount <= 0) {
      problem(
        rowOf('amount'),
        'amount',
        `"${cell('amount')}" is not an amount above zero (e.g. 1,74,000.00)`,
      );
    }
    const modeText = cell('mode');
    const mode = MODES[modeText.toLowerCase().replace(/[^a-z]/g, '')];
    if (!mode) {
      problem(
        rowOf('mode'),
        'mode',
        modeText ? `"${modeText}" is not a mode: ${MODE_HELP}` : `Enter the mode: ${MODE_HELP}`,
      );
    }
    const money = (col: 'tds_amount' | 'bank_charges'): Paise => {
      const v = cell(col);
      if (!v) return paise(0);
      const p = parseRupees(v);
      if (p === null || p < 0) {
        problem(rowOf(col), col, `"${v}" is not an amount (e.g. 3,000.00), or leave it blank`);
        return paise(0);
      }
      return p;
    };
    const tdsAmount = money('tds_amount');
    const bankCharges = money('bank_charges');
    const chequeDateText = cell('cheque_date');
    const chequeDate = chequeDateText ? parseUserDate(chequeDateText) : null;
    if (chequeDateText && !chequeDate) {
      problem(
        rowOf('cheque_date'),
        'cheque_date',
        `"${chequeDateText}" is not a date (e.g. 28-06-2025)`,
      );
    }
    const bank = mode ? bankAccountFor(banks, cash, mode, cell('bank_account')) : null;
    if (bank && 'problem' in bank) problem(rowOf('bank_account'), 'bank_account', bank.problem);
    const narration = oldReceiptNarration(group.number, cell('narration') || null);
    if (narration.length > 500) {
      problem(
        rowOf('narration'),
        'narration',
        'Narration is too long: keep it under 450 characters',
      );
    }

    // Allocations: one per row that names an invoice.
    const allocations: { documentId: number; amount: number }[] = [];
    const allocationRows: number[] = [];
    const seen = new Map<number, number>();
    let allocated = 0;
    for (const row of group.rows) {
      const r = row.rowNumber;
      const invoiceNumber = text(row, 'invoice_number');
      const allocatedText = text(row, 'allocated_amount');
      if (!invoiceNumber && !allocatedText) continue;
      if (!invoiceNumber) {
        problem(
          r,
          'invoice_number',
          'Enter the invoice this amount is set against, or leave allocated_amount blank to keep it on account',
        );
        continue;
      }
      const share = parseRupees(allocatedText);
      if (!allocatedText || share === null || share <= 0) {
        problem(
          r,
          'allocated_amount',
          allocatedText
            ? `"${allocatedText}" is not an amount above zero (e.g. 59,000.00)`
            : `Enter the amount allocated to ${invoiceNumber}`,
        );
        continue;
      }
      if (!customer) continue;
      const docs = findDebits.all(invoiceNumber) as DebitDoc[];
      const doc = docs.find((d) => d.customer_id === customer.id);
      if (!doc) {
        problem(
          r,
          'invoice_number',
          docs[0]
            ? `${docs[0].number} is an invoice of ${docs[0].customer_code}, not of ${code}`
            : `There is no issued invoice ${invoiceNumber} in Bahi: import opening invoices first`,
        );
        continue;
      }
      const again = seen.get(doc.id);
      if (again !== undefined) {
        problem(
          r,
          'invoice_number',
          `${doc.number} is also allocated on row ${again} of this receipt: put it on one row`,
        );
        continue;
      }
      seen.set(doc.id, r);
      const balance = open.get(doc.id) ?? { left: doc.open_balance, rows: [] };
      open.set(doc.id, balance);
      if (share > balance.left) {
        const after = balance.rows.length
          ? ` after row${balance.rows.length > 1 ? 's' : ''} ${balance.rows.join(', ')} of this file`
          : '';
        problem(
          r,
          'allocated_amount',
          `${doc.number} has only ${formatINR(paise(balance.left))} open${after}: allocate at most that`,
        );
        continue;
      }
      allocated += share;
      if (amount !== null && amount > 0 && allocated > amount + tdsAmount) {
        problem(
          r,
          'allocated_amount',
          `Receipt ${group.number} allocates ${formatINR(paise(allocated))} by this row, more than the ${formatINR(paise(amount + tdsAmount))} received plus TDS: reduce an allocation`,
        );
        continue;
      }
      balance.left -= share;
      balance.rows.push(r);
      allocations.push({ documentId: doc.id, amount: share });
      allocationRows.push(r);
    }
    if (mode === 'cheque' && chequeDate && date && chequeDate > date && allocationRows.length) {
      problem(
        rowOf('cheque_date'),
        'cheque_date',
        'A post-dated cheque is allocated when it is deposited: leave invoice_number and allocated_amount blank for it',
      );
    }
    if (issues.length > before) continue;

    const input: ReceiptInput = {
      customerId: customer!.id,
      date: date!,
      mode: mode!,
      bankAccountId: (bank as BankAccount).id,
      instrumentNumber: cell('reference') || null,
      instrumentDate: chequeDate,
      draweeBank: cell('drawee_bank') || null,
      amount: amount!,
      tdsAmount,
      tdsSection: cell('tds_section') || null,
      bankCharges,
      narration,
      allocations,
    };
    const parsed = receiptInput.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.join('.');
        const m = /^allocations\.(\d+)/.exec(path);
        const col = columnOf(path);
        const row = m ? (allocationRows[Number(m[1])] ?? first) : rowOf(col as ReceiptColumn);
        problem(row, col, issue.message);
      }
      continue;
    }
    items.push({ values: parsed.data, row: first, allocationRows, date: parsed.data.date });
  }
  refuseImport(issues, table, 'receipts');

  // Bahi numbers receipts in date order, as they would have been recorded.
  const ordered = [...items].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.row - b.row,
  );
  let result;
  try {
    result = importReceipts(ledger, ordered, file.actor, { dryRun: file.dryRun });
  } catch (e) {
    if (!(e instanceof BahiError) || e.code !== 'IMPORT_INVALID' || !e.issues) throw e;
    refuseImport(
      e.issues.map((i) => ({ ...i, field: columnOf(i.field) })),
      table,
      'receipts',
    );
    throw e;
  }
  return { rows: table.rows.length, ...result, dryRun: file.dryRun };
}

type BankChoice = BankAccount | { problem: string };

/** `bank_account` names one by name or number; blank means the first bank (cash: Cash in Hand). */
function bankAccountFor(
  banks: BankAccount[],
  cash: BankAccount | undefined,
  mode: ReceiptMode,
  named: string,
): BankChoice {
  if (!named) {
    if (mode === 'cash') return cash ?? { problem: 'There is no Cash in Hand account' };
    return (
      banks.find((b) => b.kind === 'bank') ?? {
        problem: 'Bahi has no bank account yet: add the account the money went into, then import',
      }
    );
  }
  const digits = named.replace(/\s+/g, '');
  const found = banks.find(
    (b) =>
      b.name.toLowerCase() === named.toLowerCase() ||
      (b.accountNumber !== null && b.accountNumber === digits),
  );
  if (!found) {
    const names = banks.map((b) => b.name).join(', ');
    return { problem: `There is no active account called ${named}: use one of ${names}` };
  }
  if ((mode === 'cash') !== (found.kind === 'cash')) {
    return {
      problem:
        mode === 'cash'
          ? `Cash goes into ${cash?.name ?? 'Cash in Hand'}, not ${found.name}: leave bank_account blank`
          : `A bank payment goes into a bank account, not ${found.name}`,
    };
  }
  return found;
}
