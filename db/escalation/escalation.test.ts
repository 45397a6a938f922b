import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../../shared/dates';
import type { EscalateInput } from '../../shared/escalation/contract';
import { verifyLedger } from '../audit/audit';
import { raiseDispute } from '../disputes/disputes';
import { worklist } from '../follow-ups/worklist';
import { refusedUnchanged } from '../ledger/refusal-testing';
import { recordPromise } from '../promises/promises';
import { invoice, receiptsLedger, receive } from '../receipts/fixture';
import {
  addNote,
  closeCase,
  escalate,
  getRules,
  listCases,
  proposals,
  saveRules,
} from './escalation';

let t: ReturnType<typeof receiptsLedger>;
beforeEach(() => {
  t = receiptsLedger();
});
afterEach(() => t.ledger.cleanup());

const TABLES = ['escalations', 'escalation_notes', 'escalation_rules', 'audit_log'];
const refused = (work: () => unknown) => refusedUnchanged(t.ledger, TABLES, work);
const proposed = (asOf: string) => proposals(t.ledger, { asOf }).proposals;
const rules = (overdueAbove: number, overdueDays = 60, brokenPromises = 2) =>
  saveRules(t.ledger, { overdueAbove, overdueDays, brokenPromises }, 'priya');
/** A promise made on `madeOn` for five days later, with nothing paid: broken from day six. */
const promiseFrom = (customerId: number, madeOn: string) =>
  recordPromise(
    t.ledger,
    {
      customerId,
      amount: 1_000_00,
      madeOn,
      promisedOn: addDays(madeOn as IsoDate, 5),
      how: 'call',
    },
    't',
  );
const open = (over: Partial<EscalateInput> = {}) =>
  escalate(
    t.ledger,
    {
      customerId: t.pune,
      escalatedOn: '2025-09-01',
      assignedTo: 'R. Kulkarni',
      note: 'Two reminders ignored',
      ...over,
    },
    'priya',
  );

describe('the rules as company settings', () => {
  it('start at ₹1,00,000 for more than 60 days or 2 broken promises, and are saved audited', () => {
    expect(getRules(t.ledger)).toEqual({
      overdueAbove: 1_00_000_00,
      overdueDays: 60,
      brokenPromises: 2,
      isDefault: true,
      updatedAt: null,
    });
    rules(5_00_000_00, 90, 3);
    rules(5_00_000_00, 45, 3);
    expect(getRules(t.ledger)).toMatchObject({ overdueDays: 45, isDefault: false });
    const audit = t.ledger.sqlite
      .prepare(
        `select command, json_extract(before_json, '$.overdueDays') as before,
           json_extract(after_json, '$.overdueDays') as after from audit_log
          where entity = 'escalation_rules' order by id`,
      )
      .all();
    expect(audit).toEqual([
      { command: 'escalation.saveRules', before: null, after: 90 },
      { command: 'escalation.saveRules', before: 90, after: 45 },
    ]);
  });
});

