// How Bahi proposes to spread a receipt over a customer's open items. Pure: the screen, the import
// and the bank matching all call it with the same inputs and get the same answer.
import { openTaxable, tdsOn } from './tds';

export interface OpenItem {
  documentId: number;
  date: string;
  dueDate: string | null;
  /** What is still owed, in paise. */
  openBalance: number;
  total: number;
  taxable: number;
}

export interface SuggestInput {
  /** What the customer paid, in paise. */
  amount: number;
  /** TDS already keyed; 0 when the user has not said. */
  tdsAmount: number;
  /** The customer's usual TDS rate, to recognise a payment net of TDS. */
  tdsRateBps: number | null;
  items: OpenItem[];
}

export type SuggestionBasis = 'exact' | 'exact_net_of_tds' | 'oldest_first' | 'nothing_open';

export interface Suggestion {
  basis: SuggestionBasis;
  allocations: { documentId: number; amount: number }[];
  /** The TDS the suggestion assumes: the keyed amount, or what the matched set implies. */
  tdsAmount: number;
  /** What stays on account. */
  onAccount: number;
}

/** Oldest due first; undated dues by document date; then by number of entry. */
export const byDueDate = (a: OpenItem, b: OpenItem): number =>
  (a.dueDate ?? a.date).localeCompare(b.dueDate ?? b.date) ||
  a.date.localeCompare(b.date) ||
  a.documentId - b.documentId;

// Subset search is exponential: look at the oldest few items, and give up after a fixed budget.
const SUBSET_ITEMS = 24;
const SUBSET_BUDGET = 200_000;

/**
 * The oldest set of items (by due date) whose `value`s add to `target`, or null. Depth-first in
 * due-date order, so the first set found prefers older items.
 */
function findSet(
  items: OpenItem[],
  target: number,
  value: (i: OpenItem) => number,
  tolerance = 0,
): OpenItem[] | null {
  const pool = items.slice(0, SUBSET_ITEMS);
  const values = pool.map(value);
  // suffix[i] = Σ values[i..]: prune branches that can no longer reach the target.
  const suffix = values.reduceRight<number[]>((acc, v) => [v + (acc[0] ?? 0), ...acc], []);
  let budget = SUBSET_BUDGET;
  const chosen: number[] = [];
  const walk = (start: number, remaining: number): boolean => {
    if (Math.abs(remaining) <= tolerance * chosen.length && chosen.length > 0) return true;
    if (--budget <= 0) return false;
    for (let i = start; i < pool.length; i++) {
      if ((suffix[i] ?? 0) < remaining - tolerance * pool.length) return false;
      if (values[i]! > remaining + tolerance * (chosen.length + 1)) continue;
      chosen.push(i);
      if (walk(i + 1, remaining - values[i]!)) return true;
      chosen.pop();
    }
    return false;
  };
  return walk(0, target) ? chosen.map((i) => pool[i]!) : null;
}

export function suggestAllocation(input: SuggestInput): Suggestion {
  const items = input.items.filter((i) => i.openBalance > 0).sort(byDueDate);
  const credit = input.amount + input.tdsAmount;
  if (items.length === 0 || credit <= 0) {
    return {
      basis: 'nothing_open',
      allocations: [],
      tdsAmount: input.tdsAmount,
      onAccount: credit,
    };
  }
  const full = (set: OpenItem[], basis: SuggestionBasis, tdsAmount: number): Suggestion => ({
    basis,
    allocations: set.map((i) => ({ documentId: i.documentId, amount: i.openBalance })),
    tdsAmount,
    onAccount: input.amount + tdsAmount - set.reduce((s, i) => s + i.openBalance, 0),
  });

  // One invoice paid in full is the strongest signal; then the oldest set that adds up.
  const single = items.find((i) => i.openBalance === credit);
  const exact = single ? [single] : findSet(items, credit, (i) => i.openBalance);
  if (exact) return full(exact, 'exact', input.tdsAmount);

  // Paid net of TDS: each item contributes its balance less the TDS on its open taxable value.
  // Deductors round TDS their own way, so allow a rupee per invoice either side.
  if (input.tdsAmount === 0 && input.tdsRateBps) {
    const rate = input.tdsRateBps;
    const net = findSet(
      items,
      input.amount,
      (i) => i.openBalance - tdsOn(openTaxable(i), rate),
      100,
    );
    if (net) {
      const tds = net.reduce((s, i) => s + i.openBalance, 0) - input.amount;
      if (tds >= 0) return full(net, 'exact_net_of_tds', tds);
    }
  }

  const allocations: Suggestion['allocations'] = [];
  let left = credit;
  for (const item of items) {
    if (left <= 0) break;
    const amount = Math.min(left, item.openBalance);
    allocations.push({ documentId: item.documentId, amount });
    left -= amount;
  }
  return { basis: 'oldest_first', allocations, tdsAmount: input.tdsAmount, onAccount: left };
}
