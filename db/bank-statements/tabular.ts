// CSV/XLSX statements: find the header row by its words, read the lines under it, and pick the
// account, period and balances out of the preamble above and the summary below.
import type { IsoDate } from '../../shared/dates';
import { paise, type Paise } from '../../shared/money';
import type { GridRow } from './grid';
import {
  headerKey,
  mappingLayout,
  matchHeader,
  missingColumns,
  PRESETS,
  type ColumnIndex,
  type Field,
  type Layout,
} from './presets';
import {
  PRESET_NAMES,
  refuse,
  type DateOrder,
  type Direction,
  type ParsedLine,
  type ParsedStatement,
  type PresetName,
  type ReadOptions,
  type StatementFormat,
} from './types';
import { readSummary } from './summary';
import {
  cellText,
  isBlank,
  parseAmount,
  parseBalance,
  parseDate,
  parseDrCr,
  type Cell,
} from './values';

/** SBI has about 18 lines of preamble; no bank has more than this before its header. */
const HEADER_SCAN_ROWS = 80;

interface Header {
  row: number;
  /** The header row's own texts, so messages name a column as the file spells it. */
  names: string[];
  layout: Layout;
  preset?: PresetName;
  index: ColumnIndex;
}

function candidates(options: ReadOptions): { layout: Layout; preset?: PresetName }[] {
  const names = options.preset ? [options.preset] : PRESET_NAMES;
  const presets = names.map((preset) => ({ layout: PRESETS[preset], preset }));
  if (!options.mapping) return presets;
  const mapped = { layout: mappingLayout(options.mapping) };
  return options.presetsToo ? [mapped, ...presets] : [mapped];
}

const columnName = (layout: Layout, f: Field) => layout.columns[f]?.[0] ?? f;

function findHeader(rows: GridRow[], options: ReadOptions): Header {
  const layouts = candidates(options);
  let partial: (Header & { missing: Field[] }) | undefined;
  for (const [i, row] of rows.slice(0, HEADER_SCAN_ROWS).entries()) {
    const texts = row.cells.map(cellText);
    let best: Header | undefined;
    for (const { layout, preset } of layouts) {
      const index = matchHeader(layout, texts);
      const count = Object.keys(index).length;
      const missing = missingColumns(layout, index);
      if (missing.length === 0) {
        if (!best || count > Object.keys(best.index).length)
          best = { row: i, names: texts, layout, preset, index };
      } else if (index.date !== undefined && count >= 2) {
        if (!partial || count > Object.keys(partial.index).length) {
          partial = { row: i, names: texts, layout, preset, index, missing };
        }
      }
    }
    if (best) return best;
  }
  if (partial) {
    const names = partial.missing.map((f) => `"${columnName(partial.layout, f)}"`).join(', ');
    return refuse(
      rows[partial.row]?.line ?? 1,
      partial.missing[0] ?? 'header',
      `the header row has no ${names} column for ${partial.layout.label}; rename the column or map the columns yourself`,
    );
  }
  const wanted = options.mapping
    ? 'the columns of your mapping'
    : options.preset
      ? `${PRESETS[options.preset].label}'s columns`
      : 'columns such as Date, Narration, Debit, Credit, Balance';
  return refuse(
    rows[0]?.line ?? 1,
    'header',
    `no header row with ${wanted} in the first ${String(HEADER_SCAN_ROWS)} rows; choose the bank's preset or map the columns`,
  );
}

// Text under the lines that is not a line: totals, summaries, disclaimers.
const FOOTER_RE =
  /opening\s*bal|closing\s*bal|statement\s*summary|\btotal|end of statement|computer generated|generated (on|by)|page \d|\*\*/i;

interface Amounts {
  direction: Direction;
  amount: Paise;
}

/** A column as the file spells it, else as the layout does. */
function headerName(header: Header, f: Field): string {
  const i = header.index[f];
  return (i === undefined ? undefined : header.names[i]) ?? columnName(header.layout, f);
}

class LineReader {
  constructor(
    private readonly header: Header,
    private readonly order: DateOrder,
  ) {}

  cell(row: GridRow, f: Field): Cell {
    const i = this.header.index[f];
    return i === undefined ? null : (row.cells[i] ?? null);
  }

  private name(f: Field): string {
    return headerName(this.header, f);
  }

  private money(row: GridRow, f: Field): Paise | undefined {
    const c = this.cell(row, f);
    if (isBlank(c)) return undefined;
    const r = parseAmount(c);
    if (!r.ok)
      return refuse(row.line, f, `${this.name(f)}: ${r.reason}; write it like 1,23,456.78`);
    return r.value.paise === 0 ? undefined : r.value.paise;
  }

  private amounts(row: GridRow): Amounts {
    const { index } = this.header;
    if (index.debit !== undefined && index.credit !== undefined) {
      const debit = this.money(row, 'debit');
      const credit = this.money(row, 'credit');
      if (debit !== undefined && credit !== undefined) {
        return refuse(
          row.line,
          'credit',
          `both ${this.name('debit')} and ${this.name('credit')} are filled in; a line is one or the other`,
        );
      }
      if (credit !== undefined && credit < 0) {
        return refuse(
          row.line,
          'credit',
          `${this.name('credit')} is negative; a credit is money in`,
        );
      }
      if (debit !== undefined) return { direction: 'debit', amount: paise(Math.abs(debit)) };
      if (credit !== undefined) return { direction: 'credit', amount: credit };
      if (index.amount === undefined) {
        return refuse(
          row.line,
          'debit',
          `neither ${this.name('debit')} nor ${this.name('credit')} has an amount`,
        );
      }
    }
    return this.signedAmount(row);
  }

