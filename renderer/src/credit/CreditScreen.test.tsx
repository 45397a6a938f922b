import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Appraisal, CreditHold } from '../../../shared/credit/contract';
import { fakeTransport, ok, renderWithApi } from '../test-utils';
import { CreditScreen } from './CreditScreen';

const hold: CreditHold = {
  id: 3,
  customerId: 7,
  customerCode: 'THERMAX',
  customerName: 'Thermax Ltd',
  heldOn: '2025-07-01',
  heldBy: 'meera',
  reason: 'Two cheques returned',
  releasedOn: null,
  releasedBy: null,
  releaseReason: null,
  creditLimit: 100_000_00,
  openBalance: 94_400_00,
};

const risky: Appraisal = {
  customerId: 9,
  customerCode: 'LATE',
  customerName: 'Late Payers Ltd',
  invoicesJudged: 12,
  avgDaysLate: 48.5,
  shareLate: 0.9,
  bouncedCheques: 2,
  disputedInvoices: 3,
  brokenPromises: 1,
  score: 31.5,
  grade: 'E',
  monthlySales: 200_000_00,
  creditDays: 30,
  creditLimit: 500_000_00,
  suggestedLimit: 0,
  exposure: 420_000_00,
  onHold: false,
};

describe('CreditScreen', () => {
  it('lists the holds and the high-risk customers, and releases a hold with its reason', async () => {
    const user = userEvent.setup();
    const transport = fakeTransport({
      'credit.holds': () => ok([hold]),
      'credit.riskList': () => ok([risky]),
      'credit.release': () => ok({ ...hold, releasedOn: '2025-07-15' }),
    });
    renderWithApi(<CreditScreen />, transport);
    const row = await screen.findByTestId('hold-row');
    expect(row).toHaveTextContent('Thermax Ltd');
    expect(row).toHaveTextContent('₹94,400.00');
    await user.click(screen.getByRole('tab', { name: /High risk/ }));
    const risk = await screen.findByTestId('risk-row');
    expect(within(risk).getByTestId('credit-grade')).toHaveTextContent('E');
    expect(risk).toHaveTextContent('₹4,20,000.00');

    await user.click(screen.getByRole('tab', { name: /On hold/ }));
    await user.click(
      within(await screen.findByTestId('hold-row')).getByRole('button', { name: 'Release' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Release Thermax Ltd' });
    await user.click(within(dialog).getByRole('button', { name: 'Release hold' }));
    expect(dialog).toHaveTextContent('Say why the hold is released');
    expect(transport.inputsOf('credit.release')).toHaveLength(0);
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Dues cleared');
    await user.click(within(dialog).getByRole('button', { name: 'Release hold' }));
    await waitFor(() =>
      expect(transport.inputsOf('credit.release')).toMatchObject([
        { customerId: 7, reason: 'Dues cleared' },
      ]),
    );
  });
});
