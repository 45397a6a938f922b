import { z } from 'zod';
import { channel } from '../contract/channel';
import {
  paiseField,
  address,
  addressInput,
  emailField,
  gstinField,
  ifscField,
  optionalStateCode,
  optionalText,
  panField,
  phoneField,
  requiredText,
  stateAndPanFromGstin,
} from '../contract/fields';

const LOGO_MAX_BYTES = 300 * 1024;

export const bankDetailsInput = z.object({
  accountName: optionalText(200, 'Account name'),
  bankName: optionalText(100, 'Bank name'),
  branch: optionalText(100, 'Branch'),
  accountNumber: z
    .string()
    .nullish()
    .transform((v, ctx) => {
      const text = v?.replace(/\s+/g, '');
      if (!text) return null;
      if (!/^\d{6,18}$/.test(text)) {
        ctx.addIssue({ code: 'custom', message: 'Bank account number is 6 to 18 digits' });
        return z.NEVER;
      }
      return text;
    }),
  ifsc: ifscField,
});

const logoField = z
  .string()
  .nullish()
  .transform((v, ctx) => {
    if (!v) return null;
    const m = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/=]+)$/.exec(v);
    if (!m) {
      ctx.addIssue({ code: 'custom', message: 'Logo must be a PNG or JPEG image' });
      return z.NEVER;
    }
    if ((m[2]!.length * 3) / 4 > LOGO_MAX_BYTES) {
      ctx.addIssue({ code: 'custom', message: 'Logo must be smaller than 300 KB' });
      return z.NEVER;
    }
    return v;
  });

const emptyAddress = { line1: null, line2: null, city: null, pincode: null, stateCode: null };
const emptyBank = {
  accountName: null,
  bankName: null,
  branch: null,
  accountNumber: null,
  ifsc: null,
};

export const companyInput = z
  .object({
    legalName: requiredText(200, 'Legal name'),
    tradeName: optionalText(200, 'Trade name'),
    address: addressInput.optional(),
    gstin: gstinField,
    stateCode: optionalStateCode,
    pan: panField,
    email: emailField,
    phone: phoneField,
    bank: bankDetailsInput.optional(),
    fyStartMonth: z
      .number()
      .int()
      .min(1, 'Financial year start month is 1 to 12')
      .max(12, 'Financial year start month is 1 to 12')
      .default(4),
    logo: logoField,
    /** At invoice issue and estimate approval, a customer on hold or over the limit: off, warn or block. */
    creditCheck: z
      .enum(['off', 'warn', 'block'], { error: 'Choose off, warn or block' })
      .default('warn'),
    /** A remaining balance up to this may be written off as a small balance (paise). */
    writeOffTolerance: paiseField('Write-off tolerance')
      .max(1_000_000, 'Write-off tolerance can be at most ₹10,000.00')
      .default(1000),
  })
  .transform((c, ctx) => {
    const derived = stateAndPanFromGstin(
      c,
      ctx,
      'Choose the state the company is registered in (or enter its GSTIN)',
    );
    if (!derived) return z.NEVER;
    return {
      ...c,
      ...derived,
      address: c.address ?? emptyAddress,
      bank: c.bank ?? emptyBank,
    };
  });
export type CompanyInput = z.input<typeof companyInput>;
export type CompanyValues = z.output<typeof companyInput>;

export const company = z.object({
  legalName: z.string(),
  tradeName: z.string().nullable(),
  address,
  gstin: z.string().nullable(),
  stateCode: z.string(),
  pan: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  bank: z.object({
    accountName: z.string().nullable(),
    bankName: z.string().nullable(),
    branch: z.string().nullable(),
    accountNumber: z.string().nullable(),
    ifsc: z.string().nullable(),
  }),
  fyStartMonth: z.number().int(),
  logo: z.string().nullable(),
  creditCheck: z.enum(['off', 'warn', 'block']),
  writeOffTolerance: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Company = z.infer<typeof company>;

export const companyChannels = {
  'company.get': channel({
    summary: 'The company this ledger belongs to, or null before first-run set-up',
    input: z.object({}),
    output: company.nullable(),
  }),
  'company.setup': channel({
    summary: 'First-run set-up: create the company (once per ledger)',
    input: companyInput,
    output: company,
  }),
  'company.update': channel({
    summary: 'Change the company details',
    input: companyInput,
    output: company,
  }),
};
