import { z } from 'zod';
import { channel } from '../contract/channel';
import {
  address,
  addressInput,
  emailField,
  fileDownload,
  fileUpload,
  gstinField,
  idField,
  optionalStateCode,
  optionalText,
  paiseField,
  panField,
  phoneField,
  requiredText,
  stateAndPanFromGstin,
} from '../contract/fields';

export const CUSTOMER_CODE_PATTERN = /^[A-Z0-9][A-Z0-9._/-]{0,19}$/;

export const customerCodeField = z
  .string({ error: 'Enter a customer code' })
  .trim()
  .toUpperCase()
  .min(1, { message: 'Enter a customer code', abort: true })
  .regex(
    CUSTOMER_CODE_PATTERN,
    'Customer code is up to 20 letters, digits, dot, dash, underscore or slash, starting with a letter or digit (e.g. ACME01)',
  );

export const contactInput = z.object({
  name: requiredText(100, 'Contact name'),
  designation: optionalText(100, 'Designation'),
  email: emailField,
  phone: phoneField,
  whatsapp: phoneField,
});

export const contact = z.object({
  name: z.string(),
  designation: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  whatsapp: z.string().nullable(),
});
export type Contact = z.infer<typeof contact>;

const emptyAddress = { line1: null, line2: null, city: null, pincode: null, stateCode: null };

const customerFields = z.object({
  code: customerCodeField,
  name: requiredText(200, 'Customer name'),
  gstin: gstinField,
  pan: panField,
  stateCode: optionalStateCode,
  email: emailField,
  phone: phoneField,
  whatsapp: phoneField,
  paymentTermsDays: z
    .number({ error: 'Payment terms must be a number of days' })
    .int('Payment terms must be whole days')
    .min(0, 'Payment terms cannot be negative')
    .max(365, 'Payment terms can be at most 365 days')
    .default(30),
  /** null means no credit limit has been set. */
  creditLimit: paiseField('Credit limit')
    .nullish()
    .transform((v) => v ?? null),
  billingAddress: addressInput.optional(),
  shippingAddress: addressInput.nullish(),
  customerGroup: optionalText(60, 'Customer group'),
  salesperson: optionalText(60, 'Salesperson'),
  notes: optionalText(2000, 'Notes'),
  contacts: z.array(contactInput).max(20, 'At most 20 contacts per customer').default([]),
});

/** GSTIN decides state and PAN; derive what was left blank and flag what disagrees. */
const deriveFromGstin = <T extends z.output<typeof customerFields>>(c: T, ctx: z.RefinementCtx) => {
  const derived = stateAndPanFromGstin(
    c,
    ctx,
    'Choose the customer’s state (or enter their GSTIN): it decides CGST+SGST or IGST',
  );
  if (!derived) return z.NEVER;
  return {
    ...c,
    ...derived,
    billingAddress: c.billingAddress ?? emptyAddress,
    shippingAddress: c.shippingAddress ?? null,
  };
};

export const customerInput = customerFields.transform(deriveFromGstin);
export type CustomerInput = z.input<typeof customerInput>;
export type CustomerValues = z.output<typeof customerInput>;

export const customerUpdateInput = customerFields
  .extend({ id: idField })
  .transform(deriveFromGstin);

export const customer = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  gstin: z.string().nullable(),
  pan: z.string().nullable(),
  stateCode: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  whatsapp: z.string().nullable(),
  paymentTermsDays: z.number().int(),
  creditLimit: z.number().int().nullable(),
  billingAddress: address,
  shippingAddress: address.nullable(),
  customerGroup: z.string().nullable(),
  salesperson: z.string().nullable(),
  notes: z.string().nullable(),
  contacts: z.array(contact),
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Customer = z.infer<typeof customer>;

export const customerSummary = customer.pick({
  id: true,
  code: true,
  name: true,
  gstin: true,
  stateCode: true,
  phone: true,
  email: true,
  paymentTermsDays: true,
  creditLimit: true,
  customerGroup: true,
  archived: true,
});
export type CustomerSummary = z.infer<typeof customerSummary>;

export { fileDownload, fileUpload, type FileDownload } from '../contract/fields';

export const IMPORT_COLUMNS = [
  'code',
  'name',
  'gstin',
  'state_code',
  'email',
  'phone',
  'payment_terms_days',
  'credit_limit',
] as const;

export const customersChannels = {
  'customers.list': channel({
    summary: 'Customers matching a search of code, name, GSTIN or phone',
    input: z.object({
      search: z.string().trim().max(100).default(''),
      includeArchived: z.boolean().default(false),
      limit: z.number().int().min(1).max(100_000).default(10_000),
      offset: z.number().int().min(0).default(0),
    }),
    output: z.object({ rows: z.array(customerSummary), total: z.number().int() }),
  }),
  'customers.get': channel({
    summary: 'One customer with contacts and addresses',
    input: z.object({ id: idField }),
    output: customer,
  }),
  'customers.create': channel({
    summary: 'Add a customer',
    input: customerInput,
    output: customer,
  }),
  'customers.update': channel({
    summary: 'Change a customer',
    input: customerUpdateInput,
    output: customer,
  }),
  'customers.setArchived': channel({
    summary: 'Archive (hide from pickers) or restore a customer; history is kept',
    input: z.object({ id: idField, archived: z.boolean() }),
    output: customer,
  }),
  'customers.delete': channel({
    summary: 'Delete a customer who has no documents; otherwise archive them',
    input: z.object({ id: idField }),
    output: z.object({ deleted: z.literal(true) }),
  }),
  'customers.import': channel({
    summary: `Add customers from CSV or XLSX (columns: ${IMPORT_COLUMNS.join(', ')}); any bad row and nothing is added`,
    input: fileUpload.extend({ dryRun: z.boolean().default(false) }),
    output: z.object({ rows: z.number().int(), created: z.number().int(), dryRun: z.boolean() }),
  }),
  'customers.export': channel({
    summary: 'All customers as an Excel workbook',
    input: z.object({ includeArchived: z.boolean().default(true) }),
    output: fileDownload,
  }),
};
