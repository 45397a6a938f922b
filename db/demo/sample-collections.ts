// The sample company's collections desk: the calls, promises, a dispute, a payment plan and an
// escalation an AR executive would have on file after the year of trade in sample-history.ts, so
// the worklist, reminders and escalation screens show a working desk rather than a blank one.
// Played after the trade, through the ledger's own commands, each dated relative to `today`.
import { addDays, type IsoDate } from '../../shared/dates';
import { raiseDispute } from '../disputes/disputes';
import { escalate } from '../escalation/escalation';
import { logFollowUp } from '../follow-ups/follow-ups';
import type { Ledger } from '../ledger/open';
import { createPlan } from '../payment-plans/payment-plans';
import { openItemsOf } from '../receipts/receipts';

export function playCollections(
  ledger: Ledger,
  actor: string,
  today: IsoDate,
  customers: Map<string, number>,
) {
  const ago = (days: number) => addDays(today, -days);
  const customerId = (code: string) => {
    const id = customers.get(code);
    if (id === undefined) throw new Error(`sample collections: no customer ${code}`);
    return id;
  };
  /** The customer's oldest open invoice or debit note today. */
  const oldestOpen = (code: string) => {
    const [oldest] = openItemsOf(ledger, customerId(code)).debits.sort((a, b) =>
      (a.dueDate ?? a.date).localeCompare(b.dueDate ?? b.date),
    );
    if (!oldest) throw new Error(`sample collections: ${code} owes nothing`);
    return oldest;
  };
  const log = (code: string, entry: Omit<Parameters<typeof logFollowUp>[1], 'customerId'>) =>
    logFollowUp(ledger, { customerId: customerId(code), ...entry }, actor);

  // Rajasthan Engineering: after the bounced cheque, two promises on the phone, both broken; the
  // account is now with the finance controller.
  log('RAJENG', {
    loggedOn: ago(100),
    kind: 'call',
    contactPerson: 'Mr Shekhawat, accounts',
    outcome: 'promised',
    notes: 'Cheque returned for funds; will pay by transfer once their customer pays them',
    promise: { amount: 50_000_00, promisedOn: ago(90) },
  });
  log('RAJENG', {
    loggedOn: ago(60),
    kind: 'call',
    contactPerson: 'Mr Shekhawat, accounts',
    outcome: 'promised',
    notes: 'Apologised for last month; promised part payment',
    promise: { amount: 50_000_00, promisedOn: ago(45) },
  });
  log('RAJENG', {
    loggedOn: ago(20),
    kind: 'email',
    outcome: 'no_answer',
    notes: 'Statement of account sent with the bounce charges; no reply',
  });
  escalate(
    ledger,
    {
      customerId: customerId('RAJENG'),
      escalatedOn: ago(7),
      assignedTo: 'R. Kulkarni, Finance Controller',
      note: 'Two broken promises and nothing paid since the cheque bounced: hold supplies, call the owner',
    },
    actor,
  );

  // Exide pays late but pays: a promise on its oldest invoice, due later this week.
  const exide = oldestOpen('EXIDEIND');
  log('EXIDEIND', {
    loggedOn: ago(3),
    kind: 'call',
    contactPerson: 'Ms Banerjee, payables',
    documentId: exide.documentId,
    outcome: 'promised',
    notes: 'In their next payment run',
    promise: { amount: exide.openBalance, promisedOn: addDays(today, 4) },
  });

  // Lakshmi Machine Works say a delivery came short: part of their oldest invoice is in dispute.
  const lakshmi = oldestOpen('LAKSHMIMC');
  log('LAKSHMIMC', {
    loggedOn: ago(12),
    kind: 'visit',
    contactPerson: 'Mr Natarajan, stores',
    documentId: lakshmi.documentId,
    outcome: 'disputed',
    notes: 'Stores counted fewer valves than invoiced; will pay the rest',
    nextActionOn: addDays(today, 2),
    nextAction: 'Send the signed delivery challan',
  });
  raiseDispute(
    ledger,
    {
      documentId: lakshmi.documentId,
      reason: 'quantity',
      amount: Math.floor(lakshmi.openBalance / 4 / 100) * 100,
      raisedOn: ago(12),
      owner: 'Sales, Pune',
      notes: 'Short delivery against the challan, per their stores',
    },
    actor,
  );

  // Sundaram and Bharat Forge: the everyday chasing.
  log('SUNDRAM', {
    loggedOn: ago(6),
    kind: 'email',
    outcome: 'call_back',
    notes: 'Reminder sent; they asked us to call once the invoice is approved',
    nextActionOn: addDays(today, 1),
    nextAction: 'Call Mr Raghavan in accounts',
  });
  log('BHARATFG', {
    loggedOn: ago(2),
    kind: 'whatsapp',
    contactPerson: 'Accounts desk',
    outcome: 'left_message',
    nextActionOn: today,
    nextAction: 'Call again',
  });

  // Hero Cycles pays a round sum a month and has fallen behind: what is overdue goes into three
  // monthly instalments.
  createPlan(
    ledger,
    {
      customerId: customerId('HEROCYCLE'),
      planOn: ago(2),
      frequency: 'monthly',
      firstDueOn: addDays(today, 28),
      count: 3,
      notes: 'Agreed with their CFO: the overdue balance in three monthly instalments',
    },
    actor,
  );
}
