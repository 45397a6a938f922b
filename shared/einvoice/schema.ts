// The NIC e-invoice schema, version 1.1, as Bahi writes it: the fields we fill, with the IRP's
// limits, and the value rules the IRP checks, to the paisa. Unknown optional fields are left out.
import Decimal from 'decimal.js';
import { z } from 'zod';
import { isStateCode } from '../gst';
import { formatINR, roundToPaise } from '../money';

export const EINVOICE_VERSION = '1.1';

/** CGST Rule 46(b) and the schema's DocDtls.No pattern. */
export const EINVOICE_DOC_NO = /^([A-Z1-9]{1}[A-Z0-9/-]{0,15})$/;
const GSTIN = /^[0-9]{2}[0-9A-Z]{13}$/;
const NIC_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/** GST rates (%) the IRP accepts in GstRt; 40% arrived with the September 2025 rate change. */
export const IRP_GST_RATES = [
  '0',
  '0.1',
  '0.25',
  '1',
  '1.5',
  '3',
  '5',
  '6',
  '7.5',
  '12',
  '18',
  '28',
  '40',
];

export interface EInvoiceProblem {
  /** JSON path in the e-invoice, e.g. `ItemList[0].AssAmt`. */
  path: string;
  message: string;
}

const required = (what: string) => ({
  error: (iss: { input: unknown }) =>
    iss.input === undefined || iss.input === null ? `${what} is missing` : `${what} is not valid`,
});

const text = (min: number, max: number, what: string) =>
  z
    .string(required(what))
    .min(min, `${what} must be at least ${String(min)} characters`)
    .max(max, `${what} can be at most ${String(max)} characters (the IRP's limit)`);

const isNicDate = (s: string) => {
  const m = NIC_DATE.exec(s);
  if (!m) return false;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return (
    y >= 2017 && dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d
  );
};

const nicDate = (what: string) =>
  z.string(required(what)).refine(isNicDate, `${what} must be a date written dd/mm/yyyy`);

const stateCode = (what: string) =>
  z
    .string(required(what))
    .refine(isStateCode, `${what} must be a 2-digit GST state code such as 27 for Maharashtra`);

/** A non-negative amount with at most `decimals` places, as the schema's number fields want. */
const number = (what: string, decimals: number, range: { min?: number; max?: number } = {}) =>
  z.number(required(what)).superRefine((v, ctx) => {
    if (!Number.isFinite(v)) {
      ctx.addIssue({ code: 'custom', message: `${what} must be a number` });
      return;
    }
    const { min = 0, max = 999_999_999_999.99 } = range;
    if (v < min || v > max) {
      ctx.addIssue({
        code: 'custom',
        message: `${what} must be between ${String(min)} and ${String(max)}`,
      });
    }
    if (new Decimal(v).decimalPlaces() > decimals) {
      ctx.addIssue({
        code: 'custom',
        message: `${what} can have at most ${String(decimals)} decimals`,
      });
    }
  });
const amount = (what: string) => number(what, 2);

const gstin = (what: string) =>
  z
    .string(required(what))
    .regex(GSTIN, `${what} must be a 15-character GSTIN (2 digits, then 13 letters or digits)`);

const party = {
  LglNm: text(3, 100, 'Legal name'),
  TrdNm: text(3, 100, 'Trade name').optional(),
  Addr1: text(1, 100, 'Address line 1'),
  Addr2: text(3, 100, 'Address line 2').optional(),
  Loc: text(3, 50, 'City'),
  Pin: z
    .number(required('PIN code'))
    .int('PIN code must be 6 digits')
    .min(100000, 'PIN code must be 6 digits, not starting with 0')
    .max(999999, 'PIN code must be 6 digits'),
  Stcd: stateCode('State code'),
};
const contact = {
  Ph: z
    .string()
    .regex(/^\d{6,12}$/, 'Phone must be 6 to 12 digits, without +91 or spaces')
    .optional(),
  Em: text(6, 100, 'E-mail').optional(),
};

export const sellerDtls = z.object({ Gstin: gstin('Seller GSTIN'), ...party, ...contact });
export const buyerDtls = z.object({
  Gstin: gstin('Buyer GSTIN'),
  ...party,
  Pos: stateCode('Place of supply'),
  ...contact,
});
export const shipDtls = z.object({ Gstin: gstin('Ship-to GSTIN').optional(), ...party });

const yesNo = z.enum(['Y', 'N'], { error: 'must be "Y" or "N"' });

