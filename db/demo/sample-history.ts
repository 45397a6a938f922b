// The sample company's last twelve months of trade, planned from a small table of customer habits
// and played through the ledger's own commands, so ageing, statements and DSO show something real.
import { addDays, daysBetween, type IsoDate } from '../../shared/dates';
import { documentDraftInput } from '../../shared/invoices/contract';
import { gstRateOn, type Item } from '../../shared/items/contract';
import { receiptInput, type ReceiptInput } from '../../shared/receipts/contract';
import { openTaxable, tdsOn } from '../../shared/receipts/tds';
import { createDraft, getDocument, issueDocument } from '../invoices/invoices';
import type { Ledger } from '../ledger/open';
import { clearCheque, depositCheque, openItemsOf, recordReceipt } from '../receipts/receipts';
import { bounceCheque, writeOff } from '../receipts/settlements';

/** The sample's items, by a short name (sample-company.ts lists them). */
export type SampleItemKey =
  'ball' | 'gate' | 'hose' | 'gasket' | 'bolts' | 'lube' | 'install' | 'amc';
type Basket = Partial<Record<SampleItemKey, number>>;

interface Habit {
  code: string;
  /** Days before today of the first invoice and of the last (long ago: they stopped buying). */
  from: number;
  to: number;
  /** Days between invoices. */
  every: number;
  /** A usual order: item and quantity. */
  basket: Basket;
  /** Days after the due date they pay each invoice (negative: early), or a round sum a month. */
  pays: number | { lump: number };
  how: 'bank' | 'cheque' | 'upi';
  /** The payer's bank (IFSC prefix), for UTRs and cheques. */
  bank: keyof typeof BANKS;
  tds?: { section: string; rateBps: number };
}

const BANKS = {
  SBIN: 'State Bank of India',
  ICIC: 'ICICI Bank',
  UTIB: 'Axis Bank',
  KKBK: 'Kotak Mahindra Bank',
  BARB: 'Bank of Baroda',
  CNRB: 'Canara Bank',
  PUNB: 'Punjab National Bank',
} as const;

