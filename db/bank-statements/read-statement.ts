// Bank statements — the reader (issue 6, item 2). Pure: bytes in, lines out; nothing is written.
//
//   readStatement({ fileName, bytes }, { preset?, mapping?, accountNumber? })
//     → Promise<Result<{ statement, warnings }>>          (shared/result.ts)
//
// Formats, told apart by content rather than by name:
//   - CSV (comma, tab, semicolon or pipe; UTF-8, UTF-16 or Windows-1252) and XLSX (first sheet with
//     rows). The header row is found by its words within the first 80 rows, so SBI's preamble of
//     account name, number, IFSC and period is skipped (and read for the account, currency, period
//     and balances, as is HDFC's statement summary below the lines). Presets: presets.ts (HDFC,
//     ICICI, SBI, Axis, Kotak) detected from the header, or a user ColumnMapping for any layout.
//     Amounts are Indian-grouped text ("1,23,456.78", "500.00 Cr") or XLSX numbers; blank, '-' or
//     0.00 means empty; dates are day-first (15/01/2024, 15/01/24, 01-Apr-24, 15 Jan 2024) or real
//     XLSX dates, read as the calendar day Excel shows in any time zone.
//   - SWIFT MT940 (mt940.ts) and ISO 20022 camt.053 XML (camt053.ts).
//
// Every line has `direction` ('credit' = money in) and `amount` > 0 in paise, never a float, and a
// sha256 `fingerprint` (fingerprint.ts) for idempotent imports. A file that cannot be read exactly
// — a date or amount that does not parse, a debit and a credit on one line, a missing column — is
// refused as IMPORT_INVALID with `issues: [{ row: line in the file, field, message }]`. Balances
// that do not add up (balances.ts) come back as `warnings`, each with its line.
import { BahiError, type Result } from '../../shared/result';
import { checkBalances } from './balances';
import { isCamt053, readCamt053 } from './camt053';
import { fingerprintLines } from './fingerprint';
import { decodeText, likelyDelimiters, readCsvGrid, readXlsxGrid } from './grid';
import { isMt940, readMt940 } from './mt940';
import { readTabular } from './tabular';
import {
  StatementError,
  type LineError,
  type ParsedStatement,
  type ReadOptions,
  type Statement,
  type StatementRead,
} from './types';

export type {
  BalanceBreak,
  ColumnMapping,
  DateOrder,
  Direction,
  LineError,
  PresetName,
  ReadOptions,
  Statement,
  StatementFormat,
  StatementLine,
  StatementRead,
} from './types';
export { PRESET_NAMES } from './types';
export { PRESETS } from './presets';

export interface StatementFile {
  fileName: string;
  bytes: Uint8Array;
}

export const isZip = (b: Uint8Array) =>
  b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
export const isOle = (b: Uint8Array) =>
  b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
export const isPdf = (b: Uint8Array) => new TextDecoder().decode(b.subarray(0, 5)) === '%PDF-';
export const isHtml = (text: string) => /^\s*<(!doctype\s+)?html|^\s*<table/i.test(text);

async function parseFile(file: StatementFile, options: ReadOptions): Promise<ParsedStatement> {
  const { bytes } = file;
  if (bytes.length === 0)
    throw new StatementError([{ line: 1, field: 'file', message: `${file.fileName} is empty` }]);
  if (isZip(bytes)) return readTabular(await readXlsxGrid(bytes), 'xlsx', options);
  if (isOle(bytes)) {
    throw new StatementError([
      {
        line: 1,
        field: 'file',
        message: 'this is an old Excel .xls file; open it in Excel and save it as .xlsx or CSV',
      },
    ]);
  }
  if (isPdf(bytes)) {
    throw new StatementError([
      {
        line: 1,
        field: 'file',
        message:
          'a PDF statement cannot be read exactly; download it from the bank as CSV, Excel, MT940 or camt.053',
      },
    ]);
  }
  const text = decodeText(bytes);
  if (isCamt053(text)) return readCamt053(text);
  if (isMt940(text)) return readMt940(text);
  if (isHtml(text)) {
    throw new StatementError([
      {
        line: 1,
        field: 'file',
        message:
          'this is a web page saved as a spreadsheet; open it in Excel and save it as .xlsx or CSV',
      },
    ]);
  }
  return readCsv(text, options);
}

// The commonest delimiter first; when it cannot read the file another one may (see grid.ts),
// and if none can, the first one's refusal is the one the user sees.
function readCsv(text: string, options: ReadOptions): ParsedStatement {
  const [first = ',', ...others] = likelyDelimiters(text);
  try {
    return readTabular(readCsvGrid(text, first), 'csv', options);
  } catch (e) {
    if (!(e instanceof StatementError)) throw e;
    for (const delimiter of others) {
      try {
        return readTabular(readCsvGrid(text, delimiter), 'csv', options);
      } catch (other) {
        if (!(other instanceof StatementError)) throw other;
      }
    }
    throw e;
  }
}

export async function readStatement(
  file: StatementFile,
  options: ReadOptions = {},
): Promise<Result<StatementRead>> {
  let parsed: ParsedStatement;
  try {
    parsed = await parseFile(file, options);
  } catch (e) {
    if (!(e instanceof StatementError)) throw e;
    return { ok: false, error: refusal(file.fileName, e.errors) };
  }
  const { openingLine: _o, closingLine: _c, pages: _p, lines, ...rest } = parsed;
  const statement: Statement = {
    ...rest,
    lines: fingerprintLines(options.accountNumber ?? parsed.accountNumber ?? '', lines),
  };
  return { ok: true, data: { statement, warnings: checkBalances(parsed) } };
}

function refusal(fileName: string, errors: LineError[]) {
  const first = errors[0];
  const where = first ? `line ${String(first.line)}: ${first.message}` : 'it cannot be read';
  return new BahiError('IMPORT_INVALID', `${fileName} was not imported — ${where}`, {
    field: 'file',
    issues: errors.map((e) => ({ row: e.line, field: e.field, message: e.message })),
  }).toShape();
}
