import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DocumentSummary } from '../../../shared/invoices/contract';
import { fakeTransport, ok, renderWithApi } from '../test-utils';
import { InvoiceList } from './InvoiceList';

const doc = (over: Partial<DocumentSummary>): DocumentSummary => ({
  id: 1,
  kind: 'invoice',
  status: 'issued',
  number: 'INV/25-26/0001',
  customerId: 1,
  customerCode: 'TATAAUTO',
  customerName: 'Tata AutoComp Systems Ltd',
  date: '2025-06-15',
  dueDate: '2999-01-01',
  openBalance: 708_000,
  settledOn: null,
  total: 708_000,
  ...over,
});

describe('InvoiceList', () => {
  it('shows number or Draft, kind, Indian amounts and status; filters go to the ledger', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    const transport = fakeTransport({
      'invoices.list': () =>
        ok([
          doc({ id: 3, status: 'draft', number: null, total: 1_234_567_50 }),
          doc({ id: 2, kind: 'credit_note', number: 'CN/25-26/0001', openBalance: 0 }),
          doc({ id: 1, openBalance: 300_000 }),
        ]),
    });
    renderWithApi(
      <InvoiceList onNew={() => {}} onOpen={onOpen} onImported={() => {}} />,
      transport,
    );
    const rows = await screen.findAllByTestId('invoice-row');
    expect(rows[0]).toHaveTextContent('Draft');
    expect(rows[0]).toHaveTextContent('₹12,34,567.50');
    expect(rows[1]).toHaveTextContent('Credit note');
    expect(rows[1]).toHaveTextContent('Adjusted');
    expect(rows[2]).toHaveTextContent('15-06-2025');
    expect(rows[2]).toHaveTextContent('₹3,000.00');
    expect(rows[2]).toHaveTextContent('Part paid');

    await user.click(screen.getByRole('radio', { name: 'Credit notes' }));
    await user.click(screen.getByRole('radio', { name: 'Issued' }));
    await user.type(screen.getByRole('textbox', { name: 'Search invoices' }), 'tata');
    await waitFor(() =>
      expect(transport.inputsOf('invoices.list').at(-1)).toEqual({
        search: 'tata',
        kind: 'credit_note',
        status: 'issued',
        limit: 1000,
      }),
    );
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 3 }));
  });
});
