import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../../shared/dates';
import type { GstDocument } from '../../../shared/invoices/contract';
import type { Receipt, ReceiptSummary } from '../../../shared/receipts/contract';
import { fail, fakeTransport, ok, renderWithApi, type FakeHandlers } from '../test-utils';
import { ChequeRegister } from './ChequeRegister';
import { dueLabel } from './cheques';

const today = todayIso();

function cheque(overrides: Partial<ReceiptSummary>): ReceiptSummary {
  return {
    id: 1,
    status: 'issued',
    number: 'RCT/25-26/0001',
    date: '2025-07-01',
    customerId: 1,
    customerCode: 'TATAAUTO',
    customerName: 'Tata AutoComp Systems Ltd',
    mode: 'cheque',
    bankAccountId: 2,
    bankAccountName: 'HDFC Current 1234',
    instrumentNumber: '123456',
    instrumentDate: '2025-07-01',
    draweeBank: 'ICICI Bank',
    amount: 1_18_000_00,
    tdsAmount: 0,
    tdsSection: null,
    tdsRateBps: null,
    bankCharges: 0,
    total: 1_18_000_00,
    unallocated: 0,
    narration: null,
    chequeStatus: 'received',
    ...overrides,
  };
}

const pdcToday = cheque({
  id: 11,
  status: 'draft',
  number: null,
  instrumentNumber: '300001',
  instrumentDate: today,
  chequeStatus: 'post_dated',
});
const pdcLater = cheque({
  id: 12,
  status: 'draft',
  number: null,
  instrumentNumber: '300002',
  instrumentDate: addDays(today, 5),
  chequeStatus: 'post_dated',
});
const inHand = [
  cheque({ id: 21, instrumentNumber: '400001', number: 'RCT/25-26/0001' }),
  cheque({ id: 22, instrumentNumber: '400002', number: 'RCT/25-26/0002', amount: 50_000_00 }),
  cheque({ id: 23, instrumentNumber: '400003', number: 'RCT/25-26/0003' }),
];
const deposited = cheque({ id: 31, instrumentNumber: '500001', chequeStatus: 'deposited' });
const all = [pdcToday, pdcLater, ...inHand, deposited];

const asReceipt = (c: ReceiptSummary, extra: Partial<Receipt> = {}): Receipt => ({
  ...c,
  allocations: [],
  ...extra,
});

function setup(handlers: FakeHandlers = {}) {
  const user = userEvent.setup();
  const transport = fakeTransport({ 'receipts.chequeRegister': () => ok(all), ...handlers });
  renderWithApi(<ChequeRegister />, transport);
  return { user, transport };
}

async function retype(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.type(input, text);
}

