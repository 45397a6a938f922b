import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fail, fakeTransport, ok, renderWithApi, sampleCustomer } from '../test-utils';
import { CustomerEditor, type CustomerEditorProps } from './CustomerEditor';

const noop = () => {};
const props = (overrides: Partial<CustomerEditorProps> = {}): CustomerEditorProps => ({
  customer: null,
  onSaved: noop,
  onArchived: noop,
  onDeleted: noop,
  onCancel: noop,
  ...overrides,
});

const gstinError = fail({
  code: 'VALIDATION',
  message: 'GSTIN check digit is wrong: the last character should be V — check for a typo',
  field: 'gstin',
  issues: [
    {
      field: 'gstin',
      message: 'GSTIN check digit is wrong: the last character should be V — check for a typo',
    },
  ],
});

describe('CustomerEditor', () => {
  it('shows the server’s GSTIN error under the GSTIN field and keeps the form open', async () => {
    const user = userEvent.setup();
    const onSaved = vi.fn();
    const transport = fakeTransport({ 'customers.create': () => gstinError });
    renderWithApi(<CustomerEditor {...props({ onSaved })} />, transport);

    await user.type(screen.getByRole('textbox', { name: 'Code' }), 'acme01');
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Acme Engineering');
    await user.click(screen.getByRole('button', { name: /Save/ }));

    const gstin = screen.getByRole('textbox', { name: 'GSTIN' });
    await waitFor(() => expect(gstin).toHaveAttribute('aria-invalid', 'true'));
    expect(gstin).toHaveAccessibleDescription(/GSTIN check digit is wrong/);
    expect(screen.getByText(/GSTIN check digit is wrong/)).toBeVisible();
    expect(onSaved).not.toHaveBeenCalled();
    // The code was upper-cased as typed; the ledger got what the user saw.
    expect(transport.inputsOf('customers.create')[0]).toMatchObject({
      code: 'ACME01',
      name: 'Acme Engineering',
    });
  });

  it('clears a field’s error as soon as the user edits it', async () => {
    const user = userEvent.setup();
    renderWithApi(
      <CustomerEditor {...props()} />,
      fakeTransport({ 'customers.create': () => gstinError }),
    );
    await user.click(screen.getByRole('button', { name: /Save/ }));
    const gstin = screen.getByRole('textbox', { name: 'GSTIN' });
    await waitFor(() => expect(gstin).toHaveAttribute('aria-invalid', 'true'));
    await user.type(gstin, '2');
    expect(gstin).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('places nested errors (contacts.0.email, billingAddress.pincode) under their inputs', async () => {
    const user = userEvent.setup();
    const transport = fakeTransport({
      'customers.update': () =>
        fail({
          code: 'VALIDATION',
          message: '"anand@" is not an e-mail address (name@example.com)',
          field: 'contacts.0.email',
          issues: [
            {
              field: 'contacts.0.email',
              message: '"anand@" is not an e-mail address (name@example.com)',
            },
            {
              field: 'billingAddress.pincode',
              message: 'PIN code must be 6 digits and not start with 0',
            },
          ],
        }),
    });
    renderWithApi(<CustomerEditor {...props({ customer: sampleCustomer() })} />, transport);
    await user.click(screen.getByRole('button', { name: /Save/ }));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Contact 1 e-mail' })).toHaveAccessibleDescription(
        /is not an e-mail address/,
      ),
    );
    expect(screen.getByRole('textbox', { name: 'Billing PIN code' })).toHaveAccessibleDescription(
      /6 digits/,
    );
    expect(transport.inputsOf('customers.update')[0]).toMatchObject({
      id: 1,
      creditLimit: 250_000_000,
    });
  });

  it('shows an error for a field the form does not have as a notification', async () => {
    const user = userEvent.setup();
    const transport = fakeTransport({
      'customers.update': () =>
        fail({ code: 'NOT_FOUND', message: 'There is no customer with id 1', field: 'id' }),
    });
    renderWithApi(<CustomerEditor {...props({ customer: sampleCustomer() })} />, transport);
    await user.click(screen.getByRole('button', { name: /Save/ }));
    expect(await screen.findByText('There is no customer with id 1')).toBeVisible();
  });

  it('fills state and PAN from a valid GSTIN', async () => {
    const user = userEvent.setup();
    renderWithApi(<CustomerEditor {...props()} />, fakeTransport({}));
    await user.type(screen.getByRole('textbox', { name: 'GSTIN' }), '27aapfu0939f1zv');
    expect(screen.getByRole('textbox', { name: 'GSTIN' })).toHaveValue('27AAPFU0939F1ZV');
    expect(screen.getByRole('textbox', { name: 'PAN' })).toHaveValue('AAPFU0939F');
    expect(screen.getByRole('combobox', { name: 'State' })).toHaveValue('27 · Maharashtra');
  });

  it('saves with Ctrl+S and sends the credit limit in paise', async () => {
    const user = userEvent.setup();
    const onSaved = vi.fn();
    const transport = fakeTransport({ 'customers.create': () => ok(sampleCustomer({ id: 9 })) });
    renderWithApi(<CustomerEditor {...props({ onSaved })} />, transport);
    await user.type(screen.getByRole('textbox', { name: 'Code' }), 'ACME');
    await user.type(screen.getByRole('textbox', { name: 'Credit limit (₹)' }), '5,00,000.25');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() =>
      expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: 9 }), true),
    );
    expect(transport.inputsOf('customers.create')[0]).toMatchObject({
      code: 'ACME',
      creditLimit: 50_000_025,
    });
  });

  it('moves to the next field on Enter instead of submitting', async () => {
    const user = userEvent.setup();
    const transport = fakeTransport({});
    renderWithApi(<CustomerEditor {...props()} />, transport);
    await user.click(screen.getByRole('textbox', { name: 'Code' }));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: 'GSTIN' })).toHaveFocus();
    expect(transport.calls).toHaveLength(0);
  });

  it('refuses an unreadable credit limit without calling the ledger', async () => {
    const user = userEvent.setup();
    const transport = fakeTransport({});
    renderWithApi(<CustomerEditor {...props()} />, transport);
    await user.type(screen.getByRole('textbox', { name: 'Credit limit (₹)' }), 'five lakh');
    await user.click(screen.getByRole('button', { name: /Save/ }));
    expect(screen.getByRole('textbox', { name: 'Credit limit (₹)' })).toHaveAccessibleDescription(
      /must be rupees/,
    );
    expect(transport.calls).toHaveLength(0);
  });

  it('adds and removes contact rows', async () => {
    const user = userEvent.setup();
    renderWithApi(<CustomerEditor {...props({ customer: sampleCustomer() })} />, fakeTransport({}));
    expect(screen.getAllByTestId('contact-row')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Add contact' }));
    await user.type(screen.getByRole('textbox', { name: 'Contact 2 name' }), 'Meera');
    expect(screen.getAllByTestId('contact-row')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Remove contact 1' }));
    expect(screen.getAllByTestId('contact-row')).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: 'Contact 1 name' })).toHaveValue('Meera');
  });

  it('on a delete CONFLICT shows the ledger’s message and offers Archive instead', async () => {
    const user = userEvent.setup();
    const onArchived = vi.fn();
    const customer = sampleCustomer();
    const transport = fakeTransport({
      'customers.delete': () =>
        fail({
          code: 'CONFLICT',
          message:
            'Tata AutoComp Systems Ltd has documents in the ledger and cannot be deleted; archive the customer instead',
          field: 'id',
        }),
      'customers.setArchived': ({ archived }) => ok({ ...customer, archived }),
    });
    renderWithApi(<CustomerEditor {...props({ customer, onArchived })} />, transport);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete customer?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    const alert = await screen.findByTestId('delete-conflict');
    expect(alert).toHaveTextContent(/cannot be deleted; archive the customer instead/);
    await user.click(within(alert).getByRole('button', { name: 'Archive instead' }));
    await waitFor(() =>
      expect(onArchived).toHaveBeenCalledWith(expect.objectContaining({ archived: true })),
    );
    expect(transport.inputsOf('customers.setArchived')).toEqual([{ id: 1, archived: true }]);
  });
});
