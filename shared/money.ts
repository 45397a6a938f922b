// Money is integer paise (1 rupee = 100 paise) held in a JS safe integer.
// Parsing and rounding go through decimal.js; formatting is string/integer work only.
import Decimal from 'decimal.js';

export type Paise = number & { readonly __brand: 'Paise' };

// ±10^13 rupees = ±10^15 paise, comfortably inside Number.MAX_SAFE_INTEGER (~9.007e15).
const MAX_RUPEES = new Decimal('1e13');

export function paise(n: number): Paise {
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`paise must be a safe integer, got ${String(n)}`);
  }
  // Normalise -0 so it never leaks into JSON or comparisons.
  return (n === 0 ? 0 : n) as Paise;
}

// Optional sign, digits with commas only between digits, 1–2 decimals.
const AMOUNT_RE = /^([+-]?)(\d+(?:,\d+)*)?(?:\.(\d+))?$/;
const CURRENCY_RE = /^(?:₹|rs\.?|inr)\s*/i;

type ParseResult = { ok: true; rupees: Decimal } | { ok: false; reason: string };

function parseRupeeText(text: string): ParseResult {
  // U+2212 minus arrives when amounts are pasted from PDFs and spreadsheets.
  let s = text.trim().replaceAll('\u2212', '-');
  let negative = false;
  // Accounting style: (250.75) means -250.75.
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  // Sign may come before or after the currency marker: -₹500 or ₹ -500.
  let sign = '';
  if (s.startsWith('-') || s.startsWith('+')) {
    sign = s[0] ?? '';
    s = s.slice(1).trimStart();
  }
  // Indian receipts often write "Rs. 500/-".
  s = s.replace(CURRENCY_RE, '').replace(/\s*\/-$/, '');
  const m = AMOUNT_RE.exec(s);
  if (!m) return { ok: false, reason: `"${text}" is not an amount` };
  const [, innerSign = '', intPart = '', fracPart] = m;
  if (sign && innerSign) return { ok: false, reason: `"${text}" has two signs` };
  if (intPart === '' && (fracPart === undefined || fracPart === '')) {
    return { ok: false, reason: `"${text}" has no digits` };
  }
  if (fracPart !== undefined && fracPart.length > 2) {
    return { ok: false, reason: `"${text}" must have at most 2 decimal places (paise)` };
  }
  if ((sign || innerSign) === '-') {
    if (negative) return { ok: false, reason: `"${text}" is negative twice` };
    negative = true;
  }
  const digits = `${intPart.replaceAll(',', '') || '0'}.${fracPart ?? '0'}`;
  const rupees = new Decimal(digits);
  if (rupees.gt(MAX_RUPEES)) {
    return { ok: false, reason: `"${text}" is beyond the supported ±10^13 rupees` };
  }
  return { ok: true, rupees: negative ? rupees.neg() : rupees };
}

/** Lenient user-text parser: `₹ 12,34,567.50`, `Rs. 500`, `(250.75)`. Null if not exact to the paisa. */
export function parseRupees(text: string): Paise | null {
  const r = parseRupeeText(text);
  return r.ok ? paise(r.rupees.times(100).toNumber()) : null;
}

/** Strict conversion; throws RangeError rather than rounding. */
export function rupeesToPaise(value: string | number | Decimal): Paise {
  let rupees: Decimal;
  if (typeof value === 'string') {
    const r = parseRupeeText(value);
    if (!r.ok) throw new RangeError(`rupeesToPaise: ${r.reason}`);
    rupees = r.rupees;
  } else {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new RangeError(`rupeesToPaise: ${String(value)} is not a finite amount`);
    }
    // decimal.js reads a number via its shortest round-trip string, so 0.1 stays 0.1.
    rupees = new Decimal(value);
    if (!rupees.isFinite()) {
      throw new RangeError(`rupeesToPaise: ${rupees.toString()} is not a finite amount`);
    }
    if (rupees.decimalPlaces() > 2) {
      throw new RangeError(
        `rupeesToPaise: ${rupees.toString()} has more than 2 decimal places; round it explicitly with roundToPaise`,
      );
    }
    if (rupees.abs().gt(MAX_RUPEES)) {
      throw new RangeError(`rupeesToPaise: ${rupees.toString()} is beyond ±10^13 rupees`);
    }
  }
  return paise(rupees.times(100).toNumber());
}

/**
 * Rounds a rupee amount to the nearest paisa, half away from zero
 * (decimal.js ROUND_HALF_UP): 0.005 → 0.01, -0.005 → -0.01. This is the
 * usual invoice/GST convention.
 */
export function roundToPaise(d: Decimal): Paise {
  if (!d.isFinite()) throw new RangeError(`roundToPaise: ${d.toString()} is not finite`);
  // Round at 2 dp first: toDecimalPlaces is exact, whereas times() is limited
  // to Decimal.precision significant digits and could round twice.
  const p = d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).times(100);
  if (p.abs().gt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`roundToPaise: ${d.toString()} rupees is too large`);
  }
  return paise(p.toNumber());
}

function checkedAdd(a: number, b: number): Paise {
  const s = a + b;
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || !Number.isSafeInteger(s)) {
    throw new RangeError(`paise overflow adding ${String(a)} and ${String(b)}`);
  }
  return paise(s);
}

