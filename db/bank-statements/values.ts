// Cell values as Indian banks write them: grouped amounts, Dr/Cr marks, day-first dates.
import Decimal from 'decimal.js';
import { isIsoDate, parseUserDate, type IsoDate } from '../../shared/dates';
import { paise, parseRupees, type Paise } from '../../shared/money';
import type { DateOrder, Direction } from './types';

/** A cell from CSV (text) or XLSX (text, number or Date). */
export type Cell = string | number | Date | null;

/** Blank, or a dash/asterisk filler the banks put in an empty column. */
export function isBlank(cell: Cell): boolean {
  if (cell === null) return true;
  if (typeof cell !== 'string') return false;
  return /^[\s\-–—*_=.]*$/.test(cell);
}

export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).replace(/\s+/g, ' ').trim();
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

// "12,345.00 Cr", "12,345.00(Dr)", "CR 500.00": a balance or amount that carries its own side.
const SIDE_RE = /^(?:(cr|dr)\.?\s*)?(.*?)(?:\s*\(?\s*(cr|dr)\.?\s*\)?)?$/i;

/** An amount with an optional Cr/Dr mark; `side` is undefined when the cell has none. */
export function parseAmount(cell: Cell): Parsed<{ paise: Paise; side?: Direction }> {
  if (typeof cell === 'number') return numberToPaise(cell);
  const text = cellText(cell);
  const m = SIDE_RE.exec(text);
  const mark = (m?.[1] ?? m?.[3] ?? '').toLowerCase();
  const body = m?.[2] ?? text;
  const value = parseRupees(body);
  if (value === null) return fail(`"${text}" is not an amount`);
  if (mark === '') return { ok: true, value: { paise: value } };
  return { ok: true, value: { paise: value, side: mark === 'cr' ? 'credit' : 'debit' } };
}

/** Balances: "Dr" or a minus means overdrawn (negative). */
export function parseBalance(cell: Cell): Parsed<Paise> {
  const r = parseAmount(cell);
  if (!r.ok) return r;
  const { paise: p, side } = r.value;
  if (side === 'debit') return { ok: true, value: paise(-Math.abs(p)) };
  return { ok: true, value: p };
}

// XLSX numbers are doubles: take the shortest decimal that round-trips, and accept float noise
// from a formula (1e-6 of a paisa) but never a real third decimal.
function numberToPaise(n: number): Parsed<{ paise: Paise }> {
  if (!Number.isFinite(n)) return fail(`${String(n)} is not an amount`);
  const exact = new Decimal(n).times(100);
  const rounded = exact.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  if (exact.minus(rounded).abs().gt(1e-6)) {
    return fail(`${String(n)} has more than 2 decimal places (paise)`);
  }
  if (rounded.abs().gt(Number.MAX_SAFE_INTEGER)) return fail(`${String(n)} is too large`);
  return { ok: true, value: { paise: paise(rounded.toNumber()) } };
}

/** An MT940/camt amount: digits with one decimal mark ('.' or ','), no grouping, no sign. */
export function parsePlainAmount(text: string): Parsed<Paise> {
  const m = /^(\d+)(?:[.,](\d{0,2}))?$/.exec(text.trim());
  if (!m) return fail(`"${text}" is not an amount`);
  const digits = `${m[1] ?? '0'}${(m[2] ?? '').padEnd(2, '0')}`;
  const n = Number(digits);
  if (!Number.isSafeInteger(n)) return fail(`"${text}" is too large`);
  return { ok: true, value: paise(n) };
}

const DR_WORDS = new Set(['dr', 'd', 'debit', 'withdrawal', 'w', 'db']);
const CR_WORDS = new Set(['cr', 'c', 'credit', 'deposit', 'dep']);

export function parseDrCr(cell: Cell): Parsed<Direction> {
  const t = cellText(cell)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  if (DR_WORDS.has(t)) return { ok: true, value: 'debit' };
  if (CR_WORDS.has(t)) return { ok: true, value: 'credit' };
  return fail(`"${cellText(cell)}" is neither Dr nor Cr`);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The calendar date Excel shows: exceljs builds Dates from serials as UTC midnights. */
function excelDate(d: Date): Parsed<IsoDate> {
  if (Number.isNaN(d.getTime())) return fail('the cell holds an invalid date');
  const iso = `${String(d.getUTCFullYear())}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
  return isIsoDate(iso) ? { ok: true, value: iso } : fail(`${iso} is out of range`);
}

// Serial day 25569 is 1970-01-01 in Excel's 1900 system; a plausible range guards against amounts.
function excelSerial(n: number): Parsed<IsoDate> {
  if (n < 20000 || n > 80000) return fail(`${String(n)} is not a date`);
  return excelDate(new Date(Math.round((n - 25569) * 86_400_000)));
}

// A trailing time ("15/01/2024 10:32:05", "2024-01-15T10:32:05") is dropped: only the day counts.
const TIME_RE = /(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:am|pm)?(?:Z|[+-]\d{2}:?\d{2})?)$/i;

/** Day-first always (Indian banks), unless a user mapping says otherwise. */
export function parseDate(cell: Cell, order: DateOrder = 'dmy'): Parsed<IsoDate> {
  if (cell instanceof Date) return excelDate(cell);
  if (typeof cell === 'number') return excelSerial(cell);
  const text = cellText(cell).replace(TIME_RE, '').trim();
  if (text === '') return fail('the date is empty');
  let candidate = text;
  const nums = /^(\d{1,4})([-/.])(\d{1,2})\2(\d{1,4})$/.exec(text);
  if (nums && order === 'mdy') candidate = `${nums[3] ?? ''}/${nums[1] ?? ''}/${nums[4] ?? ''}`;
  if (nums && order === 'ymd' && (nums[1] ?? '').length !== 4) {
    candidate = `${nums[4] ?? ''}/${nums[3] ?? ''}/${nums[1] ?? ''}`;
  }
  const iso = parseUserDate(candidate);
  return iso
    ? { ok: true, value: iso }
    : fail(`"${text}" is not a date (expected e.g. 15/01/2024)`);
}

/** YYMMDD of MT940. */
export function parseYymmdd(text: string): Parsed<IsoDate> {
  const iso = `20${text.slice(0, 2)}-${text.slice(2, 4)}-${text.slice(4, 6)}`;
  return /^\d{6}$/.test(text) && isIsoDate(iso)
    ? { ok: true, value: iso }
    : fail(`"${text}" is not a YYMMDD date`);
}

/** Narrations compared for fingerprints: case, spacing and punctuation runs do not matter. */
export function normaliseText(text: string): string {
  return text.toUpperCase().replace(/\s+/g, ' ').trim();
}
