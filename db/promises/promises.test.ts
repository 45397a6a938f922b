import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PromiseInput } from '../../shared/promises/contract';
import { invoice, receiptsLedger, receive } from '../receipts/fixture';
import { allocateCredit, bounceCheque } from '../receipts/settlements';
import { cancelPromise, listPromises, listSql, recordPromise } from './promises';

let t: ReturnType<typeof receiptsLedger>;
beforeEach(() => {
  t = receiptsLedger();
});
afterEach(() => t.ledger.cleanup());

const count = (table: string) =>
  t.ledger.sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;

/** What a refusal says and which field it names, with nothing written. */
function refused(work: () => unknown): { message: string; field: string | undefined } {
  const tables = ['promises', 'promise_invoices', 'audit_log'];
  const before = tables.map(count);
  try {
    work();
  } catch (e) {
    expect(tables.map(count)).toEqual(before);
    const err = e as { message: string; field?: string };
    return { message: err.message, field: err.field };
  }
  throw new Error('expected a refusal');
}

const promise = (over: Partial<PromiseInput> = {}) =>
  recordPromise(
    t.ledger,
    {
      customerId: t.pune,
      amount: 5_000_00,
      madeOn: '2025-07-01',
      promisedOn: '2025-07-10',
      how: 'call',
      contactPerson: 'Mr Kulkarni',
      ...over,
    },
    'meera',
  );

const statusOn = (asOf: string, id: number) =>
  listPromises(t.ledger, { asOf }).find((p) => p.id === id)?.status;

const pay = (
  amount: number,
  date: string,
  over: Parameters<typeof receive>[1] extends infer R ? Partial<R> : never = {},
) => receive(t.ledger, { customerId: t.pune, bankAccountId: t.hdfc, amount, date, ...over });

