import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentDraftInput } from '../../shared/invoices/contract';
import { ageingQuery } from '../../shared/reports/contract';
import { createDraft, issueDocument } from '../invoices/invoices';
import { invoice, receiptsLedger, receive } from '../receipts/fixture';
import { ageingReport } from '../reports/ageing';
import {
  creditNotesAgainst,
  disputedAsOf,
  listDisputes,
  raiseDispute,
  resolveDispute,
  updateDispute,
} from './disputes';

let t: ReturnType<typeof receiptsLedger>;
beforeEach(() => {
  t = receiptsLedger();
});
afterEach(() => t.ledger.cleanup());

const count = (table: string) =>
  t.ledger.sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;

/** What a refusal says and which field it names, with nothing written. */
function refused(work: () => unknown): { message: string; field: string | undefined } {
  const before = [count('disputes'), count('audit_log')];
  try {
    work();
  } catch (e) {
    expect([count('disputes'), count('audit_log')]).toEqual(before);
    const err = e as { message: string; field?: string };
    return { message: err.message, field: err.field };
  }
  throw new Error('expected a refusal');
}

/** A credit note of `taxable` + 18% against `invoiceId`. */
function creditNote(invoiceId: number, customerId: number, taxable: number, date: string) {
  const draft = documentDraftInput.parse({
    kind: 'credit_note',
    customerId,
    date,
    roundOff: false,
    reason: 'rate_difference',
    referencedIds: [invoiceId],
    lines: [
      {
        description: 'Rate difference',
        hsnSac: '998719',
        unit: 'NOS',
        quantity: '1',
        rate: taxable,
        gstRateBps: 1800,
      },
    ],
  });
  return issueDocument(t.ledger, createDraft(t.ledger, draft, 't').id, 't').document;
}

