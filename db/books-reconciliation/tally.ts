// Tally's outstanding reports as Tally Prime exports them to Excel or CSV: Group Outstandings,
// Bills Receivable, or a ledger list with closing balances. Company name, address, report title
// and period sit above the header, which is found by its words; the balance is one column with
// Dr/Cr (in the cell or beside it) or separate Debit and Credit columns, the latter sometimes on a
// second header row under "Closing Balance". Bills Receivable lists a row per bill: the party's
// rows are added up. Pure: bytes in, rows out (or the lines that cannot be read).
import { BahiError, type Issue } from '../../shared/result';
import {
  decodeText,
  likelyDelimiters,
  readCsvGrid,
  readXlsxGrid,
  type GridRow,
} from '../bank-statements/grid';
import { StatementError } from '../bank-statements/types';
import { cellText, isBlank, parseAmount, parseDrCr, type Cell } from '../bank-statements/values';

export interface TallyRow {
  /** The line of the file it was read from (the first, when a party has several bills). */
  line: number;
  partyName: string;
  code: string | null;
  gstin: string | null;
  /** Dr (the customer owes) positive, Cr negative, paise. */
  balance: number;
}

type Column = 'name' | 'code' | 'gstin' | 'balance' | 'drcr' | 'debit' | 'credit';

// Each column's header words, best first (a report with both "Pending Amount" and "Opening
// Amount" is read by the pending one).
const HEADERS: Record<Column, string[]> = {
  name: [
    'particulars',
    'party name',
    'partys name',
    'party s name',
    'name of party',
    'name of ledger',
    'ledger name',
    'ledger',
    'customer name',
    'customer',
    'party',
    'name',
  ],
  code: ['ledger code', 'party code', 'customer code', 'code', 'alias'],
  gstin: ['gstin uin', 'gstin', 'gst no', 'gst number', 'gstin no'],
  balance: [
    'closing balance',
    'pending amount',
    'pending',
    'balance amount',
    'net balance',
    'balance',
    'outstanding',
    'closing bal',
    'amount',
  ],
  drcr: ['dr cr', 'cr dr', 'drcr', 'type'],
  debit: ['debit', 'dr', 'debit amount', 'closing debit', 'debit balance'],
  credit: ['credit', 'cr', 'credit amount', 'closing credit', 'credit balance'],
};

const HEADER_SCAN_ROWS = 80;

const words = (cell: Cell) =>
  cellText(cell)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

type Index = Partial<Record<Column, number>>;

function indexOf(texts: string[], column: Column, taken: Set<number>): number | undefined {
  for (const wanted of HEADERS[column]) {
    const i = texts.findIndex((t, k) => t === wanted && !taken.has(k));
    if (i >= 0) return i;
  }
  return undefined;
}

function headerIndex(cells: Cell[]): Index {
  const texts = cells.map(words);
  const index: Index = {};
  const taken = new Set<number>();
  for (const column of ['name', 'code', 'gstin', 'debit', 'credit', 'drcr', 'balance'] as const) {
    const i = indexOf(texts, column, taken);
    if (i !== undefined) {
      index[column] = i;
      taken.add(i);
    }
  }
  return index;
}

const hasAmount = (i: Index) =>
  i.balance !== undefined || (i.debit !== undefined && i.credit !== undefined);

interface Header {
  index: Index;
  /** The column after the balance has no header: Tally's place for a bare Dr/Cr. */
  bareMarkAfter: boolean;
  /** Where the rows start in the grid. */
  first: number;
}

function findHeader(rows: GridRow[]): Header {
  for (const [r, row] of rows.slice(0, HEADER_SCAN_ROWS).entries()) {
    const index = headerIndex(row.cells);
    if (index.name === undefined) continue;
    // "Closing Balance" over a second row of "Debit | Credit".
    const next = rows[r + 1] ? headerIndex(rows[r + 1]!.cells) : {};
    if (next.debit !== undefined && next.credit !== undefined && next.name === undefined) {
      return {
        index: { ...index, debit: next.debit, credit: next.credit, balance: undefined },
        bareMarkAfter: false,
        first: r + 2,
      };
    }
    if (hasAmount(index)) {
      const after = index.balance === undefined ? undefined : index.balance + 1;
      const bareMarkAfter =
        after !== undefined && index.drcr === undefined && isBlank(row.cells[after] ?? null);
      return { index, bareMarkAfter, first: r + 1 };
    }
  }
  throw new BahiError(
    'IMPORT_INVALID',
    `no header row with a party column (Particulars, Party's Name, Ledger Name) and a balance (Closing Balance, Pending Amount, or Debit and Credit) in the first ${String(HEADER_SCAN_ROWS)} rows; export the outstanding report from Tally to Excel and choose that file`,
    { field: 'file' },
  );
}

