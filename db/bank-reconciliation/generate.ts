// A generated month of bank lines with known truth, for the matching test and the bench: receipts
// by NEFT/RTGS/IMPS (UTR in the narration), UPI (name only), cheque deposits, GSTIN or a learnt
// alias in the narration, payments not yet recorded (one invoice, two, or net of TDS) and noise.
import { makeGstin } from '../../shared/gst';
import { tdsOn } from '../../shared/receipts/tds';

export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  const digits = (n: number) => Array.from({ length: n }, () => int(0, 9)).join('');
  return { next, int, pick, digits };
}

const FIRST = [
  'Shree',
  'Ganesh',
  'Sai',
  'Om',
  'Laxmi',
  'Balaji',
  'Krishna',
  'Mahalaxmi',
  'Annapurna',
  'Siddhi',
  'Vinayak',
  'Jai',
  'Ambika',
  'Durga',
  'Hari',
  'Navkar',
  'Parshva',
  'Sunrise',
  'Deccan',
  'Sahyadri',
  'Konkan',
  'Narmada',
  'Godavari',
  'Kaveri',
  'Indus',
];
const SECOND = [
  'Agro',
  'Steel',
  'Polymers',
  'Textiles',
  'Pharma',
  'Chemicals',
  'Foods',
  'Plastics',
  'Electricals',
  'Motors',
  'Packaging',
  'Paper',
  'Cables',
  'Castings',
  'Fabricators',
  'Logistics',
  'Infra',
  'Tools',
  'Dyes',
  'Ceramics',
  'Glass',
  'Rubber',
  'Spices',
  'Timber',
  'Metals',
];
const SUFFIX = [
  'Traders',
  'Industries',
  'Enterprises',
  'Pvt Ltd',
  'Exports',
  'Agencies',
  'Limited',
  'Udyog',
];
const STATES = ['27', '29', '24', '33', '07', '09'];
const NOISE_PAYERS = ['RAJESH KUMAR', 'SUNITA DEVI', 'AMIT VERMA', 'PRIYA NAIR', 'MOHAN LAL'];
const IFSC = ['HDFC0001234', 'SBIN0004567', 'ICIC0000789', 'UTIB0001122', 'KKBK0000958'];
const letters = (r: ReturnType<typeof rng>, n: number) =>
  Array.from({ length: n }, () => String.fromCharCode(65 + r.int(0, 25))).join('');

export interface GenCustomer {
  code: string;
  name: string;
  gstin: string;
  alias: string | null;
}
export interface GenInvoice {
  customer: number;
  taxable: number;
  total: number;
  date: string;
}
export interface GenReceipt {
  customer: number;
  amount: number;
  date: string;
  mode: 'neft' | 'rtgs' | 'imps' | 'upi' | 'cheque';
  instrument: string | null;
}
export type Truth =
  | { kind: 'receipt'; receipt: number }
  | { kind: 'new_receipt'; customer: number; invoices: number[]; tds: number }
  | null;
export interface GenLine {
  date: string;
  narration: string;
  reference: string;
  direction: 'credit' | 'debit';
  amount: number;
  truth: Truth;
  why: string;
}
export interface World {
  customers: GenCustomer[];
  invoices: GenInvoice[];
  receipts: GenReceipt[];
  /** Last month's lines paid under aliases and matched by UTR, from which the aliases are learnt. */
  priorLines: GenLine[];
  lines: GenLine[];
}

const day = (month: string, d: number) =>
  `${month}-${String(Math.min(28, Math.max(1, d))).padStart(2, '0')}`;
const amountOf = (r: ReturnType<typeof rng>) =>
  r.int(1_000, 400_000) * 100 + r.pick([0, 0, 50, 18, 75]);

