import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { FollowUp, TimelineEntry, WorklistRow } from '../../../shared/follow-ups/contract';
import { OpenCustomerAccount } from '../customer-accounts/navigation';
import { invoice11 } from '../customer-accounts/testData';
import { fail, fakeTransport, ok, renderWithApi } from '../test-utils';
import { FollowUpsPanel } from './FollowUpsPanel';
import { WorklistScreen } from './WorklistScreen';

const row = (customerId: number, code: string, over: Partial<WorklistRow> = {}): WorklistRow => ({
  customerId,
  customerCode: code,
  customerName: `${code} Traders`,
  balance: 1_18_000_00,
  overdue: 1_18_000_00,
  disputed: 0,
  priority: 1_18_000_00 * 45,
  oldestDueDate: '2025-07-01',
  oldestDays: 45,
  lastContact: null,
  nextActionOn: null,
  nextAction: null,
  followUpDue: false,
  promise: null,
  plan: null,
  escalationId: null,
  ...over,
});

const rows = [
  row(2, 'BLR', {
    promise: { id: 1, status: 'broken', promisedOn: '2025-08-01', amount: 50_000_00, received: 0 },
  }),
  row(1, 'PUNE'),
  row(3, 'MUM', {
    disputed: 5_00_000_00,
    plan: { id: 4, number: 'PLN/25-26/0004', nextDueOn: '2025-08-10', overdueCount: 1 },
    escalationId: 4,
  }),
];

const logged: FollowUp = {
  id: 9,
  customerId: 1,
  customerCode: 'PUNE',
  customerName: 'PUNE Traders',
  documentId: null,
  documentNumber: null,
  documentKind: null,
  loggedOn: '2025-08-15',
  kind: 'call',
  contactPerson: 'Mr Kulkarni',
  outcome: 'no_answer',
  notes: null,
  nextActionOn: null,
  nextAction: null,
  correctsId: null,
  correctedById: null,
  actor: 'meera',
  createdAt: '2025-08-15T05:00:00Z',
};

describe('WorklistScreen', () => {
  it('moves with the arrows, logs a follow-up with L and goes on to the next customer', async () => {
    const transport = fakeTransport({
      'followUps.worklist': () => ok({ asOf: '2025-08-15', rows }),
      'receipts.openItems': () => ok({ debits: [invoice11], credits: [] }),
      'followUps.log': () => ok(logged),
    });
    const open = vi.fn();
    renderWithApi(
      <OpenCustomerAccount.Provider value={open}>
        <WorklistScreen />
      </OpenCustomerAccount.Provider>,
      transport,
    );
    const user = userEvent.setup();
    const shown = await screen.findAllByTestId('worklist-row');
    expect(shown.map((r) => within(r).getByText(/Traders/).textContent)).toEqual([
      'BLR Traders',
      'PUNE Traders',
      'MUM Traders',
    ]);
    expect(shown[0]).toHaveTextContent('Broken');
    // A customer on a payment plan says so; the others do not.
    expect(within(shown[2]!).getByTestId('on-plan')).toHaveTextContent('On a plan');
    expect(within(shown[1]!).queryByTestId('on-plan')).toBeNull();
    expect(shown[0]).toHaveAttribute('aria-selected', 'true');
    await waitFor(() => expect(screen.getByRole('grid', { name: 'Worklist' })).toHaveFocus());

    await user.keyboard('{ArrowDown}');
    expect(screen.getAllByTestId('worklist-row')[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(open).toHaveBeenCalledWith(1);

    await user.keyboard('l');
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.getByText('Follow-up with PUNE Traders')).toBeVisible();
    await user.click(dialog.getByRole('combobox', { name: 'Outcome' }));
    await user.keyboard('no{Enter}');
    await user.type(
      dialog.getByRole('textbox', { name: 'Contact person' }),
      'Mr Kulkarni{Control>}s{/Control}',
    );
    await waitFor(() => expect(transport.inputsOf('followUps.log')).toHaveLength(1));
    expect(transport.inputsOf('followUps.log')[0]).toMatchObject({
      customerId: 1,
      kind: 'call',
      outcome: 'no_answer',
      contactPerson: 'Mr Kulkarni',
      documentId: null,
      nextActionOn: null,
    });
    // Read again, with the cursor on the customer after the one just logged.
    await waitFor(() => expect(transport.inputsOf('followUps.worklist')).toHaveLength(2));
    await waitFor(() =>
      expect(screen.getAllByTestId('worklist-row')[2]).toHaveAttribute('aria-selected', 'true'),
    );
  });
});

describe('WorklistScreen with a promise on the call', () => {
  it('flags an escalated customer, and records the promise with the follow-up', async () => {
    const transport = fakeTransport({
      'followUps.worklist': () => ok({ asOf: '2025-08-15', rows }),
      'receipts.openItems': () => ok({ debits: [invoice11], credits: [] }),
      'followUps.log': () =>
        fail({
          code: 'VALIDATION',
          message: 'Promised amount ₹2,00,000.00 is more than the ₹1,18,000.00 PUNE Traders owes',
          field: 'promise.amount',
        }),
    });
    renderWithApi(<WorklistScreen />, transport);
    const user = userEvent.setup();
    const shown = await screen.findAllByTestId('worklist-row');
    expect(within(shown[2]!).getByTestId('escalated')).toHaveTextContent('Escalated');
    expect(within(shown[0]!).queryByTestId('escalated')).toBeNull();

    await waitFor(() => expect(screen.getByRole('grid', { name: 'Worklist' })).toHaveFocus());
    await user.keyboard('l');
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.queryByRole('textbox', { name: 'Promised amount' })).toBeNull();
    await user.click(dialog.getByRole('combobox', { name: 'Outcome' }));
    await user.keyboard('prom{Enter}');
    await user.type(dialog.getByRole('textbox', { name: 'Promised amount' }), '2,00,000');
    await user.click(dialog.getByRole('button', { name: 'Log follow-up' }));
    expect(await dialog.findByText('Enter the date the customer will pay by')).toBeVisible();
    expect(transport.inputsOf('followUps.log')).toHaveLength(0);
    await user.type(dialog.getByRole('textbox', { name: 'Promised date' }), '22-08-2025');
    await user.click(dialog.getByRole('button', { name: 'Log follow-up' }));
    // The ledger's refusal lands under the promised amount.
    expect(await dialog.findByText(/more than the ₹1,18,000.00 PUNE Traders owes/)).toBeVisible();
    expect(transport.inputsOf('followUps.log')[0]).toMatchObject({
      customerId: 2,
      outcome: 'promised',
      promise: { amount: 2_00_000_00, promisedOn: '2025-08-22' },
    });
  });
});

