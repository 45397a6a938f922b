// Realistic documents for tests and sample prints, taxed by the real GST arithmetic.
import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { toIsoDate } from '../../../shared/dates';
import { makeGstin, stateName } from '../../../shared/gst';
import type {
  PrintableDocument,
  PrintableLine,
  PrintableParty,
} from '../../../shared/invoices/printable';
import { paiseToRupeesString, rupeesToPaise } from '../../../shared/money';
import { formatQuantity, parseQuantity, taxDocument, type Discount } from '../../../shared/tax/gst';

interface Item {
  description: string;
  hsnSac: string;
  quantity: string;
  unit: string;
  rate: string;
  gstRateBps: number;
  discountBps?: number;
}

const party = (p: Omit<PrintableParty, 'stateName'>): PrintableParty => ({
  ...p,
  stateName: stateName(p.stateCode) ?? '',
});

export const SUPPLIER_PAN = 'AAKCS4821R';

export const supplier: PrintableDocument['supplier'] = {
  ...party({
    name: 'Sahyadri Flow Controls Private Limited',
    tradeName: 'Sahyadri Valves',
    addressLines: ['Plot C-14, MIDC Bhosari', 'Pune 411026, Maharashtra'],
    stateCode: '27',
    gstin: makeGstin('27', SUPPLIER_PAN),
    pan: SUPPLIER_PAN,
    email: 'accounts@sahyadrivalves.in',
    phone: '+91 20 2712 4455',
  }),
  logo: logoPng(),
  bank: {
    accountName: 'Sahyadri Flow Controls Pvt Ltd',
    bankName: 'HDFC Bank',
    branch: 'Bhosari, Pune',
    accountNumber: '50200012345678',
    ifsc: 'HDFC0001234',
  },
};

export const deccan = party({
  name: 'Deccan Fluid Systems LLP',
  tradeName: null,
  addressLines: ['Unit 7, Wagle Industrial Estate', 'Thane West 400604'],
  stateCode: '27',
  gstin: makeGstin('27', 'AAJFD7310K'),
  pan: 'AAJFD7310K',
  email: 'payables@deccanfluid.in',
  phone: '+91 22 2582 3301',
});

export const kaveri = party({
  name: 'Kaveri Process Equipment Pvt Ltd',
  tradeName: 'Kaveri Process',
  addressLines: ['No. 41, 3rd Phase, Peenya Industrial Area', 'Bengaluru 560058'],
  stateCode: '29',
  gstin: makeGstin('29', 'AAFCK4821M'),
  pan: 'AAFCK4821M',
  email: null,
  phone: '+91 80 2839 1177',
});

export const kaveriMysuru = party({
  name: 'Kaveri Process Equipment Pvt Ltd (Unit II)',
  tradeName: null,
  addressLines: ['Plot 112, Hebbal Industrial Area', 'Mysuru 570016'],
  stateCode: '29',
  gstin: kaveri.gstin,
  pan: null,
  email: null,
  phone: null,
});

export const CATALOGUE: Item[] = [
  {
    description: 'Cast steel gate valve 4" class 150, flanged',
    hsnSac: '8481',
    quantity: '6',
    unit: 'NOS',
    rate: '18450.00',
    gstRateBps: 1800,
    discountBps: 500,
  },
  {
    description: 'Ball valve SS316 2" full bore, screwed',
    hsnSac: '8481',
    quantity: '12',
    unit: 'NOS',
    rate: '6275.50',
    gstRateBps: 1800,
  },
  {
    description: 'Spiral wound gasket 4" SS/graphite',
    hsnSac: '8484',
    quantity: '40',
    unit: 'NOS',
    rate: '385.00',
    gstRateBps: 1800,
  },
  {
    description: 'ERW pipe MS 50 NB heavy',
    hsnSac: '7306',
    quantity: '36.5',
    unit: 'MTR',
    rate: '712.40',
    gstRateBps: 1800,
  },
  {
    description: 'Cut-resistant safety gloves',
    hsnSac: '6116',
    quantity: '50',
    unit: 'PRS',
    rate: '148.00',
    gstRateBps: 500,
  },
  {
    description: 'Valve installation and commissioning at site',
    hsnSac: '998717',
    quantity: '1',
    unit: '',
    rate: '12500.00',
    gstRateBps: 1800,
  },
];

function taxed(
  items: Item[],
  intraState: boolean,
): Pick<PrintableDocument, 'lines' | 'taxSummary' | 'totals'> {
  const inputs = items.map((i) => {
    const discount: Discount = i.discountBps ? { kind: 'percent', bps: i.discountBps } : null;
    return {
      hsnSac: i.hsnSac,
      quantityMilli: parseQuantity(i.quantity) ?? 0,
      rate: rupeesToPaise(i.rate),
      discount,
      gstRateBps: i.gstRateBps,
    };
  });
  const t = taxDocument(inputs, { intraState, roundOff: true });
  const lines: PrintableLine[] = t.lines.map((l, n) => {
    const item = items[n]!;
    const input = inputs[n]!;
    return {
      serial: n + 1,
      description: item.description,
      hsnSac: item.hsnSac,
      quantity: formatQuantity(input.quantityMilli),
      unit: item.unit,
      rate: input.rate,
      discount: l.discount,
      taxable: l.taxable,
      gstRateBps: item.gstRateBps,
      cgst: l.cgst,
      sgst: l.sgst,
      igst: l.igst,
      total: l.total,
    };
  });
  const { taxable, cgst, sgst, igst, roundOff, total } = t.totals;
  return { lines, taxSummary: t.summary, totals: { taxable, cgst, sgst, igst, roundOff, total } };
}

