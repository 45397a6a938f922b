// Bank lines matched to receipts, credits first. Pure: explicit inputs in, scored suggestions out,
// each with the reasons a person would give. The ledger side (matches.ts) loads the inputs and
// writes what is accepted.
import { suggestAllocation, type OpenItem } from '../../shared/receipts/suggest';
import { NameIndex, normaliseName, referencesIn, type KnownName } from './names';

export interface BankLineIn {
  id: number;
  date: string;
  narration: string;
  reference: string;
  direction: 'credit' | 'debit';
  amount: number;
}

export interface ReceiptIn {
  id: number;
  number: string;
  customerId: number;
  date: string;
  instrumentNumber: string | null;
  /** What the bank credited: amount received less bank charges. */
  amount: number;
}

export interface MatchInputs {
  lines: BankLineIn[];
  /** Issued receipts into this bank account not yet matched to a line. */
  receipts: ReceiptIn[];
  customers: { id: number; name: string; gstin: string | null }[];
  aliases: { customerId: number; alias: string }[];
  /** Each customer's open debit items (invoices), for a line no receipt explains yet. */
  openItems: Map<number, OpenItem[]>;
  windowDays?: number;
}

export type MatchSuggestion =
  | {
      kind: 'receipt';
      lineId: number;
      receiptId: number;
      receiptNumber: string;
      customerId: number;
      score: number;
      reasons: string[];
    }
  | {
      kind: 'new_receipt';
      lineId: number;
      customerId: number;
      score: number;
      reasons: string[];
      allocations: { documentId: number; amount: number }[];
      tdsAmount: number;
      tdsRateBps: number | null;
    };

export const DEFAULT_WINDOW_DAYS = 5;
/** TDS rates customers deduct most (194C/194J(a) 2%, 194C individuals 1%, 194J 10%). */
export const TDS_RATES_BPS = [200, 100, 1000] as const;

const daysApart = (a: string, b: string) =>
  Math.round(Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);
const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));
const toReceipt = (
  line: BankLineIn,
  r: ReceiptIn,
  score: number,
  reasons: string[],
): MatchSuggestion => ({
  kind: 'receipt',
  lineId: line.id,
  receiptId: r.id,
  receiptNumber: r.number,
  customerId: r.customerId,
  score: clamp(score),
  reasons,
});
const HOW = { gstin: 'GSTIN', name: 'name', alias: 'known alias' } as const;

export function buildNameIndex(inputs: Pick<MatchInputs, 'customers' | 'aliases'>): NameIndex {
  const names: KnownName[] = inputs.customers.map((c) => ({
    customerId: c.id,
    name: normaliseName(c.name),
    how: 'name',
  }));
  for (const a of inputs.aliases)
    names.push({ customerId: a.customerId, name: a.alias, how: 'alias' });
  const gstins = inputs.customers.flatMap((c) =>
    c.gstin ? [{ customerId: c.id, gstin: c.gstin }] : [],
  );
  return new NameIndex(names, gstins);
}

function groupBy<T, K>(items: T[], key: (t: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const i of items) {
    const k = key(i);
    const list = m.get(k);
    if (list) list.push(i);
    else m.set(k, [i]);
  }
  return m;
}