export const eInvoiceItem = z.object({
  SlNo: z.string(required('Serial number')).regex(/^\d{1,6}$/, 'Serial number is 1 to 6 digits'),
  // Optional in the schema: a description under 3 characters is left out rather than padded.
  PrdDesc: text(3, 300, 'Description').optional(),
  IsServc: yesNo,
  HsnCd: z.string(required('HSN/SAC')).regex(/^\d{4,8}$/, 'HSN/SAC must be 4 to 8 digits'),
  Qty: number('Quantity', 3, { max: 9_999_999_999.999 }),
  Unit: text(3, 8, 'Unit'),
  UnitPrice: number('Unit price', 3),
  TotAmt: amount('Gross amount'),
  Discount: amount('Discount'),
  AssAmt: amount('Taxable value'),
  GstRt: number('GST rate', 3, { max: 100 }).refine(
    (v) => IRP_GST_RATES.includes(new Decimal(v).toString()),
    `GST rate must be one the IRP accepts: ${IRP_GST_RATES.join(', ')}%`,
  ),
  IgstAmt: amount('IGST'),
  CgstAmt: amount('CGST'),
  SgstAmt: amount('SGST'),
  TotItemVal: amount('Item total'),
});

const eInvoiceShape = z.object({
  Version: z.literal(EINVOICE_VERSION, { error: `Version must be "${EINVOICE_VERSION}"` }),
  TranDtls: z.object({
    TaxSch: z.literal('GST', { error: 'TaxSch must be "GST"' }),
    // Bahi e-invoices B2B supplies only; SEZ and export types need fields it does not keep.
    SupTyp: z.literal('B2B', { error: 'Bahi e-invoices only B2B supplies' }),
    RegRev: yesNo,
    IgstOnIntra: z.literal('N', { error: 'IgstOnIntra must be "N"' }),
  }),
  DocDtls: z.object({
    Typ: z.enum(['INV', 'CRN', 'DBN'], { error: 'Document type must be INV, CRN or DBN' }),
    No: z
      .string(required('Document number'))
      .regex(
        EINVOICE_DOC_NO,
        'Document number is 1 to 16 characters of A–Z, 0–9, "/" and "-", not starting with 0, "/" or "-"',
      ),
    Dt: nicDate('Document date'),
  }),
  SellerDtls: sellerDtls,
  BuyerDtls: buyerDtls,
  ShipDtls: shipDtls.optional(),
  ItemList: z
    .array(eInvoiceItem, required('The item list'))
    .min(1, 'An e-invoice needs at least one item')
    .max(1000, 'An e-invoice can have at most 1,000 items'),
  ValDtls: z.object({
    AssVal: amount('Total taxable value'),
    CgstVal: amount('Total CGST'),
    SgstVal: amount('Total SGST'),
    IgstVal: amount('Total IGST'),
    RndOffAmt: number('Round-off', 2, { min: -99.99, max: 99.99 }),
    TotInvVal: amount('Invoice value'),
  }),
  RefDtls: z
    .object({
      PrecDocDtls: z
        .array(
          z.object({
            InvNo: z
              .string(required('Original invoice number'))
              .regex(EINVOICE_DOC_NO, 'Original invoice number breaks the document number rule'),
            InvDt: nicDate('Original invoice date'),
          }),
        )
        .min(1, 'A credit or debit note must name the invoice it adjusts')
        .max(100, 'At most 100 original invoices'),
    })
    .optional(),
});

export const eInvoiceJson = eInvoiceShape.superRefine((e, ctx) => {
  for (const p of valueProblems(e)) {
    ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
  }
});
export type EInvoiceJson = z.infer<typeof eInvoiceShape>;

const D = (n: number) => new Decimal(n);
const sum = (xs: number[]) => xs.reduce((s, x) => s.plus(x), new Decimal(0));
const rs = (d: Decimal) => formatINR(roundToPaise(d));