describe('ChequeRegister', () => {
  it('shows post-dated cheques with the days to their date, today’s highlighted, and counts per tab', async () => {
    const { user } = setup();
    const rows = await screen.findAllByTestId('cheque-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveAttribute('data-due-today', 'true');
    expect(within(rows[0]!).getByText('Due today')).toBeVisible();
    expect(rows[1]).not.toHaveAttribute('data-due-today');
    expect(within(rows[1]!).getByTestId('cheque-due')).toHaveTextContent('In 5 days');
    expect(rows[1]).toHaveTextContent('300002');
    expect(rows[1]).toHaveTextContent('ICICI Bank');
    expect(rows[1]).toHaveTextContent('Tata AutoComp Systems Ltd');
    expect(rows[1]).toHaveTextContent('₹1,18,000.00');
    expect(rows[1]).toHaveTextContent('—'); // not yet a receipt
    expect(screen.getByRole('tab', { name: /In hand/ })).toHaveTextContent('3');

    await user.click(screen.getByRole('tab', { name: /Deposited/ }));
    const dep = await screen.findAllByTestId('cheque-row');
    expect(dep).toHaveLength(1);
    expect(dep[0]).toHaveTextContent('RCT/25-26/0001');
    expect(
      within(dep[0]!).getByRole('button', { name: 'Mark cleared cheque 500001' }),
    ).toBeVisible();
  });

  it('deposits a post-dated cheque: the ledger’s refusal sits under the date, then it goes in', async () => {
    const { user, transport } = setup({
      'receipts.deposit': ({ id, date }) =>
        date < pdcLater.instrumentDate!
          ? fail({
              code: 'VALIDATION',
              message: `This cheque is dated ${pdcLater.instrumentDate}: deposit it on or after that day`,
              field: 'date',
            })
          : ok(asReceipt({ ...pdcLater, id, chequeStatus: 'deposited' })),
    });
    await user.click(await screen.findByRole('button', { name: 'Deposit cheque 300002' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deposit cheque 300002' });
    const date = within(dialog).getByRole('textbox', { name: /Deposit date/ });
    await retype(user, date, '{Enter}');
    expect(date).toHaveValue('');
    await user.keyboard('{Control>}s{/Control}');
    expect(date).toHaveAccessibleDescription('Enter the deposit date');

    await retype(user, date, '01-07-2025');
    await user.click(within(dialog).getByRole('button', { name: 'Deposit' }));
    await waitFor(() =>
      expect(date).toHaveAccessibleDescription(/This cheque is dated .*: deposit it on or after/),
    );
    expect(transport.inputsOf('receipts.deposit')[0]).toEqual({ id: 12, date: '2025-07-01' });

    const due = pdcLater.instrumentDate!;
    await retype(user, date, `${due.slice(8)}-${due.slice(5, 7)}-${due.slice(0, 4)}`);
    expect(date).not.toHaveAttribute('aria-invalid', 'true');
    await user.click(within(dialog).getByRole('button', { name: 'Deposit' }));
    expect(await screen.findByText('Cheque 300002 deposited')).toBeVisible();
    expect(transport.inputsOf('receipts.deposit')[1]).toEqual({ id: 12, date: due });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // The register is read afresh after the change.
    expect(transport.inputsOf('receipts.chequeRegister')).toHaveLength(2);
  });

  it('marks a deposited cheque cleared on a date', async () => {
    const { user, transport } = setup({
      'receipts.clear': ({ id }) => ok(asReceipt({ ...deposited, id, chequeStatus: 'cleared' })),
    });
    await user.click(await screen.findByRole('tab', { name: /Deposited/ }));
    await user.click(await screen.findByRole('button', { name: 'Mark cleared cheque 500001' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mark cheque 500001 cleared' });
    await retype(user, within(dialog).getByRole('textbox', { name: /Clearing date/ }), '4/7/25');
    await user.click(within(dialog).getByRole('button', { name: 'Mark cleared' }));
    expect(await screen.findByText('Cheque 500001 cleared')).toBeVisible();
    expect(transport.inputsOf('receipts.clear')).toEqual([{ id: 31, date: '2025-07-04' }]);
  });

  it('bounces a cheque with charges at 18% GST and shows the debit note raised', async () => {
    const note = { id: 90, number: 'DN/25-26/0001', totals: { total: 590_00 } } as GstDocument;
    const { user, transport } = setup({
      'receipts.bounce': ({ id, reason }) =>
        reason.trim() === ''
          ? fail({
              code: 'VALIDATION',
              message: 'Enter the reason for return',
              field: 'reason',
              issues: [{ field: 'reason', message: 'Enter the reason for return' }],
            })
          : ok({
              receipt: asReceipt(
                { ...inHand[0]!, id, chequeStatus: 'bounced' },
                {
                  allocations: [
                    {
                      id: 1,
                      creditId: id,
                      creditNumber: 'RCT/25-26/0001',
                      creditKind: 'receipt',
                      debitId: 5,
                      debitNumber: 'INV/25-26/0007',
                      debitKind: 'invoice',
                      date: '2025-07-01',
                      amount: 1_18_000_00,
                      reason: null,
                      reversesId: null,
                      reversed: true,
                    },
                  ],
                },
              ),
              debitNoteId: 90,
            }),
      'invoices.get': () => ok(note),
    });
    await user.click(await screen.findByRole('tab', { name: /In hand/ }));
    await user.click(await screen.findByRole('button', { name: 'Bounce cheque 400001' }));
    const dialog = await screen.findByRole('dialog', { name: 'Bounce cheque 400001' });
    await retype(user, within(dialog).getByRole('textbox', { name: /Bounce date/ }), '10-07-2025');
    await user.type(within(dialog).getByRole('textbox', { name: /Bounce charges/ }), '500');
    expect(within(dialog).getByTestId('bounce-charges-preview')).toHaveTextContent(
      '₹500.00 + GST 18% ₹90.00 = ₹590.00',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Bounce cheque' }));
    const reason = within(dialog).getByRole('combobox', { name: /Reason for return/ });
    await waitFor(() => expect(reason).toHaveAccessibleDescription('Enter the reason for return'));

    await user.type(reason, 'Funds insufficient');
    await user.click(within(dialog).getByRole('button', { name: 'Bounce cheque' }));
    const result = await screen.findByTestId('bounce-result');
    expect(result).toHaveTextContent('INV/25-26/0007 is open again');
    expect(result).toHaveTextContent('Debit note DN/25-26/0001 raised for ₹590.00');
    expect(transport.inputsOf('receipts.bounce').at(-1)).toEqual({
      id: 21,
      date: '2025-07-10',
      reason: 'Funds insufficient',
      charges: { amount: 500_00, gstRateBps: 1800 },
    });
    expect(transport.inputsOf('invoices.get')).toEqual([{ id: 90 }]);
  });

  it('refuses charges that are not an amount before asking the ledger', async () => {
    const { user, transport } = setup();
    await user.click(await screen.findByRole('tab', { name: /In hand/ }));
    await user.click(await screen.findByRole('button', { name: 'Bounce cheque 400002' }));
    const dialog = await screen.findByRole('dialog', { name: 'Bounce cheque 400002' });
    const charges = within(dialog).getByRole('textbox', { name: /Bounce charges/ });
    await user.type(charges, 'five hundred');
    await user.click(within(dialog).getByRole('button', { name: 'Bounce cheque' }));
    expect(charges).toHaveAccessibleDescription(/Bounce charges must be rupees/);
    expect(transport.inputsOf('receipts.bounce')).toHaveLength(0);
  });

  it('removes a post-dated cheque with a reason', async () => {
    const { user, transport } = setup({ 'receipts.cancelPostDated': () => ok({ removed: true }) });
    await user.click(await screen.findByRole('button', { name: 'Remove cheque 300001' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove post-dated cheque 300001' });
    await user.type(
      within(dialog).getByRole('textbox', { name: /Reason/ }),
      'Replaced by NEFT{Enter}',
    );
    await user.keyboard('{Control>}s{/Control}');
    expect(await screen.findByText('Post-dated cheque 300001 removed')).toBeVisible();
    expect(transport.inputsOf('receipts.cancelPostDated')).toEqual([
      { id: 11, reason: 'Replaced by NEFT' },
    ]);
  });

  it('deposits the selected cheques in hand on one date and reports the one that failed', async () => {
    const { user, transport } = setup({
      'receipts.deposit': ({ id }) =>
        id === 22
          ? fail({
              code: 'VALIDATION',
              message: 'The deposit date cannot be before the receipt date 2025-07-01',
              field: 'date',
            })
          : ok(asReceipt({ ...inHand[0]!, id, chequeStatus: 'deposited' })),
    });
    await user.click(await screen.findByRole('tab', { name: /In hand/ }));
    const depositSelected = await screen.findByRole('button', { name: 'Deposit selected' });
    expect(depositSelected).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Select cheque 400001' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select cheque 400002' }));
    expect(screen.getByText('2 cheques selected · ₹1,68,000.00')).toBeVisible();
    await user.click(depositSelected);
    const dialog = await screen.findByRole('dialog', { name: 'Deposit 2 cheques' });
    await retype(user, within(dialog).getByRole('textbox', { name: /Deposit date/ }), '02-07-2025');
    await user.click(within(dialog).getByRole('button', { name: 'Deposit all' }));

    const result = await within(dialog).findByTestId('bulk-deposit-result');
    expect(result).toHaveTextContent('1 deposited; 1 not deposited');
    expect(result).toHaveTextContent(
      'Cheque 400002 (Tata AutoComp Systems Ltd): The deposit date cannot be before the receipt date',
    );
    expect(transport.inputsOf('receipts.deposit')).toEqual([
      { id: 21, date: '2025-07-02' },
      { id: 22, date: '2025-07-02' },
    ]);
    expect(await screen.findByText('1 cheque deposited')).toBeVisible();
    // The one that failed stays selected, ready to try again.
    expect(screen.getByRole('checkbox', { name: 'Select cheque 400002' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select cheque 400001' })).not.toBeChecked();
  });
});

describe('dueLabel', () => {
  it('counts the days to a post-dated cheque, and calls one past three months stale', () => {
    expect([5, 1, 0, -1, -3, -90, -91].map(dueLabel)).toEqual([
      'In 5 days',
      'Tomorrow',
      'Due today',
      '1 day past: deposit',
      '3 days past: deposit',
      '90 days past: deposit',
      'Stale: 91 days past its date',
    ]);
  });
});
