import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { suggestAllocation } from '../../../shared/receipts/suggest';
import { pune, summaryOf } from '../invoices/testLedger';
import { fail, fakeTransport, ok, renderWithApi, type FakeHandlers } from '../test-utils';
import { ReceiptEditor } from './ReceiptEditor';
import { cash, chequeReceipt, hdfc, openInvoices } from './testData';

const handlers = (more: FakeHandlers = {}): FakeHandlers => ({
  'bankAccounts.list': () => ok([cash, hdfc]),
  'customers.list': () => ok({ rows: [summaryOf(pune)], total: 1 }),
  'receipts.openItems': () => ok({ debits: openInvoices, credits: [] }),
  // The real suggestion over the same open items, as the ledger would answer.
  'receipts.suggest': (q) =>
    ok(
      suggestAllocation({
        amount: q.amount,
        tdsAmount: q.tdsAmount ?? 0,
        tdsRateBps: q.tdsRateBps ?? null,
        items: openInvoices,
      }),
    ),
  'receipts.record': () => ok(chequeReceipt()),
  ...more,
});

function renderEntry(more: FakeHandlers = {}) {
  const transport = fakeTransport(handlers(more));
  const props = { onBack: vi.fn(), onNew: vi.fn(), onSaved: vi.fn() };
  renderWithApi(<ReceiptEditor {...props} />, transport);
  return { transport, props };
}

const textbox = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const combobox = (name: string) => screen.getByRole('combobox', { name }) as HTMLInputElement;
const allocation = (number: string) => textbox(`Allocate to ${number}`);

/** Date, customer and a cheque of ₹2,32,000, typed as a clerk would. */
async function keyHeader(user: UserEvent) {
  const date = await screen.findByRole('textbox', { name: 'Date' });
  await waitFor(() => expect(date).toHaveFocus());
  await user.keyboard('15-07-2025{Enter}');
  expect(date).toHaveValue('15-07-2025');
  await waitFor(() => expect(combobox('Customer')).toHaveFocus());
  // Enter before the answer arrives picks the first match when it does.
  await user.keyboard('tata{Enter}');
  await waitFor(() => expect(combobox('Mode')).toHaveFocus());
  expect(combobox('Customer')).toHaveValue('TATAAUTO · Tata AutoComp Systems Ltd');
  await user.keyboard('ch{Enter}');
  await waitFor(() => expect(combobox('Bank account')).toHaveFocus());
  expect(combobox('Mode')).toHaveValue('Cheque');
  expect(combobox('Bank account')).toHaveValue('HDFC Bank Current A/c');
  await user.keyboard('{Enter}');
  expect(textbox('Cheque number')).toHaveFocus();
  await user.keyboard('123456{Enter}');
  // The cheque date follows the receipt date until typed.
  expect(textbox('Cheque date')).toHaveFocus();
  expect(textbox('Cheque date')).toHaveValue('15-07-2025');
  await user.keyboard('{Enter}');
  expect(textbox('Drawee bank')).toHaveFocus();
  await user.keyboard('State Bank of India{Enter}');
  expect(textbox('Amount received')).toHaveFocus();
  await user.keyboard('232000{Enter}');
}