  // One Amount column: the side comes from the Dr/Cr column, a "Cr"/"Dr" mark, or the sign.
  private signedAmount(row: GridRow): Amounts {
    const c = this.cell(row, 'amount');
    if (isBlank(c)) return refuse(row.line, 'amount', `${this.name('amount')} is empty`);
    const r = parseAmount(c);
    if (!r.ok)
      return refuse(
        row.line,
        'amount',
        `${this.name('amount')}: ${r.reason}; write it like 1,23,456.78`,
      );
    if (r.value.paise === 0) return refuse(row.line, 'amount', `${this.name('amount')} is zero`);
    let direction: Direction = r.value.side ?? (r.value.paise < 0 ? 'debit' : 'credit');
    if (this.header.index.drcr !== undefined) {
      const d = parseDrCr(this.cell(row, 'drcr'));
      if (!d.ok)
        return refuse(row.line, 'drcr', `${this.name('drcr')}: ${d.reason}; write Dr or Cr`);
      direction = d.value;
    }
    return { direction, amount: paise(Math.abs(r.value.paise)) };
  }

  read(row: GridRow, date: IsoDate): ParsedLine {
    const line: ParsedLine = {
      line: row.line,
      date,
      narration: cellText(this.cell(row, 'narration')),
      reference: isBlank(this.cell(row, 'reference')) ? '' : cellText(this.cell(row, 'reference')),
      ...this.amounts(row),
    };
    const vd = this.cell(row, 'valueDate');
    if (!isBlank(vd)) {
      const r = parseDate(vd, this.order);
      if (!r.ok) return refuse(row.line, 'valueDate', `${this.name('valueDate')}: ${r.reason}`);
      line.valueDate = r.value;
    }
    const bal = this.cell(row, 'balance');
    if (!isBlank(bal)) {
      const r = parseBalance(bal);
      if (!r.ok) return refuse(row.line, 'balance', `${this.name('balance')}: ${r.reason}`);
      line.balance = r.value;
      const side = this.cell(row, 'balanceDrcr');
      if (!isBlank(side)) {
        const d = parseDrCr(side);
        if (!d.ok)
          return refuse(
            row.line,
            'balanceDrcr',
            `the Dr / Cr beside ${this.name('balance')}: ${d.reason}`,
          );
        line.balance = paise(d.value === 'debit' ? -Math.abs(r.value) : Math.abs(r.value));
      }
    }
    return line;
  }
}

export function readTabular(
  rows: GridRow[],
  format: StatementFormat,
  options: ReadOptions,
): ParsedStatement {
  const header = findHeader(rows, options);
  const b = header.index.balance;
  const besideBalance = b === undefined ? undefined : rows[header.row]?.cells[b + 1];
  if (
    b !== undefined &&
    header.index.drcr !== b + 1 &&
    headerKey(cellText(besideBalance ?? '')) === 'drcr'
  ) {
    header.index.balanceDrcr = b + 1;
  }
  const order = options.mapping?.dateOrder ?? 'dmy';
  const reader = new LineReader(header, order);
  const lines: ParsedLine[] = [];
  const footer: GridRow[] = [];
  const summaryRows: GridRow[] = [];
  const isHeaderAgain = (row: GridRow) =>
    missingColumns(header.layout, matchHeader(header.layout, row.cells.map(cellText))).length === 0;

  for (const row of rows.slice(header.row + 1)) {
    if (footer.length > 0 || row.cells.every(isBlank)) {
      if (footer.length > 0) footer.push(row);
      continue;
    }
    const dateCell = reader.cell(row, 'date');
    const date = isBlank(dateCell) ? undefined : parseDate(dateCell, order);
    const text = row.cells.map(cellText).join(' ');
    const hasAmount = (['debit', 'credit', 'amount'] as const).some(
      (f) => !isBlank(reader.cell(row, f)),
    );
    if (date?.ok && !hasAmount && FOOTER_RE.test(text)) {
      summaryRows.push(row); // "01/01/2024 OPENING BALANCE 10,000.00": a balance, not a line
      continue;
    }
    if (date?.ok) {
      lines.push(reader.read(row, date.value));
      continue;
    }
    if (isHeaderAgain(row)) continue; // the header repeated on every printed page
    if (FOOTER_RE.test(text)) {
      // Opening-balance rows above the first line are summary too, but do not end the lines.
      if (lines.length > 0) footer.push(row);
      else summaryRows.push(row);
    } else if (date && !hasAmount) {
      summaryRows.push(row);
    } else if (date) {
      refuse(row.line, 'date', `${headerName(header, 'date')}: ${date.reason}`);
    } else if (hasAmount) {
      refuse(row.line, 'date', `${headerName(header, 'date')} is empty on a line with an amount`);
    } else {
      // A narration wrapped onto the next row, as SBI and Kotak print long ones.
      const last = lines.at(-1);
      const more = cellText(reader.cell(row, 'narration'));
      if (last && more !== '') last.narration = `${last.narration} ${more}`;
    }
  }

  const summary = readSummary([...rows.slice(0, header.row), ...summaryRows, ...footer], order);
  const dates = lines.map((l) => l.date).sort();
  const statement: ParsedStatement = { format, lines };
  if (header.preset) statement.preset = header.preset;
  if (summary.accountNumber) statement.accountNumber = summary.accountNumber;
  if (summary.currency) statement.currency = summary.currency;
  if (summary.opening)
    [statement.openingBalance, statement.openingLine] = [
      summary.opening.value,
      summary.opening.line,
    ];
  if (summary.closing)
    [statement.closingBalance, statement.closingLine] = [
      summary.closing.value,
      summary.closing.line,
    ];
  const from = summary.from ?? dates[0];
  const to = summary.to ?? dates.at(-1);
  if (from) statement.from = from;
  if (to) statement.to = to;
  return statement;
}