describe('promises to pay', () => {
  it('is pending until its date and broken the day after, with no receipt', () => {
    invoice(t.ledger, t.pune, 10_000_00); // ₹11,800 owed
    const p = promise();
    expect(p).toMatchObject({ customerCode: 'PUNE', amount: 5_000_00, how: 'call', invoices: [] });
    expect(statusOn('2025-07-01', p.id)).toBe('pending');
    expect(statusOn('2025-07-10', p.id)).toBe('pending');
    expect(statusOn('2025-07-11', p.id)).toBe('broken');
    // Not made yet: not listed as of the day before.
    expect(statusOn('2025-06-30', p.id)).toBeUndefined();
    const audit = t.ledger.sqlite
      .prepare(`select command, actor, entity from audit_log where entity = 'promise'`)
      .all();
    expect(audit).toEqual([{ command: 'promises.record', actor: 'meera', entity: 'promise' }]);
  });

  it('is kept by the receipts dated in its window, not by those before or after', () => {
    invoice(t.ledger, t.pune, 10_000_00);
    const p = promise();
    pay(1_000_00, '2025-06-30'); // before it was made
    pay(3_000_00, '2025-07-05');
    expect(listPromises(t.ledger, { asOf: '2025-07-20' })[0]).toMatchObject({
      status: 'broken',
      received: 3_000_00,
    });
    pay(2_000_00, '2025-07-11'); // a day late
    expect(statusOn('2025-07-20', p.id)).toBe('broken');
    pay(2_000_00, '2025-07-10');
    expect(statusOn('2025-07-06', p.id)).toBe('pending');
    expect(listPromises(t.ledger, { asOf: '2025-07-20' })[0]).toMatchObject({
      status: 'kept',
      received: 5_000_00,
    });
    expect(statusOn('2025-07-10', p.id)).toBe('kept');
  });

  it('counts a bounced cheque out once it bounces', () => {
    invoice(t.ledger, t.pune, 10_000_00);
    const p = promise();
    const cheque = pay(5_000_00, '2025-07-05', {
      mode: 'cheque',
      instrumentNumber: '004512',
      instrumentDate: '2025-07-05',
      draweeBank: 'State Bank of India',
    });
    bounceCheque(
      t.ledger,
      { id: cheque.id, date: '2025-07-08', reason: 'Funds insufficient', charges: null },
      't',
    );
    expect(statusOn('2025-07-07', p.id)).toBe('kept');
    expect(statusOn('2025-07-08', p.id)).toBe('pending');
    expect(statusOn('2025-07-11', p.id)).toBe('broken');
  });

  it('naming invoices, is kept by what is allocated to them in its window', () => {
    const a = invoice(t.ledger, t.pune, 10_000_00); // ₹11,800
    const b = invoice(t.ledger, t.pune, 20_000_00); // ₹23,600
    const p = promise({ amount: 11_800_00, invoiceIds: [a.id] });
    expect(p.invoices.map((i) => i.number)).toEqual([a.number]);
    // Money in the window, but to the other invoice: not this promise.
    pay(23_600_00, '2025-07-03', { allocations: [{ documentId: b.id, amount: 23_600_00 }] });
    const onAccount = pay(11_800_00, '2025-07-04');
    expect(listPromises(t.ledger, { asOf: '2025-07-20' })[0]).toMatchObject({
      status: 'broken',
      received: 0,
    });
    allocateCredit(
      t.ledger,
      {
        creditId: onAccount.id,
        date: '2025-07-09',
        allocations: [{ documentId: a.id, amount: 11_800_00 }],
      },
      't',
    );
    expect(statusOn('2025-07-08', p.id)).toBe('pending');
    expect(listPromises(t.ledger, { asOf: '2025-07-20' })[0]).toMatchObject({
      status: 'kept',
      received: 11_800_00,
    });
  });

  it('refuses, naming the field and writing nothing, what cannot be promised', () => {
    const a = invoice(t.ledger, t.pune, 10_000_00); // ₹11,800
    invoice(t.ledger, t.pune, 1_000_00); // ₹1,180
    const paid = invoice(t.ledger, t.pune, 1_000_00);
    pay(1_180_00, '2025-06-10', { allocations: [{ documentId: paid.id, amount: 1_180_00 }] });
    const theirs = invoice(t.ledger, t.blr, 1_000_00);

    expect(refused(() => promise({ amount: 12_980_01 }))).toEqual({
      message:
        'Promised amount ₹12,980.01 is more than the ₹12,980.00 PUNE Ltd owes on open invoices: enter at most that',
      field: 'amount',
    });
    expect(refused(() => promise({ amount: 11_800_01, invoiceIds: [a.id] }))).toEqual({
      message: `Promised amount ₹11,800.01 is more than the ₹11,800.00 still open on ${a.number}: enter at most that`,
      field: 'amount',
    });
    expect(refused(() => promise({ amount: 0 })).message).toMatch(
      /Promised amount must be more than zero/,
    );
    expect(refused(() => promise({ promisedOn: '2025-06-30' }))).toEqual({
      message:
        'Promised date is before the promise was made on 01-07-2025: enter that date or later',
      field: 'promisedOn',
    });
    expect(refused(() => promise({ madeOn: '2999-01-01', promisedOn: '2999-01-02' })).field).toBe(
      'madeOn',
    );
    expect(refused(() => promise({ invoiceIds: [theirs.id] }))).toEqual({
      message: `${theirs.number} is another customer’s invoice: choose from PUNE Ltd’s open items`,
      field: 'invoiceIds',
    });
    expect(refused(() => promise({ invoiceIds: [paid.id] })).field).toBe('invoiceIds');
    const receipt = pay(100_00, '2025-06-11');
    expect(refused(() => promise({ invoiceIds: [receipt.id] })).field).toBe('invoiceIds');
    expect(refused(() => promise({ invoiceIds: [999_999] })).field).toBe('invoiceIds');
    expect(refused(() => promise({ customerId: t.blr, amount: 1_180_01 })).field).toBe('amount');
    expect(refused(() => promise({ customerId: 999_999 })).field).toBe('customerId');
  });

  it('is withdrawn once, with a reason, audited; a cancelled promise is never broken', () => {
    invoice(t.ledger, t.pune, 10_000_00);
    const p = promise();
    const cancelled = cancelPromise(
      t.ledger,
      { id: p.id, cancelledOn: '2025-07-05', reason: 'Customer will pay with the next order' },
      'meera',
    );
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelledOn: '2025-07-05' });
    expect(statusOn('2025-07-04', p.id)).toBe('pending');
    for (const d of ['2025-07-05', '2025-07-11', '2026-03-31'])
      expect(statusOn(d, p.id)).toBe('cancelled');
    expect(listPromises(t.ledger, { asOf: '2025-08-01', status: 'broken' })).toEqual([]);
    const audit = t.ledger.sqlite
      .prepare(
        `select command, actor, json_extract(before_json, '$.status') as before,
           json_extract(after_json, '$.status') as after from audit_log where command = 'promises.cancel'`,
      )
      .all();
    expect(audit).toEqual([
      { command: 'promises.cancel', actor: 'meera', before: 'pending', after: 'cancelled' },
    ]);

    const cancel = (over: object) => () =>
      cancelPromise(t.ledger, { id: p.id, cancelledOn: '2025-07-06', reason: 'x', ...over }, 't');
    expect(refused(cancel({})).message).toMatch(/already withdrawn on 05-07-2025/);
    const q = promise();
    expect(refused(cancel({ id: q.id, cancelledOn: '2025-06-30' })).field).toBe('cancelledOn');
    expect(refused(cancel({ id: q.id, reason: ' ' })).message).toMatch(/Enter the reason/);
    pay(5_000_00, '2025-07-02');
    expect(refused(cancel({ id: q.id })).message).toMatch(/was kept/);
  });

  it('is never deleted or rewritten, in SQL as in the ledger', () => {
    invoice(t.ledger, t.pune, 10_000_00);
    const p = promise();
    const sql = t.ledger.sqlite;
    expect(() => sql.prepare('delete from promises where id = ?').run(p.id)).toThrow(
      /never deleted/,
    );
    expect(() => sql.prepare('update promises set amount = 1 where id = ?').run(p.id)).toThrow(
      /cannot be changed/,
    );
    cancelPromise(t.ledger, { id: p.id, cancelledOn: '2025-07-02', reason: 'Mistake' }, 't');
    expect(() =>
      sql
        .prepare(`update promises set cancelled_on = null, cancel_reason = null where id = ?`)
        .run(p.id),
    ).toThrow(/cannot be changed/);
  });

  it('lists broken first, then pending by promised date, and filters by customer and status', () => {
    invoice(t.ledger, t.pune, 10_000_00);
    invoice(t.ledger, t.blr, 10_000_00);
    const later = promise({ promisedOn: '2025-07-30' });
    const broken = promise({ promisedOn: '2025-07-03' });
    const soon = promise({ customerId: t.blr, promisedOn: '2025-07-12' });
    const list = listPromises(t.ledger, { asOf: '2025-07-05' });
    expect(list.map((p) => [p.id, p.status])).toEqual([
      [broken.id, 'broken'],
      [soon.id, 'pending'],
      [later.id, 'pending'],
    ]);
    expect(
      listPromises(t.ledger, { asOf: '2025-07-05', customerId: t.blr }).map((p) => p.id),
    ).toEqual([soon.id]);
    expect(
      listPromises(t.ledger, { asOf: '2025-07-05', status: 'pending' }).map((p) => p.id),
    ).toEqual([soon.id, later.id]);
  });

  it('reads allocations, documents and cheque events by index, never by scan', () => {
    for (const byCustomer of [false, true]) {
      const plan = t.ledger.sqlite
        .prepare(`explain query plan ${listSql(byCustomer)}`)
        .all({ asOf: '2025-07-01', ...(byCustomer ? { customerId: 1 } : {}) }) as {
        detail: string;
      }[];
      const scans = plan.map((r) => r.detail).filter((d) => /^SCAN /.test(d));
      // Only the promises themselves may be read in full (and not even those for one customer).
      expect(scans).toEqual(byCustomer ? [] : ['SCAN p']);
    }
  });
});