/** Every credit line's suggestions, best first (debits are left for the reconciliation statement). */
export function suggestMatches(inputs: MatchInputs): Map<number, MatchSuggestion[]> {
  const window = inputs.windowDays ?? DEFAULT_WINDOW_DAYS;
  const index = buildNameIndex(inputs);
  const byInstrument = groupBy(
    inputs.receipts.filter((r) => r.instrumentNumber),
    (r) => r.instrumentNumber!.toUpperCase(),
  );
  const byCustomerAmount = groupBy(inputs.receipts, (r) => `${r.customerId}:${r.amount}`);
  const byAmount = groupBy(inputs.receipts, (r) => r.amount);
  const out = new Map<number, MatchSuggestion[]>();

  for (const line of inputs.lines) {
    if (line.direction !== 'credit') continue;
    const found: MatchSuggestion[] = [];
    const seen = new Set<number>();
    const who = index.recognise(line.narration);
    const top = who[0];
    // Several customers named equally well: the name alone does not say who paid.
    const ambiguous = top !== undefined && who.filter((w) => w.words === top.words).length > 1;
    const named = new Map(who.map((w) => [w.customerId, w]));

    // (a) the instrument: a UTR or cheque number the receipt was keyed with.
    for (const ref of referencesIn(line.narration, line.reference)) {
      for (const r of byInstrument.get(ref) ?? []) {
        if (r.amount !== line.amount || seen.has(r.id)) continue;
        seen.add(r.id);
        const reasons = [`${ref} is the instrument number of receipt ${r.number}`, 'amount equal'];
        let score = 96;
        const w = named.get(r.customerId);
        if (w) {
          reasons.push(`the narration names the customer (${HOW[w.how]})`);
          score += 3;
        }
        const days = daysApart(line.date, r.date);
        if (days > 30) {
          reasons.push(`${days} days apart`);
          score -= 10;
        }
        found.push(toReceipt(line, r, clamp(score), reasons));
      }
    }

    // (b) the customer and the amount, within the window.
    for (const w of who) {
      const near = (byCustomerAmount.get(`${w.customerId}:${line.amount}`) ?? []).filter(
        (r) => !seen.has(r.id) && daysApart(line.date, r.date) <= window,
      );
      for (const r of near) {
        seen.add(r.id);
        const days = daysApart(line.date, r.date);
        const reasons = [
          `the narration names ${HOW[w.how] === 'GSTIN' ? 'the customer’s GSTIN' : `the customer (${HOW[w.how]})`}`,
          'amount equal',
          days === 0 ? 'same day' : `${days} day${days === 1 ? '' : 's'} apart`,
        ];
        let score = (w.how === 'gstin' ? 90 : w.how === 'name' ? 88 : 86) - 2 * days;
        if (w.words < (top?.words ?? 0)) score -= 20;
        if (ambiguous) {
          reasons.push('another customer has the same name');
          score -= 25;
        }
        if (near.length > 1) {
          reasons.push(`${near.length} receipts of this amount from the customer in the window`);
          score -= 30;
        }
        found.push(toReceipt(line, r, clamp(score), reasons));
      }
    }

    // The amount alone, for a person to confirm: never strong enough to accept in bulk.
    if (found.length === 0) {
      const near = (byAmount.get(line.amount) ?? []).filter(
        (r) => !seen.has(r.id) && daysApart(line.date, r.date) <= window,
      );
      for (const r of near.slice(0, 5)) {
        const days = daysApart(line.date, r.date);
        found.push({
          kind: 'receipt',
          lineId: line.id,
          receiptId: r.id,
          receiptNumber: r.number,
          customerId: r.customerId,
          score: clamp(45 - 3 * days - 10 * (near.length - 1)),
          reasons: [
            'amount equal',
            `${days} day${days === 1 ? '' : 's'} apart`,
            'customer not named',
          ],
        });
      }
    }

    // (c) nothing recorded yet: the amount settles a set of the named customer's open invoices.
    if (found.length === 0) {
      for (const w of who.slice(0, 3)) {
        const s = invoiceSet(line.amount, inputs.openItems.get(w.customerId) ?? []);
        if (!s) continue;
        const reasons = [`the narration names the customer (${HOW[w.how]})`, ...s.reasons];
        let score = (w.how === 'gstin' ? 84 : w.how === 'name' ? 82 : 80) - s.penalty;
        if (w.words < (top?.words ?? 0)) score -= 20;
        if (ambiguous) {
          reasons.push('another customer has the same name');
          score -= 25;
        }
        found.push({
          kind: 'new_receipt',
          lineId: line.id,
          customerId: w.customerId,
          score: clamp(score),
          reasons,
          allocations: s.allocations,
          tdsAmount: s.tdsAmount,
          tdsRateBps: s.tdsRateBps,
        });
      }
    }

    found.sort((a, b) => b.score - a.score);
    // Two close answers: neither is sure enough to take without a person.
    if (found.length > 1 && found[0]!.score - found[1]!.score < 10) {
      found[0] = {
        ...found[0]!,
        score: clamp(found[0]!.score - 15),
        reasons: [...found[0]!.reasons, 'another suggestion is nearly as good'],
      };
      found.sort((a, b) => b.score - a.score);
    }
    if (found.length > 0) out.set(line.id, found);
  }
  return out;
}

/** The open invoices a payment settles exactly, or exactly net of TDS at a usual rate. */
export function invoiceSet(
  amount: number,
  items: OpenItem[],
): {
  allocations: { documentId: number; amount: number }[];
  tdsAmount: number;
  tdsRateBps: number | null;
  reasons: string[];
  penalty: number;
} | null {
  if (items.length === 0) return null;
  const exact = suggestAllocation({ amount, tdsAmount: 0, tdsRateBps: null, items });
  if (exact.basis === 'exact') {
    const n = exact.allocations.length;
    return {
      allocations: exact.allocations,
      tdsAmount: 0,
      tdsRateBps: null,
      reasons: [n === 1 ? 'amount equals an open invoice' : `amount equals ${n} open invoices`],
      penalty: n === 1 ? 0 : 3,
    };
  }
  for (const rate of TDS_RATES_BPS) {
    const net = suggestAllocation({ amount, tdsAmount: 0, tdsRateBps: rate, items });
    if (net.basis === 'exact_net_of_tds' && net.onAccount === 0) {
      const n = net.allocations.length;
      return {
        allocations: net.allocations,
        tdsAmount: net.tdsAmount,
        tdsRateBps: rate,
        reasons: [
          `amount equals ${n === 1 ? 'an open invoice' : `${n} open invoices`} less TDS at ${rate / 100}% of the taxable value`,
        ],
        penalty: n === 1 ? 4 : 6,
      };
    }
  }
  return null;
}

/**
 * What "accept all above" takes: each line's top suggestion at or above the threshold, best first,
 * never a line or a receipt twice.
 */
export function pickAutomatic(
  suggestions: Map<number, MatchSuggestion[]>,
  threshold: number,
): MatchSuggestion[] {
  const tops = [...suggestions.values()]
    .map((s) => s[0]!)
    .filter((s) => s.score >= threshold)
    .sort((a, b) => b.score - a.score || a.lineId - b.lineId);
  const receipts = new Set<number>();
  const invoices = new Set<number>();
  const picked: MatchSuggestion[] = [];
  for (const s of tops) {
    if (s.kind === 'receipt') {
      if (receipts.has(s.receiptId)) continue;
      receipts.add(s.receiptId);
    } else {
      // Two lines paying the same invoice: only one of them can be right, so a person decides.
      if (s.allocations.some((a) => invoices.has(a.documentId))) continue;
      s.allocations.forEach((a) => invoices.add(a.documentId));
    }
    picked.push(s);
  }
  return picked;
}