describe('the escalation list fires exactly at the thresholds', () => {
  // ₹1,18,000 dated 01-06-2025, due 01-07-2025.
  let owed: { id: number };
  beforeEach(() => {
    owed = invoice(t.ledger, t.pune, 100_000_00, '2025-06-01');
  });

  it('needs more than ₹X overdue: at X nothing, at X − 1 paisa the customer is proposed', () => {
    rules(1_18_000_00, 30);
    expect(proposed('2025-08-31')).toEqual([]);
    rules(1_17_999_99, 30);
    expect(proposed('2025-08-31')).toEqual([
      expect.objectContaining({
        customerCode: 'PUNE',
        rules: ['overdue'],
        overdue: 1_18_000_00,
        oldestDueDate: '2025-07-01',
        oldestDays: 61,
        balance: 1_18_000_00,
      }),
    ]);
  });

  it('needs the oldest more than N days past due: at 60 days nothing, at 61 proposed', () => {
    expect(proposed('2025-08-30')).toEqual([]);
    expect(proposed('2025-08-31').map((p) => p.oldestDays)).toEqual([61]);
  });

  it('leaves out what is in dispute and what has been paid, as of the date', () => {
    receive(t.ledger, {
      customerId: t.pune,
      bankAccountId: t.hdfc,
      amount: 18_000_00,
      date: '2025-09-10',
      allocations: [{ documentId: owed.id, amount: 18_000_00 }],
    });
    // Paid after the date: still ₹1,18,000 overdue on 31-08; ₹1,00,000 on 10-09 (not above).
    expect(proposed('2025-08-31').map((p) => p.overdue)).toEqual([1_18_000_00]);
    expect(proposed('2025-09-10')).toEqual([]);
    raiseDispute(
      t.ledger,
      { documentId: owed.id, reason: 'pricing', amount: 1_00_000_00, raisedOn: '2025-08-01' },
      't',
    );
    expect(proposed('2025-08-31')).toEqual([]);
    rules(17_999_99, 60);
    expect(proposed('2025-08-31')).toMatchObject([{ overdue: 18_000_00, disputed: 1_00_000_00 }]);
  });

  it('proposes at K broken promises, not at K − 1, and counts none made before a closed case', () => {
    invoice(t.ledger, t.blr, 1_000_00, '2025-06-01'); // ₹1,180: the overdue rule never fires
    promiseFrom(t.blr, '2025-06-01'); // broken from 07-06
    promiseFrom(t.blr, '2025-06-10'); // broken from 16-06
    expect(proposed('2025-06-06')).toEqual([]);
    expect(proposed('2025-06-15')).toEqual([]);
    expect(proposed('2025-06-16')).toMatchObject([
      { customerCode: 'BLR', rules: ['broken_promises'], brokenPromises: 2, overdue: 0 },
    ]);
    const blrCase = open({ customerId: t.blr, escalatedOn: '2025-06-20' });
    expect(blrCase).toMatchObject({ rules: ['broken_promises'], brokenPromises: 2 });
    expect(proposed('2025-06-20')).toEqual([]);
    closeCase(
      t.ledger,
      { id: blrCase.id, closedOn: '2025-06-25', resolution: 'Director called' },
      'priya',
    );
    // Those two were dealt with; two more broken put BLR back, one does not.
    expect(proposed('2025-06-25')).toEqual([]);
    promiseFrom(t.blr, '2025-06-26'); // broken from 02-07
    promiseFrom(t.blr, '2025-06-27'); // broken from 03-07
    expect(proposed('2025-07-02')).toEqual([]);
    expect(proposed('2025-07-03')).toMatchObject([
      { customerCode: 'BLR', brokenPromises: 2, lastClosedOn: '2025-06-25' },
    ]);
  });
});

