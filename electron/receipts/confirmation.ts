// A short message telling the customer what we received and what it settled, for WhatsApp or
// e-mail; the user sends it themselves, Bahi only prepares it.
import { requireCompany } from '../../db/company/company';
import { getCustomer } from '../../db/customers/customers';
import type { Ledger } from '../../db/ledger/open';
import { getReceipt } from '../../db/receipts/receipts';
import type { Customer } from '../../shared/customers/contract';
import { formatDateIndian, type IsoDate } from '../../shared/dates';
import { formatINR, paise } from '../../shared/money';
import { MODE_LABELS, type Receipt } from '../../shared/receipts/contract';
import type { PrintableReceipt } from '../../shared/receipts/printable';
import { printableReceipt } from './printable';

export interface Confirmation {
  text: string;
  whatsappUrl: string | null;
  mailto: string | null;
}

const inr = (p: number) => formatINR(paise(p));
const day = (d: string) => formatDateIndian(d as IsoDate);

/** "A", "A and B", "A, B and C". */
function joinAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

type Instrument = Pick<
  PrintableReceipt,
  'mode' | 'instrumentNumber' | 'instrumentDate' | 'draweeBank'
>;

function cheque(r: Instrument): string {
  return [
    r.instrumentNumber ? `cheque no. ${r.instrumentNumber}` : 'cheque',
    r.instrumentDate ? `dated ${day(r.instrumentDate)}` : null,
    r.draweeBank ? `drawn on ${r.draweeBank}` : null,
  ]
    .filter(Boolean)
    .join(' ');
}

/** How the money came: "by NEFT (UTR …)", "by cheque no. … dated …", "in cash". */
function howPaid(r: Instrument): string {
  switch (r.mode) {
    case 'cash':
      return 'in cash';
    case 'cheque':
      return `by ${cheque(r)}`;
    case 'neft':
    case 'rtgs':
    case 'imps':
      return `by ${MODE_LABELS[r.mode]}${r.instrumentNumber ? ` (UTR ${r.instrumentNumber})` : ''}`;
    case 'upi':
    case 'card':
      return `by ${MODE_LABELS[r.mode]}${r.instrumentNumber ? ` (ref. ${r.instrumentNumber})` : ''}`;
    case 'other':
      return r.instrumentNumber ? `(ref. ${r.instrumentNumber})` : '';
  }
}

function against(r: PrintableReceipt): string {
  if (r.settlements.length === 0) {
    if (r.kind === 'RECEIPT_VOUCHER') {
      return `, as an advance${r.narration ? ` (${r.narration})` : ''}`;
    }
    return ', held on account';
  }
  const list = joinAnd(r.settlements.map((s) => `${s.number} (${inr(s.amount)})`));
  const rest = r.onAccount > 0 ? `, with ${inr(r.onAccount)} kept on account` : '';
  return `, against ${list}${rest}`;
}

/** The message for a recorded receipt; the receipt's own words, in the customer's terms. */
export function confirmationText(
  r: PrintableReceipt,
  customerName: string,
  companyName: string,
  chequeCleared: boolean,
): string {
  const sign = `— ${companyName}`;
  if (r.returned) {
    const reason = r.returned.reason ? ` (${r.returned.reason})` : '';
    return (
      `Dear ${customerName}, your ${cheque(r)} for ${inr(r.amount)} (our receipt ${r.number} ` +
      `of ${day(r.date)}) was returned unpaid on ${day(r.returned.date)}${reason}. ` +
      `Kindly arrange the payment. ${sign}`
    );
  }
  const how = howPaid(r);
  const parts = [
    `Dear ${customerName}, we have received ${inr(r.amount)}${how ? ` ${how}` : ''} on ${day(r.date)}, ` +
      `receipt ${r.number}${against(r)}.`,
    r.tds ? `TDS ${inr(r.tds.amount)} u/s ${r.tds.section} noted.` : null,
    r.mode === 'cheque' && !chequeCleared ? 'Subject to realisation.' : null,
    `Thank you. ${sign}`,
  ];
  return parts.filter((p): p is string => p !== null).join(' ');
}

function postDatedText(r: Receipt, customerName: string, companyName: string): string {
  return (
    `Dear ${customerName}, we have received your post-dated ${cheque({ ...r, instrumentDate: r.instrumentDate as IsoDate | null })} ` +
    `for ${inr(r.amount)}. We will present it on its date. Thank you. — ${companyName}`
  );
}

/** wa.me wants the number in international form, digits only: 91 and the 10-digit number. */
export function whatsappNumber(customer: Customer): string | null {
  const phone =
    customer.whatsapp ??
    customer.contacts.find((c) => c.whatsapp)?.whatsapp ??
    customer.phone ??
    customer.contacts.find((c) => c.phone)?.phone ??
    null;
  const digits = phone?.replace(/\D/g, '') ?? '';
  return /^91[1-9]\d{9}$/.test(digits) ? digits : null;
}

function emailOf(customer: Customer): string | null {
  return customer.email ?? customer.contacts.find((c) => c.email)?.email ?? null;
}

export function mailtoUrl(email: string, subject: string, body: string): string {
  const to = encodeURIComponent(email).replace(/%40/g, '@');
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

export function receiptConfirmation(ledger: Ledger, id: number): Confirmation {
  const r = getReceipt(ledger, id);
  const company = requireCompany(ledger).legalName;
  const customer = getCustomer(ledger, r.customerId);
  let text: string;
  let subject: string;
  if (r.status !== 'issued' || !r.number) {
    text = postDatedText(r, customer.name, company);
    subject = `Post-dated cheque ${r.instrumentNumber ?? ''} received`;
  } else {
    const printable = printableReceipt(ledger, id);
    text = confirmationText(printable, customer.name, company, r.chequeStatus === 'cleared');
    subject = printable.returned
      ? `Cheque returned unpaid: receipt ${r.number}`
      : `Payment received: receipt ${r.number}`;
  }
  const phone = whatsappNumber(customer);
  const email = emailOf(customer);
  return {
    text,
    whatsappUrl: phone ? `https://wa.me/${phone}?text=${encodeURIComponent(text)}` : null,
    mailto: email ? mailtoUrl(email, `${subject} — ${company}`, text) : null,
  };
}
