import type { BankAccount, BankAccountInput } from '../../../shared/receipts/contract';

/** The bank account form as typed; the contract checks and normalises it. */
export interface BankAccountFormValues {
  name: string;
  bankName: string;
  accountNumber: string;
  ifsc: string;
}

export const bankAccountValuesOf = (b: BankAccount | null): BankAccountFormValues => ({
  name: b?.name ?? '',
  bankName: b?.bankName ?? '',
  accountNumber: b?.accountNumber ?? '',
  ifsc: b?.ifsc ?? '',
});

export const bankAccountInputOf = (v: BankAccountFormValues, active = true): BankAccountInput => ({
  name: v.name,
  bankName: v.bankName,
  accountNumber: v.accountNumber,
  ifsc: v.ifsc,
  active,
});

/** The same account retired or brought back: its details go back unchanged. */
export const withActive = (b: BankAccount, active: boolean): BankAccountInput =>
  bankAccountInputOf(bankAccountValuesOf(b), active);

const FIELDS = new Set(['name', 'bankName', 'accountNumber', 'ifsc']);

/** Whether an error path (bare, or under `values.` on update) has an input on the form. */
export const bankFieldOf = (path: string): string | null => {
  const bare = path.startsWith('values.') ? path.slice('values.'.length) : path;
  return FIELDS.has(bare) ? bare : null;
};
