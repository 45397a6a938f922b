import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Receipt } from '../../../shared/receipts/contract';
import { draftDocument } from '../invoices/testLedger';
import { fakeTransport, ok, renderWithApi, type FakeHandlers } from '../test-utils';
import { ReceiptView } from './ReceiptView';
import { bouncedReceipt, chequeReceipt, openInvoices } from './testData';

/** A ledger of one receipt whose state the actions change, as the real one would. */
function renderView(start: Receipt, more: FakeHandlers = {}) {
  let receipt = start;
  let open = receipt.chequeStatus === 'bounced' ? openInvoices : [];
  const transport = fakeTransport({
    'receipts.get': () => ok(receipt),
    'receipts.openItems': () => ok({ debits: open, credits: [] }),
    'receipts.bounce': () => {
      receipt = bouncedReceipt();
      open = openInvoices;
      return ok({ receipt, debitNoteId: 50 });
    },
    'invoices.get': ({ id }) =>
      ok({
        ...draftDocument(id, { customerId: 1, date: '2025-07-20', lines: [] }),
        kind: 'debit_note',
        status: 'issued',
        number: 'DN/25-26/0001',
      }),
    ...more,
  });
  const props = { onBack: vi.fn(), onOpenDocument: vi.fn() };
  renderWithApi(<ReceiptView id={start.id} {...props} />, transport);
  return { transport, props };
}

afterEach(() => vi.restoreAllMocks());

