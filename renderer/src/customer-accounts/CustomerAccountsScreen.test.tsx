import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { todayIso } from '../../../shared/dates';
import type { BankAccount, Receipt } from '../../../shared/receipts/contract';
import { fail, fakeTransport, ok, renderWithApi, type FakeHandlers } from '../test-utils';
import { TestScreen } from './TestScreen';
import { daysOverdue, defaultPeriod } from './format';
import { receipt21, sampleLedger } from './testData';

const today = todayIso();

function renderScreen(handlers: FakeHandlers = {}) {
  const onOpenDocument = vi.fn();
  const transport = fakeTransport({
    'receipts.customerLedger': () => ok(sampleLedger()),
    ...handlers,
  });
  renderWithApi(<TestScreen onOpenDocument={onOpenDocument} />, transport);
  return { transport, onOpenDocument, user: userEvent.setup() };
}

const bank = (id: number, name: string, kind: 'bank' | 'cash'): BankAccount => ({
  id,
  name,
  kind,
  bankName: kind === 'bank' ? 'HDFC Bank' : null,
  accountNumber: null,
  ifsc: null,
  accountCode: `12${id}0`,
  accountName: name,
  active: true,
});

describe('CustomerAccountsScreen', () => {
  it('shows the account for this financial year with a running balance, Dr/Cr, open items and allocations', async () => {
    const { transport, onOpenDocument, user } = renderScreen();
    expect(await screen.findByTestId('ledger-closing-balance')).toHaveTextContent('₹13,000.00 Cr');
    expect(transport.inputsOf('receipts.customerLedger')[0]).toEqual({
      customerId: 1,
      ...defaultPeriod(today),
    });
    expect(screen.getByTestId('ledger-opening-balance')).toHaveTextContent('₹0.00');
    expect(screen.getAllByTestId('ledger-balance').map((c) => c.textContent)).toEqual([
      '₹1,18,000.00 Dr',
      '₹1,77,000.00 Dr',
      '₹27,000.00 Dr',
      '₹13,000.00 Cr',
    ]);
    expect(screen.getByTestId('ledger-total-debit')).toHaveTextContent('₹1,77,000.00');
    expect(screen.getByTestId('ledger-total-credit')).toHaveTextContent('₹1,90,000.00');
    expect(screen.getByRole('combobox', { name: 'Customer' })).toHaveValue(
      'TATAAUTO · Tata AutoComp Systems Ltd',
    );

    // Open items with days overdue; money on account beside them.
    const items = screen.getAllByTestId('open-item');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByTestId('open-item-overdue')).toHaveTextContent(
      `${daysOverdue('2025-06-09', today)} d`,
    );
    expect(within(items[1]!).getByTestId('open-item-balance')).toHaveTextContent('₹49,000.00');
    expect(screen.getByTestId('account-owed')).toHaveTextContent('₹1,67,000.00');
    expect(screen.getByTestId('account-on-account')).toHaveTextContent('₹1,80,000.00');

    // The undone allocation stays, with the date and reason of its undoing; only a live one can be undone.
    const rows = screen.getAllByTestId('allocation-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveAttribute('data-reversed', 'true');
    expect(within(rows[0]!).getByTestId('allocation-undone')).toHaveTextContent(
      'Undone 03-07-2025Wrong invoice',
    );
    expect(within(rows[0]!).queryByRole('button', { name: /Undo/ })).toBeNull();
    expect(
      within(rows[1]!).getByRole('button', { name: 'Undo CN/25-26/0001 against INV/25-26/0002' }),
    ).toBeVisible();

    // Drill down: an invoice opens in the Invoices screen.
    const account = screen.getByRole('table', { name: 'Account' });
    await user.click(within(account).getByRole('button', { name: 'INV/25-26/0002' }));
    expect(onOpenDocument).toHaveBeenCalledWith(12);
  });

  it('opens a receipt in a drawer when there is no receipts screen to go to', async () => {
    const receipt: Receipt = {
      id: 21,
      status: 'issued',
      number: receipt21.number,
      date: '2025-07-01',
      customerId: 1,
      customerCode: 'TATAAUTO',
      customerName: 'Tata AutoComp Systems Ltd',
      mode: 'neft',
      bankAccountId: 2,
      bankAccountName: 'HDFC Current',
      instrumentNumber: 'HDFCN5202507011',
      instrumentDate: null,
      draweeBank: null,
      amount: 1_50_000_00,
      tdsAmount: 0,
      tdsSection: null,
      tdsRateBps: null,
      bankCharges: 0,
      total: 1_50_000_00,
      unallocated: 1_50_000_00,
      narration: null,
      chequeStatus: null,
      allocations: [],
    };
    const { user } = renderScreen({ 'receipts.get': () => ok(receipt) });
    const account = await screen.findByRole('table', { name: 'Account' });
    await user.click(within(account).getByRole('button', { name: receipt21.number }));
    const detail = await screen.findByTestId('receipt-detail');
    expect(within(detail).getByTestId('receipt-unallocated')).toHaveTextContent('₹1,50,000.00');
    expect(detail).toHaveTextContent('NEFT');
  });

  it('opens a receipt on the receipts screen when there is one', async () => {
    const onOpenReceipt = vi.fn();
    renderWithApi(
      <TestScreen onOpenReceipt={onOpenReceipt} />,
      fakeTransport({ 'receipts.customerLedger': () => ok(sampleLedger()) }),
    );
    const account = await screen.findByRole('table', { name: 'Account' });
    await userEvent.setup().click(within(account).getByRole('button', { name: receipt21.number }));
    expect(onOpenReceipt).toHaveBeenCalledWith(21);
  });

  it('loads the period typed, and refuses a From after the To', async () => {
    const { transport, user } = renderScreen();
    await screen.findByTestId('ledger');
    const from = screen.getByRole('textbox', { name: 'From' });
    await user.clear(from);
    await user.type(from, '01-06-2025{Enter}');
    await waitFor(() =>
      expect(transport.inputsOf('receipts.customerLedger').at(-1)).toMatchObject({
        from: '2025-06-01',
        to: defaultPeriod(today).to,
      }),
    );
    const to = screen.getByRole('textbox', { name: 'To' });
    await user.clear(to);
    await user.type(to, '01-05-2025');
    await user.tab();
    expect(await screen.findByText('To must be on or after From')).toBeVisible();
    expect(transport.inputsOf('receipts.customerLedger').at(-1)).toMatchObject({
      from: '2025-06-01',
    });
  });

  it('will not undo an allocation without a reason, and sends the reason it is given', async () => {
    const { transport, user } = renderScreen({
      'receipts.unallocate': (input) =>
        ok({
          ...sampleLedger().allocations[2]!,
          id: 8,
          amount: -10_000_00,
          reversesId: input.allocationId,
          reason: input.reason,
          date: input.date,
        }),
    });
    await user.click(
      await screen.findByRole('button', { name: 'Undo CN/25-26/0001 against INV/25-26/0002' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Undo allocation' });
    await user.click(within(dialog).getByRole('button', { name: 'Undo allocation' }));
    expect(within(dialog).getByRole('textbox', { name: 'Reason' })).toHaveAccessibleDescription(
      /Say why the allocation is undone/,
    );
    expect(transport.inputsOf('receipts.unallocate')).toHaveLength(0);

    await user.type(
      within(dialog).getByRole('textbox', { name: 'Reason' }),
      'Note was for the other invoice',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Undo allocation' }));
    await waitFor(() => expect(transport.inputsOf('receipts.unallocate')).toHaveLength(1));
    expect(transport.inputsOf('receipts.unallocate')[0]).toEqual({
      allocationId: 7,
      date: today,
      reason: 'Note was for the other invoice',
    });
    expect(await screen.findByTestId('account-done')).toHaveTextContent(
      'Allocation of CN/25-26/0001 to INV/25-26/0002 undone: ₹10,000.00 back on account',
    );
    // The view refreshes from the ledger.
    await waitFor(() => expect(transport.inputsOf('receipts.customerLedger')).toHaveLength(2));
  });

  it('shows a refused undo under its field', async () => {
    const { user } = renderScreen({
      'receipts.unallocate': () =>
        fail({
          code: 'VALIDATION',
          message: 'Undo on or after the allocation date, 2025-07-15',
          field: 'date',
        }),
    });
    await user.click(
      await screen.findByRole('button', { name: 'Undo CN/25-26/0001 against INV/25-26/0002' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Undo allocation' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Mistake');
    await user.click(within(dialog).getByRole('button', { name: 'Undo allocation' }));
    expect(within(dialog).getByRole('textbox', { name: 'Date' })).toHaveAccessibleDescription(
      'Undo on or after the allocation date, 2025-07-15',
    );
  });

  it('refunds on-account money from the bank account chosen, and shows the refund number', async () => {
    const { transport, user } = renderScreen({
      'bankAccounts.list': () =>
        ok([bank(1, 'Cash in Hand', 'cash'), bank(2, 'HDFC Current 1234', 'bank')]),
      'receipts.refund': () => ok({ id: 40, number: 'RFD/25-26/0001' }),
    });
    await user.click(await screen.findByRole('button', { name: 'Refund RCT/25-26/0001' }));
    const dialog = await screen.findByRole('dialog', { name: /Refund from RCT\/25-26\/0001/ });
    const amount = within(dialog).getByRole('textbox', { name: 'Refund amount' });
    expect(amount).toHaveValue('1,50,000.00');
    await waitFor(() =>
      expect(within(dialog).getByRole('combobox', { name: 'Paid from' })).toHaveValue(
        'HDFC Current 1234 · HDFC Bank',
      ),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Record refund' }));
    expect(within(dialog).getByRole('textbox', { name: 'Reason' })).toHaveAccessibleDescription(
      'Say why the money is paid back',
    );
    expect(transport.inputsOf('receipts.refund')).toHaveLength(0);

    await user.clear(amount);
    await user.type(amount, '10,000');
    await user.type(within(dialog).getByRole('textbox', { name: 'Reference' }), 'UTR998877');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Reason' }),
      'Excess paid, returned on request',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Record refund' }));
    await waitFor(() => expect(transport.inputsOf('receipts.refund')).toHaveLength(1));
    expect(transport.inputsOf('receipts.refund')[0]).toEqual({
      creditId: 21,
      amount: 10_000_00,
      date: today,
      bankAccountId: 2,
      reference: 'UTR998877',
      reason: 'Excess paid, returned on request',
    });
    expect(await screen.findByTestId('account-done')).toHaveTextContent(
      'Refund RFD/25-26/0001 recorded against RCT/25-26/0001',
    );
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('puts a refused refund amount under the amount', async () => {
    const { user } = renderScreen({
      'bankAccounts.list': () => ok([bank(2, 'HDFC Current 1234', 'bank')]),
      'receipts.refund': () =>
        fail({
          code: 'VALIDATION',
          message: 'RCT/25-26/0001 has ₹1,50,000.00 unallocated: refund at most that',
          field: 'amount',
        }),
    });
    await user.click(await screen.findByRole('button', { name: 'Refund RCT/25-26/0001' }));
    const dialog = await screen.findByRole('dialog', { name: /Refund from/ });
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Returned');
    await user.click(within(dialog).getByRole('button', { name: 'Record refund' }));
    expect(
      await within(dialog).findByText(
        'RCT/25-26/0001 has ₹1,50,000.00 unallocated: refund at most that',
      ),
    ).toBeVisible();
    expect(within(dialog).getByRole('textbox', { name: 'Refund amount' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('writes off an open balance: the tolerance refusal shows under the amount, a bad debt goes through', async () => {
    const { transport, user } = renderScreen({
      'company.get': () => ok(null),
      'receipts.writeOff': (input) =>
        input.kind === 'small_balance'
          ? fail({
              code: 'VALIDATION',
              message:
                'A small-balance write-off is limited to ₹10.00 (company setting): write this off as a bad debt, or change the tolerance',
              field: 'amount',
            })
          : ok({ id: 41, number: 'WO/25-26/0001' }),
    });
    await user.click(await screen.findByRole('button', { name: 'Write off INV/25-26/0002' }));
    const dialog = await screen.findByRole('dialog', { name: 'Write off INV/25-26/0002' });
    expect(within(dialog).getByRole('textbox', { name: 'Write-off amount' })).toHaveValue(
      '49,000.00',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Write off' }));
    expect(within(dialog).getByRole('textbox', { name: 'Reason' })).toHaveAccessibleDescription(
      'Say why this is written off',
    );
    expect(transport.inputsOf('receipts.writeOff')).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Customer wound up');
    await user.click(within(dialog).getByRole('button', { name: 'Write off' }));
    expect(
      await within(dialog).findByText(/A small-balance write-off is limited to ₹10.00/),
    ).toBeVisible();
    expect(within(dialog).getByRole('textbox', { name: 'Write-off amount' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );

    await user.click(within(dialog).getByRole('combobox', { name: 'Kind' }));
    await user.click(await screen.findByRole('option', { name: 'Bad debt' }));
    await user.click(within(dialog).getByRole('button', { name: 'Write off' }));
    await waitFor(() => expect(transport.inputsOf('receipts.writeOff')).toHaveLength(2));
    expect(transport.inputsOf('receipts.writeOff')[1]).toEqual({
      documentId: 12,
      amount: 49_000_00,
      date: today,
      kind: 'bad_debt',
      reason: 'Customer wound up',
    });
    expect(await screen.findByTestId('account-done')).toHaveTextContent(
      'Write-off WO/25-26/0001 posted against INV/25-26/0002',
    );
  });
});
