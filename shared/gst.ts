// GST identity helpers: state codes, GSTIN/PAN validation, Indian contact details.
// Messages are shown to users as-is, so each names the problem and the fix.

export interface GstState {
  code: string;
  name: string;
  /**
   * True where UTGST replaces SGST: Union Territories without a legislature
   * (and "Other Territory"). Delhi, Puducherry and Jammu and Kashmir have
   * legislatures and are States for GST, so they are false.
   */
  ut: boolean;
}

export const GST_STATES: readonly GstState[] = [
  { code: '01', name: 'Jammu and Kashmir', ut: false },
  { code: '02', name: 'Himachal Pradesh', ut: false },
  { code: '03', name: 'Punjab', ut: false },
  { code: '04', name: 'Chandigarh', ut: true },
  { code: '05', name: 'Uttarakhand', ut: false },
  { code: '06', name: 'Haryana', ut: false },
  { code: '07', name: 'Delhi', ut: false },
  { code: '08', name: 'Rajasthan', ut: false },
  { code: '09', name: 'Uttar Pradesh', ut: false },
  { code: '10', name: 'Bihar', ut: false },
  { code: '11', name: 'Sikkim', ut: false },
  { code: '12', name: 'Arunachal Pradesh', ut: false },
  { code: '13', name: 'Nagaland', ut: false },
  { code: '14', name: 'Manipur', ut: false },
  { code: '15', name: 'Mizoram', ut: false },
  { code: '16', name: 'Tripura', ut: false },
  { code: '17', name: 'Meghalaya', ut: false },
  { code: '18', name: 'Assam', ut: false },
  { code: '19', name: 'West Bengal', ut: false },
  { code: '20', name: 'Jharkhand', ut: false },
  { code: '21', name: 'Odisha', ut: false },
  { code: '22', name: 'Chhattisgarh', ut: false },
  { code: '23', name: 'Madhya Pradesh', ut: false },
  { code: '24', name: 'Gujarat', ut: false },
  // 25 predates the 2020 merger into 26; old registrations still carry it.
  { code: '25', name: 'Daman and Diu', ut: true },
  { code: '26', name: 'Dadra and Nagar Haveli and Daman and Diu', ut: true },
  { code: '27', name: 'Maharashtra', ut: false },
  { code: '28', name: 'Andhra Pradesh (Old)', ut: false },
  { code: '29', name: 'Karnataka', ut: false },
  { code: '30', name: 'Goa', ut: false },
  { code: '31', name: 'Lakshadweep', ut: true },
  { code: '32', name: 'Kerala', ut: false },
  { code: '33', name: 'Tamil Nadu', ut: false },
  { code: '34', name: 'Puducherry', ut: false },
  { code: '35', name: 'Andaman and Nicobar Islands', ut: true },
  { code: '36', name: 'Telangana', ut: false },
  { code: '37', name: 'Andhra Pradesh (New)', ut: false },
  { code: '38', name: 'Ladakh', ut: true },
  { code: '97', name: 'Other Territory', ut: true },
  { code: '99', name: 'Centre Jurisdiction', ut: false },
];

const STATE_BY_CODE = new Map(GST_STATES.map((s) => [s.code, s]));

export function isStateCode(code: string): boolean {
  return STATE_BY_CODE.has(code);
}

export function stateName(code: string): string | undefined {
  return STATE_BY_CODE.get(code)?.name;
}

const BASE36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * GSTN's mod-36 check character: weights 1,2,1,2… from the left; each
 * product contributes quotient + remainder by 36; check = (36 − sum mod 36) mod 36.
 */
export function gstinCheckDigit(first14: string): string {
  const s = first14.toUpperCase();
  if (!/^[0-9A-Z]{14}$/.test(s)) {
    throw new RangeError(
      `gstinCheckDigit needs the first 14 GSTIN characters (A–Z, 0–9), got "${first14}"`,
    );
  }
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const product = BASE36.indexOf(s.charAt(i)) * (i % 2 === 0 ? 1 : 2);
    sum += Math.trunc(product / 36) + (product % 36);
  }
  return BASE36.charAt((36 - (sum % 36)) % 36);
}

const PAN_RE = /^[A-Z]{5}[0-9]{4}[A-Z]$/;

export type GstinResult =
  { ok: true; gstin: string; stateCode: string; pan: string } | { ok: false; message: string };

