// The shape every statement reader returns, whatever the file format.
import type { IsoDate } from '../../shared/dates';
import type { Paise } from '../../shared/money';

export type Direction = 'credit' | 'debit';

export interface StatementLine {
  /** 1-based line (text formats) or row (XLSX) of the file, as the user sees it in Notepad or Excel. */
  line: number;
  /** Booking (transaction) date. */
  date: IsoDate;
  valueDate?: IsoDate;
  narration: string;
  /** Cheque number, UTR or bank reference when the file has a column or field for it; '' otherwise. */
  reference: string;
  /** Money in (`credit`) or out (`debit`) of the account, as the bank sees it. */
  direction: Direction;
  /** Always > 0; the sign lives in `direction`. */
  amount: Paise;
  /** Running balance after this line, when the file has one (negative = overdrawn). */
  balance?: Paise;
  /** sha256 hex, stable across re-reads of the same statement (see fingerprint.ts). */
  fingerprint: string;
}

export type StatementFormat = 'csv' | 'xlsx' | 'mt940' | 'camt053';

export interface Statement {
  format: StatementFormat;
  /** The preset whose columns were used (CSV/XLSX without a mapping). */
  preset?: PresetName;
  accountNumber?: string;
  currency?: string;
  openingBalance?: Paise;
  closingBalance?: Paise;
  /** The period the file states, else the first and last line dates. */
  from?: IsoDate;
  to?: IsoDate;
  lines: StatementLine[];
}

/** A balance that does not follow from the lines: reported, never a refusal. */
export interface BalanceBreak {
  line: number;
  message: string;
  expected: Paise;
  found: Paise;
}

export interface StatementRead {
  statement: Statement;
  warnings: BalanceBreak[];
}

export const PRESET_NAMES = ['hdfc', 'icici', 'sbi', 'axis', 'kotak'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** Day-first is the Indian default; the others are for a user mapping of a foreign layout. */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

/**
 * A user's layout: each value is the column's header text as it appears in the file (matched
 * ignoring case, spaces and punctuation). Either `debit` + `credit`, or `amount` (with `drcr`,
 * or signed: negative = debit).
 */
export interface ColumnMapping {
  date: string;
  narration: string;
  valueDate?: string;
  reference?: string;
  debit?: string;
  credit?: string;
  amount?: string;
  drcr?: string;
  balance?: string;
  dateOrder?: DateOrder;
}

export interface ReadOptions {
  preset?: PresetName;
  mapping?: ColumnMapping;
  /**
   * The mapping is the one remembered for the account, not chosen for this file: the bank's
   * presets are tried beside it, so the bank's own download still reads after a mapping is kept.
   */
  presetsToo?: boolean;
  /** The account the file is imported into; used in fingerprints instead of the file's own. */
  accountNumber?: string;
}

/** One problem that makes the file unreadable. */
export interface LineError {
  line: number;
  field: string;
  message: string;
}

export class StatementError extends Error {
  constructor(readonly errors: LineError[]) {
    super(errors.map((e) => `line ${e.line}, ${e.field}: ${e.message}`).join('; '));
    this.name = 'StatementError';
  }
}

export const refuse = (line: number, field: string, message: string): never => {
  throw new StatementError([{ line, field, message }]);
};

/** A line before its fingerprint is known (fingerprints need the whole file). */
export type ParsedLine = Omit<StatementLine, 'fingerprint'>;

export interface ParsedStatement extends Omit<Statement, 'lines'> {
  lines: ParsedLine[];
  /** Where the stated opening/closing balances were found, for break reports. */
  openingLine?: number;
  closingLine?: number;
  /** MT940 pages: each page's own opening → closing is checked too. */
  pages?: {
    openingBalance: Paise;
    openingLine: number;
    closingBalance: Paise;
    closingLine: number;
    lines: ParsedLine[];
  }[];
}
