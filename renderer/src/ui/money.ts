import { formatIndianNumber, parseRupees, type Paise } from '../../../shared/money';

export type MoneyText = { ok: true; paise: Paise | null } | { ok: false; message: string };

/** Rupee text from an input → paise; blank is null ("no amount"), never zero. */
export function parseMoneyText(text: string, label = 'Amount'): MoneyText {
  if (text.trim() === '') return { ok: true, paise: null };
  const p = parseRupees(text);
  if (p === null) {
    return {
      ok: false,
      message: `${label} must be rupees like 5,00,000 or 250000.50 (at most 2 decimals)`,
    };
  }
  if (p < 0) return { ok: false, message: `${label} cannot be negative` };
  return { ok: true, paise: p };
}

/** What an input shows for an amount: 12,34,567.00 (the ₹ sits in the input's left section). */
export function moneyText(p: Paise | null | undefined): string {
  return p === null || p === undefined ? '' : formatIndianNumber(p);
}
