// What the IRP returns once it registers an e-invoice, as the user brings it back from the IRP
// portal or their GSP: read strictly, and tied to the document it claims to be for.
import { z } from 'zod';
import { BahiError } from '../result';
import { jsonPath } from './schema';

const IRN = /^[0-9a-f]{64}$/;
const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
const ACK_DT = /^(\d{4})-(\d{2})-(\d{2}) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/;

const isAckDate = (s: string) => {
  const m = ACK_DT.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
};

const missing = (what: string) => ({
  error: (iss: { input: unknown }) =>
    iss.input === undefined || iss.input === null
      ? `${what} is missing: this is not the IRP's response to a registered e-invoice`
      : `${what} is not valid`,
});

const jwt = (what: string) =>
  z.string(missing(what)).trim().regex(JWT, `${what} must be the signed JWT the IRP returned`);

export const irpResponse = z
  .object({
    AckNo: z.union(
      [
        z.number().int().positive().refine(Number.isSafeInteger, 'AckNo is too long a number'),
        z
          .string()
          .trim()
          .regex(/^\d{1,20}$/),
      ],
      missing('AckNo'),
    ),
    AckDt: z
      .string(missing('AckDt'))
      .trim()
      .refine(isAckDate, 'AckDt must be the date and time the IRP gave, "yyyy-mm-dd hh:mm:ss"'),
    Irn: z
      .string(missing('Irn'))
      .trim()
      .toLowerCase()
      .regex(IRN, 'Irn must be the 64 hexadecimal characters of the Invoice Reference Number'),
    SignedInvoice: jwt('SignedInvoice'),
    SignedQRCode: jwt('SignedQRCode'),
    // ACT is an active IRN; CNL one the supplier has cancelled, which must not go on an invoice.
    Status: z
      .union([z.string(), z.number()])
      .optional()
      .refine(
        (s) => String(s).trim().toUpperCase() !== 'CNL',
        'Status is CNL: the IRP reports this IRN as cancelled',
      ),
  })
  .transform((r) => ({
    irn: r.Irn,
    ackNumber: String(r.AckNo),
    ackDate: r.AckDt,
    signedInvoice: r.SignedInvoice,
    signedQr: r.SignedQRCode,
  }));
export type IrpResponse = z.output<typeof irpResponse>;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const tryJson = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

/** The bare response, or the one inside a GSP's `{ data }` / `{ Data }` / `{ result }` wrapper. */
function unwrap(value: unknown, depth = 0): unknown {
  const v = depth > 0 && typeof value === 'string' ? tryJson(value) : value;
  if (!isRecord(v) || 'Irn' in v || depth >= 3) return v;
  for (const key of ['data', 'Data', 'result']) {
    if (v[key] !== undefined && v[key] !== null) return unwrap(v[key], depth + 1);
  }
  return v;
}

/** NIC's refusal: `{ Status: 0, ErrorDetails: [{ ErrorCode, ErrorMessage }] }`, perhaps wrapped. */
function irpErrors(value: unknown, depth = 0): string[] {
  if (!isRecord(value) || depth > 3) return [];
  const details = value.ErrorDetails ?? value.errorDetails;
  if (Array.isArray(details) && details.length) {
    return details.map((d) =>
      isRecord(d)
        ? [d.ErrorCode ?? d.error_code, d.ErrorMessage ?? d.error_message]
            .filter((x) => x !== undefined && x !== null)
            .map(String)
            .join(' ')
        : String(d),
    );
  }
  return ['data', 'Data', 'result', 'error'].flatMap((k) => irpErrors(value[k], depth + 1));
}

const invalid = (message: string, issues?: { field: string; message: string }[]) =>
  new BahiError('VALIDATION', message, { field: 'responseJson', ...(issues ? { issues } : {}) });

