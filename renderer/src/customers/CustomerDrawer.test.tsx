import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeTransport, ok, renderWithApi, sampleCustomer } from '../test-utils';
import { CustomerDrawer } from './CustomerDrawer';

describe('CustomerDrawer', () => {
  it('loads the customer; Esc closes the delete confirmation first, then the form', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    renderWithApi(
      <CustomerDrawer target={{ mode: 'edit', id: 1 }} onClose={onClose} onChanged={() => {}} />,
      fakeTransport({ 'customers.get': ({ id }) => ok(sampleCustomer({ id })) }),
    );
    expect(await screen.findByRole('textbox', { name: 'Name' })).toHaveValue(
      'Tata AutoComp Systems Ltd',
    );

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('dialog', { name: 'Delete customer?' })).toBeVisible();
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Delete customer?' })).toBeNull(),
    );
    expect(onClose).not.toHaveBeenCalled();

    await user.click(screen.getByRole('textbox', { name: 'Name' }));
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('shows the ledger’s message when the customer cannot be loaded', async () => {
    renderWithApi(
      <CustomerDrawer target={{ mode: 'edit', id: 99 }} onClose={() => {}} onChanged={() => {}} />,
      fakeTransport({
        'customers.get': () => ({
          ok: false,
          error: { code: 'NOT_FOUND', message: 'There is no customer with id 99', field: 'id' },
        }),
      }),
    );
    expect(await screen.findByText('There is no customer with id 99')).toBeVisible();
  });
});