describe('disputes', () => {
  it('records an objection to an invoice, audited, and lists it with the invoice', () => {
    const inv = invoice(t.ledger, t.pune, 10_000_00, '2025-06-01'); // ₹11,800
    const d = raiseDispute(
      t.ledger,
      {
        documentId: inv.id,
        reason: 'quantity',
        amount: 2_360_00,
        raisedOn: '2025-06-10',
        owner: 'Meera',
        notes: 'Short by 2 units',
      },
      'meera',
    );
    expect(d).toMatchObject({
      documentNumber: inv.number,
      customerCode: 'PUNE',
      reason: 'quantity',
      amount: 2_360_00,
      status: 'open',
      openBalance: 11_800_00,
      resolvedOn: null,
    });
    expect(listDisputes(t.ledger)).toEqual([d]);
    expect(listDisputes(t.ledger, { customerId: t.blr })).toEqual([]);
    const audit = t.ledger.sqlite
      .prepare(`select command, actor, entity from audit_log where entity = 'dispute'`)
      .all();
    expect(audit).toEqual([{ command: 'disputes.raise', actor: 'meera', entity: 'dispute' }]);
  });

  it('refuses, naming the field and writing nothing, what cannot be disputed', () => {
    const inv = invoice(t.ledger, t.pune, 10_000_00, '2025-06-01');
    const paid = invoice(t.ledger, t.pune, 1_000_00, '2025-06-01'); // ₹1,180
    const receipt = receive(t.ledger, {
      customerId: t.pune,
      bankAccountId: t.hdfc,
      amount: 1_180_00,
      allocations: [{ documentId: paid.id, amount: 1_180_00 }],
    });
    const raise = (over: Partial<Parameters<typeof raiseDispute>[1]>) => () =>
      raiseDispute(
        t.ledger,
        { documentId: inv.id, reason: 'pricing', amount: 100_00, raisedOn: '2025-06-05', ...over },
        't',
      );

    expect(refused(raise({ amount: 11_800_01 }))).toEqual({
      message: `Disputed amount ₹11,800.01 is more than the ₹11,800.00 still open on ${inv.number}: enter at most that`,
      field: 'amount',
    });
    expect(refused(raise({ raisedOn: '2025-05-31' })).field).toBe('raisedOn');
    expect(refused(raise({ documentId: paid.id }))).toEqual({
      message: `${paid.number} is fully settled: there is nothing left to dispute`,
      field: 'documentId',
    });
    expect(refused(raise({ documentId: receipt.id })).field).toBe('documentId');
    expect(refused(raise({ amount: 0 })).message).toMatch(/Disputed amount must be more than zero/);

    raise({})();
    expect(refused(raise({ amount: 50_00 })).message).toMatch(
      /is already in dispute since 05-06-2025: change that dispute instead/,
    );
  });

  it('changes while open; once resolved it is frozen, in the ledger as in SQL', () => {
    const inv = invoice(t.ledger, t.pune, 10_000_00, '2025-06-01');
    const d = raiseDispute(
      t.ledger,
      { documentId: inv.id, reason: 'pricing', amount: 1_000_00, raisedOn: '2025-06-05' },
      't',
    );
    const changed = updateDispute(
      t.ledger,
      d.id,
      { reason: 'quality', amount: 1_500_00, owner: 'Ravi' },
      't',
    );
    expect(changed).toMatchObject({ reason: 'quality', amount: 1_500_00, owner: 'Ravi' });

    expect(
      refused(() =>
        resolveDispute(t.ledger, { id: d.id, resolvedOn: '2025-06-04', resolution: 'Agreed' }, 't'),
      ).field,
    ).toBe('resolvedOn');
    const resolved = resolveDispute(
      t.ledger,
      { id: d.id, resolvedOn: '2025-06-20', resolution: 'Customer accepted the rate' },
      't',
    );
    expect(resolved).toMatchObject({ status: 'resolved', resolvedOn: '2025-06-20' });

    expect(
      refused(() => updateDispute(t.ledger, d.id, { reason: 'other', amount: 1_00 }, 't')).message,
    ).toBe(
      'This dispute was resolved on 20-06-2025: raise a new one if the customer objects again',
    );
    expect(() =>
      t.ledger.sqlite.prepare(`update disputes set amount = 1 where id = ?`).run(d.id),
    ).toThrow(/A resolved dispute cannot be changed/);
    expect(() => t.ledger.sqlite.prepare(`delete from disputes where id = ?`).run(d.id)).toThrow(
      /never deleted/,
    );
    // A new objection to the same invoice is a new dispute.
    expect(
      raiseDispute(
        t.ledger,
        { documentId: inv.id, reason: 'other', amount: 1_00, raisedOn: '2025-07-01' },
        't',
      ).status,
    ).toBe('open');
  });

  it('is resolved by a credit note only if the note adjusts the disputed invoice', () => {
    const inv = invoice(t.ledger, t.pune, 10_000_00, '2025-06-01');
    const other = invoice(t.ledger, t.pune, 5_000_00, '2025-06-01');
    const d = raiseDispute(
      t.ledger,
      { documentId: inv.id, reason: 'pricing', amount: 1_180_00, raisedOn: '2025-06-05' },
      't',
    );
    const wrong = creditNote(other.id, t.pune, 1_000_00, '2025-06-15');
    const right = creditNote(inv.id, t.pune, 1_000_00, '2025-06-15');
    expect(
      refused(() =>
        resolveDispute(
          t.ledger,
          { id: d.id, resolvedOn: '2025-06-15', resolution: 'CN', creditNoteId: wrong.id },
          't',
        ),
      ),
    ).toEqual({
      message: `Choose an issued credit note against ${inv.number}, or resolve without one`,
      field: 'creditNoteId',
    });
    expect(creditNotesAgainst(t.ledger, inv.id)).toEqual([
      { id: right.id, number: right.number, date: '2025-06-15', total: 1_180_00 },
    ]);
    const resolved = resolveDispute(
      t.ledger,
      {
        id: d.id,
        resolvedOn: '2025-06-15',
        resolution: 'Rate corrected',
        creditNoteId: right.id,
      },
      't',
    );
    expect(resolved).toMatchObject({ creditNoteId: right.id, creditNoteNumber: right.number });
  });
});