export function addPaise(...xs: Paise[]): Paise {
  return sumPaise(xs);
}

export function sumPaise(xs: Iterable<Paise>): Paise {
  let total = paise(0);
  for (const x of xs) total = checkedAdd(total, x);
  return total;
}

/** Plain decimal string for exports: -1234567.50. */
export function paiseToRupeesString(p: Paise): string {
  const { negative, rupees, fraction } = splitPaise(p);
  return `${negative ? '-' : ''}${rupees}.${fraction}`;
}

// Splits via the decimal string so no float division is ever involved.
function splitPaise(p: Paise): { negative: boolean; rupees: string; fraction: string } {
  if (!Number.isSafeInteger(p)) throw new RangeError(`not a paise amount: ${String(p)}`);
  const negative = p < 0;
  const digits = String(Math.abs(p)).padStart(3, '0');
  return { negative, rupees: digits.slice(0, -2), fraction: digits.slice(-2) };
}

// Indian grouping: last 3 digits, then pairs: 1234567 → 12,34,567.
function groupIndian(intDigits: string): string {
  if (intDigits.length <= 3) return intDigits;
  const last3 = intDigits.slice(-3);
  let head = intDigits.slice(0, -3);
  const groups: string[] = [];
  while (head.length > 2) {
    groups.unshift(head.slice(-2));
    head = head.slice(0, -2);
  }
  groups.unshift(head);
  return `${groups.join(',')},${last3}`;
}

// Adds one to a non-negative decimal digit string (used for half-up to whole rupees).
function incrementDigits(digits: string): string {
  return (BigInt(digits) + 1n).toString();
}

export function formatINR(p: Paise, opts: { symbol?: boolean; paise?: boolean } = {}): string {
  const { symbol = true, paise: showPaise = true } = opts;
  const { negative, rupees, fraction } = splitPaise(p);
  let body: string;
  if (showPaise) {
    body = `${groupIndian(rupees)}.${fraction}`;
  } else {
    // Whole-rupee display rounds half away from zero, like roundToPaise.
    const whole = Number(fraction) >= 50 ? incrementDigits(rupees) : rupees;
    body = groupIndian(whole);
  }
  const isZero = /^[0,.]*$/.test(body);
  return `${negative && !isZero ? '-' : ''}${symbol ? '₹' : ''}${body}`;
}

export function formatIndianNumber(p: Paise, opts: { paise?: boolean } = {}): string {
  return formatINR(p, { ...opts, symbol: false });
}

// prettier-ignore
const ONES = [
  'Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine',
  'Ten', 'Eleven', 'Twelve', 'Thirteen', 'Fourteen', 'Fifteen', 'Sixteen', 'Seventeen',
  'Eighteen', 'Nineteen',
] as const;
// prettier-ignore
const TENS = [
  '', '', 'Twenty', 'Thirty', 'Forty', 'Fifty', 'Sixty', 'Seventy', 'Eighty', 'Ninety',
] as const;

// 1..99, hyphenated compound tens (Forty-Five).
function wordsBelow100(n: number): string {
  if (n < 20) return ONES[n] ?? '';
  const t = TENS[Math.trunc(n / 10)] ?? '';
  const o = n % 10;
  return o === 0 ? t : `${t}-${ONES[o] ?? ''}`;
}

// 1..999
function wordsBelow1000(n: number): string {
  const h = Math.trunc(n / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (h > 0) parts.push(`${ONES[h] ?? ''} Hundred`);
  if (rest > 0) parts.push(wordsBelow100(rest));
  return parts.join(' ');
}

// Positive integer in Indian units; amounts past 99 crore recurse (Ten Lakh Crore).
function indianWords(n: bigint): string {
  const parts: string[] = [];
  const crore = n / 10_000_000n;
  let rest = n % 10_000_000n;
  if (crore > 0n) parts.push(`${indianWords(crore)} Crore`);
  const lakh = rest / 100_000n;
  rest %= 100_000n;
  if (lakh > 0n) parts.push(`${wordsBelow100(Number(lakh))} Lakh`);
  const thousand = rest / 1000n;
  rest %= 1000n;
  if (thousand > 0n) parts.push(`${wordsBelow100(Number(thousand))} Thousand`);
  if (rest > 0n) parts.push(wordsBelow1000(Number(rest)));
  return parts.join(' ');
}

/**
 * Cheque-style words: "Rupees One Lakh Five and Fifty Paise Only".
 * Paise-only amounts read "Fifty Paise Only"; negatives are prefixed "Minus".
 */
export function amountInWords(p: Paise): string {
  const { negative, rupees, fraction } = splitPaise(p);
  const r = BigInt(rupees);
  const f = Number(fraction);
  let text: string;
  if (r === 0n && f === 0) text = 'Rupees Zero Only';
  else if (r === 0n) text = `${wordsBelow100(f)} Paise Only`;
  else if (f === 0) text = `Rupees ${indianWords(r)} Only`;
  else text = `Rupees ${indianWords(r)} and ${wordsBelow100(f)} Paise Only`;
  return negative ? `Minus ${text}` : text;
}
