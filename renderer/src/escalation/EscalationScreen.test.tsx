import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type {
  EscalationCase,
  EscalationProposal,
  EscalationRulesView,
} from '../../../shared/escalation/contract';
import { fail, fakeTransport, ok, renderWithApi } from '../test-utils';
import { EscalationScreen } from './EscalationScreen';

const rules: EscalationRulesView = {
  overdueAbove: 1_00_000_00,
  overdueDays: 60,
  brokenPromises: 2,
  isDefault: true,
  updatedAt: null,
};

const proposal: EscalationProposal = {
  customerId: 7,
  customerCode: 'THERMAX',
  customerName: 'Thermax Ltd',
  rules: ['overdue', 'broken_promises'],
  overdue: 2_36_000_00,
  disputed: 0,
  oldestDueDate: '2025-06-01',
  oldestDays: 75,
  brokenPromises: 2,
  balance: 2_36_000_00,
  lastClosedOn: null,
};

const opened: EscalationCase = {
  id: 3,
  customerId: 7,
  customerCode: 'THERMAX',
  customerName: 'Thermax Ltd',
  openedOn: '2025-08-15',
  rules: ['overdue', 'broken_promises'],
  overdue: 2_36_000_00,
  disputed: 0,
  oldestDueDate: '2025-06-01',
  oldestDays: 75,
  brokenPromises: 2,
  thresholds: { overdueAbove: 1_00_000_00, overdueDays: 60, brokenPromises: 2 },
  assignedTo: 'R. Kulkarni',
  openedBy: 'priya',
  status: 'open',
  closedOn: null,
  resolution: null,
  closedBy: null,
  notes: [
    {
      id: 1,
      notedOn: '2025-08-15',
      note: 'Call their CFO',
      actor: 'priya',
      createdAt: '2025-08-15T05:00:00Z',
    },
  ],
};

describe('EscalationScreen', () => {
  it('shows why each customer is proposed, escalates one, and closes its case', async () => {
    let escalated = false;
    const transport = fakeTransport({
      'escalation.proposals': () =>
        ok({ asOf: '2025-08-15', rules, proposals: escalated ? [] : [proposal] }),
      'escalation.list': () => ok(escalated ? [opened] : []),
      'escalation.escalate': () => {
        escalated = true;
        return ok(opened);
      },
      'escalation.close': () =>
        fail({
          code: 'VALIDATION',
          message: 'Date closed is before the case was opened on 15-08-2025',
          field: 'closedOn',
        }),
    });
    renderWithApi(<EscalationScreen />, transport);
    const user = userEvent.setup();
    expect(
      await screen.findByText(
        'Overdue above ₹1,00,000.00 for more than 60 days, or at least 2 broken promises',
      ),
    ).toBeVisible();
    const row = await screen.findByTestId('proposal-row');
    expect(row).toHaveTextContent('Thermax Ltd');
    expect(row).toHaveTextContent('Overdue₹2,36,000.00 overdue, oldest 75 days');
    expect(row).toHaveTextContent('Broken promises2 broken promises');

    await user.click(within(row).getByRole('button', { name: 'Escalate…' }));
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.getByRole('textbox', { name: 'Assigned to' })).toHaveFocus();
    await user.click(dialog.getByRole('button', { name: 'Escalate' }));
    expect(await dialog.findByText('Say who in accounts will take the case')).toBeVisible();
    expect(transport.inputsOf('escalation.escalate')).toHaveLength(0);
    await user.type(dialog.getByRole('textbox', { name: 'Assigned to' }), 'R. Kulkarni');
    await user.type(dialog.getByRole('textbox', { name: 'Note' }), 'Call their CFO');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(transport.inputsOf('escalation.escalate')).toHaveLength(1));
    expect(transport.inputsOf('escalation.escalate')[0]).toMatchObject({
      customerId: 7,
      assignedTo: 'R. Kulkarni',
      note: 'Call their CFO',
    });

    // Read again: nobody proposed, the case open with its note.
    const caseRow = await screen.findByTestId('case-row');
    expect(screen.getByRole('tab', { name: 'Proposed (0)' })).toBeInTheDocument();
    expect(caseRow).toHaveTextContent('R. Kulkarni');
    expect(caseRow).toHaveTextContent('15-08-2025 · Call their CFO');
    await user.click(within(caseRow).getByRole('button', { name: 'Close…' }));
    const close = within(await screen.findByRole('dialog'));
    await user.type(close.getByRole('textbox', { name: 'Resolution' }), 'Paid in full');
    await user.click(close.getByRole('button', { name: 'Close case' }));
    expect(
      await close.findByText('Date closed is before the case was opened on 15-08-2025'),
    ).toBeVisible();
  });

  it('saves the rules, and a refusal lands under its field', async () => {
    const transport = fakeTransport({
      'escalation.proposals': () => ok({ asOf: '2025-08-15', rules, proposals: [] }),
      'escalation.list': () => ok([]),
      'escalation.saveRules': () =>
        fail({
          code: 'VALIDATION',
          message: 'Broken promises must be at least 1',
          field: 'brokenPromises',
        }),
    });
    renderWithApi(<EscalationScreen />, transport);
    const user = userEvent.setup();
    expect(await screen.findByText(/No customer meets an escalation rule/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Rules…' }));
    const dialog = within(await screen.findByRole('dialog'));
    const above = dialog.getByRole('textbox', { name: 'Overdue amount above' });
    expect(above).toHaveValue('1,00,000.00');
    await user.clear(above);
    await user.type(above, '5,00,000');
    const broken = dialog.getByRole('textbox', { name: 'Or broken promises, at least' });
    await user.clear(broken);
    await user.type(broken, '0');
    await user.click(dialog.getByRole('button', { name: 'Save rules' }));
    expect(await dialog.findByText('Broken promises must be at least 1')).toBeVisible();
    expect(transport.inputsOf('escalation.saveRules')[0]).toEqual({
      overdueAbove: 5_00_000_00,
      overdueDays: 60,
      brokenPromises: 0,
    });
  });
});