export function generateWorld(opts: {
  seed?: number;
  customers: number;
  lines: number;
  backgroundInvoices: number;
  month?: string;
}): World {
  const r = rng(opts.seed ?? 42);
  const month = opts.month ?? '2025-07';
  const prior = '2025-06';
  const customers: GenCustomer[] = [];
  const taken = new Set<string>();
  while (customers.length < opts.customers) {
    const base = `${r.pick(FIRST)} ${r.pick(SECOND)}`;
    const name = `${base}${customers.length >= 625 ? ` ${letters(r, 3)}` : ''} ${r.pick(SUFFIX)}`;
    const key = name.toUpperCase().replace(/ (PVT LTD|LIMITED)$/, '');
    if (taken.has(key)) continue;
    taken.add(key);
    const i = customers.length;
    const pan = `${letters(r, 3)}C${letters(r, 1)}${String(1000 + (i % 9000)).padStart(4, '0')}${letters(r, 1)}`;
    customers.push({
      code: `C${String(i + 1).padStart(5, '0')}`,
      name,
      gstin: makeGstin(r.pick(STATES), pan),
      alias: i % 10 === 3 ? `${letters(r, 5)} ${r.pick(['TRADING', 'GROUP', 'CORPN'])}` : null,
    });
  }
  const invoices: GenInvoice[] = [];
  const newInvoice = (customer: number, taxable: number) => {
    invoices.push({
      customer,
      taxable,
      total: taxable + Math.round((taxable * 18) / 100),
      date: day('2025-05', r.int(1, 28)),
    });
    return invoices.length - 1;
  };
  for (let i = 0; i < opts.backgroundInvoices; i++)
    newInvoice(r.int(0, customers.length - 1), r.int(500, 300_000) * 100);
  const receipts: GenReceipt[] = [];
  const newReceipt = (g: GenReceipt) => receipts.push(g) - 1;
  const upper = (c: GenCustomer) => c.name.toUpperCase();
  const utrOf = (mode: 'neft' | 'rtgs' | 'imps') =>
    mode === 'imps'
      ? r.digits(12)
      : `${r.pick(['HDFC', 'SBIN', 'ICIC', 'UTIB'])}${mode === 'neft' ? 'N' : 'R'}5${month.replace('-', '')}${r.digits(7)}`;
  const usedCheques = new Set<string>();
  const chequeNo = () => {
    let n = r.digits(6);
    while (usedCheques.has(n) || n.startsWith('0')) n = r.digits(6);
    usedCheques.add(n);
    return n;
  };

  const priorLines: GenLine[] = [];
  customers.forEach((c, i) => {
    if (!c.alias) return;
    const utr = utrOf('neft');
    const amount = amountOf(r);
    const receipt = newReceipt({
      customer: i,
      amount,
      date: day(prior, r.int(1, 28)),
      mode: 'neft',
      instrument: utr,
    });
    priorLines.push({
      date: receipts[receipt]!.date,
      narration: `NEFT CR-${r.pick(IFSC)}-${c.alias}-${utr}`,
      reference: utr,
      direction: 'credit',
      amount,
      truth: { kind: 'receipt', receipt },
      why: 'prior',
    });
  });
  const aliased = customers.flatMap((c, i) => (c.alias ? [i] : []));

  const shares: [string, number][] = [
    ['utr', 0.35],
    ['upi_name', 0.15],
    ['cheque', 0.1],
    ['gstin', 0.03],
    ['alias', 0.05],
    ['one_invoice', 0.11],
    ['tds', 0.06],
    ['two_invoices', 0.05],
    ['noise_credit', 0.05],
    ['debit', 0.05],
  ];
  const lines: GenLine[] = [];
  for (const [why, share] of shares) {
    const n =
      why === 'debit'
        ? opts.lines - lines.length - Math.round(opts.lines * 0)
        : Math.round(opts.lines * share);
    for (let k = 0; k < n && lines.length < opts.lines; k++) {
      const d = r.int(1, 25);
      const ci = why === 'alias' ? r.pick(aliased) : r.int(0, customers.length - 1);
      const c = customers[ci]!;
      const amount = amountOf(r);
      const recorded = (mode: GenReceipt['mode'], instrument: string | null, lag: number) =>
        newReceipt({ customer: ci, amount, date: day(month, d), mode, instrument }) + 0 * lag;
      switch (why) {
        case 'utr': {
          const mode = r.pick(['neft', 'neft', 'rtgs', 'imps'] as const);
          const utr = utrOf(mode);
          const receipt = recorded(mode, utr, 0);
          const narration =
            mode === 'imps'
              ? `IMPS-${utr}-${upper(c).slice(0, 20)}`
              : `${mode.toUpperCase()} CR-${r.pick(IFSC)}-${upper(c)}-${utr}`;
          lines.push({
            date: day(month, d + r.int(0, 1)),
            narration,
            reference: r.next() < 0.5 ? utr : '',
            direction: 'credit',
            amount,
            truth: { kind: 'receipt', receipt },
            why,
          });
          break;
        }
        case 'upi_name': {
          const receipt = recorded('upi', null, 0);
          lines.push({
            date: day(month, d + r.int(0, 2)),
            narration: `UPI/CR/${r.digits(12)}/${upper(c)}/${r.pick(['okaxis', 'okhdfcbank', 'ybl'])}`,
            reference: '',
            direction: 'credit',
            amount,
            truth: { kind: 'receipt', receipt },
            why,
          });
          break;
        }
        case 'cheque': {
          const no = chequeNo();
          const receipt = recorded('cheque', no, 0);
          lines.push({
            date: day(month, d + r.int(1, 3)),
            narration:
              r.next() < 0.5
                ? `CHQ DEP ${no} ${upper(c)}`
                : `CLG/${no}/${r.pick(['SBI', 'HDFC', 'BOB'])}`,
            reference: no,
            direction: 'credit',
            amount,
            truth: { kind: 'receipt', receipt },
            why,
          });
          break;
        }
        case 'gstin': {
          const receipt = recorded('neft', null, 0);
          lines.push({
            date: day(month, d + r.int(0, 2)),
            narration: `NEFT CR-${r.pick(IFSC)}-${c.gstin}-${utrOf('neft')}`,
            reference: '',
            direction: 'credit',
            amount,
            truth: { kind: 'receipt', receipt },
            why,
          });
          break;
        }
        case 'alias': {
          const receipt = recorded('upi', null, 0);
          lines.push({
            date: day(month, d + r.int(0, 2)),
            narration: `UPI/CR/${r.digits(12)}/${c.alias}/okaxis`,
            reference: '',
            direction: 'credit',
            amount,
            truth: { kind: 'receipt', receipt },
            why,
          });
          break;
        }
        case 'one_invoice':
        case 'tds':
        case 'two_invoices': {
          const count = why === 'two_invoices' ? 2 : 1;
          const ids = Array.from({ length: count }, () =>
            newInvoice(ci, r.int(2_000, 200_000) * 100),
          );
          const rate = r.pick([200, 1000, 100]);
          const tds =
            why === 'tds' ? ids.reduce((s, i) => s + tdsOn(invoices[i]!.taxable, rate), 0) : 0;
          const total = ids.reduce((s, i) => s + invoices[i]!.total, 0) - tds;
          lines.push({
            date: day(month, d),
            narration: `NEFT CR-${r.pick(IFSC)}-${upper(c)}-${utrOf('neft')}`,
            reference: '',
            direction: 'credit',
            amount: total,
            truth: { kind: 'new_receipt', customer: ci, invoices: ids, tds },
            why,
          });
          break;
        }
        case 'noise_credit': {
          const narration = r.pick([
            `INT.PD:${r.digits(10)}`,
            `NEFT CR-${r.pick(IFSC)}-${r.pick(NOISE_PAYERS)}-${utrOf('neft')}`,
            `UPI/CR/${r.digits(12)}/${r.pick(NOISE_PAYERS)}/ybl`,
            `REV ${r.digits(8)}`,
          ]);
          lines.push({
            date: day(month, d),
            narration,
            reference: '',
            direction: 'credit',
            amount:
              r.next() < 0.3 && receipts.length
                ? receipts[r.int(0, receipts.length - 1)]!.amount
                : amountOf(r),
            truth: null,
            why,
          });
          break;
        }
        default:
          lines.push({
            date: day(month, d),
            narration: r.pick([
              'CHARGES FOR NEFT',
              `CHQ PAID ${r.digits(6)} SELF`,
              `GST ON CHARGES`,
              `ACH DR ${r.digits(9)} ELECTRICITY`,
            ]),
            reference: '',
            direction: 'debit',
            amount: r.int(10, 50_000) * 100,
            truth: null,
            why,
          });
      }
    }
  }
  lines.sort((a, b) => a.date.localeCompare(b.date));
  return { customers, invoices, receipts, priorLines, lines };
}
