// After any sequence of match / un-match / create-receipt / accept-above, no bank line and no
// receipt is matched twice, and the reconciliation statement adds up on every date.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invoice, receive, receiptsLedger } from '../receipts/fixture';
import { importStatement } from './import';
import { acceptAbove, acceptMatch, createReceiptFromLine, listLines, unmatch } from './matches';
import { bankReconciliation } from './statement';
import { csvBytes, hdfcCsv } from './testing';

const op = fc.oneof(
  fc.record({ kind: fc.constant('match' as const), line: fc.nat(9), receipt: fc.nat(5) }),
  fc.record({ kind: fc.constant('unmatch' as const), line: fc.nat(9) }),
  fc.record({ kind: fc.constant('create' as const), line: fc.nat(9), blr: fc.boolean() }),
  fc.record({
    kind: fc.constant('acceptAbove' as const),
    threshold: fc.integer({ min: 50, max: 100 }),
  }),
);

describe('bank matching invariants', () => {
  it('never matches a line or a receipt twice; the statement always adds up', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 12 }), async (ops) => {
        const { ledger, hdfc, pune, blr } = receiptsLedger();
        try {
          invoice(ledger, pune, 50_000_00, '2025-06-01');
          invoice(ledger, blr, 20_000_00, '2025-06-05');
          const amounts = [10_000_00, 5_000_00, 10_000_00, 7_500_00, 2_360_00, 1_000_00];
          const receipts = amounts.map((amount, i) =>
            receive(ledger, {
              customerId: i % 2 ? blr : pune,
              bankAccountId: hdfc,
              amount,
              date: `2025-07-0${i + 1}`,
              instrumentNumber: `UTR00000000${i}`,
            }),
          );
          await importStatement(
            ledger,
            {
              bankAccountId: hdfc,
              fileName: 's.csv',
              bytes: csvBytes(
                hdfcCsv([
                  ...amounts.map((credit, i) => ({
                    date: `2025-07-0${i + 2}`,
                    narration:
                      i % 3 ? `NEFT CR-PUNE LTD-UTR00000000${i}` : `UPI/CR/99${i}/BLR LTD/ok`,
                    credit,
                  })),
                  { date: '2025-07-09', narration: 'NEFT CR-PUNE LTD-X1', credit: 59_000_00 },
                  { date: '2025-07-09', narration: 'UNKNOWN', credit: 333_00 },
                  { date: '2025-07-09', narration: 'CHARGES', debit: 118_00 },
                  { date: '2025-07-10', narration: 'BLR LTD', credit: 1_000_00 },
                ]),
              ),
            },
            't',
          );
          const lines = listLines(ledger, hdfc);
          for (const o of ops) {
            const line = lines[('line' in o ? o.line : 0) % lines.length]!;
            try {
              if (o.kind === 'match')
                acceptMatch(ledger, { lineId: line.id, receiptId: receipts[o.receipt]!.id }, 't');
              else if (o.kind === 'unmatch')
                unmatch(ledger, { lineId: line.id, reason: 'test' }, 't');
              else if (o.kind === 'create')
                createReceiptFromLine(
                  ledger,
                  { lineId: line.id, customerId: o.blr ? blr : pune },
                  't',
                );
              else acceptAbove(ledger, { bankAccountId: hdfc, threshold: o.threshold }, 't');
            } catch (e) {
              // Refusals are expected (already matched, a debit, a different amount); bugs are not.
              expect((e as { code?: string }).code ?? String(e)).toMatch(
                /VALIDATION|CONFLICT|NOT_FOUND/,
              );
            }
          }
          const twice = ledger.sqlite
            .prepare(
              `select (select count(*) from (select line_id from bank_matches where unmatched_at is null group by line_id having count(*) > 1))
              + (select count(*) from (select receipt_id from bank_matches where unmatched_at is null group by receipt_id having count(*) > 1))`,
            )
            .pluck()
            .get();
          expect(twice).toBe(0);
          for (const asOf of ['2025-07-01', '2025-07-04', '2025-07-09', '2025-07-31']) {
            const brs = bankReconciliation(ledger, hdfc, asOf);
            expect(brs.balancePerBooks + brs.items.reduce((s, i) => s + i.amount, 0)).toBe(
              brs.balancePerBank,
            );
          }
        } finally {
          ledger.close?.();
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
