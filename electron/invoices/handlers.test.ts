import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { count, tempLedger } from '../../db/testing';
import { createHostRouter } from '../ipc/host';
import { fileWorkspace } from '../workspace';
import { gstRateOn, type Item } from '../../shared/items/contract';

let ledger: ReturnType<typeof tempLedger>;
beforeEach(() => (ledger = tempLedger()));
afterEach(() => ledger.cleanup());

const call = async (channel: string, input: unknown) =>
  createHostRouter(fileWorkspace(ledger), 'tester', { checkOutputs: true }).dispatch(
    channel,
    input,
  );
const data = async <T>(channel: string, input: unknown): Promise<T> => {
  const r = await call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.data as T;
};

async function setup() {
  await data('company.setup', { legalName: 'Sahyadri Supplies Pvt Ltd', gstin: '27AAPFU0939F1ZV' });
  const customer = await data<{ id: number }>('customers.create', {
    code: 'BLR',
    name: 'Bengaluru Tech',
    stateCode: '29',
  });
  const item = await data<{ id: number; gstRates: unknown[] }>('items.create', {
    name: 'Ball valve 2"',
    kind: 'goods',
    hsnSac: '8481',
    unit: 'nos',
    defaultRate: 150_000,
    gstRates: [
      { effectiveFrom: '2017-07-01', gstRateBps: 1800 },
      { effectiveFrom: '2025-09-22', gstRateBps: 1200 },
    ],
  });
  return { customerId: customer.id, itemId: item.id };
}

const line = (over: Record<string, unknown> = {}) => ({
  description: 'Ball valve 2"',
  hsnSac: '8481',
  unit: 'NOS',
  quantity: '4',
  rate: 150_000,
  gstRateBps: 1800,
  ...over,
});

describe('invoice channels', () => {
  it('find items as you type, then draft, check credit, issue and read the journal', async () => {
    const { customerId, itemId } = await setup();
    expect(await data('items.list', { search: 'valve' })).toMatchObject([
      { id: itemId, unit: 'NOS' },
    ]);
    const [valve] = await data<Item[]>('items.list', { search: '848' });
    expect(gstRateOn(valve!, '2025-09-21')).toBe(1800);
    expect(gstRateOn(valve!, '2025-09-22')).toBe(1200);
    expect(gstRateOn(valve!, '2017-06-30')).toBeNull();

    const draft = await data<{ id: number; status: string }>('invoices.createDraft', {
      customerId,
      date: '2025-08-01',
      reference: 'PO/BLR/0042',
      lines: [line({ itemId })],
    });
    expect(draft.status).toBe('draft');
    expect(await data('invoices.creditCheck', { id: draft.id })).toMatchObject({
      problems: [],
      exposureAfter: 708_000,
    });
    const issued = await data<{ document: { number: string; totals: { igst: number } } }>(
      'invoices.issue',
      { id: draft.id },
    );
    expect(issued.document).toMatchObject({ number: 'INV/25-26/0001', totals: { igst: 108_000 } });
    const journal = await data<{ lines: unknown[] }[]>('invoices.journal', { id: draft.id });
    expect(journal[0]!.lines).toHaveLength(3);
    expect(await data('invoices.list', { search: 'BLR' })).toMatchObject([
      { number: 'INV/25-26/0001', total: 708_000 },
    ]);
  });

  it('names the field of a missing HSN, a bad quantity or a missing reason, and saves nothing', async () => {
    const { customerId } = await setup();
    const before = count(ledger, 'audit_log');
    expect(
      await call('invoices.createDraft', {
        customerId,
        date: '2025-08-01',
        lines: [line({ hsnSac: '' })],
      }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        field: 'lines.0.hsnSac',
        message: 'Enter the HSN or SAC code (e.g. 8481 for valves)',
      },
    });
    expect(
      await call('invoices.createDraft', {
        customerId,
        date: '2025-08-01',
        lines: [line(), line({ quantity: '1.2345' })],
      }),
    ).toMatchObject({
      ok: false,
      error: { field: 'lines.1.quantity' },
    });
    expect(
      await call('invoices.createDraft', {
        customerId,
        date: '2025-08-01',
        lines: [line({ hsnSac: '84' })],
      }),
    ).toMatchObject({
      ok: false,
      error: {
        field: 'lines.0.hsnSac',
        message: 'HSN is 4, 6 or 8 digits (e.g. 8481 or 84818090)',
      },
    });
    expect(
      await call('invoices.createDraft', {
        kind: 'credit_note',
        customerId,
        date: '2025-08-01',
        lines: [line()],
      }),
    ).toMatchObject({
      ok: false,
      error: { field: 'reason' },
    });
    expect(
      await call('invoices.createDraft', { customerId, date: '2025-02-30', lines: [line()] }),
    ).toMatchObject({
      ok: false,
      error: { field: 'date' },
    });
    expect(
      await call('invoices.createDraft', {
        customerId,
        date: '2025-08-01',
        lines: [line(), line({ discountAmount: 700_000 })],
      }),
    ).toMatchObject({
      ok: false,
      error: {
        field: 'lines.1.discountAmount',
        message: 'Discount cannot be more than the line value',
      },
    });
    expect(count(ledger, 'documents')).toBe(0);
    expect(count(ledger, 'audit_log')).toBe(before);
  });

  it('refuses an item with a bad SAC or two rates on one date', async () => {
    await setup();
    expect(
      await call('items.create', {
        name: 'Service',
        kind: 'services',
        hsnSac: '8481',
        unit: 'NOS',
        gstRates: [{ effectiveFrom: '2025-01-01', gstRateBps: 1800 }],
      }),
    ).toMatchObject({
      ok: false,
      error: { field: 'hsnSac', message: expect.stringContaining('SAC for a service') },
    });
    expect(
      await call('items.create', {
        name: 'Twice',
        kind: 'goods',
        hsnSac: '8481',
        unit: 'NOS',
        gstRates: [
          { effectiveFrom: '2025-01-01', gstRateBps: 1800 },
          { effectiveFrom: '2025-01-01', gstRateBps: 1200 },
        ],
      }),
    ).toMatchObject({ ok: false, error: { field: 'gstRates' } });
  });
});
