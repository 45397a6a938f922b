// Random ledgers for property tests: sequences of everything that moves a customer's account
// (invoices, credit notes, receipts with TDS and charges, allocations, un-allocations, bounces,
// refunds, write-offs, payment plans and their cancellation). Refused commands are part of the
// game.
import fc from 'fast-check';
import { expect } from 'vitest';
import { documentDraftInput } from '../../shared/invoices/contract';
import { receiptInput } from '../../shared/receipts/contract';
import { BahiError } from '../../shared/result';
import { verifyLedger } from '../audit/audit';
import { createDraft, issueDocument } from '../invoices/invoices';
import { prepared } from '../ledger/statements';
import { cancelPlan, createPlan } from '../payment-plans/payment-plans';
import { listPlans } from '../payment-plans/read';
import { invoice, type receiptsLedger } from './fixture';
import { depositCheque, openItemsOf, recordReceipt } from './receipts';
import { allocateCredit, bounceCheque, refund, unallocate, writeOff } from './settlements';

export const op = fc.record({
  kind: fc.constantFrom(
    'invoice',
    'invoice',
    'credit_note',
    'receipt',
    'receipt',
    'cheque',
    'allocate',
    'unallocate',
    'bounce',
    'refund',
    'write_off',
    'plan',
    'plan',
    'cancel_plan',
  ),
  customer: fc.nat(1),
  pick: fc.nat(1000),
  amount: fc.integer({ min: 1, max: 5_000_000 }),
  tdsBps: fc.constantFrom(0, 0, 100, 200, 1000),
  charges: fc.constantFrom(0, 0, 1_500),
  split: fc.integer({ min: 1, max: 100 }),
  day: fc.integer({ min: 0, max: 60 }),
});

export const dateAfter = (days: number) => {
  const d = new Date(Date.UTC(2025, 5, 1 + days));
  return d.toISOString().slice(0, 10);
};

export type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

