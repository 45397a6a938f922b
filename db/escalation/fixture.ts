// Test support for escalation: a customer with two years' worth of trouble — dozens of invoices,
// disputes, promises made and broken, follow-ups with long notes, every reminder level, a hold
// and a case with its notes — so the case summary is proved to fit one page.
import { addDays, type IsoDate } from '../../shared/dates';
import { customerInput } from '../../shared/customers/contract';
import { makeGstin } from '../../shared/gst';
import { putOnHold } from '../credit/credit';
import { createCustomer } from '../customers/customers';
import { raiseDispute, resolveDispute } from '../disputes/disputes';
import { logFollowUp } from '../follow-ups/follow-ups';
import { recordPromise } from '../promises/promises';
import { invoice, receiptsLedger, receive } from '../receipts/fixture';
import { logReminder } from '../reminders/reminders';
import { addNote, escalate } from './escalation';

export const BUSY_AS_OF = '2025-09-30';
const LONG =
  'Spoke at length about the pending bills; they say the plant head must sign off every payment above five lakh, and he is travelling until the month end, so nothing moves before then.';

export function busyLedger() {
  const t = receiptsLedger();
  const busy = createCustomer(
    t.ledger,
    customerInput.parse({
      code: 'KIRLOSKAR',
      name: 'Kirloskar Pneumatic Compressors and Allied Engineering Works Pvt Ltd',
      gstin: makeGstin('27', 'AAACK4321Q'),
      email: 'accounts.payable@kirloskar.example',
      phone: '020 2612 3456',
      creditLimit: 10_00_000_00,
      salesperson: 'Anand Joshi',
      contacts: [
        { name: 'Sunil Deshpande', designation: 'Chief Financial Officer', phone: '98220 12345' },
        { name: 'Meena Kulkarni', designation: 'Accounts Payable Lead', email: 'meena@k.example' },
        { name: 'R. Iyer', designation: 'Plant Head', phone: '98220 54321' },
        { name: 'P. Shah', designation: 'Purchase Manager', phone: '98220 11111' },
        { name: 'A. Rao', designation: 'Company Secretary', phone: '98220 22222' },
      ],
    }),
    't',
  ).id;
  // Forty invoices, a week apart from 01-01-2025, on 30 days' terms.
  const invoices = Array.from({ length: 40 }, (_, k) =>
    invoice(t.ledger, busy, 40_000_00 + k * 1_000_00, addDays('2025-01-01' as IsoDate, 7 * k)),
  );
  // Every reminder level, climbing with the oldest invoice (due 31-01-2025).
  for (const [asOf, channel] of [
    ['2025-02-07', 'email'],
    ['2025-02-15', 'letter'],
    ['2025-03-02', 'email'],
    ['2025-03-17', 'whatsapp'],
    ['2025-04-01', 'email'],
  ] as const) {
    logReminder(t.ledger, { customerId: busy, asOf, channel }, 't');
  }
  // The first ten paid, late.
  for (const [k, d] of invoices.slice(0, 10).entries()) {
    receive(t.ledger, {
      customerId: busy,
      bankAccountId: t.hdfc,
      amount: d.totals.total,
      date: addDays(d.dueDate! as IsoDate, 20 + k),
      instrumentNumber: `HDFCN5202500000${String(k).padStart(4, '0')}`,
      allocations: [{ documentId: d.id, amount: d.totals.total }],
    });
  }
  for (const [k, d] of invoices.slice(10, 18).entries()) {
    const dispute = raiseDispute(
      t.ledger,
      {
        documentId: d.id,
        reason: k % 2 ? 'quality' : 'pricing',
        amount: 5_000_00,
        raisedOn: d.dueDate!,
      },
      't',
    );
    if (k < 3) {
      resolveDispute(
        t.ledger,
        {
          id: dispute.id,
          resolvedOn: addDays(d.dueDate! as IsoDate, 10),
          resolution: 'Explained',
          creditNoteId: null,
        },
        't',
      );
    }
  }
  for (let k = 0; k < 12; k++) {
    const madeOn = addDays('2025-04-01' as IsoDate, 12 * k);
    recordPromise(
      t.ledger,
      { customerId: busy, amount: 50_000_00, madeOn, promisedOn: addDays(madeOn, 7), how: 'call' },
      't',
    );
  }
  for (let k = 0; k < 30; k++) {
    logFollowUp(
      t.ledger,
      {
        customerId: busy,
        loggedOn: addDays('2025-04-01' as IsoDate, 5 * k),
        kind: k % 3 ? 'call' : 'visit',
        outcome: k % 4 ? 'promised' : 'call_back',
        contactPerson: 'Sunil Deshpande',
        notes: LONG,
      },
      't',
    );
  }
  putOnHold(t.ledger, { customerId: busy, heldOn: '2025-09-01', reason: LONG }, 'priya');
  const c = escalate(
    t.ledger,
    { customerId: busy, escalatedOn: '2025-09-05', assignedTo: 'R. Kulkarni, CFO', note: LONG },
    'priya',
  );
  for (let k = 0; k < 6; k++) {
    addNote(
      t.ledger,
      { id: c.id, notedOn: addDays('2025-09-06' as IsoDate, 3 * k), note: LONG },
      'priya',
    );
  }
  return { ...t, busy, invoices, caseId: c.id };
}