describe('ReceiptView', () => {
  it('shows the receipt: amount, TDS, total credited, on account and its allocations', async () => {
    renderView(chequeReceipt());
    expect(await screen.findByTestId('receipt-title')).toHaveTextContent('Receipt RCT/25-26/0001');
    expect(screen.getByTestId('cheque-status')).toHaveTextContent('In hand');
    const facts = screen.getByTestId('receipt-facts');
    expect(facts).toHaveTextContent('TATAAUTO');
    expect(facts).toHaveTextContent('Cheque 123456 of 15-07-2025');
    expect(facts).toHaveTextContent('State Bank of India');
    expect(screen.getByTestId('receipt-amount')).toHaveTextContent('₹2,32,000.00');
    expect(screen.getByTestId('receipt-amounts')).toHaveTextContent(
      'Rupees Two Lakh Thirty-Two Thousand Only',
    );
    expect(screen.getByTestId('receipt-tds')).toHaveTextContent('₹4,000.00 u/s 194C @ 2%');
    expect(screen.getByTestId('receipt-total')).toHaveTextContent('₹2,36,000.00');
    expect(screen.getByTestId('receipt-unallocated')).toHaveTextContent('₹0.00');
    expect(screen.getAllByTestId('allocation-line')).toHaveLength(2);
    for (const name of ['Deposit', 'Bounce', 'Copy confirmation', 'Print / Save PDF']) {
      expect(screen.getByRole('button', { name })).toBeVisible();
    }
    expect(screen.queryByRole('button', { name: 'Mark cleared' })).toBeNull();
  });

  it('bounces the cheque with charges: the debit note, status Bounced, the invoices open again', async () => {
    const user = userEvent.setup();
    const { transport, props } = renderView(chequeReceipt());
    await user.click(await screen.findByRole('button', { name: 'Bounce' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cheque 123456 bounced' });
    expect(dialog).toHaveTextContent('INV/25-26/0001, INV/25-26/0002 open again');
    const date = within(dialog).getByRole('textbox', { name: 'Bounce date' });
    await user.clear(date);
    await user.type(date, '20-07-2025');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Reason for return' }),
      'Funds insufficient',
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Bounce charges (optional)' }),
      '500',
    );
    expect(dialog).toHaveTextContent('Debit note of ₹590.00 with GST');
    await user.click(within(dialog).getByRole('button', { name: 'Record bounce' }));

    await waitFor(() => expect(screen.getByTestId('cheque-status')).toHaveTextContent('Bounced'));
    expect(transport.inputsOf('receipts.bounce')).toEqual([
      {
        id: 21,
        date: '2025-07-20',
        reason: 'Funds insufficient',
        charges: { amount: 50_000, gstRateBps: 1800 },
      },
    ]);
    expect(screen.getByTestId('bounce-debit-note')).toHaveTextContent('Debit note DN/25-26/0001');
    expect(
      await screen.findByText(/debit note DN\/25-26\/0001 raised for the charges/),
    ).toBeVisible();

    // Both invoices are open again for their full amount, and link to the Invoices screen.
    const reopened = screen.getAllByTestId('reopened-row');
    expect(reopened).toHaveLength(2);
    expect(reopened[0]).toHaveTextContent('INV/25-26/0001open ₹1,18,000.00');
    expect(reopened[1]).toHaveTextContent('INV/25-26/0002open ₹1,18,000.00');
    await user.click(within(reopened[1]!).getByRole('button', { name: 'INV/25-26/0002' }));
    expect(props.onOpenDocument).toHaveBeenCalledWith(12);

    // The original allocations stay, marked undone, beside their reversals.
    const lines = screen.getAllByTestId('allocation-line');
    expect(lines.filter((l) => l.hasAttribute('data-reversed'))).toHaveLength(2);
    expect(lines.filter((l) => /Funds insufficient/.test(l.textContent ?? ''))).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Bounce' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Undo allocation/ })).toBeNull();
  });

  it('undoes one allocation with a reason', async () => {
    const user = userEvent.setup();
    const unallocate = vi.fn(() => ok(chequeReceipt().allocations[0]!));
    const { transport } = renderView(chequeReceipt(), { 'receipts.unallocate': unallocate });
    await user.click(
      await screen.findByRole('button', { name: 'Undo allocation to INV/25-26/0002' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Undo allocation to INV/25-26/0002?',
    });
    const date = within(dialog).getByRole('textbox', { name: 'Date' });
    await user.clear(date);
    await user.type(date, '16-07-2025');
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Wrong invoice');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(unallocate).toHaveBeenCalled());
    expect(transport.inputsOf('receipts.unallocate')).toEqual([
      { allocationId: 32, date: '2025-07-16', reason: 'Wrong invoice' },
    ]);
    expect(await screen.findByText('Allocation to INV/25-26/0002 undone')).toBeVisible();
  });

  it('asks for the date to deposit and to mark a cheque cleared', async () => {
    const user = userEvent.setup();
    let receipt = chequeReceipt();
    const { transport } = renderView(receipt, {
      'receipts.get': () => ok(receipt),
      'receipts.deposit': () => {
        receipt = chequeReceipt({ chequeStatus: 'deposited' });
        return ok(receipt);
      },
      'receipts.clear': () => {
        receipt = chequeReceipt({ chequeStatus: 'cleared' });
        return ok(receipt);
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Deposit' }));
    let dialog = await screen.findByRole('dialog', { name: 'Deposit cheque 123456' });
    let date = within(dialog).getByRole('textbox', { name: 'Deposit date' });
    await user.clear(date);
    await user.type(date, '16-07-2025');
    await user.click(within(dialog).getByRole('button', { name: 'Deposit' }));
    await waitFor(() => expect(screen.getByTestId('cheque-status')).toHaveTextContent('Deposited'));

    await user.click(screen.getByRole('button', { name: 'Mark cleared' }));
    dialog = await screen.findByRole('dialog', { name: 'Cheque 123456 cleared' });
    date = within(dialog).getByRole('textbox', { name: 'Clearing date' });
    await user.clear(date);
    await user.type(date, '18-07-2025');
    await user.click(within(dialog).getByRole('button', { name: 'Mark cleared' }));
    await waitFor(() => expect(screen.getByTestId('cheque-status')).toHaveTextContent('Cleared'));
    expect(transport.inputsOf('receipts.deposit')).toEqual([{ id: 21, date: '2025-07-16' }]);
    expect(transport.inputsOf('receipts.clear')).toEqual([{ id: 21, date: '2025-07-18' }]);
  });

  it('prints to PDF through receipts.print and copies the confirmation', async () => {
    const user = userEvent.setup();
    const createObjectURL = vi.fn(() => 'blob:receipt');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    // jsdom cannot follow a download link; the browser (or Electron) saves the file.
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { transport } = renderView(chequeReceipt(), {
      'receipts.print': () =>
        ok({
          fileName: 'RCT-25-26-0001.pdf',
          mimeType: 'application/pdf',
          contentBase64: btoa('%PDF-1.4'),
        }),
      'receipts.confirmation': () =>
        ok({
          text: 'Received with thanks ₹2,32,000.00 by cheque 123456 (receipt RCT/25-26/0001).',
          whatsappUrl: 'https://wa.me/919822012345?text=Received',
          mailto: 'mailto:accounts@tataauto.example.in',
        }),
    });
    await user.click(await screen.findByRole('button', { name: 'Print / Save PDF' }));
    expect(await screen.findByText('Saved RCT-25-26-0001.pdf')).toBeVisible();
    expect(transport.inputsOf('receipts.print')).toEqual([{ id: 21, format: 'pdf' }]);
    expect(createObjectURL).toHaveBeenCalled();
    expect(click).toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Copy confirmation' }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirmation for the customer' });
    await waitFor(() =>
      expect(within(dialog).getByTestId('confirmation-copied')).toHaveTextContent('Copied'),
    );
    expect(writeText).toHaveBeenCalledWith(
      'Received with thanks ₹2,32,000.00 by cheque 123456 (receipt RCT/25-26/0001).',
    );
    expect(within(dialog).getByRole('link', { name: 'WhatsApp' })).toHaveAttribute(
      'href',
      'https://wa.me/919822012345?text=Received',
    );
    expect(within(dialog).getByRole('link', { name: 'E-mail' })).toHaveAttribute(
      'href',
      'mailto:accounts@tataauto.example.in',
    );
  });
});
