import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusedUnchanged, rowCount } from '../ledger/refusal-testing';
import { invoice, receive } from '../receipts/fixture';
import { addCustomer, AS_OF, logged, worklistLedger } from './fixture';
import { listPromises } from '../promises/promises';
import { listFollowUps } from './follow-ups';
import { customerTimeline } from './timeline';
import { worklist } from './worklist';

let t: ReturnType<typeof worklistLedger>;
beforeEach(() => {
  t = worklistLedger();
});
afterEach(() => t.ledger.cleanup());

const count = (table: string) => rowCount(t.ledger, table);
const refused = (work: () => unknown) =>
  refusedUnchanged(t.ledger, ['follow_ups', 'audit_log'], work);

const codes = (asOf: string) => worklist(t.ledger, { asOf }).rows.map((r) => r.customerCode);

describe('follow-up log', () => {
  it('logs a follow-up about an invoice, audited, with its next action', () => {
    const f = logged(t.ledger, {
      customerId: t.pune,
      documentId: t.puneInvoice.id,
      contactPerson: 'Mr Kulkarni',
      outcome: 'promised',
      notes: 'Cheque on Friday',
      nextActionOn: '2025-08-08',
      nextAction: 'Collect the cheque',
    });
    expect(f).toMatchObject({
      customerCode: 'PUNE',
      documentNumber: t.puneInvoice.number,
      kind: 'call',
      outcome: 'promised',
      nextActionOn: '2025-08-08',
      actor: 'meera',
      correctsId: null,
      correctedById: null,
    });
    const audit = t.ledger.sqlite
      .prepare(`select command, actor, entity_id as id from audit_log where entity = 'follow_up'`)
      .all();
    expect(audit).toContainEqual({ command: 'followUps.log', actor: 'meera', id: String(f.id) });
  });

  it('refuses bad input naming the field, and writes nothing', () => {
    expect(refused(() => logged(t.ledger, { customerId: 999 }))).toMatchObject({
      field: 'customerId',
    });
    expect(
      refused(() => logged(t.ledger, { customerId: t.pune, nextActionOn: '2025-08-10' })),
    ).toEqual({ message: 'Say what the next action is, or clear its date', field: 'nextAction' });
    expect(refused(() => logged(t.ledger, { customerId: t.pune, nextAction: 'Call' }))).toEqual({
      message: 'Enter the next action date, or clear the next action',
      field: 'nextActionOn',
    });
    expect(
      refused(() =>
        logged(t.ledger, { customerId: t.pune, nextActionOn: '2025-08-01', nextAction: 'Call' }),
      ),
    ).toEqual({
      message: 'Next action date is before the follow-up on 05-08-2025: enter that date or later',
      field: 'nextActionOn',
    });
    expect(
      refused(() => logged(t.ledger, { customerId: t.pune, loggedOn: '2999-01-01' })).field,
    ).toBe('loggedOn');
    expect(
      refused(() => logged(t.ledger, { customerId: t.blr, documentId: t.puneInvoice.id })),
    ).toEqual({
      message: `${t.puneInvoice.number} is another customer’s invoice: choose one of BLR Ltd’s, or none for the whole account`,
      field: 'documentId',
    });
    expect(() => logged(t.ledger, { customerId: t.pune, kind: 'fax' as 'call' })).toThrow(
      'Choose the kind of follow-up: call, e-mail, WhatsApp, visit or letter',
    );
    expect(count('follow_ups')).toBe(2);
  });

  it('records the promise made on the call with it, in one command; a refused promise logs nothing', () => {
    const tables = ['follow_ups', 'promises', 'promise_invoices', 'audit_log'];
    const refusedBoth = (work: () => unknown) => refusedUnchanged(t.ledger, tables, work);
    const call = { customerId: t.pune, documentId: t.puneInvoice.id, loggedOn: '2025-08-14' };
    expect(
      refusedBoth(() =>
        logged(t.ledger, { ...call, promise: { amount: 1_000_00, promisedOn: '2025-08-20' } }),
      ),
    ).toEqual({
      field: 'outcome',
      message: 'A promise to pay goes with the outcome “Promised to pay”',
    });
    const promised = { ...call, outcome: 'promised' as const, contactPerson: 'Mr Kulkarni' };
    expect(
      refusedBoth(() =>
        logged(t.ledger, {
          ...promised,
          promise: { amount: 2_00_000_00, promisedOn: '2025-08-20' },
        }),
      ),
    ).toMatchObject({ field: 'promise.amount' });
    expect(
      refusedBoth(() =>
        logged(t.ledger, { ...promised, promise: { amount: 1_000_00, promisedOn: '2025-08-13' } }),
      ),
    ).toMatchObject({ field: 'promise.promisedOn' });

    const f = logged(t.ledger, {
      ...promised,
      kind: 'whatsapp',
      promise: { amount: 50_000_00, promisedOn: '2025-08-20' },
    });
    const [p] = listPromises(t.ledger, { asOf: AS_OF, customerId: t.pune });
    expect(p).toMatchObject({
      amount: 50_000_00,
      madeOn: '2025-08-14',
      promisedOn: '2025-08-20',
      how: 'whatsapp',
      contactPerson: 'Mr Kulkarni',
      status: 'pending',
      invoices: [{ id: t.puneInvoice.id }],
    });
    const audit = t.ledger.sqlite
      .prepare(`select command, entity from audit_log order by id desc limit 2`)
      .all();
    expect(audit).toEqual([
      { command: 'followUps.log', entity: 'follow_up' },
      { command: 'promises.record', entity: 'promise' },
    ]);
    expect(
      worklist(t.ledger, { asOf: AS_OF }).rows.find((r) => r.customerId === t.pune),
    ).toMatchObject({
      lastContact: { id: f.id, outcome: 'promised' },
      promise: { id: p!.id, status: 'pending' },
    });
  });

  it('is never changed or deleted: a correction is a new entry read in its place', () => {
    const wrong = logged(t.ledger, { customerId: t.pune, outcome: 'refused' });
    expect(() =>
      t.ledger.sqlite
        .prepare(`update follow_ups set outcome = 'promised' where id = ?`)
        .run(wrong.id),
    ).toThrow('A follow-up cannot be changed: log a correction instead');
    expect(() =>
      t.ledger.sqlite.prepare(`delete from follow_ups where id = ?`).run(wrong.id),
    ).toThrow('A follow-up is never deleted: log a correction instead');

    const right = logged(t.ledger, {
      customerId: t.pune,
      outcome: 'promised',
      correctsId: wrong.id,
    });
    expect(listFollowUps(t.ledger, { customerId: t.pune }).map((f) => f.id)).toEqual([right.id]);
    expect(
      listFollowUps(t.ledger, { customerId: t.pune, withCorrected: true }).map((f) => [
        f.id,
        f.correctedById,
      ]),
    ).toEqual([
      [right.id, null],
      [wrong.id, right.id],
    ]);
    expect(refused(() => logged(t.ledger, { customerId: t.pune, correctsId: wrong.id }))).toEqual({
      message: `Follow-up ${wrong.id} was already corrected by follow-up ${right.id}: correct that one instead`,
      field: 'correctsId',
    });
    expect(refused(() => logged(t.ledger, { customerId: t.blr, correctsId: right.id })).field).toBe(
      'correctsId',
    );
  });
});