const base = {
  supplier,
  consignee: null,
  reverseCharge: false,
  originalDocuments: [],
  reason: null,
  eInvoice: null,
} satisfies Partial<PrintableDocument>;

/** Maharashtra to Maharashtra: CGST + SGST. */
export function intraStateInvoice(): PrintableDocument {
  return {
    ...base,
    kind: 'TAX_INVOICE',
    number: 'SFC/25-26/0142',
    date: toIsoDate('2026-01-15'),
    dueDate: toIsoDate('2026-02-14'),
    recipient: deccan,
    placeOfSupply: { stateCode: '27', stateName: 'Maharashtra' },
    intraState: true,
    reference: 'PO/DFS/2025/0917 dt 05-01-2026',
    notes:
      'Goods once sold will be taken back only against a credit note.\nInterest @ 18% p.a. on payments after the due date.',
    ...taxed(CATALOGUE, true),
  };
}

/** Maharashtra to Karnataka, shipped to the customer's other plant: IGST. */
export function interStateInvoice(): PrintableDocument {
  return {
    ...base,
    kind: 'TAX_INVOICE',
    number: 'SFC/25-26/0143',
    date: toIsoDate('2026-01-16'),
    dueDate: toIsoDate('2026-03-02'),
    recipient: kaveri,
    consignee: kaveriMysuru,
    placeOfSupply: { stateCode: '29', stateName: 'Karnataka' },
    intraState: false,
    reference: 'KPE/PUR/4471',
    notes: null,
    ...taxed(CATALOGUE.slice(0, 4), false),
  };
}

/** 80 lines: runs over more than one A4 page. */
export function longInvoice(lineCount = 80): PrintableDocument {
  const items = Array.from({ length: lineCount }, (_, n) => {
    const item = CATALOGUE[n % CATALOGUE.length]!;
    return { ...item, description: `${item.description} (lot ${String(n + 1)})` };
  });
  return { ...intraStateInvoice(), number: 'SFC/25-26/0150', ...taxed(items, true) };
}

/** Two gate valves of SFC/25-26/0142 came back. */
export function creditNote(): PrintableDocument {
  return {
    ...base,
    kind: 'CREDIT_NOTE',
    number: 'CN/25-26/0007',
    date: toIsoDate('2026-01-28'),
    dueDate: null,
    recipient: deccan,
    placeOfSupply: { stateCode: '27', stateName: 'Maharashtra' },
    intraState: true,
    reference: 'Return note DFS/RN/118',
    originalDocuments: [{ number: 'SFC/25-26/0142', date: toIsoDate('2026-01-15') }],
    reason: 'Goods returned',
    notes: null,
    ...taxed([{ ...CATALOGUE[0]!, quantity: '2' }], true),
  };
}

/** The inter-state invoice once registered on the IRP. */
export function eInvoiced(): PrintableDocument {
  const doc = interStateInvoice();
  const irn = createHash('sha256')
    .update(`${doc.supplier.gstin ?? ''}|INV|${doc.number}`)
    .digest('hex');
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const payload = {
    data: JSON.stringify({
      SellerGstin: doc.supplier.gstin,
      BuyerGstin: doc.recipient.gstin,
      DocNo: doc.number,
      DocTyp: 'INV',
      DocDt: '16/01/2026',
      TotInvVal: paiseToRupeesString(doc.totals.total),
      ItemCnt: doc.lines.length,
      MainHsnCode: '8481',
      Irn: irn,
      IrnDt: '2026-01-16 11:42:00',
    }),
    iss: 'NIC',
  };
  // A stand-in for the IRP's RS256 signature: same length, deterministic.
  const signature = Buffer.concat(
    Array.from({ length: 8 }, (_, i) =>
      createHash('sha256')
        .update(`${irn}${String(i)}`)
        .digest(),
    ),
  ).toString('base64url');
  const signedQr = `${b64({ alg: 'RS256', kid: 'EDC57DE1B5F1B5B1', typ: 'JWT' })}.${b64(payload)}.${signature}`;
  return {
    ...doc,
    eInvoice: { irn, ackNumber: '112610012345678', ackDate: '2026-01-16 11:42:00', signedQr },
  };
}

export function debitNote(): PrintableDocument {
  return {
    ...creditNote(),
    kind: 'DEBIT_NOTE',
    number: 'DN/25-26/0003',
    reason: 'Price revision as per rate contract',
    dueDate: toIsoDate('2026-02-27'),
  };
}

/** A recipient with no GSTIN (a B2C sale above ₹50,000 still names them). */
export function unregisteredInvoice(): PrintableDocument {
  const doc = intraStateInvoice();
  return { ...doc, recipient: { ...doc.recipient, gstin: null, pan: null } };
}

// A 96×96 PNG logo (a valve symbol in a disc) made here, so tests need no binary fixture.
function logoPng(): string {
  const size = 96;
  const raw = Buffer.alloc(size * (1 + size * 4));
  for (let y = 0; y < size; y++) {
    raw[y * (1 + size * 4)] = 0;
    for (let x = 0; x < size; x++) {
      const dx = x - 47.5;
      const dy = y - 47.5;
      const inDisc = dx * dx + dy * dy <= 46 * 46;
      // Two triangles tip to tip, the P&ID symbol for a valve.
      const bowtie = Math.abs(dy) <= Math.abs(dx) * 0.7 && Math.abs(dx) <= 30;
      const stem = Math.abs(dx) <= 2 && dy >= -30 && dy <= 0;
      const white = bowtie || stem || (Math.abs(dy) <= 2 && Math.abs(dx) <= 36);
      const o = y * (1 + size * 4) + 1 + x * 4;
      const [r, g, b, a] = !inDisc
        ? [0, 0, 0, 0]
        : white
          ? [255, 255, 255, 255]
          : [18, 74, 128, 255];
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}