/** Read the IRP's response from its JSON text; never accepts one without a well-formed IRN. */
export function parseIrpResponse(text: string): IrpResponse {
  const raw = tryJson(text);
  if (raw === undefined) {
    throw invalid(
      'The response is not JSON: choose or paste the file the IRP or your GSP returned, unchanged',
    );
  }
  const body = unwrap(raw);
  const r = irpResponse.safeParse(body);
  if (r.success) return r.data;
  const refused = isRecord(body) && !('Irn' in body) ? irpErrors(raw) : [];
  if (refused.length) {
    throw invalid(`The IRP refused this e-invoice and gave no IRN: ${refused.join('; ')}`);
  }
  const issues = r.error.issues.map((i) => ({
    field: jsonPath(i.path),
    message: `${jsonPath(i.path)}: ${i.message}`,
  }));
  throw invalid(issues[0]?.message ?? 'The response is not valid', issues);
}

/** UTF-8 JSON out of one base64url segment of a JWT. */
function base64UrlJson(segment: string): unknown {
  const b64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  try {
    const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The claims inside a signed JWT from the IRP. The signature is NOT verified: checking it needs
 * NIC's public key, which Bahi does not have offline. This ties a response to its document; it
 * does not prove that NIC signed it.
 */
export function jwtData(token: string): Record<string, unknown> | null {
  const payload = base64UrlJson(token.split('.')[1] ?? '');
  if (!isRecord(payload)) return null;
  // NIC puts the signed content, itself JSON, in a `data` string.
  const data = typeof payload.data === 'string' ? tryJson(payload.data) : payload.data;
  return isRecord(data) ? data : payload;
}

export interface ExpectedDocument {
  typ: 'INV' | 'CRN' | 'DBN';
  number: string;
  sellerGstin: string;
  buyerGstin: string;
}

const at = (o: Record<string, unknown> | null, ...path: string[]): unknown =>
  path.reduce<unknown>((v, k) => (isRecord(v) ? v[k] : undefined), o);

/** Refuse a response whose signed invoice or QR code names another document, party or IRN. */
export function checkResponseMatches(response: IrpResponse, doc: ExpectedDocument): void {
  const invoice = jwtData(response.signedInvoice);
  const qr = jwtData(response.signedQr);
  if (!invoice || typeof at(invoice, 'DocDtls', 'No') !== 'string') {
    throw invalid(
      'SignedInvoice: its content has no DocDtls.No, so it cannot be matched to this document — ' +
        'bring back the response exactly as the IRP returned it',
    );
  }
  const problems: string[] = [];
  const compare = (label: string, found: unknown, expected: string, whose: string) => {
    if (found !== undefined && String(found).toUpperCase() !== expected.toUpperCase()) {
      problems.push(`${label} is ${String(found)} but ${whose} is ${expected}`);
    }
  };
  compare('SignedInvoice DocDtls.No', at(invoice, 'DocDtls', 'No'), doc.number, 'this document');
  compare('SignedInvoice DocDtls.Typ', at(invoice, 'DocDtls', 'Typ'), doc.typ, 'this document');
  const seller = at(invoice, 'SellerDtls', 'Gstin');
  const buyer = at(invoice, 'BuyerDtls', 'Gstin');
  if (typeof seller !== 'string' || typeof buyer !== 'string') {
    problems.push('SignedInvoice names no seller or buyer GSTIN');
  }
  compare('SignedInvoice SellerDtls.Gstin', seller, doc.sellerGstin, "the company's GSTIN");
  compare('SignedInvoice BuyerDtls.Gstin', buyer, doc.buyerGstin, "the customer's GSTIN");
  compare('SignedInvoice Irn', at(invoice, 'Irn'), response.irn, 'the response Irn');
  compare('SignedQRCode Irn', at(qr, 'Irn'), response.irn, 'the response Irn');
  compare('SignedQRCode DocNo', at(qr, 'DocNo'), doc.number, 'this document');
  if (problems.length) {
    throw invalid(
      `This response is not for ${doc.number}: ${problems[0] ?? ''}`,
      problems.map((message) => ({ field: 'responseJson', message })),
    );
  }
}
