import type { Company, CompanyInput } from '../../../shared/company/contract';
import { paise } from '../../../shared/money';
import type { FieldErrors } from '../api/errors';
import { addressInputOf, addressValuesOf, type AddressValues } from '../ui/address';
import { moneyText, parseMoneyText } from '../ui/money';

export interface BankValues {
  accountName: string;
  bankName: string;
  branch: string;
  accountNumber: string;
  ifsc: string;
}

/** The company form as the user sees it: text everywhere, converted once on save. */
export interface CompanyFormValues {
  legalName: string;
  tradeName: string;
  gstin: string;
  stateCode: string | null;
  pan: string;
  email: string;
  phone: string;
  address: AddressValues;
  bank: BankValues;
  fyStartMonth: string;
  logo: string | null;
  creditCheck: 'off' | 'warn' | 'block';
  /** Rupees as typed: a balance up to this may be written off as a small balance. */
  writeOffTolerance: string;
}

export function companyValuesOf(c: Company | null): CompanyFormValues {
  return {
    legalName: c?.legalName ?? '',
    tradeName: c?.tradeName ?? '',
    gstin: c?.gstin ?? '',
    stateCode: c?.stateCode ?? null,
    pan: c?.pan ?? '',
    email: c?.email ?? '',
    phone: c?.phone ?? '',
    address: addressValuesOf(c?.address),
    bank: {
      accountName: c?.bank.accountName ?? '',
      bankName: c?.bank.bankName ?? '',
      branch: c?.bank.branch ?? '',
      accountNumber: c?.bank.accountNumber ?? '',
      ifsc: c?.bank.ifsc ?? '',
    },
    // India's financial year starts in April unless the company says otherwise.
    fyStartMonth: String(c?.fyStartMonth ?? 4),
    creditCheck: c?.creditCheck ?? 'warn',
    writeOffTolerance: moneyText(paise(c?.writeOffTolerance ?? 1000)),
    logo: c?.logo ?? null,
  };
}

export type CompanyInputCheck =
  { ok: true; input: CompanyInput } | { ok: false; errors: FieldErrors };

/** What only the form can check (the text of the tolerance); the rest is the contract's job. */
export function companyInputOf(v: CompanyFormValues): CompanyInputCheck {
  const tolerance = parseMoneyText(v.writeOffTolerance, 'Write-off tolerance');
  if (!tolerance.ok) return { ok: false, errors: { writeOffTolerance: tolerance.message } };
  return { ok: true, input: companyInputFrom(v, tolerance.paise ?? 0) };
}

function companyInputFrom(v: CompanyFormValues, writeOffTolerance: number): CompanyInput {
  return {
    legalName: v.legalName,
    tradeName: v.tradeName,
    gstin: v.gstin,
    stateCode: v.stateCode,
    pan: v.pan,
    email: v.email,
    phone: v.phone,
    // The registered address is in the company's own state.
    address: addressInputOf(v.address, v.stateCode),
    bank: { ...v.bank },
    fyStartMonth: Number(v.fyStartMonth),
    creditCheck: v.creditCheck,
    // Blank means no tolerance: every remaining balance is followed up.
    writeOffTolerance,
    logo: v.logo,
  };
}

const FIELDS = new Set([
  'legalName',
  'tradeName',
  'gstin',
  'stateCode',
  'pan',
  'email',
  'phone',
  'fyStartMonth',
  'creditCheck',
  'writeOffTolerance',
  'logo',
]);

/** Whether an error path has an input on the company form. */
export const isCompanyField = (path: string) =>
  FIELDS.has(path) ||
  /^address\.(line1|line2|city|pincode)$/.test(path) ||
  /^bank\.\w+$/.test(path);

// prettier-ignore
export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
].map((label, i) => ({ value: String(i + 1), label }));