describe('worklist', () => {
  it('puts the broken promise first, then overdue less disputed × days, then follow-ups due', () => {
    const w = worklist(t.ledger, { asOf: AS_OF });
    expect(w.rows.map((r) => r.customerCode)).toEqual(['BLR', 'PUNE', 'MUM', 'DEL']);
    const [blr, pune, mum, del] = w.rows;
    expect(blr).toMatchObject({
      balance: 236_000_00,
      overdue: 236_000_00,
      priority: 236_000_00 * 15,
      oldestDueDate: '2025-07-31',
      oldestDays: 15,
      promise: { status: 'broken', promisedOn: '2025-08-01', amount: 50_000_00, received: 0 },
    });
    expect(pune).toMatchObject({ overdue: 118_000_00, priority: 118_000_00 * 45, promise: null });
    // ₹5,90,000 overdue 45 days would lead; only the ₹90,000 not in dispute counts.
    expect(mum).toMatchObject({
      overdue: 590_000_00,
      disputed: 500_000_00,
      priority: 90_000_00 * 45,
    });
    expect(del).toMatchObject({
      overdue: 0,
      priority: 0,
      followUpDue: true,
      nextActionOn: '2025-08-14',
      nextAction: 'Call the accounts head',
      lastContact: { loggedOn: '2025-08-10', kind: 'call', outcome: 'call_back' },
    });
  });

  it('reads everything as of the date asked', () => {
    // On 15-07 only PUNE and MUM are overdue; BLR's promise was not yet made, DEL not yet called.
    expect(codes('2025-07-15')).toEqual(['PUNE', 'MUM']);
    // On 01-08 BLR's promise is still pending and its invoice due only the day before.
    const w = worklist(t.ledger, { asOf: '2025-08-01' });
    expect(w.rows.map((r) => r.customerCode)).toEqual(['PUNE', 'MUM', 'BLR']);
    expect(w.rows[2]!.promise?.status).toBe('pending');
    // GOA's call back comes due on 20-08.
    expect(codes('2025-08-20')).toContain('GOA');
  });

  it('leaves a customer out once paid, and a kept promise no longer stands', () => {
    receive(t.ledger, {
      customerId: t.pune,
      bankAccountId: t.hdfc,
      amount: 118_000_00,
      date: '2025-08-10',
      allocations: [{ documentId: t.puneInvoice.id, amount: 118_000_00 }],
    });
    receive(t.ledger, {
      customerId: t.blr,
      bankAccountId: t.hdfc,
      amount: 50_000_00,
      date: '2025-07-25',
    });
    const w = worklist(t.ledger, { asOf: AS_OF });
    // BLR's promise was kept, so MUM's ₹90,000 × 45 days now outranks its ₹2,36,000 × 15.
    expect(w.rows.map((r) => r.customerCode)).toEqual(['MUM', 'BLR', 'DEL']);
    // BLR's ₹50,000 on account lowers the balance, not what is overdue.
    expect(w.rows[1]).toMatchObject({ promise: null, balance: 186_000_00, overdue: 236_000_00 });
  });

  it('takes the latest follow-up’s next action; a correction replaces the one it corrects', () => {
    const first = logged(t.ledger, {
      customerId: t.goa,
      loggedOn: '2025-08-12',
      outcome: 'call_back',
      nextActionOn: '2025-08-13',
      nextAction: 'Call again',
    });
    expect(codes(AS_OF)).toContain('GOA');
    logged(t.ledger, {
      customerId: t.goa,
      loggedOn: '2025-08-12',
      outcome: 'call_back',
      nextActionOn: '2025-08-25',
      nextAction: 'Call again',
      correctsId: first.id,
    });
    expect(codes(AS_OF)).not.toContain('GOA');
    const other = addCustomer(t.ledger, 'NEW', 'AAACN1234Q');
    invoice(t.ledger, other, 1_000_00, '2025-08-14');
    expect(codes(AS_OF)).not.toContain('NEW');
  });
});