// Who buys what and how they pay. The lateness is chosen so the ageing as of today spreads over
// every bucket: prompt payers leave only invoices not yet due, the late ones fill 1–30 to 61–90.
// prettier-ignore
const HABITS: Habit[] = [
  { code: 'TATAAUTO', from: 360, to: 3, every: 15, basket: { ball: 12, gasket: 60, bolts: 8 }, pays: -3, how: 'bank', bank: 'ICIC' },
  { code: 'BHARATFG', from: 355, to: 5, every: 18, basket: { gate: 10, bolts: 20, lube: 4 }, pays: 12, how: 'bank', bank: 'SBIN' },
  { code: 'KIRLOSKAR', from: 350, to: 2, every: 20, basket: { ball: 8, hose: 100, gasket: 40 }, pays: 2, how: 'cheque', bank: 'BARB' },
  { code: 'SUNDRAM', from: 345, to: 6, every: 22, basket: { bolts: 30, gasket: 80 }, pays: 24, how: 'bank', bank: 'CNRB' },
  { code: 'LAKSHMIMC', from: 340, to: 8, every: 24, basket: { gate: 6, lube: 6 }, pays: 48, how: 'bank', bank: 'CNRB' },
  // Services: the customer keeps back TDS on the value before GST (194J(a) technical services).
  { code: 'BIOCON', from: 335, to: 5, every: 30, basket: { amc: 1, install: 1 }, pays: 0, how: 'bank', bank: 'KKBK', tds: { section: '194J(a)', rateBps: 200 } },
  // Stopped buying three months ago and paid everything: a customer with nothing open.
  { code: 'TITANIND', from: 320, to: 95, every: 25, basket: { ball: 4, gasket: 30 }, pays: -2, how: 'bank', bank: 'UTIB' },
  { code: 'ARVINDMIL', from: 300, to: 12, every: 24, basket: { lube: 5, hose: 60 }, pays: 18, how: 'bank', bank: 'BARB' },
  { code: 'ADANIPORT', from: 300, to: 7, every: 24, basket: { gate: 12, install: 1 }, pays: 5, how: 'bank', bank: 'ICIC' },
  // A small buyer paying a round sum a month, oldest invoice first: always part-paid at the edge.
  { code: 'HEROCYCLE', from: 290, to: 4, every: 18, basket: { bolts: 10, lube: 2 }, pays: { lump: 55_000_00 }, how: 'bank', bank: 'SBIN' },
  // A large buyer deducting 0.1% TDS on purchases of goods (194Q).
  { code: 'MARUTISUZ', from: 364, to: 1, every: 13, basket: { ball: 20, gasket: 100, bolts: 25 }, pays: 0, how: 'bank', bank: 'SBIN', tds: { section: '194Q', rateBps: 10 } },
  { code: 'DABURIND', from: 280, to: 9, every: 28, basket: { lube: 4, hose: 50 }, pays: 6, how: 'bank', bank: 'UTIB' },
  { code: 'ITCKOLK', from: 270, to: 11, every: 26, basket: { ball: 6, gate: 3 }, pays: -5, how: 'bank', bank: 'ICIC' },
  { code: 'EXIDEIND', from: 260, to: 3, every: 25, basket: { bolts: 12, lube: 3 }, pays: 78, how: 'bank', bank: 'SBIN' },
  { code: 'DRREDDY', from: 250, to: 14, every: 35, basket: { install: 2, ball: 6 }, pays: 3, how: 'bank', bank: 'KKBK', tds: { section: '194C', rateBps: 200 } },
  // A new customer: two months of trade, nothing due yet.
  { code: 'JKTYRE', from: 60, to: 5, every: 20, basket: { gasket: 50, hose: 40 }, pays: -1, how: 'bank', bank: 'BARB' },
  { code: 'ASIANPNT', from: 240, to: 6, every: 22, basket: { ball: 10, gate: 4 }, pays: -1, how: 'bank', bank: 'KKBK' },
  { code: 'KERALAFEED', from: 330, to: 150, every: 30, basket: { hose: 40, gasket: 20 }, pays: 2, how: 'upi', bank: 'CNRB' },
  { code: 'GOAFOODS', from: 200, to: 20, every: 30, basket: { gasket: 20, bolts: 3 }, pays: 0, how: 'upi', bank: 'CNRB' },
  // Pays by cheque, late; one cheque bounced four months ago and nothing has come since.
  { code: 'RAJENG', from: 330, to: 20, every: 25, basket: { ball: 6, bolts: 6 }, pays: 15, how: 'cheque', bank: 'PUNB' },
];

/** One thing that happened; `ref` names the document it makes, for the steps that follow. */
export type Step = { on: IsoDate } & (
  | { kind: 'invoice'; ref: string; code: string; basket: Basket; po: string }
  | { kind: 'creditNote'; invoice: string; quantity: number; notes: string }
  | {
      kind: 'receipt';
      ref: string;
      code: string;
      invoices: string[];
      /** Percent of the open balance paid (a retention held back), and a shortfall in paise. */
      percent: number;
      short: number;
      narration: string | null;
    }
  | { kind: 'lump'; code: string; amount: number }
  | { kind: 'advance'; code: string; amount: number; narration: string }
  | { kind: 'postDated'; code: string; invoice: string; chequeDate: IsoDate }
  | { kind: 'deposit' | 'clear'; receipt: string }
  | { kind: 'bounce'; receipt: string; reason: string }
  | { kind: 'writeOff'; invoice: string; amount: number; reason: string }
);
type StepOf<K extends Step['kind']> = Extract<Step, { kind: K }>;

// Same-day order: documents before the money against them, a cheque's life after its receipt.
const ORDER: Record<Step['kind'], number> = {
  invoice: 0,
  creditNote: 1,
  receipt: 2,
  lump: 2,
  advance: 2,
  postDated: 2,
  deposit: 3,
  clear: 4,
  bounce: 5,
  writeOff: 6,
};

/** A fixed wobble of −3…+3 days, so payments do not all land the same number of days late. */
const wobble = (n: number) => ((n * 5) % 7) - 3;

/** A usual order, varied invoice to invoice: quantities ×½ to ×2, a line sometimes left out. */
function vary(basket: Basket, n: number): Basket {
  const keys = Object.keys(basket) as SampleItemKey[];
  const out: Basket = {};
  keys.forEach((key, k) => {
    if (keys.length > 1 && (n + k) % 4 === 3) return;
    out[key] = Math.max(1, Math.round((basket[key]! * [2, 3, 1, 4, 2][n % 5]!) / 2));
  });
  return out;
}

