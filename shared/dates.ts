// Accounting dates are calendar days as `YYYY-MM-DD` strings. JS Dates appear
// only as UTC midnights inside arithmetic, so nothing depends on the process TZ.

export type IsoDate = string & { readonly __brand: 'IsoDate' };

const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

// Years below 1000 are rejected: they are typos in an accounting app, and
// Date.UTC would map 0–99 to 1900–1999.
function validYmd(y: number, m: number, d: number): boolean {
  return y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function fromYmd(y: number, m: number, d: number): IsoDate {
  return `${String(y)}-${pad2(m)}-${pad2(d)}` as IsoDate;
}

function ymd(d: IsoDate): [number, number, number] {
  return [Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))];
}

export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = ymd(s as IsoDate);
  return validYmd(y, m, d);
}

export function toIsoDate(s: string): IsoDate {
  if (!isIsoDate(s)) throw new RangeError(`not a valid YYYY-MM-DD date: "${s}"`);
  return s;
}

// prettier-ignore
const FULL_MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

function monthFromName(name: string): number | null {
  const n = name.toLowerCase();
  // Three-letter prefix of the English name; "Sept" is a common extra spelling.
  if (n === 'sept') return 9;
  const i = MONTHS.findIndex((mon) => mon.toLowerCase() === n.slice(0, 3));
  if (i < 0) return null;
  return n.length === 3 || n === FULL_MONTHS[i] ? i + 1 : null;
}

function yearFrom(text: string): number {
  // Two-digit years are this century: invoices are never dated 19xx.
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

const YMD_RE = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const DMY_RE = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/;
const D_MON_Y_RE = /^(\d{1,2})(?:[-/. ]\s*|\s+)([A-Za-z]+)\.?,?(?:[-/. ]\s*|\s+)(\d{4}|\d{2})$/;

/**
 * Day-first Indian input (15/01/2024, 15-Jan-24, 1 Apr 2024) or ISO.
 * Never month-first: 01/02/2024 is 1 February.
 */
export function parseUserDate(text: string): IsoDate | null {
  const s = text.trim();
  let y: number, m: number, d: number;
  let match: RegExpExecArray | null;
  if ((match = YMD_RE.exec(s))) {
    [y, m, d] = [Number(match[1]), Number(match[3]), Number(match[4])];
  } else if ((match = DMY_RE.exec(s))) {
    [d, m, y] = [Number(match[1]), Number(match[3]), yearFrom(match[4] ?? '')];
  } else if ((match = D_MON_Y_RE.exec(s))) {
    const month = monthFromName(match[2] ?? '');
    if (month === null) return null;
    [d, m, y] = [Number(match[1]), month, yearFrom(match[3] ?? '')];
  } else {
    return null;
  }
  return validYmd(y, m, d) ? fromYmd(y, m, d) : null;
}

/** Today's calendar date in `timeZone` (India by default), independent of the machine's TZ. */
export function todayIso(timeZone = 'Asia/Kolkata'): IsoDate {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    calendar: 'gregory',
    numberingSystem: 'latn',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(new Date());
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  return toIsoDate(fromYmd(get('year'), get('month'), get('day')));
}

function toEpochDay(d: IsoDate): number {
  const [y, m, day] = ymd(toIsoDate(d));
  return Date.UTC(y, m - 1, day) / DAY_MS;
}

function fromEpochDay(n: number): IsoDate {
  const dt = new Date(n * DAY_MS);
  const out = fromYmd(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
  if (!isIsoDate(out)) throw new RangeError(`date out of range (years 1000–9999)`);
  return out;
}

export function addDays(d: IsoDate, n: number): IsoDate {
  if (!Number.isSafeInteger(n))
    throw new RangeError(`addDays: ${String(n)} is not a whole number of days`);
  return fromEpochDay(toEpochDay(d) + n);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

export function compareIso(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  // Fixed-width YYYY-MM-DD sorts correctly as text.
  const [x, y] = [toIsoDate(a), toIsoDate(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

export interface FinancialYear {
  label: string;
  start: IsoDate;
  end: IsoDate;
  startYear: number;
}

/** India's FY runs April–March; label '2025-26', or just '2025' for a January start. */
export function financialYearOf(d: IsoDate, startMonth = 4): FinancialYear {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw new RangeError(`financial year start month must be 1–12, got ${String(startMonth)}`);
  }
  const [y, m] = ymd(toIsoDate(d));
  const startYear = m >= startMonth ? y : y - 1;
  const start = fromYmd(startYear, startMonth, 1);
  const nextStart = fromYmd(startYear + 1, startMonth, 1);
  const label =
    startMonth === 1 ? String(startYear) : `${String(startYear)}-${pad2((startYear + 1) % 100)}`;
  return { label, start: toIsoDate(start), end: addDays(nextStart, -1), startYear };
}

/** Short label for document numbers: INV/25-26/0001 (or '25' for a January start). */
export function financialYearShort(d: IsoDate, startMonth = 4): string {
  const { startYear } = financialYearOf(d, startMonth);
  const first = pad2(startYear % 100);
  return startMonth === 1 ? first : `${first}-${pad2((startYear + 1) % 100)}`;
}

/** 15-01-2024 */
export function formatDateIndian(d: IsoDate): string {
  const [y, m, day] = ymd(toIsoDate(d));
  return `${pad2(day)}-${pad2(m)}-${String(y)}`;
}

/** 15 Jan 2024 (day zero-padded so columns line up). */
export function formatDateLong(d: IsoDate): string {
  const [y, m, day] = ymd(toIsoDate(d));
  return `${pad2(day)} ${MONTHS[m - 1] ?? ''} ${String(y)}`;
}

/**
 * The same day `n` months after `d`'s month, or that month's last day when it is shorter:
 * 31 Jan + 1 → 28 (29) Feb, 31 Jan + 2 → 31 Mar. `day` (d's own by default) keeps a series on
 * its day after a short month.
 */
export function addMonths(d: IsoDate, n: number, day = ymd(toIsoDate(d))[2]): IsoDate {
  if (!Number.isSafeInteger(n))
    throw new RangeError(`addMonths: ${String(n)} is not a whole number of months`);
  const [y, m] = ymd(toIsoDate(d));
  const months = y * 12 + (m - 1) + n;
  const year = Math.floor(months / 12);
  const month = months - year * 12 + 1;
  if (year < 1000 || year > 9999) throw new RangeError(`date out of range (years 1000–9999)`);
  return fromYmd(year, month, Math.min(day, daysInMonth(year, month)));
}
