import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { PaymentPromise } from '../../../shared/promises/contract';
import { invoice11, invoice12 } from '../customer-accounts/testData';
import { fail, fakeTransport, ok, renderWithApi } from '../test-utils';
import { PromisesPanel } from './PromisesPanel';

const broken: PaymentPromise = {
  id: 1,
  customerId: 7,
  customerCode: 'TATAAUTO',
  customerName: 'Tata AutoComp Systems Ltd',
  amount: 50_000_00,
  madeOn: '2025-06-01',
  promisedOn: '2025-06-15',
  how: 'call',
  contactPerson: 'Mr Rao',
  notes: null,
  invoices: [],
  cancelledOn: null,
  cancelReason: null,
  asOf: '2025-07-01',
  status: 'broken',
  received: 10_000_00,
};

function renderPanel(record = () => ok({ ...broken, id: 2, status: 'pending' as const })) {
  const transport = fakeTransport({
    'promises.list': () => ok([broken]),
    'promises.record': record,
  });
  renderWithApi(
    <PromisesPanel
      customerId={7}
      customerName="Tata AutoComp Systems Ltd"
      openItems={[invoice11, invoice12]}
    />,
    transport,
  );
  return { transport, user: userEvent.setup() };
}

describe('PromisesPanel', () => {
  it('shows each promise with its status, and records one for the ticked invoices', async () => {
    const { transport, user } = renderPanel();
    const row = await screen.findByTestId('promise');
    expect(row).toHaveTextContent('Broken');
    expect(row).toHaveTextContent('₹50,000.00 by 15-06-2025 · ₹10,000.00 received');
    expect(row).toHaveTextContent('Call on 01-06-2025 · Mr Rao · on account');

    await user.click(screen.getByRole('button', { name: 'Record promise' }));
    const dialog = within(await screen.findByRole('dialog'));
    // Ticking an invoice fills the amount with what is open on it.
    await user.click(dialog.getByRole('checkbox', { name: new RegExp(invoice11.number) }));
    expect(dialog.getByRole('textbox', { name: /Promised amount/ })).toHaveValue('1,18,000.00');
    await user.type(
      dialog.getByRole('textbox', { name: /Contact person/ }),
      'Mr Rao{Control>}s{/Control}',
    );
    await waitFor(() => expect(transport.inputsOf('promises.record')).toHaveLength(1));
    expect(transport.inputsOf('promises.record')[0]).toMatchObject({
      customerId: 7,
      amount: 1_18_000_00,
      how: 'call',
      contactPerson: 'Mr Rao',
      invoiceIds: [invoice11.documentId],
    });
  });

  it('puts the ledger’s refusal under the field it names, and sends nothing without an amount', async () => {
    const { transport, user } = renderPanel(() =>
      fail({
        code: 'VALIDATION',
        message: 'Promised amount ₹2.00 is more than …',
        field: 'amount',
      }),
    );
    await user.click(await screen.findByRole('button', { name: 'Record promise' }));
    const dialog = within(await screen.findByRole('dialog'));
    await user.click(dialog.getByRole('button', { name: 'Record promise' }));
    expect(await dialog.findByText('Enter the amount the customer promised')).toBeVisible();
    expect(transport.inputsOf('promises.record')).toHaveLength(0);
    await user.type(dialog.getByRole('textbox', { name: /Promised amount/ }), '2');
    await user.click(dialog.getByRole('button', { name: 'Record promise' }));
    expect(await dialog.findByText(/Promised amount ₹2.00 is more than/)).toBeVisible();
  });

  it('reads the promises again when the account is read again (a receipt may have kept one)', async () => {
    let calls = 0;
    const transport = fakeTransport({
      'promises.list': () => {
        calls++;
        return ok([calls === 1 ? broken : { ...broken, status: 'kept' as const }]);
      },
    });
    function Account() {
      const [openItems, setOpenItems] = useState([invoice11, invoice12]);
      return (
        <>
          <button onClick={() => setOpenItems([invoice12])}>Allocate</button>
          <PromisesPanel customerId={7} customerName="Tata" openItems={openItems} />
        </>
      );
    }
    renderWithApi(<Account />, transport);
    expect(await screen.findByTestId('promise')).toHaveTextContent('Broken');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Allocate' }));
    await waitFor(() => expect(screen.getByTestId('promise')).toHaveTextContent('Kept'));
  });
});