/** Twelve months of trade ending on `today`, in the order it happened. Pure: same input, same plan. */
export function planHistory(today: IsoDate, terms: Record<string, number>): Step[] {
  const steps: Step[] = [];
  const ago = (days: number) => addDays(today, -days);
  for (const h of HABITS) {
    const invoices: { ref: string; on: IsoDate; due: IsoDate }[] = [];
    for (let n = 0, back = h.from; back >= h.to; n++, back -= h.every) {
      const on = ago(back);
      const ref = `${h.code}/${n + 1}`;
      const po = `PO/${h.code.slice(0, 4)}/${on.slice(2, 4)}${on.slice(5, 7)}/${n + 1}`;
      steps.push({ on, kind: 'invoice', ref, code: h.code, basket: vary(h.basket, n), po });
      invoices.push({ ref, on, due: addDays(on, terms[h.code]!) });
    }
    const { pays } = h;
    if (typeof pays === 'object') {
      // The round sum arrives a month after the first invoice, and every month after that.
      for (let back = h.from - 30; back >= 0; back -= 30) {
        steps.push({ on: ago(back), kind: 'lump', code: h.code, amount: pays.lump });
      }
      continue;
    }
    invoices.forEach((inv, n) => {
      const payOn = addDays(inv.due, pays + wobble(n));
      const on = payOn < inv.on ? inv.on : payOn;
      const ref = `${h.code}/R${n + 1}`;
      steps.push({
        on,
        kind: 'receipt',
        ref,
        code: h.code,
        invoices: [inv.ref],
        percent: 100,
        short: 0,
        narration: null,
      });
      if (h.how === 'cheque') {
        steps.push({ on: addDays(on, 1), kind: 'deposit', receipt: ref });
        steps.push({ on: addDays(on, 3), kind: 'clear', receipt: ref });
      }
    });
  }
  tellStories(steps, today, terms);
  // Nothing from the future: a payment due after today is simply still open.
  return steps
    .filter((s) => s.on <= today)
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.on.localeCompare(b.s.on) || ORDER[a.s.kind] - ORDER[b.s.kind] || a.i - b.i)
    .map(({ s }) => s);
}

/** The few events that make the sample worth opening: a return, a retention, a bounce, an advance. */
function tellStories(steps: Step[], today: IsoDate, terms: Record<string, number>) {
  const ago = (days: number) => addDays(today, -days);
  const of = <K extends 'invoice' | 'receipt'>(kind: K, code: string) =>
    steps.filter((s): s is StepOf<K> => s.kind === kind && s.code === code);
  const nearest = <K extends 'invoice' | 'receipt'>(kind: K, code: string, days: number) => {
    const gap = (s: Step) => Math.abs(daysBetween(s.on, ago(days)));
    const found = of(kind, code).sort((a, b) => gap(a) - gap(b))[0];
    return found ?? fail(`no ${kind} of ${code} to tell a story with`);
  };
  const paymentOf = (code: string, invoice: string) =>
    of('receipt', code).find((s) => s.invoices.includes(invoice));
  const removeWhere = (drop: (s: Step) => boolean) => {
    for (let i = steps.length - 1; i >= 0; i--) if (drop(steps[i]!)) steps.splice(i, 1);
  };

  // Asian Paints sent back part of a delivery a week after it came: a credit note, paid net.
  const returned = nearest('invoice', 'ASIANPNT', 70);
  steps.push({
    on: addDays(returned.on, 6),
    kind: 'creditNote',
    invoice: returned.ref,
    quantity: 2,
    notes: 'Two pieces returned: damaged in transit',
  });

  // Adani Ports holds back 10% of an invoice until commissioning is signed off.
  const retained = paymentOf('ADANIPORT', nearest('invoice', 'ADANIPORT', 150).ref);
  if (retained) {
    Object.assign(retained, { percent: 90, narration: '10% retention held until commissioning' });
  }

  // Arvind Mills paid ₹8 short; not worth a call, so it is written off as a small balance.
  const short = paymentOf('ARVINDMIL', nearest('invoice', 'ARVINDMIL', 110).ref);
  if (short) {
    Object.assign(short, { short: 8_00, narration: 'Paid ₹8 short (their bank charges)' });
    steps.push({
      on: addDays(short.on, 7),
      kind: 'writeOff',
      invoice: short.invoices[0]!,
      amount: 8_00,
      reason: 'Short payment of ₹8, not worth recovering',
    });
  }

  // Rajasthan Engineering's cheque came back four months ago and nothing has come since.
  const bounced = nearest('receipt', 'RAJENG', 120);
  const dropped = new Set(
    of('receipt', 'RAJENG')
      .filter((s) => s.on > bounced.on)
      .map((s) => s.ref),
  );
  removeWhere(
    (s) =>
      (s.kind === 'receipt' && dropped.has(s.ref)) ||
      ((s.kind === 'deposit' || s.kind === 'clear') && dropped.has(s.receipt)) ||
      (s.kind === 'clear' && s.receipt === bounced.ref),
  );
  steps.push({
    on: addDays(bounced.on, 4),
    kind: 'bounce',
    receipt: bounced.ref,
    reason: 'Funds insufficient',
  });

  // Goa Foods paid an advance for an order that has not shipped yet: money on account.
  steps.push({
    on: ago(4),
    kind: 'advance',
    code: 'GOAFOODS',
    amount: 25_000_00,
    narration: 'Advance against the festival order',
  });

  // Kirloskar handed over a post-dated cheque for the invoice falling due next.
  const dueOf = (s: StepOf<'invoice'>) => addDays(s.on, terms[s.code]!);
  const next = of('invoice', 'KIRLOSKAR').find((s) => dueOf(s) > addDays(today, 3));
  if (next) {
    steps.push({
      on: ago(1),
      kind: 'postDated',
      code: 'KIRLOSKAR',
      invoice: next.ref,
      chequeDate: dueOf(next),
    });
  }
}

