import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeTransport, ok, renderWithApi } from '../test-utils';
import { OrdersScreen } from './OrdersScreen';
import { sampleOrder } from './testData';

const estimate = sampleOrder({ status: 'approved', customerReference: 'Mail of 5 May' });
estimate.lines[0] = { ...estimate.lines[0]!, invoicedMilli: 4000, remainingMilli: 6000 };
const order = sampleOrder({
  id: 6,
  kind: 'sales_order',
  status: 'closed',
  number: 'SO/25-26/0001',
  customerReference: 'PO/4512',
});

describe('Estimates & orders list', () => {
  it('shows each order’s status, value and what is left to bill; filters go to the ledger', async () => {
    const user = userEvent.setup();
    const transport = fakeTransport({
      'orders.list': ({ kind }) => ok([estimate, order].filter((o) => !kind || o.kind === kind)),
      'orders.toBeBilled': () => ok([estimate]),
    });
    renderWithApi(<OrdersScreen />, transport);

    const rows = await screen.findAllByTestId('order-row');
    expect(rows).toHaveLength(2);
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells(rows[0]!)).toEqual([
      'EST/25-26/0001',
      'Estimate',
      'TATAAUTOTata AutoComp Systems Ltd',
      '02-05-2025',
      'Mail of 5 May',
      'Approved',
      '₹17,500.00',
      '₹12,500.00',
    ]);
    // A closed order has nothing left to bill.
    expect(cells(rows[1]!).slice(-3)).toEqual(['Closed', '₹17,500.00', '₹0.00']);

    await user.click(screen.getByRole('radio', { name: 'Sales orders' }));
    await waitFor(() => expect(screen.getAllByTestId('order-row')).toHaveLength(1));
    expect(transport.inputsOf('orders.list').at(-1)).toEqual({ limit: 1000, kind: 'sales_order' });

    await user.click(screen.getByRole('radio', { name: 'All' }));
    await user.click(screen.getByRole('tab', { name: 'To be billed' }));
    await waitFor(() => expect(screen.getByTestId('order-count')).toHaveTextContent('1 order'));
    expect(transport.inputsOf('orders.toBeBilled')).toEqual([{}]);
    expect(screen.getByTestId('order-row')).toHaveTextContent('EST/25-26/0001');
    expect(screen.queryByRole('textbox', { name: 'Status' })).toBeNull();
  });

  it('says when nothing is left to bill', async () => {
    const user = userEvent.setup();
    renderWithApi(
      <OrdersScreen />,
      fakeTransport({ 'orders.list': () => ok([]), 'orders.toBeBilled': () => ok([]) }),
    );
    expect(await screen.findByTestId('orders-empty')).toHaveTextContent(
      'No estimates or orders yet',
    );
    await user.click(screen.getByRole('tab', { name: 'To be billed' }));
    await waitFor(() =>
      expect(screen.getByTestId('orders-empty')).toHaveTextContent('Nothing left to bill'),
    );
  });
});