describe('cases', () => {
  beforeEach(() => invoice(t.ledger, t.pune, 100_000_00, '2025-06-01'));

  it('opens with the rule and figures of the day, takes notes, and closes once, all audited', () => {
    const c = open();
    expect(c).toMatchObject({
      customerCode: 'PUNE',
      openedOn: '2025-09-01',
      rules: ['overdue'],
      overdue: 1_18_000_00,
      oldestDays: 62,
      thresholds: { overdueAbove: 1_00_000_00, overdueDays: 60, brokenPromises: 2 },
      assignedTo: 'R. Kulkarni',
      openedBy: 'priya',
      status: 'open',
      notes: [{ notedOn: '2025-09-01', note: 'Two reminders ignored', actor: 'priya' }],
    });
    // The list shows it; the proposals no longer do; the worklist flags it from that day.
    expect(listCases(t.ledger).map((x) => x.id)).toEqual([c.id]);
    expect(proposed('2025-09-01')).toEqual([]);
    const flag = (asOf: string) =>
      worklist(t.ledger, { asOf }).rows.find((r) => r.customerId === t.pune)?.escalationId;
    expect(flag('2025-08-31')).toBeNull();
    expect(flag('2025-09-01')).toBe(c.id);

    addNote(t.ledger, { id: c.id, notedOn: '2025-09-03', note: 'Met the MD' }, 'ravi');
    const closed = closeCase(
      t.ledger,
      { id: c.id, closedOn: '2025-09-10', resolution: 'Paid in two parts by NEFT' },
      'priya',
    );
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2025-09-10', closedBy: 'priya' });
    expect(closed.notes.map((n) => [n.note, n.actor])).toEqual([
      ['Two reminders ignored', 'priya'],
      ['Met the MD', 'ravi'],
    ]);
    expect(listCases(t.ledger)).toEqual([]);
    expect(listCases(t.ledger, { status: 'closed' })).toEqual([closed]);
    expect(flag('2025-09-09')).toBe(c.id);
    expect(flag('2025-09-10')).toBeNull();
    const audit = t.ledger.sqlite
      .prepare(`select command, actor from audit_log where entity = 'escalation' order by id`)
      .all();
    expect(audit).toEqual([
      { command: 'escalation.escalate', actor: 'priya' },
      { command: 'escalation.addNote', actor: 'ravi' },
      { command: 'escalation.close', actor: 'priya' },
    ]);
    expect(verifyLedger(t.ledger).ok).toBe(true);
    // Still overdue after the close: proposed again, with the last case's date.
    expect(proposed('2025-09-10')).toMatchObject([
      { customerCode: 'PUNE', lastClosedOn: '2025-09-10' },
    ]);
  });

  it('refuses what the rules do not support, a second open case, and bad dates, writing nothing', () => {
    expect(refused(() => open({ escalatedOn: '2025-08-30' }))).toEqual({
      field: 'customerId',
      message:
        'PUNE Ltd meets no escalation rule on 30-08-2025: ₹1,18,000.00 overdue, oldest 60 days (rule: overdue above ₹1,00,000.00 for more than 60 days); 0 broken promises (rule: at least 2 broken promises)',
    });
    expect(refused(() => open({ escalatedOn: '2099-01-01' }))).toMatchObject({
      field: 'escalatedOn',
    });
    const c = open();
    expect(refused(() => open())).toMatchObject({
      field: 'customerId',
      message:
        'PUNE Ltd has been escalated since 01-09-2025 (to R. Kulkarni): add a note to that case instead',
    });
    expect(
      refused(() => addNote(t.ledger, { id: c.id, notedOn: '2025-08-31', note: 'x' }, 'p')),
    ).toMatchObject({ field: 'notedOn' });
    expect(
      refused(() =>
        closeCase(t.ledger, { id: c.id, closedOn: '2025-08-31', resolution: 'x' }, 'p'),
      ),
    ).toMatchObject({ field: 'closedOn' });
    closeCase(t.ledger, { id: c.id, closedOn: '2025-09-05', resolution: 'Paid' }, 'p');
    expect(
      refused(() =>
        closeCase(t.ledger, { id: c.id, closedOn: '2025-09-06', resolution: 'Again' }, 'p'),
      ),
    ).toMatchObject({ field: 'id' });
    expect(
      refused(() => addNote(t.ledger, { id: c.id, notedOn: '2025-09-06', note: 'Late' }, 'p')),
    ).toMatchObject({ field: 'id' });
    expect(refused(() => open({ escalatedOn: '2025-09-04' }))).toMatchObject({
      field: 'escalatedOn',
    });
  });

  it('is never rewritten or deleted: the triggers refuse it', () => {
    const c = open();
    const sql = (s: string) => () => t.ledger.sqlite.prepare(s).run();
    expect(sql(`delete from escalations where id = ${c.id}`)).toThrow(/never deleted/);
    expect(sql(`update escalations set assigned_to = 'x' where id = ${c.id}`)).toThrow(
      /cannot be changed/,
    );
    expect(sql(`update escalation_notes set note = 'x'`)).toThrow(/cannot be changed/);
    expect(sql(`delete from escalation_notes`)).toThrow(/never deleted/);
    closeCase(t.ledger, { id: c.id, closedOn: '2025-09-05', resolution: 'Paid' }, 'p');
    expect(sql(`update escalations set resolution = 'x' where id = ${c.id}`)).toThrow(
      /cannot be changed/,
    );
  });
});