export function validateGstin(text: string): GstinResult {
  const g = text.trim().toUpperCase();
  if (g.length !== 15) {
    return { ok: false, message: `GSTIN must be 15 characters (you entered ${String(g.length)})` };
  }
  const bad = /[^0-9A-Z]/.exec(g);
  if (bad) {
    return { ok: false, message: `GSTIN can contain only letters and digits (remove "${bad[0]}")` };
  }
  const stateCode = g.slice(0, 2);
  if (!/^\d\d$/.test(stateCode)) {
    return { ok: false, message: 'GSTIN must start with a 2-digit state code such as 27' };
  }
  if (!isStateCode(stateCode)) {
    return {
      ok: false,
      message: `${stateCode} is not a GST state code: a GSTIN starts with a state code such as 27 for Maharashtra`,
    };
  }
  const pan = g.slice(2, 12);
  if (!PAN_RE.test(pan)) {
    return {
      ok: false,
      message: 'characters 3–12 of a GSTIN are the PAN (5 letters, 4 digits, 1 letter)',
    };
  }
  if (!/^[1-9A-Z]$/.test(g.charAt(12))) {
    return {
      ok: false,
      message:
        'the 13th character of a GSTIN is the registration number for the PAN in that state (1–9 or A–Z), never 0',
    };
  }
  if (g.charAt(13) !== 'Z') {
    return { ok: false, message: 'the 14th character of a GSTIN is normally Z' };
  }
  const expected = gstinCheckDigit(g.slice(0, 14));
  if (g.charAt(14) !== expected) {
    return {
      ok: false,
      message: `GSTIN check digit is wrong: the last character should be ${expected} — check for a typo`,
    };
  }
  return { ok: true, gstin: g, stateCode, pan };
}

export type PanResult = { ok: true; pan: string } | { ok: false; message: string };

export function validatePan(text: string): PanResult {
  const p = text.trim().toUpperCase();
  if (p.length !== 10) {
    return { ok: false, message: `PAN must be 10 characters (you entered ${String(p.length)})` };
  }
  if (!/^[A-Z]{5}/.test(p)) {
    return { ok: false, message: 'the first 5 characters of a PAN are letters (like AAAPA1234A)' };
  }
  if (!/^\d{4}$/.test(p.slice(5, 9))) {
    return { ok: false, message: 'characters 6–9 of a PAN are digits (like AAAPA1234A)' };
  }
  if (!/^[A-Z]$/.test(p.charAt(9))) {
    return { ok: false, message: 'the last character of a PAN is a letter (like AAAPA1234A)' };
  }
  return { ok: true, pan: p };
}

/** PAN inside a valid GSTIN, or null if the GSTIN is invalid. */
export function panFromGstin(gstin: string): string | null {
  const r = validateGstin(gstin);
  return r.ok ? r.pan : null;
}

/** State code of a valid GSTIN, or null if the GSTIN is invalid. */
export function stateCodeFromGstin(gstin: string): string | null {
  const r = validateGstin(gstin);
  return r.ok ? r.stateCode : null;
}

/** Builds a valid GSTIN (Z + check digit appended); for sample data and tests. */
export function makeGstin(stateCode: string, pan: string, entity = '1'): string {
  if (!isStateCode(stateCode)) throw new RangeError(`makeGstin: unknown state code "${stateCode}"`);
  const p = validatePan(pan);
  if (!p.ok) throw new RangeError(`makeGstin: ${p.message}`);
  const e = entity.toUpperCase();
  if (!/^[1-9A-Z]$/.test(e))
    throw new RangeError(`makeGstin: entity must be 1–9 or A–Z, got "${entity}"`);
  const first14 = `${stateCode}${p.pan}${e}Z`;
  return first14 + gstinCheckDigit(first14);
}

export function isValidIndianPincode(text: string): boolean {
  return /^[1-9]\d{5}$/.test(text);
}

/**
 * `+91` + 10 digits, or null. Accepts +91/0091/91 and trunk-0 prefixes with
 * spaces, dashes, dots or brackets. Mobiles start 6–9; landlines are STD code
 * + number (10 digits, STD codes start 1–8), so any 10 digits not starting 0 pass.
 */
export function normaliseIndianPhone(text: string): string | null {
  let s = text.trim().replace(/[\s\-.()]/g, '');
  if (s.startsWith('+')) {
    if (!s.startsWith('+91')) return null; // foreign numbers are not normalised
    s = s.slice(3);
  } else if (s.startsWith('0091')) {
    s = s.slice(4);
  } else if (s.length === 12 && s.startsWith('91')) {
    s = s.slice(2);
  }
  if (s.length === 11 && s.startsWith('0')) s = s.slice(1);
  return /^[1-9]\d{9}$/.test(s) ? `+91${s}` : null;
}

// Pragmatic check for a deliverable-looking address, not full RFC 5322.
const EMAIL_RE =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

export function isEmail(text: string): boolean {
  return text.length <= 254 && EMAIL_RE.test(text);
}
