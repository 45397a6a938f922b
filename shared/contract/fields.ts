// Field schemas shared by every form and import: each message names the field and the fix.
import { z } from 'zod';
import {
  isEmail,
  panFromGstin,
  stateCodeFromGstin,
  isStateCode,
  isValidIndianPincode,
  normaliseIndianPhone,
  validateGstin,
  validatePan,
} from '../gst';

/** Optional text from a form: blank becomes null. */
export const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} can be at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

export const requiredText = (max: number, label: string) =>
  z
    .string({ error: `Enter the ${label.toLowerCase()}` })
    .trim()
    .min(1, `Enter the ${label.toLowerCase()}`)
    .max(max, `${label} can be at most ${max} characters`);

export const gstinField = z
  .string()
  .nullish()
  .transform((v, ctx) => {
    const text = v?.trim();
    if (!text) return null;
    const check = validateGstin(text);
    if (!check.ok) {
      ctx.addIssue({ code: 'custom', message: check.message });
      return z.NEVER;
    }
    return check.gstin;
  });

export const panField = z
  .string()
  .nullish()
  .transform((v, ctx) => {
    const text = v?.trim();
    if (!text) return null;
    const check = validatePan(text);
    if (!check.ok) {
      ctx.addIssue({ code: 'custom', message: check.message });
      return z.NEVER;
    }
    return check.pan;
  });

export const stateCodeField = z
  .string()
  .trim()
  .transform((v) => (/^\d$/.test(v) ? `0${v}` : v))
  .refine(
    isStateCode,
    'Choose a state from the GST list (a 2-digit code such as 27 for Maharashtra)',
  );

export const optionalStateCode = z
  .string()
  .nullish()
  .transform((v, ctx) => {
    const text = v?.trim();
    if (!text) return null;
    const code = /^\d$/.test(text) ? `0${text}` : text;
    if (!isStateCode(code)) {
      ctx.addIssue({
        code: 'custom',
        message: 'Choose a state from the GST list (a 2-digit code such as 27 for Maharashtra)',
      });
      return z.NEVER;
    }
    return code;
  });

export const emailField = z
  .string()
  .nullish()
  .transform((v, ctx) => {
    const text = v?.trim();
    if (!text) return null;
    if (!isEmail(text)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${text}" is not an e-mail address (name@example.com)`,
      });
      return z.NEVER;
    }
    return text.toLowerCase();
  });

export const phoneField = z
  .string()
  .nullish()
  .transform((v, ctx) => {
    const text = v?.trim();
    if (!text) return null;
    const phone = normaliseIndianPhone(text);
    if (!phone) {
      ctx.addIssue({
        code: 'custom',
        message: `"${text}" is not a phone number: enter a 10-digit mobile or an STD code and number`,
      });
      return z.NEVER;
    }
    return phone;
  });

export const pincodeField = z
  .string()
  .nullish()
  .transform((v, ctx) => {
    const text = v?.trim();
    if (!text) return null;
    if (!isValidIndianPincode(text)) {
      ctx.addIssue({ code: 'custom', message: 'PIN code must be 6 digits and not start with 0' });
      return z.NEVER;
    }
    return text;
  });

export const ifscField = z
  .string()
  .nullish()
  .transform((v, ctx) => {
    const text = v?.trim().toUpperCase();
    if (!text) return null;
    if (!/^[A-Z]{4}0[A-Z0-9]{6}$/.test(text)) {
      ctx.addIssue({
        code: 'custom',
        message:
          'IFSC is 11 characters: 4 letters, a zero, then 6 letters or digits (e.g. HDFC0000123)',
      });
      return z.NEVER;
    }
    return text;
  });

/** Money crosses the contract as integer paise; the renderer parses rupees with decimal.js. */
export const paiseField = (label: string) =>
  z
    .number({ error: `${label} must be an amount in paise (a whole number)` })
    .int(`${label} must be a whole number of paise`)
    .min(0, `${label} cannot be negative`)
    .max(Number.MAX_SAFE_INTEGER, `${label} is too large`);

export const idField = z.number().int().positive();

export const addressInput = z.object({
  line1: optionalText(200, 'Address line 1'),
  line2: optionalText(200, 'Address line 2'),
  city: optionalText(100, 'City'),
  pincode: pincodeField,
  stateCode: optionalStateCode,
});
export type AddressInput = z.input<typeof addressInput>;

export const address = z.object({
  line1: z.string().nullable(),
  line2: z.string().nullable(),
  city: z.string().nullable(),
  pincode: z.string().nullable(),
  stateCode: z.string().nullable(),
});
export type Address = z.infer<typeof address>;

/**
 * A GSTIN decides the state and PAN: fill them when left blank, and point out a different one
 * typed by hand. Returns null (with an issue on `stateCode`) when no state can be known.
 */
export function stateAndPanFromGstin(
  v: { gstin: string | null; stateCode: string | null; pan: string | null },
  ctx: z.RefinementCtx,
  missingStateMessage: string,
): { stateCode: string; pan: string | null } | null {
  const gstState = v.gstin ? stateCodeFromGstin(v.gstin) : null;
  const gstPan = v.gstin ? panFromGstin(v.gstin) : null;
  if (gstState && v.stateCode && v.stateCode !== gstState) {
    ctx.addIssue({
      code: 'custom',
      path: ['stateCode'],
      message: `State ${v.stateCode} does not match the GSTIN, which is registered in state ${gstState}`,
    });
  }
  if (gstPan && v.pan && v.pan !== gstPan) {
    ctx.addIssue({
      code: 'custom',
      path: ['pan'],
      message: `PAN ${v.pan} does not match the GSTIN, whose PAN is ${gstPan}`,
    });
  }
  const stateCode = v.stateCode ?? gstState;
  if (!stateCode) {
    ctx.addIssue({ code: 'custom', path: ['stateCode'], message: missingStateMessage });
    return null;
  }
  return { stateCode, pan: v.pan ?? gstPan };
}

/** A file travels as base64 so the same channel works from Electron, the browser and the CLI. */
export const fileUpload = z.object({
  fileName: z
    .string()
    .trim()
    .min(1, 'Choose a file')
    .regex(/\.(csv|xlsx)$/i, 'Choose a .csv or .xlsx file'),
  contentBase64: z.string().min(1, 'The file is empty'),
});

export const fileDownload = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  contentBase64: z.string(),
});
export type FileDownload = z.infer<typeof fileDownload>;
