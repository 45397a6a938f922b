import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CreditCheck } from '../../../shared/invoices/contract';
import { fakeTransport, renderWithApi } from '../test-utils';
import { CreditCheckDialog } from './CreditCheckDialog';

const blocked: CreditCheck = {
  mode: 'block',
  onHold: true,
  creditLimit: 100_000_00,
  exposure: 94_400_00,
  exposureAfter: 106_200_00,
  overLimit: true,
  problems: [
    'Thermax Ltd is on credit hold since 01-07-2025 (Two cheques returned)',
    'Credit limit ₹1,00,000.00 exceeded: exposure would be ₹1,06,200.00',
  ],
};

describe('CreditCheckDialog', () => {
  it('in block mode issues only with who approved the override and why', async () => {
    const user = userEvent.setup();
    const onIssueAnyway = vi.fn();
    renderWithApi(
      <CreditCheckDialog
        check={blocked}
        customerName="Thermax Ltd"
        busy={false}
        onIssueAnyway={onIssueAnyway}
        onClose={() => {}}
      />,
      fakeTransport({}),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Cannot issue: credit check' });
    expect(dialog).toHaveTextContent('exposure would be ₹1,06,200.00');
    expect(within(dialog).queryByRole('button', { name: 'Issue anyway' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Override and issue' }));
    expect(onIssueAnyway).not.toHaveBeenCalled();
    expect(dialog).toHaveTextContent('Enter who approved the override');
    await user.type(within(dialog).getByRole('textbox', { name: 'Override approved by' }), 'CFO');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Reason for the override' }),
      'Advance received',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Override and issue' }));
    expect(onIssueAnyway).toHaveBeenCalledWith({ approvedBy: 'CFO', reason: 'Advance received' });
  });

  it('in warn mode issues anyway without an override', async () => {
    const user = userEvent.setup();
    const onIssueAnyway = vi.fn();
    renderWithApi(
      <CreditCheckDialog
        check={{ ...blocked, mode: 'warn' }}
        customerName="Thermax Ltd"
        busy={false}
        onIssueAnyway={onIssueAnyway}
        onClose={() => {}}
      />,
      fakeTransport({}),
    );
    await user.click(await screen.findByRole('button', { name: 'Issue anyway' }));
    expect(onIssueAnyway).toHaveBeenCalledWith(null);
  });
});
