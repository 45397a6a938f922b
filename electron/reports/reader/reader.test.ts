import { afterEach, beforeEach, expect, it } from 'vitest';
import { invoice, receiptsLedger, receive } from '../../../db/receipts/fixture';
import { createHostRouter, type HostRouter } from '../../ipc/host';
import { fileWorkspace } from '../../workspace';

let t: ReturnType<typeof receiptsLedger>;
let offThread: HostRouter;
let onThread: HostRouter;
beforeEach(() => {
  t = receiptsLedger();
  offThread = createHostRouter(fileWorkspace(t.ledger), 't', {
    checkOutputs: true,
    reportsOffThread: true,
  });
  onThread = createHostRouter(fileWorkspace(t.ledger), 't', { checkOutputs: true });
});
afterEach(async () => {
  await offThread.dispose();
  await onThread.dispose();
  t.ledger.cleanup();
});

it('answers every report on the report thread exactly as on the main connection', async () => {
  const inv = invoice(t.ledger, t.pune, 10_000_00, '2025-05-01');
  invoice(t.ledger, t.blr, 4_000_00, '2025-06-01');
  receive(t.ledger, {
    customerId: t.pune,
    bankAccountId: t.hdfc,
    date: '2025-06-10',
    amount: 3_000_00,
    allocations: [{ documentId: inv.id, amount: 3_000_00 }],
  });
  const asks: [string, unknown][] = [
    ['reports.ageing', { asOf: '2025-07-01' }],
    ['reports.ageing', { asOf: '2025-07-01', level: 'document' }],
    ['reports.statement', { customerId: t.pune, from: '2025-04-01', to: '2026-03-31' }],
    ['reports.collections', { from: '2025-04-01', to: '2025-09-30', groupBy: 'week' }],
    ['reports.dso', { to: '2025-09-30', months: 6 }],
    ['reports.arSchedule', { from: '2025-06-01', to: '2025-06-30' }],
    ['reports.forecast', { asOf: '2025-06-15' }],
  ];
  for (const [channel, input] of asks) {
    const there = await offThread.dispatch(channel, input);
    expect(there.ok, `${channel}: ${JSON.stringify(there)}`).toBe(true);
    expect(there).toEqual(await onThread.dispatch(channel, input));
  }
});

it('reads the committed books on a connection of its own', async () => {
  invoice(t.ledger, t.pune, 10_000_00, '2025-05-01');
  const total = async (router: HostRouter) => {
    const r = await router.dispatch('reports.ageing', { asOf: '2025-07-01' });
    if (!r.ok) throw new Error(r.error.message);
    return (r.data as { totals: { total: number } }).totals.total;
  };
  const before = await total(offThread);
  expect(before).toBe(11_800_00);
  // While the main connection holds an invoice it has not committed, the main connection sees
  // it and the report thread does not: the thread is reading through its own connection.
  t.ledger.sqlite.exec('begin');
  try {
    invoice(t.ledger, t.blr, 5_000_00, '2025-05-02');
    expect(await total(onThread)).toBe(before + 5_900_00);
    expect(await total(offThread)).toBe(before);
  } finally {
    t.ledger.sqlite.exec('rollback');
  }
  // A command committed before the question is always in the answer.
  invoice(t.ledger, t.blr, 5_000_00, '2025-05-02');
  expect(await total(offThread)).toBe(before + 5_900_00);
});

it('brings back a refusal with its field, and bad input never reaches the thread', async () => {
  const unknown = await offThread.dispatch('reports.statement', {
    customerId: 999,
    from: '2025-04-01',
    to: '2026-03-31',
  });
  expect(unknown).toEqual(
    await onThread.dispatch('reports.statement', {
      customerId: 999,
      from: '2025-04-01',
      to: '2026-03-31',
    }),
  );
  expect(unknown.ok).toBe(false);
  const bad = await offThread.dispatch('reports.ageing', { asOf: '31/03/2025' });
  expect(bad.ok).toBe(false);
  if (!bad.ok) expect(bad.error.code).toBe('VALIDATION');
});
