import { afterEach, describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../../shared/dates';
import { REMINDER_LEVELS } from '../../shared/reminders/contract';
import { raiseDispute, resolveDispute } from '../disputes/disputes';
import { worklistLedger } from '../follow-ups/fixture';
import { listFollowUps } from '../follow-ups/follow-ups';
import { recordPromise } from '../promises/promises';
import { invoice, receiptsLedger, receive } from '../receipts/fixture';
import { DEFAULT_TEMPLATES } from './defaults';
import { dunning, levelReached, nextLevel, type Thresholds } from './dunning';
import { composeMessage, listSentReminders, logReminder, proposalFor } from './reminders';
import { listTemplates, saveTemplate } from './templates';

const DUE = '2025-07-01' as IsoDate; // an invoice of 01-06-2025 on 30 days' terms
const after = (n: number) => addDays(DUE, n);
const T = Object.fromEntries(
  REMINDER_LEVELS.map((l) => [l, DEFAULT_TEMPLATES[l].days]),
) as Thresholds;

let cleanup: (() => void) | null = null;
function ledger() {
  const t = receiptsLedger();
  cleanup = t.ledger.cleanup;
  return t;
}
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

describe('level escalation', () => {
  it('reaches each level exactly at its threshold, and nothing between due and day 7', () => {
    const cases: [number, string | null][] = [
      [-4, null],
      [-3, 'friendly'],
      [0, 'friendly'],
      [1, null],
      [6, null],
      [7, 'first'],
      [14, 'first'],
      [15, 'second'],
      [29, 'second'],
      [30, 'third'],
      [44, 'third'],
      [45, 'fourth'],
      [59, 'fourth'],
      [60, 'final'],
      [400, 'final'],
    ];
    for (const [days, level] of cases) expect([days, levelReached(days, T)]).toEqual([days, level]);
  });

  it('never repeats a level, and skips to the level reached', () => {
    expect(nextLevel(10, 'first', T)).toBeNull();
    expect(nextLevel(15, 'first', T)).toBe('second');
    expect(nextLevel(40, null, T)).toBe('third');
    expect(nextLevel(70, 'final', T)).toBeNull();
  });

  it('on the ledger: day 6 proposes nothing, day 7 the first reminder, then the second at 15', () => {
    const t = ledger();
    const inv = invoice(t.ledger, t.pune, 100_000_00);
    expect(dunning(t.ledger, { asOf: after(6) }).proposals).toEqual([]);
    const [p] = dunning(t.ledger, { asOf: after(7) }).proposals;
    expect(p).toMatchObject({ customerId: t.pune, level: 'first', oldestDaysPastDue: 7 });
    expect(p!.invoices.map((i) => i.documentId)).toEqual([inv.id]);
    expect(p!.amount).toBe(118_000_00);
    logReminder(t.ledger, { customerId: t.pune, asOf: after(7), channel: 'email' }, 'meera');
    expect(dunning(t.ledger, { asOf: after(14) }).proposals).toEqual([]);
    expect(dunning(t.ledger, { asOf: after(15) }).proposals[0]).toMatchObject({
      level: 'second',
      lastLevel: 'first',
      lastSentOn: after(7),
    });
  });

  it('a friendly reminder lists what falls due within its window', () => {
    const t = ledger();
    invoice(t.ledger, t.pune, 100_000_00);
    expect(dunning(t.ledger, { asOf: after(-4) }).proposals).toEqual([]);
    expect(dunning(t.ledger, { asOf: after(-3) }).proposals[0]?.level).toBe('friendly');
  });

  it('follows thresholds the company edited', () => {
    const t = ledger();
    invoice(t.ledger, t.pune, 100_000_00);
    const first = listTemplates(t.ledger).find((x) => x.level === 'first')!;
    saveTemplate(t.ledger, { ...first, days: 10 }, 'meera');
    expect(dunning(t.ledger, { asOf: after(9) }).proposals).toEqual([]);
    expect(dunning(t.ledger, { asOf: after(10) }).proposals[0]?.level).toBe('first');
  });
});

describe('promises pause reminders', () => {
  it('a pending promise pauses its invoices until its date; broken the day after, they resume', () => {
    const t = ledger();
    const inv = invoice(t.ledger, t.pune, 100_000_00);
    const other = invoice(t.ledger, t.pune, 10_000_00, '2025-06-05');
    recordPromise(
      t.ledger,
      {
        customerId: t.pune,
        amount: 50_000_00,
        madeOn: after(5),
        promisedOn: after(20),
        how: 'call',
        invoiceIds: [inv.id],
      },
      't',
    );
    const paused = dunning(t.ledger, { asOf: after(20) }).proposals[0]!;
    expect(paused.invoices.map((i) => i.documentId)).toEqual([other.id]);
    expect(paused.promisedLeftOut).toBe(1);
    const resumed = dunning(t.ledger, { asOf: after(21) }).proposals[0]!;
    expect(resumed.invoices.map((i) => i.documentId)).toEqual([inv.id, other.id]);
    expect(resumed.promisedLeftOut).toBe(0);
    expect(resumed.level).toBe('second');
  });

  it('a promise naming no invoice pauses the whole account; kept, nothing is left to remind', () => {
    const t = ledger();
    invoice(t.ledger, t.pune, 100_000_00);
    recordPromise(
      t.ledger,
      {
        customerId: t.pune,
        amount: 118_000_00,
        madeOn: after(5),
        promisedOn: after(20),
        how: 'call',
      },
      't',
    );
    expect(dunning(t.ledger, { asOf: after(20) }).proposals).toEqual([]);
    expect(dunning(t.ledger, { asOf: after(21) }).proposals[0]?.level).toBe('second');
    // The same promise, kept by a receipt within its window: paid, so nothing is due.
    const u = receiptsLedger();
    try {
      const inv = invoice(u.ledger, u.pune, 100_000_00);
      recordPromise(
        u.ledger,
        {
          customerId: u.pune,
          amount: 118_000_00,
          madeOn: after(5),
          promisedOn: after(20),
          how: 'call',
        },
        't',
      );
      receive(u.ledger, {
        customerId: u.pune,
        bankAccountId: u.hdfc,
        amount: 118_000_00,
        date: after(18),
        allocations: [{ documentId: inv.id, amount: 118_000_00 }],
      });
      expect(dunning(u.ledger, { asOf: after(21) }).proposals).toEqual([]);
    } finally {
      u.ledger.cleanup();
    }
  });
});

describe('disputes', () => {
  it('a disputed invoice never appears; a customer with only disputed invoices is not proposed', () => {
    const w = worklistLedger();
    cleanup = w.ledger.cleanup;
    const run = dunning(w.ledger, { asOf: '2025-08-15' });
    expect(run.proposals.map((p) => p.customerId)).not.toContain(w.mum);
    for (const p of run.proposals) {
      expect(p.invoices.map((i) => i.documentId)).not.toContain(w.mumInvoice.id);
    }
    // PUNE is 45 days past due; BLR's broken promise no longer pauses it.
    expect(run.proposals.map((p) => [p.customerCode, p.level])).toEqual([
      ['PUNE', 'fourth'],
      ['BLR', 'second'],
    ]);
    expect(() =>
      logReminder(w.ledger, { customerId: w.mum, asOf: '2025-08-15', channel: 'email' }, 'm'),
    ).toThrow(/Nothing to remind/);
  });

  it('leaves the disputed invoice out of a mixed account, and brings it back once resolved', () => {
    const t = ledger();
    const a = invoice(t.ledger, t.pune, 100_000_00);
    const b = invoice(t.ledger, t.pune, 20_000_00);
    const d = raiseDispute(
      t.ledger,
      { documentId: a.id, reason: 'quality', amount: 10_000_00, raisedOn: after(3) },
      't',
    );
    const p = proposalFor(t.ledger, t.pune, after(10));
    expect(p.invoices.map((i) => i.documentId)).toEqual([b.id]);
    expect(p.disputedLeftOut).toBe(1);
    expect(composeMessage(t.ledger, p, after(10)).emailBody).not.toContain(a.number!);
    expect(() =>
      logReminder(
        t.ledger,
        { customerId: t.pune, asOf: after(10), channel: 'email', documentIds: [a.id] },
        'm',
      ),
    ).toThrow(/not in PUNE Ltd’s reminder/);
    resolveDispute(t.ledger, { id: d.id, resolvedOn: after(12), resolution: 'Replaced' }, 't');
    expect(proposalFor(t.ledger, t.pune, after(12)).invoices.map((i) => i.documentId)).toEqual(
      [a.id, b.id].sort((x, y) => x - y),
    );
  });
});

describe('templates', () => {
  it('ships a default for every level, in climbing order', () => {
    const t = ledger();
    const all = listTemplates(t.ledger);
    expect(all.map((x) => [x.level, x.days, x.edited])).toEqual([
      ['friendly', -3, false],
      ['first', 7, false],
      ['second', 15, false],
      ['third', 30, false],
      ['fourth', 45, false],
      ['final', 60, false],
    ]);
  });

  it('refuses an unknown placeholder or days out of order by field, and changes nothing', () => {
    const t = ledger();
    const first = listTemplates(t.ledger)[1]!;
    expect(() => saveTemplate(t.ledger, { ...first, emailBody: 'Dear {{custmer}}' }, 'm')).toThrow(
      /E-mail body has an unknown placeholder \{\{custmer\}\}/,
    );
    expect(() => saveTemplate(t.ledger, { ...first, days: 15 }, 'm')).toThrow(
      /must come before second reminder \(15 days\): enter fewer than 15/,
    );
    expect(() => saveTemplate(t.ledger, { ...first, level: 'friendly', days: 2 }, 'm')).toThrow(
      /before the due date/,
    );
    expect(listTemplates(t.ledger)[1]!.edited).toBe(false);
    const saved = saveTemplate(t.ledger, { ...first, emailSubject: 'Dues – {{customer}}' }, 'm');
    expect(saved).toMatchObject({ edited: true, actor: 'm', emailSubject: 'Dues – {{customer}}' });
  });

  it('fills customer, invoices in Indian format, total, company and bank details', () => {
    const t = ledger();
    const inv = invoice(t.ledger, t.pune, 100_000_00);
    const m = composeMessage(t.ledger, proposalFor(t.ledger, t.pune, after(7)), after(7));
    expect(m.subject).toBe('Payment reminder: invoices overdue – PUNE Ltd');
    expect(m.emailBody).toContain(
      `${inv.number} dated 01-06-2025, due 01-07-2025: ₹1,18,000.00 open (7 days overdue)`,
    );
    expect(m.emailBody).toContain('Total: ₹1,18,000.00');
    expect(m.emailBody).toContain('Sahyadri Supplies Pvt Ltd');
    expect(m.emailBody).toContain('IFSC: HDFC0000123');
    expect(m.whatsappText).not.toMatch(/\{\{/);
    expect(m.letterBody).toContain('Date: 08-07-2025');
  });
});

describe('the sent log', () => {
  it('logs who sent which level by which channel, with a follow-up; never changed', () => {
    const t = ledger();
    const inv = invoice(t.ledger, t.pune, 100_000_00);
    const { reminder } = logReminder(
      t.ledger,
      { customerId: t.pune, asOf: after(7), channel: 'whatsapp' },
      'meera',
    );
    expect(reminder).toMatchObject({
      customerId: t.pune,
      level: 'first',
      channel: 'whatsapp',
      sentOn: after(7),
      amount: 118_000_00,
      actor: 'meera',
      invoices: [{ documentId: inv.id, number: inv.number, open: 118_000_00 }],
    });
    expect(listSentReminders(t.ledger, { customerId: t.pune })).toEqual([reminder]);
    const [f] = listFollowUps(t.ledger, { customerId: t.pune });
    expect(f).toMatchObject({ id: reminder.followUpId, kind: 'whatsapp', loggedOn: after(7) });
    expect(() =>
      t.ledger.sqlite.prepare('update sent_reminders set level = ?').run('final'),
    ).toThrow(/cannot be changed/);
    expect(() => t.ledger.sqlite.prepare('delete from sent_reminder_invoices').run()).toThrow(
      /never removed/,
    );
  });

  it('refuses a reminder dated after today, naming the field', () => {
    const t = ledger();
    invoice(t.ledger, t.pune, 100_000_00);
    expect(() =>
      logReminder(t.ledger, { customerId: t.pune, asOf: '2999-01-01', channel: 'email' }, 'm'),
    ).toThrow(/As of is after today/);
    expect(listSentReminders(t.ledger)).toEqual([]);
  });
});
