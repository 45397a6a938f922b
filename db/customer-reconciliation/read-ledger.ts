// A customer's ledger of our account (their books, CSV or XLSX as Tally/Excel exports it), read
// with the bank-statement helpers and turned to our side: their credit (our invoice) is our debit.
import type { IsoDate } from '../../shared/dates';
import { paise, type Paise } from '../../shared/money';
import {
  decodeText,
  likelyDelimiters,
  readCsvGrid,
  readXlsxGrid,
  type GridRow,
} from '../bank-statements/grid';
import { refuse, StatementError } from '../bank-statements/types';
import {
  cellText,
  isBlank,
  parseAmount,
  parseDate,
  parseDrCr,
  type Cell,
} from '../bank-statements/values';

/** One line of their ledger, amounts on our side: debit = they owe us more. */
export interface TheirLine {
  line: number;
  date: IsoDate;
  particulars: string;
  voucherType: string;
  reference: string;
  debit: Paise;
  credit: Paise;
}

export interface TheirLedger {
  lines: TheirLine[];
  /** Their closing balance on our side (positive = they owe us), from their lines. */
  closing: Paise;
  opening: Paise;
}

type Field =
  'date' | 'particulars' | 'voucherType' | 'reference' | 'debit' | 'credit' | 'amount' | 'drcr';

const WORDS: Record<Field, RegExp> = {
  date: /^(txn\.?\s*|voucher\s*|vch\.?\s*|posting\s*)?date$/,
  particulars: /^(particulars|narration|description|details|remarks?)$/,
  voucherType: /^(vch\.?\s*type|voucher\s*type|type)$/,
  reference:
    /^(vch\.?\s*no\.?|voucher\s*no\.?|ref\.?\s*no\.?|reference(\s*no\.?)?|bill\s*no\.?|invoice\s*no\.?|doc(ument)?\.?\s*no\.?|chq\.?\s*no\.?)$/,
  debit: /^(debit|dr\.?|debit\s*amount|withdrawal)(\s*\(.*\))?$/,
  credit: /^(credit|cr\.?|credit\s*amount)(\s*\(.*\))?$/,
  amount: /^amount(\s*\(.*\))?$/,
  drcr: /^(dr\s*\/\s*cr|cr\s*\/\s*dr|dr\.?\s*cr\.?|type\s*\(dr\/cr\))$/,
};

type Index = Partial<Record<Field, number>>;

function matchHeader(texts: string[]): Index {
  const index: Index = {};
  texts.forEach((t, i) => {
    const key = t.toLowerCase().replace(/\s+/g, ' ').trim();
    for (const f of Object.keys(WORDS) as Field[]) {
      if (index[f] === undefined && WORDS[f].test(key)) {
        index[f] = i;
        break;
      }
    }
  });
  return index;
}

const usable = (ix: Index) =>
  ix.date !== undefined &&
  ((ix.debit !== undefined && ix.credit !== undefined) || ix.amount !== undefined);

const HEADER_SCAN_ROWS = 80;
const OPENING_RE = /opening\s*balance/i;
const FOOTER_RE =
  /closing\s*balance|\btotal|grand\s*total|carried\s*over|brought\s*forward|c\/f|b\/f/i;

function gridLines(rows: GridRow[]): TheirLedger {
  const headerAt = rows
    .slice(0, HEADER_SCAN_ROWS)
    .findIndex((r) => usable(matchHeader(r.cells.map(cellText))));
  if (headerAt < 0) {
    return refuse(
      rows[0]?.line ?? 1,
      'header',
      `no header row with columns such as Date, Particulars, Vch No., Debit, Credit in the first ${String(HEADER_SCAN_ROWS)} rows; rename the columns and import again`,
    );
  }
  const header = rows[headerAt] as GridRow;
  const ix = matchHeader(header.cells.map(cellText));
  const cell = (r: GridRow, f: Field): Cell =>
    ix[f] === undefined ? null : (r.cells[ix[f]] ?? null);
  const lines: TheirLine[] = [];
  let opening = 0;
  for (const row of rows.slice(headerAt + 1)) {
    if (row.cells.every(isBlank)) continue;
    const particulars = cellText(cell(row, 'particulars'));
    const all = row.cells.map(cellText).join(' ');
    const dateCell = cell(row, 'date');
    // Amounts on their side: their debit is our credit (their payment to us) and vice versa.
    let theirDebit = 0;
    let theirCredit = 0;
    const money = (f: Field): Paise => {
      const c = cell(row, f);
      if (isBlank(c)) return paise(0);
      const r = parseAmount(c);
      if (!r.ok)
        return refuse(
          row.line,
          cellText(header.cells[ix[f] ?? 0] ?? f),
          `${r.reason}; write it as 1,23,456.78`,
        );
      return r.value.paise;
    };
    if (ix.debit !== undefined && ix.credit !== undefined) {
      theirDebit = money('debit');
      theirCredit = money('credit');
    } else {
      const c = cell(row, 'amount');
      if (!isBlank(c)) {
        const r = parseAmount(c);
        if (!r.ok) return refuse(row.line, 'Amount', `${r.reason}; write it as 1,23,456.78 Dr`);
        let side = r.value.side;
        if (ix.drcr !== undefined && !isBlank(cell(row, 'drcr'))) {
          const d = parseDrCr(cell(row, 'drcr'));
          if (!d.ok) return refuse(row.line, 'Dr/Cr', `${d.reason}; write Dr or Cr`);
          side = d.value;
        }
        const amount = Math.abs(r.value.paise);
        if (side === undefined) side = r.value.paise < 0 ? 'credit' : 'debit';
        if (side === 'debit') theirDebit = amount;
        else theirCredit = amount;
      }
    }
    if (OPENING_RE.test(all)) {
      opening += theirCredit - theirDebit;
      continue;
    }
    if (isBlank(dateCell) && FOOTER_RE.test(all)) continue;
    if (isBlank(dateCell) && theirDebit === 0 && theirCredit === 0) continue;
    if (FOOTER_RE.test(particulars)) continue;
    const d = parseDate(dateCell);
    if (!d.ok)
      return refuse(row.line, cellText(header.cells[ix.date ?? 0] ?? 'Date'), `${d.reason}`);
    if (theirDebit < 0 || theirCredit < 0) {
      return refuse(row.line, 'amount', 'an amount is negative; put it in the other column');
    }
    lines.push({
      line: row.line,
      date: d.value,
      particulars,
      voucherType: cellText(cell(row, 'voucherType')),
      reference: cellText(cell(row, 'reference')),
      debit: paise(theirCredit),
      credit: paise(theirDebit),
    });
  }
  const closing = lines.reduce((s, l) => s + l.debit - l.credit, opening);
  return { lines, opening: paise(opening), closing: paise(closing) };
}

/** Read their ledger; a bad file throws StatementError naming the line and the column. */
export async function readTheirLedger(bytes: Uint8Array, fileName: string): Promise<TheirLedger> {
  if (/\.xlsx$/i.test(fileName) || (bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    return gridLines(await readXlsxGrid(bytes));
  }
  const text = decodeText(bytes);
  let last: unknown;
  for (const d of likelyDelimiters(text)) {
    try {
      return gridLines(readCsvGrid(text, d));
    } catch (e) {
      last = e;
      if (!(e instanceof StatementError) || e.errors[0]?.field !== 'header') throw e;
    }
  }
  if (last) throw last;
  return refuse(1, 'file', 'the file is empty; export the ledger again');
}
