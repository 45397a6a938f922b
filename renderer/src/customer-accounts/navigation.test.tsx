import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CustomerDrawer } from '../customers/CustomerDrawer';
import { fakeTransport, ok, renderWithApi, sampleCustomer } from '../test-utils';
import { OpenCustomerAccount } from './navigation';

describe('opening a customer’s account from the customer drawer', () => {
  const transport = () =>
    fakeTransport({ 'customers.get': ({ id }) => ok(sampleCustomer({ id })) });

  it('offers Account for an existing customer and opens it', async () => {
    const open = vi.fn();
    renderWithApi(
      <OpenCustomerAccount.Provider value={open}>
        <CustomerDrawer target={{ mode: 'edit', id: 7 }} onClose={() => {}} onChanged={() => {}} />
      </OpenCustomerAccount.Provider>,
      transport(),
    );
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Account' }));
    expect(open).toHaveBeenCalledWith(7);
  });

  it('has no Account button for a new customer, nor outside the shell', async () => {
    renderWithApi(
      <OpenCustomerAccount.Provider value={() => {}}>
        <CustomerDrawer target={{ mode: 'new' }} onClose={() => {}} onChanged={() => {}} />
      </OpenCustomerAccount.Provider>,
      transport(),
    );
    expect(await screen.findByText('New customer')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Account' })).toBeNull();
  });
});