export interface SampleBooks {
  customers: Map<string, number>;
  items: Record<SampleItemKey, Item>;
  bankAccountId: number;
}

/** Play the plan through the ledger's commands, each one audited like a user's own. */
export function playHistory(ledger: Ledger, actor: string, steps: Step[], books: SampleBooks) {
  const ids = new Map<string, number>();
  const id = (ref: string) => ids.get(ref) ?? fail(`no document for ${ref}`);
  const habit = (code: string) =>
    HABITS.find((h) => h.code === code) ?? fail(`no habit for ${code}`);
  const customerId = (code: string) => books.customers.get(code) ?? fail(`no customer ${code}`);
  let serial = 0;

  /** How the money came: a cheque, a UPI payment or a bank transfer with its UTR. */
  const how = (h: Habit, on: IsoDate, amount: number, chequeDate: IsoDate = on) => {
    serial += 1;
    const ymd = on.replace(/-/g, '');
    const pad = (n: number) => String(serial).padStart(n, '0');
    switch (h.how) {
      case 'cheque':
        return {
          mode: 'cheque',
          instrumentNumber: String(400_000 + serial * 37),
          instrumentDate: chequeDate,
          draweeBank: BANKS[h.bank],
        } as const;
      case 'upi':
        return { mode: 'upi', instrumentNumber: `${ymd.slice(2)}${pad(6)}` } as const;
      case 'bank':
        // RTGS is for ₹2 lakh and more; below that, NEFT.
        return amount >= 2_00_000_00
          ? ({ mode: 'rtgs', instrumentNumber: `${h.bank}R${ymd}${pad(10)}` } as const)
          : ({ mode: 'neft', instrumentNumber: `${h.bank}N${ymd}${pad(7)}` } as const);
    }
  };
  const receive = (code: string, input: Omit<ReceiptInput, 'customerId' | 'bankAccountId'>) =>
    recordReceipt(
      ledger,
      receiptInput.parse({
        customerId: customerId(code),
        bankAccountId: books.bankAccountId,
        ...input,
      }),
      actor,
    );

  for (const s of steps) {
    switch (s.kind) {
      case 'invoice': {
        const lines = (Object.entries(s.basket) as [SampleItemKey, number][]).map(([key, qty]) => {
          const item = books.items[key];
          return {
            itemId: item.id,
            description: item.name,
            hsnSac: item.hsnSac,
            unit: item.unit,
            quantity: String(qty),
            rate: item.defaultRate,
            gstRateBps: gstRateOn(item, s.on) ?? fail(`no GST rate for ${item.name}`),
          };
        });
        const draft = documentDraftInput.parse({
          customerId: customerId(s.code),
          date: s.on,
          reference: s.po,
          lines,
        });
        ids.set(
          s.ref,
          issueDocument(ledger, createDraft(ledger, draft, actor).id, actor).document.id,
        );
        break;
      }
      case 'creditNote': {
        const invoice = getDocument(ledger, id(s.invoice));
        const line = invoice.lines[0]!;
        const draft = documentDraftInput.parse({
          kind: 'credit_note',
          customerId: invoice.customerId,
          date: s.on,
          reason: 'return',
          notes: s.notes,
          referencedIds: [invoice.id],
          lines: [
            {
              itemId: line.itemId,
              description: line.description,
              hsnSac: line.hsnSac,
              unit: line.unit,
              quantity: String(Math.min(s.quantity, line.quantityMilli / 1000)),
              rate: line.rate,
              gstRateBps: line.gstRateBps,
            },
          ],
        });
        issueDocument(ledger, createDraft(ledger, draft, actor).id, actor);
        break;
      }
      case 'receipt': {
        const h = habit(s.code);
        const allocations = s.invoices
          .map((ref) => getDocument(ledger, id(ref)))
          .map((d) => {
            // A share is paid in whole rupees, as a customer would round it.
            const paid =
              s.percent === 100
                ? d.openBalance - s.short
                : Math.floor((d.openBalance * s.percent) / 100 / 100) * 100;
            const taxable = openTaxable({
              openBalance: paid,
              total: d.totals.total,
              taxable: d.totals.taxable,
            });
            return {
              documentId: d.id,
              amount: paid,
              tds: h.tds ? tdsOn(taxable, h.tds.rateBps) : 0,
            };
          })
          .filter((a) => a.amount > 0);
        if (allocations.length === 0) break; // a credit note settled it already
        const total = allocations.reduce((sum, a) => sum + a.amount, 0);
        const tds = allocations.reduce((sum, a) => sum + a.tds, 0);
        const receipt = receive(s.code, {
          date: s.on,
          ...how(h, s.on, total - tds),
          amount: total - tds,
          tdsAmount: tds,
          tdsSection: tds ? h.tds!.section : null,
          tdsRateBps: tds ? h.tds!.rateBps : null,
          narration: s.narration,
          allocations: allocations.map(({ documentId, amount }) => ({ documentId, amount })),
        });
        ids.set(s.ref, receipt.id);
        break;
      }
      case 'lump': {
        // Oldest due first, as far as the money goes.
        let left = s.amount;
        const allocations = [];
        for (const d of openItemsOf(ledger, customerId(s.code)).debits) {
          if (left === 0) break;
          const amount = Math.min(left, d.openBalance);
          allocations.push({ documentId: d.documentId, amount });
          left -= amount;
        }
        if (allocations.length === 0) break;
        const amount = s.amount - left;
        receive(s.code, { date: s.on, ...how(habit(s.code), s.on, amount), amount, allocations });
        break;
      }
      case 'advance':
        receive(s.code, {
          date: s.on,
          ...how(habit(s.code), s.on, s.amount),
          amount: s.amount,
          narration: s.narration,
        });
        break;
      case 'postDated': {
        const amount = getDocument(ledger, id(s.invoice)).openBalance;
        receive(s.code, { date: s.on, ...how(habit(s.code), s.on, amount, s.chequeDate), amount });
        break;
      }
      case 'deposit':
        depositCheque(ledger, id(s.receipt), s.on, actor);
        break;
      case 'clear':
        clearCheque(ledger, id(s.receipt), s.on, actor);
        break;
      case 'bounce':
        bounceCheque(
          ledger,
          {
            id: id(s.receipt),
            date: s.on,
            reason: s.reason,
            // The bank's return charge, billed on to the customer with GST (SAC 9971).
            charges: { amount: 500_00, gstRateBps: 1800, hsnSac: '9971' },
          },
          actor,
        );
        break;
      case 'writeOff':
        writeOff(
          ledger,
          {
            documentId: id(s.invoice),
            amount: s.amount,
            date: s.on,
            kind: 'small_balance',
            reason: s.reason,
          },
          actor,
        );
        break;
    }
  }
}

function fail(message: string): never {
  throw new Error(`sample history: ${message}`);
}
