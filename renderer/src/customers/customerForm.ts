import type { Customer, CustomerInput } from '../../../shared/customers/contract';
import { paise } from '../../../shared/money';
import type { FieldErrors } from '../api/errors';
import { addressInputOf, addressValuesOf, emptyAddress, type AddressValues } from '../ui/address';
import { moneyText, parseMoneyText } from '../ui/money';

export interface ContactValues {
  /** React key only; never sent. */
  key: string;
  name: string;
  designation: string;
  email: string;
  phone: string;
  whatsapp: string;
}

/** The customer form as typed: text everywhere, converted once on save. */
export interface CustomerFormValues {
  code: string;
  name: string;
  gstin: string;
  pan: string;
  stateCode: string | null;
  email: string;
  phone: string;
  whatsapp: string;
  paymentTermsDays: string;
  creditLimit: string;
  customerGroup: string;
  salesperson: string;
  notes: string;
  billingAddress: AddressValues;
  shippingSameAsBilling: boolean;
  shippingAddress: AddressValues;
  contacts: ContactValues[];
}

let nextKey = 0;
export const newContact = (): ContactValues => ({
  key: `c${++nextKey}`,
  name: '',
  designation: '',
  email: '',
  phone: '',
  whatsapp: '',
});

export function customerValuesOf(c: Customer | null): CustomerFormValues {
  return {
    code: c?.code ?? '',
    name: c?.name ?? '',
    gstin: c?.gstin ?? '',
    pan: c?.pan ?? '',
    stateCode: c?.stateCode ?? null,
    email: c?.email ?? '',
    phone: c?.phone ?? '',
    whatsapp: c?.whatsapp ?? '',
    paymentTermsDays: String(c?.paymentTermsDays ?? 30),
    creditLimit: c?.creditLimit == null ? '' : moneyText(paise(c.creditLimit)),
    customerGroup: c?.customerGroup ?? '',
    salesperson: c?.salesperson ?? '',
    notes: c?.notes ?? '',
    billingAddress: addressValuesOf(c?.billingAddress),
    shippingSameAsBilling: !c?.shippingAddress,
    shippingAddress: c?.shippingAddress ? addressValuesOf(c.shippingAddress) : emptyAddress(),
    contacts: (c?.contacts ?? []).map((x) => ({
      ...newContact(),
      name: x.name,
      designation: x.designation ?? '',
      email: x.email ?? '',
      phone: x.phone ?? '',
      whatsapp: x.whatsapp ?? '',
    })),
  };
}

const isBlankContact = (c: ContactValues) =>
  [c.name, c.designation, c.email, c.phone, c.whatsapp].every((t) => t.trim() === '');

/** Rows the user added and left empty are dropped, not reported as errors. */
export const withoutBlankContacts = (v: CustomerFormValues): CustomerFormValues => ({
  ...v,
  contacts: v.contacts.filter((c) => !isBlankContact(c)),
});

export type CustomerInputCheck =
  { ok: true; input: CustomerInput } | { ok: false; errors: FieldErrors };

/** What only the form can check (the text of numbers); everything else is the contract's job. */
export function customerInputOf(v: CustomerFormValues): CustomerInputCheck {
  const errors: FieldErrors = {};
  const terms = v.paymentTermsDays.trim();
  if (!/^\d{1,3}$/.test(terms))
    errors.paymentTermsDays = 'Payment terms is a whole number of days (0 for cash)';
  const limit = parseMoneyText(v.creditLimit, 'Credit limit');
  if (!limit.ok) errors.creditLimit = limit.message;
  if (Object.keys(errors).length || !limit.ok) return { ok: false, errors };
  return {
    ok: true,
    input: {
      code: v.code,
      name: v.name,
      gstin: v.gstin,
      pan: v.pan,
      stateCode: v.stateCode,
      email: v.email,
      phone: v.phone,
      whatsapp: v.whatsapp,
      paymentTermsDays: Number(terms),
      creditLimit: limit.paise,
      customerGroup: v.customerGroup,
      salesperson: v.salesperson,
      notes: v.notes,
      billingAddress: addressInputOf(v.billingAddress, v.stateCode),
      shippingAddress: v.shippingSameAsBilling ? null : addressInputOf(v.shippingAddress),
      contacts: v.contacts.map(({ name, designation, email, phone, whatsapp }) => ({
        name,
        designation,
        email,
        phone,
        whatsapp,
      })),
    },
  };
}

// prettier-ignore
const TOP_FIELDS = new Set([
  'code', 'name', 'gstin', 'pan', 'stateCode', 'email', 'phone', 'whatsapp',
  'paymentTermsDays', 'creditLimit', 'customerGroup', 'salesperson', 'notes',
]);

/** Whether an error path has an input on the customer form. */
export const isCustomerField = (path: string) =>
  TOP_FIELDS.has(path) ||
  /^billingAddress\.(line1|line2|city|pincode)$/.test(path) ||
  /^shippingAddress\.(line1|line2|city|pincode|stateCode)$/.test(path) ||
  /^contacts\.\d+\.(name|designation|email|phone|whatsapp)$/.test(path);
