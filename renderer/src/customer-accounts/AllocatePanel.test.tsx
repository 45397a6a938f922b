import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { todayIso } from '../../../shared/dates';
import type { AllocationRow } from '../../../shared/receipts/contract';
import { fail, fakeTransport, ok, renderWithApi, type FakeHandlers } from '../test-utils';
import { TestScreen } from './TestScreen';
import { invoice11, invoice12, receipt21, sampleLedger } from './testData';

const today = todayIso();

async function openAllocate(handlers: FakeHandlers = {}) {
  const transport = fakeTransport({
    'receipts.customerLedger': () => ok(sampleLedger()),
    ...handlers,
  });
  renderWithApi(<TestScreen />, transport);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('tab', { name: 'Allocate' }));
  const form = await screen.findByTestId('allocate-form');
  // The form is made afresh for each credit chosen: find it anew every time.
  const current = () => within(screen.getByTestId('allocate-form'));
  const amount = (number: string) =>
    current().getByRole('textbox', { name: `Allocate to ${number}` });
  const rows = () => current().getAllByTestId('debit-row');
  return { transport, user, form, amount, rows };
}

const allocated = (
  creditId: number,
  debitId: number,
  amount: number,
  id: number,
): AllocationRow => ({
  id,
  creditId,
  creditNumber: receipt21.number,
  creditKind: 'receipt',
  debitId,
  debitNumber: debitId === 11 ? invoice11.number : invoice12.number,
  debitKind: 'invoice',
  date: today,
  amount,
  reason: null,
  reversesId: null,
  reversed: false,
});

describe('Allocate', () => {
  it('takes the oldest money on account, suggests oldest due first and saves what is on screen', async () => {
    const { transport, user, form, amount } = await openAllocate({
      'receipts.allocate': (input) =>
        ok(
          input.allocations.map((a, i) =>
            allocated(input.creditId, a.documentId, a.amount, 20 + i),
          ),
        ),
    });
    expect(screen.getByRole('radio', { name: 'Allocate Receipt RCT/25-26/0001' })).toBeChecked();
    expect(within(form).getByTestId('allocate-available')).toHaveTextContent('₹1,50,000.00');

    await user.click(within(form).getByRole('button', { name: 'Suggest' }));
    // ₹1,50,000: all of the older invoice (₹1,18,000), the rest against the next.
    expect(amount(invoice11.number)).toHaveValue('1,18,000.00');
    expect(amount(invoice12.number)).toHaveValue('32,000.00');
    expect(within(form).getByTestId('allocate-left')).toHaveTextContent('₹0.00');

    await user.click(within(form).getByRole('button', { name: 'Save allocation' }));
    await waitFor(() => expect(transport.inputsOf('receipts.allocate')).toHaveLength(1));
    expect(transport.inputsOf('receipts.allocate')[0]).toEqual({
      creditId: 21,
      date: today,
      allocations: [
        { documentId: 11, amount: 1_18_000_00 },
        { documentId: 12, amount: 32_000_00 },
      ],
    });
    expect(await screen.findByTestId('account-done')).toHaveTextContent(
      '₹1,50,000.00 of RCT/25-26/0001 allocated to INV/25-26/0001, INV/25-26/0002',
    );
    await waitFor(() => expect(transport.inputsOf('receipts.customerLedger')).toHaveLength(2));
  });

  it('allocates a credit note chosen on the left, typed by hand with Enter between rows', async () => {
    const { transport, user, amount } = await openAllocate({
      'receipts.allocate': () => ok([]),
    });
    await user.click(screen.getByRole('radio', { name: 'Allocate Credit note CN/25-26/0001' }));
    const form = await screen.findByTestId('allocate-form');
    expect(within(form).getByTestId('allocate-available')).toHaveTextContent('₹30,000.00');
    await user.type(amount(invoice12.number), '12500');
    await user.keyboard('{Enter}');
    expect(within(form).getByRole('textbox', { name: 'Allocation date' })).toHaveFocus();
    expect(amount(invoice12.number)).toHaveValue('12,500.00');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(transport.inputsOf('receipts.allocate')).toHaveLength(1));
    expect(transport.inputsOf('receipts.allocate')[0]).toMatchObject({
      creditId: 22,
      allocations: [{ documentId: 12, amount: 12_500_00 }],
    });
  });

  it('shows too much against an invoice on its row, and sends nothing', async () => {
    const { transport, user, amount, rows } = await openAllocate();
    await user.type(amount(invoice12.number), '60,000');
    await user.click(screen.getByRole('button', { name: 'Save allocation' }));
    expect(
      within(rows()[1]!).getByText(
        'INV/25-26/0002 has only ₹49,000.00 open: allocate at most that',
      ),
    ).toBeVisible();
    expect(amount(invoice12.number)).toHaveAttribute('aria-invalid', 'true');
    expect(amount(invoice11.number)).not.toHaveAttribute('aria-invalid', 'true');
    expect(transport.inputsOf('receipts.allocate')).toHaveLength(0);

    // More than the credit has, in total.
    await user.clear(amount(invoice12.number));
    await user.type(amount(invoice12.number), '49,000');
    await user.type(amount(invoice11.number), '1,18,000');
    await user.click(screen.getByRole('button', { name: 'Save allocation' }));
    expect(screen.getByTestId('allocate-error')).toHaveTextContent(
      'RCT/25-26/0001 has ₹1,50,000.00 unallocated: you are allocating ₹1,67,000.00',
    );
    expect(transport.inputsOf('receipts.allocate')).toHaveLength(0);

    // Nothing typed at all.
    await user.clear(amount(invoice12.number));
    await user.clear(amount(invoice11.number));
    await user.click(screen.getByRole('button', { name: 'Save allocation' }));
    expect(screen.getByTestId('allocate-error')).toHaveTextContent(
      'Type an amount against at least one invoice',
    );
  });

  it('puts the ledger’s refusal on the row it names, counting only the rows sent', async () => {
    const { transport, user, amount, rows } = await openAllocate({
      'receipts.allocate': () =>
        fail({
          code: 'VALIDATION',
          message: 'INV/25-26/0002 has only ₹40,000.00 open: allocate at most that',
          field: 'allocations.1.amount',
        }),
    });
    await user.type(amount(invoice11.number), '10,000');
    await user.type(amount(invoice12.number), '45,000');
    await user.click(screen.getByRole('button', { name: 'Save allocation' }));
    await waitFor(() => expect(transport.inputsOf('receipts.allocate')).toHaveLength(1));
    expect(
      await within(rows()[1]!).findByText(
        'INV/25-26/0002 has only ₹40,000.00 open: allocate at most that',
      ),
    ).toBeVisible();
    expect(amount(invoice11.number)).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByTestId('allocate-error')).toBeNull();
  });

  it('shows a refused date under the date', async () => {
    const { user, amount } = await openAllocate({
      'receipts.allocate': () =>
        fail({
          code: 'VALIDATION',
          message: 'Allocate on or after RCT/25-26/0001’s date, 2025-07-01',
          field: 'date',
        }),
    });
    await user.type(amount(invoice11.number), '1,000');
    await user.click(screen.getByRole('button', { name: 'Save allocation' }));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Allocation date' })).toHaveAccessibleDescription(
        'Allocate on or after RCT/25-26/0001’s date, 2025-07-01',
      ),
    );
  });
});