const timeline: TimelineEntry[] = [
  {
    date: '2025-08-12',
    source: 'follow_up',
    id: 4,
    title: 'Call · Disputes the bill',
    detail: 'about INV/25-26/0001 · Ms Shah',
    amount: null,
    documentId: 11,
    documentKind: 'invoice',
  },
  {
    date: '2025-05-10',
    source: 'document',
    id: 11,
    title: 'Invoice INV/25-26/0001',
    detail: 'due 09-06-2025',
    amount: 1_18_000_00,
    documentId: 11,
    documentKind: 'invoice',
  },
];

describe('FollowUpsPanel', () => {
  it('shows the timeline, opens a document, and puts a refusal under its field', async () => {
    const transport = fakeTransport({
      'followUps.timeline': () => ok(timeline),
      'followUps.log': () =>
        fail({
          code: 'VALIDATION',
          message: 'Enter the next action date, or clear the next action',
          field: 'nextActionOn',
        }),
    });
    const openDocument = vi.fn();
    renderWithApi(
      <FollowUpsPanel
        customerId={1}
        customerName="PUNE Traders"
        openItems={[invoice11]}
        onOpenDocument={openDocument}
      />,
      transport,
    );
    const user = userEvent.setup();
    const entries = await screen.findAllByTestId('timeline-entry');
    expect(entries[0]).toHaveTextContent('12-08-2025Follow-upCall · Disputes the bill');
    expect(entries[1]).toHaveTextContent('₹1,18,000.00');
    await user.click(screen.getByRole('button', { name: 'Invoice INV/25-26/0001' }));
    expect(openDocument).toHaveBeenCalledWith({ documentId: 11, kind: 'invoice' });

    await user.click(screen.getByRole('button', { name: 'Log follow-up' }));
    const dialog = within(await screen.findByRole('dialog'));
    await user.click(dialog.getByRole('button', { name: 'Log follow-up' }));
    expect(await dialog.findByText('Choose the outcome')).toBeVisible();
    expect(transport.inputsOf('followUps.log')).toHaveLength(0);
    await user.click(dialog.getByRole('combobox', { name: 'Outcome' }));
    await user.keyboard('call{Enter}');
    await user.type(dialog.getByRole('textbox', { name: 'Next action' }), 'Call again');
    await user.click(dialog.getByRole('button', { name: 'Log follow-up' }));
    expect(
      await dialog.findByText('Enter the next action date, or clear the next action'),
    ).toBeVisible();
    expect(transport.inputsOf('followUps.log')[0]).toMatchObject({
      outcome: 'call_back',
      nextAction: 'Call again',
    });
  });
});
