import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, toIsoDate } from '../../shared/dates';
import { ageingQuery } from '../../shared/reports/contract';
import { verifyLedger } from '../audit/audit';
import { listDisputes } from '../disputes/disputes';
import { listCases } from '../escalation/escalation';
import { worklist } from '../follow-ups/worklist';
import { listPlans } from '../payment-plans/read';
import { listPromises } from '../promises/promises';
import { listCustomers } from '../customers/customers';
import { listDocuments } from '../invoices/invoices';
import { ageingReport } from '../reports/ageing';
import { listBankAccounts } from '../receipts/bank-accounts';
import { chequeRegister, listReceipts } from '../receipts/receipts';
import { tempLedger } from '../testing';
import { seedSampleCompany } from './sample-company';
import { planHistory } from './sample-history';

const TODAY = '2026-11-20';
// Seeding plays a year of commands: give it room on a busy machine.
const SLOW = 60_000;

let ledger: ReturnType<typeof tempLedger>;
beforeAll(() => {
  ledger = tempLedger();
  seedSampleCompany(ledger, 't', { today: TODAY });
}, SLOW);
afterAll(() => ledger.cleanup());

const all = { search: '', limit: 10_000 };
const documents = (kind: string) =>
  listDocuments(ledger, { ...all, kind, status: 'issued' } as Parameters<typeof listDocuments>[1]);
const ageing = (asOf: string) => ageingReport(ledger, ageingQuery.parse({ asOf }));

describe('the sample company', () => {
  it('has a bank account beside Cash in Hand, and the receipts went into it', () => {
    const accounts = listBankAccounts(ledger);
    expect(accounts.map((a) => [a.name, a.kind])).toEqual([
      ['HDFC Bank Current A/c', 'bank'],
      ['Cash in Hand', 'cash'],
    ]);
    const receipts = listReceipts(ledger, all);
    expect(receipts.length).toBeGreaterThan(100);
    expect(new Set(receipts.map((r) => r.bankAccountName))).toEqual(
      new Set(['HDFC Bank Current A/c']),
    );
  });

  it('comes with a year of trade that `bahi verify` finds sound', () => {
    expect(verifyLedger(ledger).problems).toEqual([]);
    const invoices = documents('invoice');
    expect(invoices.length).toBeGreaterThan(150);
    const dates = invoices.map((d) => d.date).sort();
    expect(dates[0]! >= addDays(toIsoDate(TODAY), -366)).toBe(true);
    expect(dates.at(-1)! <= TODAY).toBe(true);
    // Nearly every customer traded, within Maharashtra (CGST + SGST) and outside it (IGST).
    expect(new Set(invoices.map((d) => d.customerCode)).size).toBe(20);
    const intra = invoices.filter((d) => d.customerCode === 'TATAAUTO');
    const inter = invoices.filter((d) => d.customerCode === 'MARUTISUZ');
    expect(intra.length).toBeGreaterThan(0);
    expect(inter.length).toBeGreaterThan(0);
  });

  it('ages into every bucket, and the ageing adds up to the AR control account', () => {
    const report = ageing(TODAY);
    expect(report.buckets.map((b) => b.label)).toEqual([
      'Not due',
      '1–30',
      '31–60',
      '61–90',
      'Over 90',
    ]);
    for (const amount of report.totals.amounts) expect(amount).toBeGreaterThan(0);
    expect(report.totals.total).toBe(report.arControl);
    expect(report.totals.onAccount).toBeLessThan(0); // an advance
    const owing = new Set(report.customers.map((c) => c.customerCode));
    const traded = new Set(documents('invoice').map((d) => d.customerCode));
    const settled = [...traded].filter((code) => !owing.has(code));
    expect(settled.length).toBeGreaterThanOrEqual(2);
    // Six months ago the books agreed with the journal too.
    const past = ageing(addDays(toIsoDate(TODAY), -180));
    expect(past.totals.total).toBe(past.arControl);
  });

  it('has a bounced cheque, a credit note, TDS, a write-off and part-paid invoices', () => {
    expect(chequeRegister(ledger, 'bounced')).toHaveLength(1);
    expect(chequeRegister(ledger, 'cleared').length).toBeGreaterThan(5);
    expect(chequeRegister(ledger, 'post_dated')).toHaveLength(1);
    expect(documents('credit_note')).toHaveLength(1);
    const writeOffs = ledger.sqlite
      .prepare(`select reason, total from documents where kind = 'write_off'`)
      .all();
    expect(writeOffs).toEqual([{ reason: 'small_balance', total: 8_00 }]);
    expect(documents('debit_note')).toHaveLength(1); // the bounce charges
    const tds = listReceipts(ledger, all).filter((r) => r.tdsAmount > 0);
    expect(new Set(tds.map((r) => r.tdsSection))).toEqual(new Set(['194C', '194J(a)', '194Q']));
    const partPaid = documents('invoice').filter(
      (d) => d.openBalance > 0 && d.openBalance < d.total,
    );
    expect(partPaid.length).toBeGreaterThan(0);
  });

  it('keeps a collections desk: broken and pending promises, a dispute, a plan, an escalation', () => {
    const promises = listPromises(ledger, { asOf: TODAY });
    expect(promises.map((p) => [p.customerCode, p.status]).sort()).toEqual([
      ['EXIDEIND', 'pending'],
      ['RAJENG', 'broken'],
      ['RAJENG', 'broken'],
    ]);
    expect(listDisputes(ledger).map((d) => [d.customerCode, d.reason])).toEqual([
      ['LAKSHMIMC', 'quantity'],
    ]);
    expect(listPlans(ledger).map((p) => [p.customerCode, p.status])).toEqual([
      ['HEROCYCLE', 'active'],
    ]);
    expect(listCases(ledger).map((c) => [c.customerCode, c.rules])).toEqual([
      ['RAJENG', ['overdue', 'broken_promises']],
    ]);
    const rows = worklist(ledger, { asOf: TODAY }).rows;
    expect(rows[0]).toMatchObject({ customerCode: 'RAJENG', promise: { status: 'broken' } });
    expect(rows[0]!.escalationId).not.toBeNull();
    expect(rows.find((r) => r.customerCode === 'LAKSHMIMC')!.disputed).toBeGreaterThan(0);
    expect(verifyLedger(ledger).problems).toEqual([]);
  });

  it('plans the same history for the same day, and nothing after it', () => {
    const terms = Object.fromEntries(
      listCustomers(ledger, { search: '', includeArchived: false, limit: 100, offset: 0 }).rows.map(
        (c) => [c.code, c.paymentTermsDays],
      ),
    );
    const plan = planHistory(toIsoDate(TODAY), terms);
    expect(planHistory(toIsoDate(TODAY), terms)).toEqual(plan);
    expect(plan.every((s) => s.on <= TODAY)).toBe(true);
    expect(plan.map((s) => s.on)).toEqual(plan.map((s) => s.on).sort());
  });

  it.each(['2026-04-01', '2028-02-29'])(
    'seeds soundly for any day: %s',
    (today) => {
      const other = tempLedger();
      try {
        seedSampleCompany(other, 't', { today });
        expect(verifyLedger(other).problems).toEqual([]);
        const report = ageingReport(other, ageingQuery.parse({ asOf: today }));
        for (const amount of report.totals.amounts) expect(amount).toBeGreaterThan(0);
        expect(report.totals.total).toBe(report.arControl);
      } finally {
        other.cleanup();
      }
    },
    SLOW,
  );
});