/** Play `ops` on a receipts ledger, calling `after` once each has run; returns the last day. */
export function playOps(
  t: ReturnType<typeof receiptsLedger>,
  ops: Op[],
  after: (day: number) => void = () => {},
): number {
  const customers = [t.pune, t.blr];
  const cheques: number[] = [];
  let day = 0;
  for (const o of ops) {
    day += o.day % 3; // dates only move forward, a little at a time
    const date = dateAfter(day);
    const customerId = customers[o.customer]!;
    const open = openItemsOf(t.ledger, customerId);
    const pickFrom = <T>(xs: T[]): T | undefined => xs[o.pick % Math.max(xs.length, 1)];
    try {
      switch (o.kind) {
        case 'invoice':
          invoice(t.ledger, customerId, o.amount, date);
          break;
        case 'credit_note': {
          const inv = pickFrom(open.debits.filter((d) => d.kind === 'invoice'));
          if (!inv) break;
          const draft = documentDraftInput.parse({
            kind: 'credit_note',
            customerId,
            date: date < inv.date ? inv.date : date,
            reason: 'discount',
            referencedIds: [inv.documentId],
            roundOff: false,
            lines: [
              {
                description: 'Discount',
                hsnSac: '998719',
                unit: 'NOS',
                quantity: '1',
                rate: Math.max(1, Math.floor(inv.taxable / o.split)),
                gstRateBps: 1800,
              },
            ],
          });
          issueDocument(t.ledger, createDraft(t.ledger, draft, 't').id, 't');
          break;
        }
        case 'receipt':
        case 'cheque': {
          const target = open.debits.filter((d) => d.date <= date).slice(0, 1 + (o.pick % 3));
          const allocations = target.map((d) => ({
            documentId: d.documentId,
            amount: Math.max(1, Math.floor(d.openBalance / (o.split % 2 ? 1 : 2))),
          }));
          const due = allocations.reduce((s, a) => s + a.amount, 0);
          const taxable = target.reduce((s, d) => s + d.taxable, 0);
          const tds = Math.min(Math.floor((taxable * o.tdsBps) / 10_000), due);
          const amount = Math.max(1 + o.charges, due - tds + (o.pick % 2 ? o.amount : 0));
          const r = recordReceipt(
            t.ledger,
            receiptInput.parse({
              customerId,
              date,
              mode: o.kind === 'cheque' ? 'cheque' : 'neft',
              bankAccountId: t.hdfc,
              instrumentNumber: o.kind === 'cheque' ? String(100000 + o.pick) : 'UTR1',
              instrumentDate: o.kind === 'cheque' ? date : null,
              amount,
              tdsAmount: tds,
              tdsSection: tds ? '194C' : null,
              bankCharges: o.charges,
              allocations,
            }),
            't',
          );
          if (o.kind === 'cheque') {
            depositCheque(t.ledger, r.id, date, 't');
            cheques.push(r.id);
          }
          break;
        }
        case 'allocate': {
          const credit = pickFrom(open.credits.filter((c) => c.date <= date));
          const debit = open.debits.find((d) => d.date <= date);
          if (!credit || !debit) break;
          allocateCredit(
            t.ledger,
            {
              creditId: credit.documentId,
              date,
              allocations: [
                {
                  documentId: debit.documentId,
                  amount: Math.min(credit.openBalance, debit.openBalance, o.amount),
                },
              ],
            },
            't',
          );
          break;
        }
        case 'unallocate': {
          const live = prepared(
            t.ledger.sqlite,
            `select a.id, a.date from allocations a join documents c on c.id = a.credit_document_id
               join documents d on d.id = a.debit_document_id
               where a.amount > 0 and c.kind in ('receipt','credit_note') and d.kind = 'invoice'
                 and not exists (select 1 from allocations r where r.reverses_id = a.id)`,
          ).all() as { id: number; date: string }[];
          const a = pickFrom(live);
          if (!a) break;
          unallocate(
            t.ledger,
            { allocationId: a.id, date: a.date > date ? a.date : date, reason: 'test' },
            't',
          );
          break;
        }
        case 'bounce': {
          const id = pickFrom(cheques);
          if (id === undefined) break;
          bounceCheque(
            t.ledger,
            { id, date: dateAfter(day + 1), reason: 'Funds insufficient', charges: null },
            't',
          );
          break;
        }
        case 'refund': {
          const credit = pickFrom(open.credits.filter((c) => c.date <= date));
          if (!credit) break;
          refund(
            t.ledger,
            {
              creditId: credit.documentId,
              amount: Math.max(1, Math.floor(credit.openBalance / o.split)),
              date,
              bankAccountId: t.hdfc,
              reference: null,
              reason: 'test',
            },
            't',
          );
          break;
        }
        case 'write_off': {
          const debit = pickFrom(open.debits.filter((d) => d.date <= date));
          if (!debit) break;
          writeOff(
            t.ledger,
            {
              documentId: debit.documentId,
              amount: Math.max(1, Math.floor(debit.openBalance / o.split)),
              date,
              kind: 'bad_debt',
              reason: 'test',
            },
            't',
          );
          break;
        }
        case 'plan': {
          // Some open items or the whole overdue balance, all or part, monthly or weekly.
          const items = open.debits.filter((d) => d.kind !== 'instalment' && d.date <= date);
          if (items.length === 0) break;
          createPlan(
            t.ledger,
            {
              customerId,
              planOn: date,
              documentIds:
                o.pick % 3 === 0 ? [] : items.slice(0, 1 + (o.pick % 3)).map((d) => d.documentId),
              amount: o.pick % 2 ? null : o.amount,
              frequency: o.split % 2 ? 'monthly' : 'weekly',
              firstDueOn: dateAfter(day + (o.split % 20)),
              count: 1 + (o.pick % 4),
            },
            't',
          );
          break;
        }
        case 'cancel_plan': {
          const plan = pickFrom(listPlans(t.ledger, { customerId, status: 'active', asOf: date }));
          if (!plan) break;
          cancelPlan(t.ledger, { id: plan.id, cancelledOn: date, reason: 'test' }, 't');
          break;
        }
      }
    } catch (e) {
      // A refusal is fine; anything else is a bug.
      if (!(e instanceof BahiError)) throw e;
    }
    after(day);
  }
  return day;
}

/**
 * Play `ops` and check LEDGER.md's invariants after each command and, at the end, as of every
 * date: balances within 0..total, journals balanced, AR = open items − on account, caches true.
 */
export function expectInvariants(t: ReturnType<typeof receiptsLedger>, ops: Op[]): void {
  const day = playOps(t, ops, () => {
    // Invariant 2 and 3: open balances within [0, total], so no allocation ever exceeded
    // what its credit had unallocated or its debit had open.
    const outOfRange = prepared(
      t.ledger.sqlite,
      `select count(*) from documents d where d.status = 'issued' and (d.open_balance < 0
             or d.open_balance > d.total
             or d.open_balance <> d.total - coalesce((select sum(amount) from allocations a
               where a.debit_document_id = d.id or a.credit_document_id = d.id), 0))`,
    )
      .pluck()
      .get() as number;
    expect(outOfRange).toBe(0);
  });
  // As of every date, each document's balance stays within 0..total (allocations on a
  // document never take effect before earlier ones), which ageing as of a date relies on.
  for (let d = 0; d <= day + 1; d++) {
    const asOf = dateAfter(d);
    const bad = prepared(
      t.ledger.sqlite,
      `select count(*) from documents d where d.status = 'issued' and d.date <= @asOf and
           (d.total - coalesce((select sum(amount) from allocations a where a.date <= @asOf and
             (a.debit_document_id = d.id or a.credit_document_id = d.id)), 0)) not between 0 and d.total`,
    )
      .pluck()
      .get({ asOf }) as number;
    expect(bad).toBe(0);
  }
  // Invariants 1, 4 and 6: journals balance, each customer's AR in the journal equals open
  // debit items less unallocated credits, and the caches equal the allocations.
  expect(verifyLedger(t.ledger).problems).toEqual([]);
}
