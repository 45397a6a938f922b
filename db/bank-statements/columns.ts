// What a statement file's columns are, for a person to map when no bank preset knows the layout.
// Pure: bytes in, the header row and a few rows under it out; nothing is written.
import { isCamt053 } from './camt053';
import { decodeText, likelyDelimiters, readCsvGrid, readXlsxGrid, type GridRow } from './grid';
import { isMt940 } from './mt940';
import { matchHeader, missingColumns, PRESETS } from './presets';
import { isHtml, isOle, isPdf, isZip } from './read-statement';
import { PRESET_NAMES, StatementError, type PresetName, type StatementFormat } from './types';
import { cellText, isBlank } from './values';

/** As far down as the reader looks for a header (tabular.ts). */
const HEADER_SCAN_ROWS = 80;
const SAMPLE_ROWS = 3;

export interface StatementColumns {
  format: StatementFormat;
  /** The bank whose layout this is; null when none is, and the columns must be mapped. */
  preset: PresetName | null;
  /** The line taken for the header (the preset's, else the widest row near the top). */
  headerLine: number | null;
  /** The header's column names as the file spells them; empty for MT940 and camt.053. */
  columns: string[];
  /** A few rows under the header, cell by cell, so a person sees what each column holds. */
  sample: string[][];
}

function presetOf(rows: GridRow[]): { preset: PresetName; row: number } | null {
  for (const [i, row] of rows.slice(0, HEADER_SCAN_ROWS).entries()) {
    const texts = row.cells.map(cellText);
    for (const preset of PRESET_NAMES) {
      const layout = PRESETS[preset];
      if (missingColumns(layout, matchHeader(layout, texts)).length === 0)
        return { preset, row: i };
    }
  }
  return null;
}

// The first of the widest rows of words: a preamble line is narrower, a data line has numbers.
function guessHeader(rows: GridRow[]): number | null {
  const top = rows.slice(0, HEADER_SCAN_ROWS);
  const words = (r: GridRow) =>
    r.cells.filter((c) => !isBlank(c) && typeof c === 'string' && !/\d/.test(c)).length;
  const widest = Math.max(0, ...top.map(words));
  if (widest < 2) return null;
  return top.findIndex((r) => words(r) === widest);
}

function describe(format: StatementFormat, rows: GridRow[]): StatementColumns {
  const known = presetOf(rows);
  const at = known?.row ?? guessHeader(rows);
  if (at === null) return { format, preset: null, headerLine: null, columns: [], sample: [] };
  const header = rows[at]!;
  const width = header.cells.length;
  const sample = rows
    .slice(at + 1)
    .filter((r) => r.cells.some((c) => !isBlank(c)))
    .slice(0, SAMPLE_ROWS)
    .map((r) => Array.from({ length: width }, (_, i) => cellText(r.cells[i] ?? null)));
  return {
    format,
    preset: known?.preset ?? null,
    headerLine: header.line,
    columns: header.cells.map(cellText),
    sample,
  };
}

/** The file's header and first rows; a file that is no table at all has no columns. */
export async function statementColumns(bytes: Uint8Array): Promise<StatementColumns> {
  const none = (format: StatementFormat): StatementColumns => ({
    format,
    preset: null,
    headerLine: null,
    columns: [],
    sample: [],
  });
  try {
    if (isZip(bytes)) return describe('xlsx', await readXlsxGrid(bytes));
    // An old .xls, a PDF or a web page is refused by the reader with its own advice.
    if (isOle(bytes) || isPdf(bytes)) return none('csv');
    const text = decodeText(bytes);
    if (isCamt053(text)) return none('camt053');
    if (isMt940(text)) return none('mt940');
    if (isHtml(text)) return none('csv');
    // The delimiter under which a bank's header is found, else the commonest one.
    const grids = likelyDelimiters(text).map((d) => readCsvGrid(text, d));
    const read = grids.map((g) => describe('csv', g));
    return read.find((r) => r.preset !== null) ?? read[0] ?? none('csv');
  } catch (e) {
    // A workbook or CSV that cannot be read has nothing to map; the import says why.
    if (e instanceof StatementError) return none(isZip(bytes) ? 'xlsx' : 'csv');
    throw e;
  }
}