describe('disputes in ageing', () => {
  it('flags what is in dispute on the as-of date, in its bucket, never more than is open', () => {
    const inv = invoice(t.ledger, t.pune, 10_000_00, '2025-06-01'); // ₹11,800, due 01-07
    invoice(t.ledger, t.pune, 5_000_00, '2025-06-01');
    const d = raiseDispute(
      t.ledger,
      { documentId: inv.id, reason: 'pricing', amount: 5_000_00, raisedOn: '2025-06-10' },
      't',
    );
    receive(t.ledger, {
      customerId: t.pune,
      bankAccountId: t.hdfc,
      date: '2025-07-05',
      amount: 8_800_00,
      allocations: [{ documentId: inv.id, amount: 8_800_00 }],
    });
    resolveDispute(
      t.ledger,
      { id: d.id, resolvedOn: '2025-08-01', resolution: 'Withdrawn by customer' },
      't',
    );
    const at = (asOf: string) =>
      ageingReport(t.ledger, ageingQuery.parse({ asOf, level: 'document' }));

    expect(at('2025-06-09').totals.disputed).toBe(0);
    const june = at('2025-06-20');
    expect(june.customers[0]).toMatchObject({ disputed: 5_000_00, total: 17_700_00 });
    expect(june.documents.find((x) => x.documentId === inv.id)?.disputed).toBe(5_000_00);
    // Part-paid since: only the ₹3,000 still open can be in dispute.
    const july = at('2025-07-10');
    expect(july.documents.find((x) => x.documentId === inv.id)).toMatchObject({
      amount: 3_000_00,
      disputed: 3_000_00,
      bucket: 1,
    });
    expect(july.totals.disputed).toBe(3_000_00);
    expect(at('2025-08-01').totals.disputed).toBe(0);
    expect(disputedAsOf(t.ledger, '2025-07-31', t.blr).size).toBe(0);
  });

  it('for random disputes and dates, buckets are as without them and disputed never exceeds owed', () => {
    const invoices = [
      invoice(t.ledger, t.pune, 10_000_00, '2025-04-01'),
      invoice(t.ledger, t.pune, 3_000_00, '2025-05-01'),
      invoice(t.ledger, t.blr, 7_000_00, '2025-05-15'),
    ];
    receive(t.ledger, {
      customerId: t.pune,
      bankAccountId: t.hdfc,
      date: '2025-06-15',
      amount: 6_000_00,
      allocations: [{ documentId: invoices[0]!.id, amount: 6_000_00 }],
    });
    const asOfs = ['2025-04-30', '2025-05-20', '2025-06-30', '2025-09-30'];
    const before = asOfs.map((asOf) => ageingReport(t.ledger, ageingQuery.parse({ asOf })));
    const day = (n: number) => new Date(Date.UTC(2025, 4, 15) + n * 86_400_000).toISOString();
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            which: fc.integer({ min: 0, max: 2 }),
            amount: fc.integer({ min: 1, max: 8_000_00 }),
            raised: fc.integer({ min: 0, max: 40 }),
            resolvedAfter: fc.option(fc.integer({ min: 0, max: 90 })),
          }),
          { maxLength: 6 },
        ),
        (plans) => {
          t.ledger.sqlite.exec('savepoint p');
          try {
            for (const p of plans) {
              const inv = invoices[p.which]!;
              try {
                const d = raiseDispute(
                  t.ledger,
                  {
                    documentId: inv.id,
                    reason: 'other',
                    amount: p.amount,
                    raisedOn: day(p.raised).slice(0, 10),
                  },
                  't',
                );
                if (p.resolvedAfter !== null) {
                  resolveDispute(
                    t.ledger,
                    {
                      id: d.id,
                      resolvedOn: day(p.raised + p.resolvedAfter).slice(0, 10),
                      resolution: 'Settled',
                    },
                    't',
                  );
                }
              } catch {
                // Refused (over the open amount, or already in dispute): nothing written.
              }
            }
            asOfs.forEach((asOf, i) => {
              const r = ageingReport(t.ledger, ageingQuery.parse({ asOf }));
              const stripped = (x: typeof r) => ({
                ...x,
                customers: x.customers.map((c) => ({ ...c, disputed: 0 })),
                totals: { ...x.totals, disputed: 0 },
              });
              expect(stripped(r)).toEqual(stripped(before[i]!));
              for (const c of r.customers) {
                expect(c.disputed).toBeGreaterThanOrEqual(0);
                expect(c.disputed).toBeLessThanOrEqual(c.total - c.onAccount);
              }
            });
          } finally {
            t.ledger.sqlite.exec('rollback to p; release p');
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