describe('customer timeline', () => {
  it('lists follow-ups, documents, promises and disputes newest first', () => {
    logged(t.ledger, {
      customerId: t.mum,
      loggedOn: '2025-08-12',
      outcome: 'disputed',
      contactPerson: 'Ms Shah',
      documentId: t.mumInvoice.id,
    });
    const entries = customerTimeline(t.ledger, { customerId: t.mum, asOf: AS_OF });
    expect(entries.map((e) => [e.date, e.source, e.title])).toEqual([
      ['2025-08-12', 'follow_up', 'Call · Disputes the bill'],
      ['2025-07-05', 'dispute', `Dispute on ${t.mumInvoice.number} · Pricing`],
      ['2025-06-01', 'document', `Invoice ${t.mumInvoice.number}`],
    ]);
    expect(entries[0]).toMatchObject({
      detail: `about ${t.mumInvoice.number} · Ms Shah`,
      documentId: t.mumInvoice.id,
    });
    expect(entries[2]).toMatchObject({ amount: 590_000_00, detail: 'due 01-07-2025' });

    const blr = customerTimeline(t.ledger, { customerId: t.blr, asOf: AS_OF });
    expect(blr[0]).toMatchObject({
      source: 'promise',
      date: '2025-07-20',
      title: 'Promise of ₹50,000.00 by 01-08-2025 · Broken',
      amount: 50_000_00,
    });
    expect(() => customerTimeline(t.ledger, { customerId: 999 })).toThrow(
      'There is no customer with id 999',
    );
  });
});