/** The IRP's cross-field rules: every total adds up to the paisa, and the tax type fits the supply. */
function valueProblems(e: EInvoiceJson): { path: PropertyKey[]; message: string }[] {
  const out: { path: PropertyKey[]; message: string }[] = [];
  const add = (path: PropertyKey[], message: string) => out.push({ path, message });
  const seller = e.SellerDtls;
  const buyer = e.BuyerDtls;
  if (seller.Gstin.slice(0, 2) !== seller.Stcd) {
    add(['SellerDtls', 'Stcd'], `State code ${seller.Stcd} does not match the seller GSTIN`);
  }
  if (buyer.Gstin.slice(0, 2) !== buyer.Stcd) {
    add(['BuyerDtls', 'Stcd'], `State code ${buyer.Stcd} does not match the buyer GSTIN`);
  }
  if (seller.Gstin === buyer.Gstin) {
    add(
      ['BuyerDtls', 'Gstin'],
      'The buyer GSTIN is the seller’s own: a supply to oneself is not e-invoiced',
    );
  }
  if (e.DocDtls.Typ !== 'INV' && !e.RefDtls?.PrecDocDtls.length) {
    add(['RefDtls', 'PrecDocDtls'], 'A credit or debit note must name the invoice it adjusts');
  }
  const intra = seller.Stcd === buyer.Pos;
  const slNos = new Set<string>();
  e.ItemList.forEach((i, n) => {
    const at = (field: string) => ['ItemList', n, field];
    if (slNos.has(i.SlNo)) add(at('SlNo'), `Serial number ${i.SlNo} is used twice`);
    slNos.add(i.SlNo);
    if ((i.IsServc === 'Y') !== i.HsnCd.startsWith('99')) {
      add(at('IsServc'), 'IsServc is "Y" exactly when the code is a SAC (starting 99)');
    }
    const gross = D(i.UnitPrice).times(i.Qty).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    if (!gross.eq(i.TotAmt)) {
      add(at('TotAmt'), `Gross amount must be unit price × quantity = ${rs(gross)}`);
    }
    const assessable = D(i.TotAmt).minus(i.Discount);
    if (!assessable.eq(i.AssAmt)) {
      add(at('AssAmt'), `Taxable value must be gross amount − discount = ${rs(assessable)}`);
    }
    const taxes = sum([i.CgstAmt, i.SgstAmt, i.IgstAmt]);
    const itemTotal = D(i.AssAmt).plus(taxes);
    if (!itemTotal.eq(i.TotItemVal)) {
      add(at('TotItemVal'), `Item total must be taxable value + taxes = ${rs(itemTotal)}`);
    }
    if (intra && i.IgstAmt !== 0) {
      add(
        at('IgstAmt'),
        'An intra-state supply (seller state = place of supply) carries CGST and SGST, not IGST',
      );
    }
    if (!intra && (i.CgstAmt !== 0 || i.SgstAmt !== 0)) {
      add(
        at('CgstAmt'),
        'An inter-state supply (seller state ≠ place of supply) carries IGST, not CGST and SGST',
      );
    }
    if (i.CgstAmt !== i.SgstAmt) add(at('SgstAmt'), 'CGST and SGST must be equal');
    // The IRP allows rounding differences against the rate; ₹1 a line is the tolerance we assume.
    const expected = D(i.AssAmt).times(i.GstRt).div(100);
    if (taxes.minus(expected).abs().gt(1)) {
      add(at('GstRt'), `Tax ${rs(taxes)} does not fit ${String(i.GstRt)}% of ${rs(D(i.AssAmt))}`);
    }
  });
  const v = e.ValDtls;
  const totals: [keyof typeof v, keyof (typeof e.ItemList)[number], string][] = [
    ['AssVal', 'AssAmt', 'taxable values'],
    ['CgstVal', 'CgstAmt', 'CGST'],
    ['SgstVal', 'SgstAmt', 'SGST'],
    ['IgstVal', 'IgstAmt', 'IGST'],
  ];
  for (const [total, item, label] of totals) {
    const expected = sum(e.ItemList.map((i) => i[item] as number));
    if (!expected.eq(v[total])) {
      add(['ValDtls', total], `${total} must be the sum of the items' ${label} = ${rs(expected)}`);
    }
  }
  const invoiceValue = sum([v.AssVal, v.CgstVal, v.SgstVal, v.IgstVal, v.RndOffAmt]);
  if (!invoiceValue.eq(v.TotInvVal)) {
    add(
      ['ValDtls', 'TotInvVal'],
      `Invoice value must be taxable value + taxes + round-off = ${rs(invoiceValue)}`,
    );
  }
  return out;
}

/** `['ItemList', 0, 'AssAmt']` → `ItemList[0].AssAmt`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${String(p)}]` : `${i ? '.' : ''}${String(p)}`))
    .join('');
}

export type EInvoiceCheck =
  { ok: true; json: EInvoiceJson } | { ok: false; problems: EInvoiceProblem[] };

/** Check a candidate against the schema and its value rules; each problem names its JSON path. */
export function checkEInvoice(candidate: unknown): EInvoiceCheck {
  const r = eInvoiceJson.safeParse(candidate);
  if (r.success) return { ok: true, json: r.data };
  return {
    ok: false,
    problems: r.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message })),
  };
}
