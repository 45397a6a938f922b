// Matching at scale: statement lines against open invoices and unmatched receipts, pure (no
// SQLite), so the figure is the matcher's own. `npm run bench:matching -- LINES CUSTOMERS INVOICES`.
import { generateWorld } from '../db/bank-reconciliation/generate';
import {
  pickAutomatic,
  suggestMatches,
  type MatchInputs,
} from '../db/bank-reconciliation/matching';
import type { OpenItem } from '../shared/receipts/suggest';

const [lines = 10_000, customers = 5_000, invoices = 60_000] = process.argv.slice(2).map(Number);
const world = generateWorld({ seed: 7, customers, lines, backgroundInvoices: invoices });
const openItems = new Map<number, OpenItem[]>();
world.invoices.forEach((i, id) => {
  const item = {
    documentId: id + 1,
    date: i.date,
    dueDate: null,
    openBalance: i.total,
    total: i.total,
    taxable: i.taxable,
  };
  openItems.set(i.customer, [...(openItems.get(i.customer) ?? []), item]);
});
const inputs: MatchInputs = {
  lines: world.lines.map((l, id) => ({ ...l, id: id + 1 })),
  receipts: world.receipts.map((r, id) => ({
    id: id + 1,
    number: `RCT/${id + 1}`,
    customerId: r.customer,
    date: r.date,
    instrumentNumber: r.instrument,
    amount: r.amount,
  })),
  customers: world.customers.map((c, id) => ({ id, name: c.name, gstin: c.gstin })),
  aliases: world.customers.flatMap((c, id) =>
    c.alias ? [{ customerId: id, alias: c.alias }] : [],
  ),
  openItems,
};
let peak = process.memoryUsage().rss;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const t0 = performance.now();
const suggestions = suggestMatches(inputs);
const auto = pickAutomatic(suggestions, 80);
const ms = performance.now() - t0;
clearInterval(timer);
peak = Math.max(peak, process.memoryUsage().rss);
console.log(
  `${inputs.lines.length} lines against ${world.invoices.length} open invoices and ${inputs.receipts.length} receipts ` +
    `(${customers} customers): ${(ms / 1000).toFixed(2)} s, ${auto.length} above 80, peak RSS ${(peak / 2 ** 20).toFixed(0)} MB`,
);
