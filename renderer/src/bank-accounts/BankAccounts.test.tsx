import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { BankAccount } from '../../../shared/receipts/contract';
import { fail, fakeTransport, ok, renderWithApi } from '../test-utils';
import { BankAccounts } from './BankAccounts';

const cash: BankAccount = {
  id: 1,
  name: 'Cash in Hand',
  kind: 'cash',
  bankName: null,
  accountNumber: null,
  ifsc: null,
  accountCode: '1100',
  accountName: 'Cash in Hand',
  active: true,
};
const hdfc: BankAccount = {
  id: 2,
  name: 'HDFC Current 1234',
  kind: 'bank',
  bankName: 'HDFC Bank',
  accountNumber: '50200012341234',
  ifsc: 'HDFC0000123',
  accountCode: '1101',
  accountName: 'HDFC Current 1234',
  active: true,
};

describe('BankAccounts', () => {
  it('lists retired accounts too, with the ledger account each posts to', async () => {
    const transport = fakeTransport({
      'bankAccounts.list': () =>
        ok([cash, hdfc, { ...hdfc, id: 3, name: 'SBI Old', active: false }]),
    });
    renderWithApi(<BankAccounts />, transport);
    const rows = await screen.findAllByTestId('bank-account-row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('1101');
    expect(rows[1]).toHaveTextContent('HDFC0000123');
    expect(within(rows[2]!).getByText('Retired')).toBeVisible();
    expect(within(rows[0]!).queryByRole('button', { name: /Retire/ })).toBeNull();
    expect(transport.inputsOf('bankAccounts.list')[0]).toEqual({ includeInactive: true });
  });

  it('puts the contract’s errors under their fields when adding, then saves', async () => {
    const user = userEvent.setup();
    let tries = 0;
    const transport = fakeTransport({
      'bankAccounts.list': () => ok([cash]),
      'bankAccounts.create': (input) =>
        ++tries === 1
          ? fail({
              code: 'VALIDATION',
              message: 'IFSC is 4 letters, 0, then 6 letters or digits',
              field: 'ifsc',
              issues: [
                { field: 'accountNumber', message: 'Account number is 6 to 20 digits' },
                { field: 'ifsc', message: 'IFSC is 4 letters, 0, then 6 letters or digits' },
              ],
            })
          : ok({ ...hdfc, ...input, accountCode: '1101' } as BankAccount),
    });
    renderWithApi(<BankAccounts />, transport);
    await user.click(await screen.findByRole('button', { name: 'Add bank account' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add bank account' });
    const name = within(dialog).getByRole('textbox', { name: /Account name/ });
    await waitFor(() => expect(name).toHaveFocus());
    // Enter walks the fields, as in Tally.
    await user.type(name, 'HDFC Current 1234{Enter}');
    expect(within(dialog).getByRole('textbox', { name: 'Bank' })).toHaveFocus();
    await user.keyboard('HDFC Bank{Enter}12 34{Enter}hdfc123');
    await user.keyboard('{Control>}s{/Control}');

    const number = within(dialog).getByRole('textbox', { name: 'Account number' });
    const ifsc = within(dialog).getByRole('textbox', { name: 'IFSC' });
    await waitFor(() => expect(ifsc).toHaveAccessibleDescription(/IFSC is 4 letters/));
    expect(number).toHaveAccessibleDescription('Account number is 6 to 20 digits');
    expect(transport.inputsOf('bankAccounts.create')[0]).toEqual({
      name: 'HDFC Current 1234',
      bankName: 'HDFC Bank',
      accountNumber: '12 34',
      ifsc: 'HDFC123',
      active: true,
    });

    await user.clear(number);
    await user.type(number, '50200012341234');
    expect(number).not.toHaveAttribute('aria-invalid', 'true');
    await user.clear(ifsc);
    await user.type(ifsc, 'HDFC0000123');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('HDFC Current 1234 added — posts to 1101')).toBeVisible();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('edits an account, showing a ledger refusal (name clash) under the name', async () => {
    const user = userEvent.setup();
    const transport = fakeTransport({
      'bankAccounts.list': () => ok([cash, hdfc]),
      'bankAccounts.update': () =>
        fail({
          code: 'CONFLICT',
          message: 'An account is already called Cash in Hand: choose another name',
          field: 'name',
        }),
    });
    renderWithApi(<BankAccounts />, transport);
    await user.click(await screen.findByRole('button', { name: 'Edit HDFC Current 1234' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit HDFC Current 1234' });
    const name = within(dialog).getByRole('textbox', { name: /Account name/ });
    expect(within(dialog).getByRole('textbox', { name: 'IFSC' })).toHaveValue('HDFC0000123');
    await user.clear(name);
    await user.type(name, 'Cash in Hand');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(name).toHaveAccessibleDescription(/already called Cash in Hand/));
    expect(transport.inputsOf('bankAccounts.update')[0]).toEqual({
      id: 2,
      values: {
        name: 'Cash in Hand',
        bankName: 'HDFC Bank',
        accountNumber: '50200012341234',
        ifsc: 'HDFC0000123',
        active: true,
      },
    });
  });

  it('retires and reactivates an account, keeping its details', async () => {
    const user = userEvent.setup();
    let current = hdfc;
    const transport = fakeTransport({
      'bankAccounts.list': () => ok([cash, current]),
      'bankAccounts.update': ({ values }) => {
        current = { ...current, active: values.active ?? true };
        return ok(current);
      },
    });
    renderWithApi(<BankAccounts />, transport);
    await user.click(await screen.findByRole('button', { name: 'Retire HDFC Current 1234' }));
    expect(await screen.findByText('HDFC Current 1234 retired')).toBeVisible();
    await user.click(await screen.findByRole('button', { name: 'Reactivate HDFC Current 1234' }));
    expect(await screen.findByText('HDFC Current 1234 is active again')).toBeVisible();
    expect(transport.inputsOf('bankAccounts.update').map((i) => i.values)).toEqual([
      expect.objectContaining({ name: 'HDFC Current 1234', ifsc: 'HDFC0000123', active: false }),
      expect.objectContaining({ name: 'HDFC Current 1234', ifsc: 'HDFC0000123', active: true }),
    ]);
  });
});
