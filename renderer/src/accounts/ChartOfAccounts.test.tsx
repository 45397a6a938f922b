import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Account } from '../../../shared/accounts/contract';
import { fail, fakeTransport, ok, renderWithApi } from '../test-utils';
import { ChartOfAccounts } from './ChartOfAccounts';

const sales: Account = { id: 2, code: '4000', name: 'Sales', type: 'income', systemKey: 'SALES' };

describe('ChartOfAccounts', () => {
  it('renames an account with Enter, and shows a refusal under its name', async () => {
    const user = userEvent.setup();
    const transport = fakeTransport({
      'accounts.list': () => ok([sales]),
      'accounts.rename': ({ name }) =>
        name === 'Output CGST'
          ? fail({
              code: 'CONFLICT',
              message: 'Another account is already called Output CGST',
              field: 'name',
            })
          : ok({ ...sales, name }),
    });
    renderWithApi(<ChartOfAccounts />, transport);
    const input = await screen.findByLabelText('Name of account 4000');
    await user.clear(input);
    await user.type(input, 'Output CGST{Enter}');
    expect(await screen.findByText('Another account is already called Output CGST')).toBeVisible();
    await user.clear(input);
    await user.type(input, 'Sales - Domestic{Enter}');
    expect(await screen.findByText('Renamed to Sales - Domestic')).toBeVisible();
    expect(transport.inputsOf('accounts.rename').at(-1)).toEqual({
      id: 2,
      name: 'Sales - Domestic',
    });
  });
});