describe('ReceiptEntry', () => {
  it('keys a cheque with TDS against two invoices from the keyboard and records it', async () => {
    const user = userEvent.setup();
    const { transport, props } = renderEntry();
    await keyHeader(user);

    // No TDS yet: the oldest due first.
    await waitFor(() =>
      expect(screen.getByTestId('suggestion-basis')).toHaveTextContent('Oldest due first'),
    );
    expect(allocation('INV/25-26/0001')).toHaveValue('1,18,000.00');
    expect(allocation('INV/25-26/0002')).toHaveValue('1,14,000.00');

    // The section brings its rate; the payment matches both invoices net of 2% TDS.
    expect(combobox('TDS section')).toHaveFocus();
    await user.keyboard('194c{Enter}');
    await waitFor(() => expect(textbox('TDS rate (%)')).toHaveFocus());
    expect(combobox('TDS section')).toHaveValue('194C Contractors');
    expect(textbox('TDS rate (%)')).toHaveValue('2');
    await waitFor(() =>
      expect(screen.getByTestId('suggestion-basis')).toHaveTextContent('Matches net of TDS 2%'),
    );
    expect(textbox('TDS amount')).toHaveValue('4,000.00');
    expect(allocation('INV/25-26/0001')).toHaveValue('1,18,000.00');
    expect(allocation('INV/25-26/0002')).toHaveValue('1,18,000.00');
    expect(screen.getByTestId('allocation-allocated')).toHaveTextContent('₹2,36,000.00');
    expect(screen.getByTestId('allocation-on-account')).toHaveTextContent('₹0.00');

    // Enter walks on through TDS, charges, narration and the grid, and lands on Save.
    await user.keyboard('{Enter}');
    expect(textbox('TDS amount')).toHaveFocus();
    await user.keyboard('{Enter}{Enter}');
    expect(textbox('Narration')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(allocation('INV/25-26/0001')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(allocation('INV/25-26/0002')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Save receipt' })).toHaveFocus();
    await user.keyboard('{Enter}');

    await waitFor(() => expect(props.onSaved).toHaveBeenCalled());
    expect(transport.inputsOf('receipts.record')).toEqual([
      {
        customerId: 1,
        date: '2025-07-15',
        mode: 'cheque',
        bankAccountId: hdfc.id,
        instrumentNumber: '123456',
        instrumentDate: '2025-07-15',
        draweeBank: 'State Bank of India',
        amount: 23_200_000,
        tdsAmount: 400_000,
        tdsSection: '194C',
        tdsRateBps: 200,
        bankCharges: 0,
        narration: null,
        allocations: [
          { documentId: 11, amount: 11_800_000 },
          { documentId: 12, amount: 11_800_000 },
        ],
      },
    ]);
    expect(await screen.findByText('Receipt RCT/25-26/0001 recorded')).toBeVisible();
  });

  it('cash goes to Cash in Hand, a transfer to the bank with its UTR', async () => {
    const user = userEvent.setup();
    renderEntry();
    await screen.findByRole('textbox', { name: 'Date' });
    await user.click(combobox('Mode'));
    await user.keyboard('{Control>}a{/Control}cash{Enter}');
    await waitFor(() => expect(combobox('Cash account')).toHaveValue('Cash in Hand'));
    expect(screen.queryByRole('textbox', { name: 'Cheque number' })).toBeNull();

    await user.click(combobox('Mode'));
    await user.keyboard('{Control>}a{/Control}neft{Enter}');
    await waitFor(() => expect(combobox('Bank account')).toHaveValue('HDFC Bank Current A/c'));
    expect(textbox('UTR')).toBeInTheDocument();
  });

  it('a hand-typed allocation stops the suggestions; the TDS follows what is allocated', async () => {
    const user = userEvent.setup();
    renderEntry();
    await keyHeader(user);
    await user.keyboard('194c{Enter}');
    await waitFor(() => expect(textbox('TDS amount')).toHaveValue('4,000.00'));

    await user.clear(allocation('INV/25-26/0002'));
    expect(screen.getByTestId('suggestion-basis')).toHaveTextContent('Allocated by hand');
    // TDS on INV/25-26/0001's ₹1,00,000 taxable alone.
    await waitFor(() => expect(textbox('TDS amount')).toHaveValue('2,000.00'));
    expect(screen.getByTestId('allocation-allocated')).toHaveTextContent('₹1,18,000.00');
    expect(screen.getByTestId('allocation-on-account')).toHaveTextContent('₹1,16,000.00');

    await user.click(screen.getByRole('button', { name: 'Suggest again' }));
    await waitFor(() => expect(allocation('INV/25-26/0002')).toHaveValue('1,18,000.00'));
    expect(textbox('TDS amount')).toHaveValue('4,000.00');
  });

  it('puts the ledger’s error for an allocation on the grid row it came from, and saves nothing', async () => {
    const user = userEvent.setup();
    const record = vi.fn(() =>
      fail({
        code: 'VALIDATION',
        message: 'INV/25-26/0002 has only ₹1,18,000.00 open: allocate at most that',
        field: 'allocations.0.amount',
      }),
    );
    const { transport, props } = renderEntry({ 'receipts.record': record });
    await keyHeader(user);
    await waitFor(() => expect(allocation('INV/25-26/0001')).toHaveValue('1,18,000.00'));
    // By hand: nothing to the first invoice, too much to the second.
    await user.clear(allocation('INV/25-26/0001'));
    await user.clear(allocation('INV/25-26/0002'));
    await user.type(allocation('INV/25-26/0002'), '150000');
    await user.keyboard('{Control>}s{/Control}');

    await waitFor(() => expect(record).toHaveBeenCalled());
    // Only the second row was sent, so the ledger's allocations.0 is grid row 2.
    expect(transport.inputsOf('receipts.record')[0]?.allocations).toEqual([
      { documentId: 12, amount: 15_000_000 },
    ]);
    const row2 = allocation('INV/25-26/0002');
    await waitFor(() => expect(row2).toHaveAttribute('aria-invalid', 'true'));
    expect(row2).toHaveAccessibleDescription(/has only ₹1,18,000.00 open/);
    expect(allocation('INV/25-26/0001')).not.toHaveAttribute('aria-invalid');
    await waitFor(() => expect(row2).toHaveFocus());
    expect(props.onSaved).not.toHaveBeenCalled();

    // Fixing the row clears its message.
    await user.clear(row2);
    await user.type(row2, '118000');
    expect(row2).not.toHaveAttribute('aria-invalid');
  });

  it('puts tdsAmount and bankAccountId errors under their fields', async () => {
    const user = userEvent.setup();
    renderEntry({
      'receipts.record': () =>
        fail({
          code: 'VALIDATION',
          message: 'TDS ₹90,000.00 is more than the taxable value',
          field: 'tdsAmount',
          issues: [
            { field: 'tdsAmount', message: 'TDS ₹90,000.00 is more than the taxable value' },
            { field: 'bankAccountId', message: 'HDFC Bank Current A/c is retired' },
          ],
        }),
    });
    await keyHeader(user);
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() =>
      expect(textbox('TDS amount')).toHaveAccessibleDescription(/more than the taxable value/),
    );
    expect(combobox('Bank account')).toHaveAccessibleDescription(/is retired/);
  });

  it('a post-dated cheque goes to the register: a note, and no allocations sent', async () => {
    const user = userEvent.setup();
    const { transport } = renderEntry({
      'receipts.record': () =>
        ok(chequeReceipt({ status: 'draft', number: null, chequeStatus: 'post_dated' })),
    });
    await keyHeader(user);
    await waitFor(() => expect(allocation('INV/25-26/0001')).toHaveValue('1,18,000.00'));

    await user.clear(textbox('Cheque date'));
    await user.type(textbox('Cheque date'), '15-08-2025');
    const note = screen.getByTestId('pdc-note');
    expect(note).toHaveTextContent('Post-dated cheque');
    expect(note).toHaveTextContent('15-08-2025');
    expect(note).toHaveTextContent('allocated to invoices when it is deposited');
    expect(screen.queryByTestId('allocation-grid')).toBeNull();
    expect(screen.getByTestId('receipt-on-account')).toHaveTextContent('₹2,32,000.00');

    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(transport.inputsOf('receipts.record')).toHaveLength(1));
    expect(transport.inputsOf('receipts.record')[0]).toMatchObject({
      instrumentDate: '2025-08-15',
      allocations: [],
    });
    expect(await screen.findByText('Post-dated cheque 123456 put in the register')).toBeVisible();
  });

  it('Esc asks before throwing away what was typed', async () => {
    const user = userEvent.setup();
    const { props } = renderEntry();
    const amount = await screen.findByRole('textbox', { name: 'Amount received' });
    await user.type(amount, '500');
    await user.keyboard('{Escape}');
    const dialog = await screen.findByRole('dialog', { name: 'Discard this receipt?' });
    await user.click(within(dialog).getByRole('button', { name: 'Discard' }));
    expect(props.onBack).toHaveBeenCalled();
  });
});
