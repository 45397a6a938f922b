// Payment plans through `bahi call` on a ledger file (preview, create, list, get, cancel, a
// refusal naming the field with nothing written, and verify), and the Excel export through the
// real channels, read back with exceljs.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLedger } from '../../db/ledger/open';
import { invoice, receiptsLedger } from '../../db/receipts/fixture';
import { count } from '../../db/testing';
import type { PaymentPlan, PlanPreview } from '../../shared/payment-plans/contract';
import { bahi } from '../cli/cli-testing';
import { channelsOver, readWorkbook } from '../reports/channels-testing';
import { paiseOf, rowOf } from '../reports/mis-testing';

/** A customer with two overdue invoices: ₹11,800 due 1 May and ₹23,600 due 31 May 2025. */
function overdueLedger() {
  const t = receiptsLedger();
  invoice(t.ledger, t.pune, 10_000_00, '2025-04-01');
  invoice(t.ledger, t.pune, 20_000_00, '2025-05-01');
  return t;
}

const PLAN = {
  planOn: '2025-07-01',
  frequency: 'monthly',
  firstDueOn: '2025-07-31',
  count: 3,
} as const;

describe('bahi call paymentPlans.*', () => {
  let t: ReturnType<typeof overdueLedger>;
  let db: string;
  beforeAll(() => {
    t = overdueLedger();
    db = join(t.ledger.dir, 'bahi.sqlite');
    t.ledger.close();
  });
  afterAll(() => t.ledger.cleanup());

  const call = (channel: string, input: unknown) =>
    bahi('call', channel, '--db', db, '--input', JSON.stringify(input));
  const documents = () => {
    const ledger = openLedger(db);
    try {
      return count(ledger, 'documents');
    } finally {
      ledger.close();
    }
  };

  it('previews, creates, lists, gets and cancels a plan; verify stays clean', async () => {
    const preview = JSON.parse(
      (await call('paymentPlans.preview', { customerId: t.pune, ...PLAN })).out,
    ) as PlanPreview;
    expect(preview.instalments).toEqual([
      { position: 1, dueOn: '2025-07-31', amount: 11_800_00 },
      { position: 2, dueOn: '2025-08-31', amount: 11_800_00 },
      { position: 3, dueOn: '2025-09-30', amount: 11_800_00 },
    ]);
    const created = await call('paymentPlans.create', { customerId: t.pune, ...PLAN });
    expect(created.code).toBe(0);
    const plan = JSON.parse(created.out) as PaymentPlan;
    expect(plan).toMatchObject({ number: 'PLN/25-26/0001', amount: 35_400_00, status: 'active' });

    const listed = JSON.parse(
      (await call('paymentPlans.list', { asOf: '2025-08-05', status: 'active' })).out,
    ) as PaymentPlan[];
    expect(listed.map((p) => [p.number, p.overdueCount, p.nextDue])).toEqual([
      ['PLN/25-26/0001', 1, { dueOn: '2025-07-31', amount: 11_800_00 }],
    ]);
    const got = JSON.parse((await call('paymentPlans.get', { id: plan.id })).out) as PaymentPlan;
    expect(got.instalments.map((i) => i.number)).toEqual([
      'INS/25-26/0001',
      'INS/25-26/0002',
      'INS/25-26/0003',
    ]);

    const cancelled = await call('paymentPlans.cancel', {
      id: plan.id,
      cancelledOn: '2025-07-15',
      reason: 'Customer sold the business',
    });
    expect(JSON.parse(cancelled.out)).toMatchObject({ status: 'cancelled', outstanding: 0 });
    expect(await bahi('verify', '--db', db)).toMatchObject({ code: 0 });
  });

  it('refuses instalments that do not add up, naming the field, and writes nothing', async () => {
    const before = documents();
    const bad = await call('paymentPlans.create', {
      customerId: t.pune,
      planOn: '2025-07-20',
      frequency: 'custom',
      amount: 10_000_00,
      instalments: [{ dueOn: '2025-08-01', amount: 4_000_00 }],
    });
    expect(bad).toMatchObject({ code: 1, out: '' });
    expect(bad.err).toBe(
      'bahi: instalments: The instalments add up to ₹4,000.00 but the plan is for ₹10,000.00: add ₹6,000.00\n',
    );
    expect(documents()).toBe(before);
  });
});

describe('paymentPlans.exportExcel', () => {
  const channels = channelsOver(overdueLedger);

  it('writes a row per instalment with the plan, due date, amount, paid and open', async () => {
    const { pune } = channels.t;
    await channels.call('paymentPlans.create', { customerId: pune, ...PLAN });
    const file = await channels.call('paymentPlans.exportExcel', { asOf: '2025-08-05' });
    expect(file.fileName).toBe('payment-plans-2025-08-05.xlsx');
    const sheet = (await readWorkbook(file.contentBase64)).getWorksheet('Payment plans')!;
    const header = rowOf(sheet, 'Plan');
    const rows = [1, 2, 3].map((k) => sheet.getRow(header + k));
    expect(rows.map((r) => r.getCell(7).value)).toEqual([
      'INS/25-26/0001',
      'INS/25-26/0002',
      'INS/25-26/0003',
    ]);
    expect(rows[0]!.getCell(1).value).toBe('PLN/25-26/0001');
    expect(rows[0]!.getCell(8).value).toEqual(new Date(Date.UTC(2025, 6, 31)));
    expect(rows[0]!.getCell(12).value).toBe('Overdue');
    expect(rows[1]!.getCell(12).value).toBe('Due');
    const totals = sheet.getRow(header + 4);
    expect(totals.getCell(1).value).toBe('Total');
    expect(paiseOf(totals.getCell(9).value)).toBe(35_400_00);
    expect(paiseOf(totals.getCell(11).value)).toBe(35_400_00);
  });
});