const TOTAL_RE = /^(grand\s+)?(sub\s*)?total\b|^closing balance$|^opening balance$/i;

type Read = { ok: true; balance: number } | { ok: false; message: string };

function readBalance(cells: Cell[], header: Header): Read {
  const index: Index =
    header.bareMarkAfter && !isBlank(cells[header.index.balance! + 1] ?? null)
      ? { ...header.index, drcr: header.index.balance! + 1 }
      : header.index;
  const at = (i: number | undefined): Cell => (i === undefined ? null : (cells[i] ?? null));
  if (index.debit !== undefined && index.credit !== undefined && index.balance === undefined) {
    let balance = 0;
    for (const [column, sign] of [
      ['debit', 1],
      ['credit', -1],
    ] as const) {
      const cell = at(index[column]);
      if (isBlank(cell)) continue;
      const a = parseAmount(cell);
      if (!a.ok) return { ok: false, message: `${column}: ${a.reason}` };
      balance += sign * Math.abs(a.value.paise);
    }
    return { ok: true, balance };
  }
  const cell = at(index.balance);
  if (isBlank(cell)) return { ok: true, balance: 0 };
  const a = parseAmount(cell);
  if (!a.ok) return { ok: false, message: `balance: ${a.reason}` };
  let side = a.value.side;
  const mark = at(index.drcr);
  if (side === undefined && !isBlank(mark)) {
    const d = parseDrCr(mark);
    if (!d.ok) return { ok: false, message: `Dr/Cr: ${d.reason}` };
    side = d.value;
  }
  if (side === undefined) return { ok: true, balance: a.value.paise };
  const abs = Math.abs(a.value.paise);
  return { ok: true, balance: side === 'debit' ? abs : -abs };
}

async function gridOf(fileName: string, bytes: Uint8Array): Promise<GridRow[]> {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (zip || /\.xlsx$/i.test(fileName)) return readXlsxGrid(bytes);
  if (/\.xls$/i.test(fileName)) {
    throw new BahiError(
      'IMPORT_INVALID',
      'an old .xls workbook cannot be read; open it in Excel and save it as .xlsx or CSV',
      { field: 'file' },
    );
  }
  const text = decodeText(bytes);
  let fallback: GridRow[] | undefined;
  for (const d of likelyDelimiters(text)) {
    const grid = readCsvGrid(text, d);
    fallback ??= grid;
    try {
      findHeader(grid);
      return grid;
    } catch {
      /* try the next delimiter */
    }
  }
  return fallback ?? [];
}

/** The rows of a Tally outstanding report; a line that cannot be read refuses the whole file. */
export async function readTallyOutstanding(
  fileName: string,
  bytes: Uint8Array,
): Promise<TallyRow[]> {
  let grid: GridRow[];
  try {
    grid = await gridOf(fileName, bytes);
  } catch (e) {
    if (e instanceof StatementError) {
      throw new BahiError('IMPORT_INVALID', e.message, {
        field: 'file',
        issues: e.errors.map((x) => ({ row: x.line, field: x.field, message: x.message })),
      });
    }
    throw e;
  }
  const header = findHeader(grid);
  const { index } = header;
  const issues: Issue[] = [];
  const byParty = new Map<string, TallyRow>();
  for (const row of grid.slice(header.first)) {
    const name = cellText(row.cells[index.name!] ?? null);
    if (name === '' || TOTAL_RE.test(name)) continue;
    const b = readBalance(row.cells, header);
    if (!b.ok) {
      issues.push({
        row: row.line,
        field: 'balance',
        message: `line ${String(row.line)}, ${b.message}`,
      });
      continue;
    }
    const text = (i: number | undefined) => {
      const t = i === undefined ? '' : cellText(row.cells[i] ?? null);
      return t === '' ? null : t;
    };
    const key = name.toLowerCase();
    const seen = byParty.get(key);
    if (seen) {
      seen.balance += b.balance;
      continue;
    }
    byParty.set(key, {
      line: row.line,
      partyName: name,
      code: text(index.code),
      gstin: text(index.gstin)?.toUpperCase() ?? null,
      balance: b.balance,
    });
  }
  if (issues.length > 0) {
    throw new BahiError(
      'IMPORT_INVALID',
      `${String(issues.length)} line(s) cannot be read, first ${issues[0]!.message}; correct the file and import it again (nothing was saved)`,
      { field: 'file', issues },
    );
  }
  if (byParty.size === 0) {
    throw new BahiError('IMPORT_INVALID', 'the report has a header but no party rows under it', {
      field: 'file',
    });
  }
  return [...byParty.values()];
}
