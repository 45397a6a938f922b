// Helpers for the statement tests: write a file the way a bank does, read it back or its refusal.
import { expect } from 'vitest';
import type { Issue } from '../../shared/result';
import { readStatement, type ReadOptions, type StatementRead } from './read-statement';

/** Quotes a field the way Excel does when it holds a delimiter, a quote or a line break. */
const quote = (field: string, delimiter: string) =>
  field.includes(delimiter) || /["\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;

export function delimited(rows: string[][], delimiter = ','): string {
  return rows.map((r) => r.map((f) => quote(f, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}

/** Each bank's statement columns, as its download spells them. */
export const HEADERS = {
  hdfc: [
    'Date',
    'Narration',
    'Chq./Ref.No.',
    'Value Dt',
    'Withdrawal Amt.',
    'Deposit Amt.',
    'Closing Balance',
  ],
  sbi: [
    'Txn Date',
    'Value Date',
    'Description',
    'Ref No./Cheque No.',
    'Debit',
    'Credit',
    'Balance',
  ],
  icici: [
    'S No.',
    'Value Date',
    'Transaction Date',
    'Cheque Number',
    'Transaction Remarks',
    'Withdrawal Amount (INR )',
    'Deposit Amount (INR )',
    'Balance (INR )',
  ],
  axis: ['Tran Date', 'CHQNO', 'PARTICULARS', 'DR', 'CR', 'BAL', 'SOL'],
  kotak: ['Date', 'Narration', 'Chq/Ref No', 'Withdrawal (Dr)', 'Deposit (Cr)', 'Balance'],
  kotakAmount: ['Date', 'Narration', 'Chq/Ref No', 'Amount', 'Dr / Cr', 'Balance'],
};

export const bytesOf = (text: string) => new TextEncoder().encode(text);

export async function read(
  fileName: string,
  content: string | Uint8Array,
  options: ReadOptions = {},
): Promise<StatementRead> {
  const bytes = typeof content === 'string' ? bytesOf(content) : content;
  const r = await readStatement({ fileName, bytes }, options);
  if (!r.ok) throw new Error(`expected ${fileName} to be read: ${JSON.stringify(r.error)}`);
  return r.data;
}

export async function refused(
  fileName: string,
  content: string | Uint8Array,
  options: ReadOptions = {},
): Promise<Issue> {
  const bytes = typeof content === 'string' ? bytesOf(content) : content;
  const r = await readStatement({ fileName, bytes }, options);
  if (r.ok) throw new Error(`expected ${fileName} to be refused`);
  expect(r.error.code).toBe('IMPORT_INVALID');
  const issue = r.error.issues?.[0];
  if (!issue) throw new Error('a refusal must name its line');
  return issue;
}

/** The fields a test compares, without fingerprints. */
export const brief = (r: StatementRead) =>
  r.statement.lines.map(({ fingerprint: _f, ...rest }) => rest);

/** One row per line: where, when, which reference, which way, how much, what balance. */
export const tabulate = (r: StatementRead) =>
  r.statement.lines.map((l) => [
    l.line,
    l.date,
    l.valueDate,
    l.reference,
    l.direction,
    l.amount,
    l.balance,
  ]);
