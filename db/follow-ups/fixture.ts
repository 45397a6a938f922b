// Test support for follow-ups: four customers owing in different ways on 15-08-2025, so the
// worklist has an order to get right.
import { customerInput } from '../../shared/customers/contract';
import type { FollowUpInput } from '../../shared/follow-ups/contract';
import { makeGstin } from '../../shared/gst';
import { createCustomer } from '../customers/customers';
import { raiseDispute } from '../disputes/disputes';
import type { Ledger } from '../ledger/open';
import { recordPromise } from '../promises/promises';
import { invoice, receiptsLedger } from '../receipts/fixture';
import { logFollowUp } from './follow-ups';

export const AS_OF = '2025-08-15';

export const addCustomer = (ledger: Ledger, code: string, pan: string) =>
  createCustomer(
    ledger,
    customerInput.parse({ code, name: `${code} Traders`, gstin: makeGstin('27', pan) }),
    't',
  ).id;

export const logged = (ledger: Ledger, input: Partial<FollowUpInput> & { customerId: number }) =>
  logFollowUp(
    ledger,
    { loggedOn: '2025-08-05', kind: 'call', outcome: 'no_answer', ...input },
    'meera',
  );

/**
 * As of 15-08-2025 (invoices on 30 days' terms):
 * - PUNE owes ₹1,18,000, 45 days overdue;
 * - BLR owes ₹2,36,000, 15 days overdue, and broke a promise to pay by 01-08;
 * - MUM owes ₹5,90,000, 45 days overdue, ₹5,00,000 of it in dispute;
 * - DEL owes ₹11,800 not yet due, with a call back due on 14-08;
 * - GOA owes ₹11,800 not yet due, with a call back due on 20-08 (not on the list).
 */
export function worklistLedger() {
  const t = receiptsLedger();
  const mum = addCustomer(t.ledger, 'MUM', 'AAACM1234M');
  const del = addCustomer(t.ledger, 'DEL', 'AAACD1234N');
  const goa = addCustomer(t.ledger, 'GOA', 'AAACG1234P');
  const puneInvoice = invoice(t.ledger, t.pune, 100_000_00, '2025-06-01');
  invoice(t.ledger, t.blr, 200_000_00, '2025-07-01');
  const mumInvoice = invoice(t.ledger, mum, 500_000_00, '2025-06-01');
  invoice(t.ledger, del, 10_000_00, '2025-08-10');
  invoice(t.ledger, goa, 10_000_00, '2025-08-10');
  const promise = recordPromise(
    t.ledger,
    {
      customerId: t.blr,
      amount: 50_000_00,
      madeOn: '2025-07-20',
      promisedOn: '2025-08-01',
      how: 'call',
    },
    't',
  );
  raiseDispute(
    t.ledger,
    {
      documentId: mumInvoice.id,
      reason: 'pricing',
      amount: 500_000_00,
      raisedOn: '2025-07-05',
    },
    't',
  );
  logged(t.ledger, {
    customerId: del,
    loggedOn: '2025-08-10',
    outcome: 'call_back',
    nextActionOn: '2025-08-14',
    nextAction: 'Call the accounts head',
  });
  logged(t.ledger, {
    customerId: goa,
    loggedOn: '2025-08-10',
    outcome: 'call_back',
    nextActionOn: '2025-08-20',
    nextAction: 'Call after the audit',
  });
  return { ...t, mum, del, goa, puneInvoice, mumInvoice, promise };
}
