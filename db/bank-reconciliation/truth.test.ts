// A generated month: 2,000 bank lines against 500 customers, each line's truth known. Matching
// must never take a wrong line automatically; the shares it gets right are printed.
import { describe, expect, it } from 'vitest';
import { customerInput } from '../../shared/customers/contract';
import { receiptInput } from '../../shared/receipts/contract';
import { createCustomer } from '../customers/customers';
import { invoice, receiptsLedger } from '../receipts/fixture';
import { depositCheque, getReceipt, recordReceipt } from '../receipts/receipts';
import { generateWorld, type GenLine, type World } from './generate';
import { importStatement } from './import';
import { acceptAbove, DEFAULT_THRESHOLD, suggestionsFor } from './matches';
import type { MatchSuggestion } from './matching';
import { bankReconciliation } from './statement';
import { csvBytes, hdfcCsv } from './testing';

const csvOf = (lines: GenLine[], opening = 0) =>
  csvBytes(
    hdfcCsv(
      lines.map((l) => ({
        date: l.date,
        narration: l.narration,
        reference: l.reference,
        [l.direction]: l.amount,
      })),
      opening,
    ),
  );

function build(world: World) {
  const f = receiptsLedger();
  const { ledger, hdfc } = f;
  const customerIds = world.customers.map(
    (c) =>
      createCustomer(
        ledger,
        customerInput.parse({ code: c.code, name: c.name, gstin: c.gstin }),
        't',
      ).id,
  );
  const invoiceIds = world.invoices.map((i) => {
    const doc = invoice(ledger, customerIds[i.customer]!, i.taxable, i.date);
    expect(doc.totals.total).toBe(i.total);
    return doc.id;
  });
  const receiptIds = world.receipts.map((g) => {
    const r = recordReceipt(
      ledger,
      receiptInput.parse({
        customerId: customerIds[g.customer]!,
        date: g.date,
        mode: g.mode,
        bankAccountId: hdfc,
        instrumentNumber: g.instrument,
        instrumentDate: g.mode === 'cheque' ? g.date : null,
        amount: g.amount,
      }),
      't',
    );
    if (g.mode === 'cheque') depositCheque(ledger, r.id, g.date, 't');
    return r.id;
  });
  return { ...f, customerIds, invoiceIds, receiptIds };
}

describe('matching a generated month with known truth', () => {
  it('takes no wrong line automatically, and reports how much it gets right', async () => {
    const world = generateWorld({ seed: 6, customers: 500, lines: 2000, backgroundInvoices: 1000 });
    const t0 = Date.now();
    const b = build(world);
    const { ledger, hdfc } = b;
    try {
      await importStatement(
        ledger,
        { bankAccountId: hdfc, fileName: 'june.csv', bytes: csvOf(world.priorLines) },
        't',
      );
      acceptAbove(ledger, { bankAccountId: hdfc, threshold: 95 }, 't');
      const aliases = ledger.sqlite
        .prepare('select count(*) from bank_aliases')
        .pluck()
        .get() as number;
      expect(aliases).toBe(world.priorLines.length);

      const imported = await importStatement(
        ledger,
        {
          bankAccountId: hdfc,
          fileName: 'july.csv',
          bytes: csvOf(
            world.lines,
            world.priorLines.reduce((t, l) => t + l.amount, 0),
          ),
        },
        't',
      );
      expect(imported.linesNew).toBe(2000);
      const lineIds = ledger.sqlite
        .prepare('select id from bank_statement_lines where import_id = ? order by line_no')
        .pluck()
        .all(imported.importId) as number[];
      const truthOf = new Map(lineIds.map((id, i) => [id, world.lines[i]!]));
      const isRight = (s: MatchSuggestion, l: GenLine, receiptId?: number) => {
        const t = l.truth;
        if (!t) return false;
        if (t.kind === 'receipt')
          return (
            (receiptId ?? (s.kind === 'receipt' ? s.receiptId : -1)) === b.receiptIds[t.receipt]
          );
        const customer = receiptId ? getReceipt(ledger, receiptId).customerId : s.customerId;
        if (customer !== b.customerIds[t.customer]) return false;
        const wanted = t.invoices.map((i) => b.invoiceIds[i]).sort();
        const got = receiptId
          ? getReceipt(ledger, receiptId)
              .allocations.map((a) => a.debitId)
              .sort()
          : s.kind === 'new_receipt'
            ? s.allocations.map((a) => a.documentId).sort()
            : [];
        return JSON.stringify(wanted) === JSON.stringify(got);
      };

      const suggestions = suggestionsFor(ledger, hdfc);
      const withTruth = world.lines.filter((l) => l.truth).length;
      let topRight = 0;
      const byWhy = new Map<string, { n: number; top: number; auto: number }>();
      for (const { line, suggestions: s } of suggestions) {
        const l = truthOf.get(line.id)!;
        const w = byWhy.get(l.why) ?? { n: 0, top: 0, auto: 0 };
        w.n++;
        if (s[0] && isRight(s[0], l)) {
          topRight++;
          w.top++;
        }
        byWhy.set(l.why, w);
      }
      const accepted = acceptAbove(
        ledger,
        { bankAccountId: hdfc, threshold: DEFAULT_THRESHOLD },
        't',
      );
      let wrong = 0;
      for (const m of accepted.matched) {
        const l = truthOf.get(m.lineId)!;
        if (isRight({ kind: 'receipt', customerId: 0 } as MatchSuggestion, l, m.receiptId))
          byWhy.get(l.why)!.auto++;
        else wrong++;
      }
      const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
      console.log(
        `2,000 lines / 500 customers: ${pct(accepted.matched.length, withTruth)} of the ${withTruth} lines with a true match ` +
          `matched automatically at ≥ ${DEFAULT_THRESHOLD}; top suggestion right for ${pct(topRight, withTruth)}; ` +
          `wrong automatic matches ${wrong}; ${((Date.now() - t0) / 1000).toFixed(1)} s in all`,
      );
      console.log(JSON.stringify(Object.fromEntries(byWhy)));
      expect(wrong).toBe(0);
      expect(accepted.matched.length / withTruth).toBeGreaterThan(0.6);
      const brs = bankReconciliation(ledger, hdfc, '2025-07-31');
      expect(brs.balanced).toBe(true);
      expect(brs.balancePerBooks + brs.items.reduce((s, i) => s + i.amount, 0)).toBe(
        brs.balancePerBank,
      );
    } finally {
      ledger.close?.();
    }
  }, 240_000);
});
