import { describe, expect, it } from 'vitest';
import { customerInput } from '../../shared/customers/contract';
import { makeGstin } from '../../shared/gst';
import { createCustomer } from '../customers/customers';
import { invoice, receiptsLedger } from '../receipts/fixture';
import {
  appraise,
  behaviourScore,
  gradeOf,
  predictPayments,
  riskList,
  suggestedLimit,
  weightedMedian,
} from './appraisal';
import { createPlan } from '../payment-plans/payment-plans';
import { putOnHold } from './credit';

describe('behaviour score', () => {
  it('is 100 for a customer who always pays on time and loses points for each kind of lapse', () => {
    const clean = {
      avgDaysLate: 0,
      shareLate: 0,
      bouncedCheques: 0,
      disputedShare: 0,
      brokenPromises: 0,
    };
    expect(behaviourScore(clean)).toBe(100);
    expect(behaviourScore({ ...clean, avgDaysLate: 12, shareLate: 0.5 })).toBe(78);
    expect(behaviourScore({ ...clean, bouncedCheques: 9, brokenPromises: 9 })).toBe(75);
    expect(behaviourScore({ ...clean, disputedShare: 0.1 })).toBe(97);
    expect(behaviourScore({ ...clean, avgDaysLate: 90, shareLate: 1, bouncedCheques: 4 })).toBe(25);
    expect([85, 84.9, 70, 55, 40, 39.9].map(gradeOf)).toEqual(['A', 'B', 'B', 'C', 'D', 'E']);
  });

  it('suggests a limit from what the customer carries, trimmed by grade, in whole ₹1,000', () => {
    // ₹3,00,000 a month on 30 days, 15 days late: carries ₹4,50,000; B keeps three quarters.
    expect(suggestedLimit(300_000_00, 30, 15, 'B')).toBe(337_000_00);
    expect(suggestedLimit(300_000_00, 30, 15, 'E')).toBe(0);
  });

  it('takes the amount-weighted median lag', () => {
    expect(
      weightedMedian([
        { lag: 40, weight: 10 },
        { lag: 2, weight: 1 },
        { lag: 5, weight: 1 },
      ]),
    ).toBe(40);
    expect(weightedMedian([])).toBe(0);
  });
});

describe('appraisal on the ledger', () => {
  it('puts late payers, holds and customers over the limit on the risk list, worst first', () => {
    const t = receiptsLedger();
    const acme = createCustomer(
      t.ledger,
      customerInput.parse({
        code: 'ACME',
        name: 'Acme',
        gstin: makeGstin('27', 'AAACA1234Q'),
        creditLimit: 10_000_00,
      }),
      't',
    ).id;
    invoice(t.ledger, t.pune, 100_000_00, '2025-01-01'); // due 31-01, open: 120 days late by 31-05
    invoice(t.ledger, acme, 100_000_00, '2025-05-20'); // not yet due, but over the limit
    putOnHold(t.ledger, { customerId: t.blr, heldOn: '2025-05-01', reason: 'Overdue' }, 't');
    const all = appraise(t.ledger, { asOf: '2025-05-31' });
    expect(all.find((a) => a.customerCode === 'PUNE')).toMatchObject({
      invoicesJudged: 1,
      avgDaysLate: 120,
      shareLate: 1,
      score: 40,
      grade: 'D',
      // ₹1,18,000 over five months, carried 150 days, a quarter for a D.
      suggestedLimit: 29_000_00,
    });
    expect(all.find((a) => a.customerCode === 'ACME')).toMatchObject({ score: null, grade: null });
    expect(riskList(t.ledger, { asOf: '2025-05-31' }).map((a) => a.customerCode)).toEqual([
      'PUNE',
      'ACME',
      'BLR',
    ]);
    const [p] = predictPayments(t.ledger, { asOf: '2025-05-31', customerId: t.pune });
    expect(p).toMatchObject({ basis: 'terms', dueDate: '2025-01-31', predictedOn: '2025-05-31' });
    t.ledger.cleanup();
  });

  it('judges a payment plan’s instalments as they fall due, and predicts them instead of its invoices', () => {
    const t = receiptsLedger();
    invoice(t.ledger, t.pune, 10_000_00, '2025-04-01'); // ₹11,800 due 1 May
    invoice(t.ledger, t.pune, 20_000_00, '2025-05-01'); // ₹23,600 due 31 May
    createPlan(
      t.ledger,
      {
        customerId: t.pune,
        planOn: '2025-07-01',
        frequency: 'monthly',
        firstDueOn: '2025-07-31',
        count: 3,
      },
      't',
    );
    const [pune] = appraise(t.ledger, { asOf: '2025-09-15', customerId: t.pune });
    // The invoices were 61 and 31 days late when they went on the plan; the first two
    // instalments are 46 and 15 days past due and unpaid; the third is not due yet.
    // Weighted by amount (1 : 2 : 1 : 1): (61 + 62 + 46 + 15) / 5 = 36.8 days.
    expect(pune).toMatchObject({ invoicesJudged: 4, avgDaysLate: 36.8, shareLate: 1 });
    const predicted = predictPayments(t.ledger, { asOf: '2025-09-15', customerId: t.pune });
    expect(predicted.map((p) => [p.dueDate, p.openBalance])).toEqual([
      ['2025-07-31', 11_800_00],
      ['2025-08-31', 11_800_00],
      ['2025-09-30', 11_800_00],
    ]);
    t.ledger.cleanup();
  });
});
