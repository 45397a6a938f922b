// WhatsApp reminders go out as a click-to-chat link the user opens: https://wa.me/<number>?text=…
// The number is digits only with its country code; a 10-digit Indian mobile gets 91.
import { BahiError } from '../../shared/result';

/** Digits with country code, or null when the number cannot be a WhatsApp number. */
export function whatsappNumber(raw: string | null): string | null {
  if (!raw) return null;
  const international = /^\s*(\+|00)/.test(raw);
  let digits = raw.replace(/\D/g, '');
  if (international) digits = digits.replace(/^00/, '');
  else if (/^0[6-9]\d{9}$/.test(digits)) digits = `91${digits.slice(1)}`;
  else if (/^[6-9]\d{9}$/.test(digits)) digits = `91${digits}`;
  if (digits.startsWith('91') && !/^91[6-9]\d{9}$/.test(digits)) return null;
  return /^[1-9]\d{7,14}$/.test(digits) ? digits : null;
}

export function whatsappLink(raw: string | null, text: string, customerName: string): string {
  const n = whatsappNumber(raw);
  if (n === null) {
    throw new BahiError(
      'VALIDATION',
      raw
        ? `${customerName}’s WhatsApp number ${raw} is not a mobile number: enter a 10-digit mobile or +country code and number on the customer`
        : `${customerName} has no WhatsApp or phone number: add one on the customer or its first contact`,
      { field: 'whatsapp' },
    );
  }
  return `https://wa.me/${n}?text=${encodeURIComponent(text)}`;
}
