import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addMonths, todayIso } from '../../../shared/dates';
import type {
  PaymentPlan,
  PaymentPlanInput,
  PlanPreview,
} from '../../../shared/payment-plans/contract';
import { invoice11, invoice12 } from '../customer-accounts/testData';
import { fail, fakeTransport, ok, renderWithApi, type FakeHandlers } from '../test-utils';
import { dateText } from '../ui/dates';
import { PaymentPlansPanel } from './PaymentPlansPanel';

const today = todayIso();

/** What the ledger would say: the amount in three monthly parts from the first due date. */
function previewOf(input: PaymentPlanInput): PlanPreview {
  const amount = input.amount ?? 0;
  const each = Math.floor(amount / 3);
  const first = input.firstDueOn ?? today;
  return {
    customerId: input.customerId,
    planOn: input.planOn,
    amount,
    available: 1_67_000_00,
    items: [],
    instalments: [0, 1, 2].map((i) => ({
      position: i + 1,
      dueOn: addMonths(first as typeof today, i),
      amount: i < 2 ? each : amount - 2 * each,
    })),
  };
}

const active: PaymentPlan = {
  id: 5,
  number: 'PLN/25-26/0001',
  documentId: 40,
  customerId: 7,
  customerCode: 'TATAAUTO',
  customerName: 'Tata AutoComp Systems Ltd',
  planOn: '2025-07-01',
  amount: 90_000_00,
  frequency: 'monthly',
  notes: null,
  cancelledOn: null,
  cancelReason: null,
  status: 'active',
  asOf: '2025-08-05',
  paid: 30_000_00,
  outstanding: 60_000_00,
  overdue: 0,
  overdueCount: 0,
  nextDue: { dueOn: '2025-08-31', amount: 30_000_00 },
  items: [],
  instalments: [],
};

function renderPanel(handlers: FakeHandlers = {}) {
  const transport = fakeTransport({
    'paymentPlans.list': () => ok([active]),
    'paymentPlans.preview': (input) => ok(previewOf(input)),
    'paymentPlans.create': () => ok({ ...active, id: 6, number: 'PLN/25-26/0002' }),
    ...handlers,
  });
  const onChanged = vi.fn();
  renderWithApi(
    <PaymentPlansPanel
      customerId={7}
      customerName="Tata AutoComp Systems Ltd"
      openItems={[invoice11, invoice12]}
      onChanged={onChanged}
    />,
    transport,
  );
  return { transport, onChanged, user: userEvent.setup() };
}

async function openDialog(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Payment plan' }));
  return within(await screen.findByRole('dialog'));
}

describe('PaymentPlansPanel', () => {
  it('shows the plans, and makes a monthly plan of the overdue invoices with a preview, Ctrl+S saving', async () => {
    const { transport, onChanged, user } = renderPanel();
    const row = await screen.findByTestId('plan');
    expect(row).toHaveTextContent('Active');
    expect(row).toHaveTextContent('₹30,000.00 of ₹90,000.00 paid · next ₹30,000.00 on 31-08-2025');

    const dialog = await openDialog(user);
    // Both invoices are past due: ticked, and the amount is what is open on them.
    expect(dialog.getByRole('checkbox', { name: new RegExp(invoice11.number) })).toBeChecked();
    expect(dialog.getByRole('checkbox', { name: new RegExp(invoice12.number) })).toBeChecked();
    expect(dialog.getByRole('textbox', { name: /Plan amount/ })).toHaveValue('1,67,000.00');
    const rows = await dialog.findAllByTestId('plan-instalment');
    expect(rows.map((r) => r.textContent)).toEqual([
      `1${dateText(addMonths(today, 1))}₹55,666.66`,
      `2${dateText(addMonths(today, 2))}₹55,666.66`,
      `3${dateText(addMonths(today, 3))}₹55,666.68`,
    ]);
    expect(dialog.getByTestId('plan-instalments-total')).toHaveTextContent('₹1,67,000.00');

    await user.type(dialog.getByRole('textbox', { name: 'Notes' }), 'Agreed with Mr Rao');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(transport.inputsOf('paymentPlans.create')).toHaveLength(1));
    expect(transport.inputsOf('paymentPlans.create')[0]).toEqual({
      customerId: 7,
      planOn: today,
      documentIds: [11, 12],
      amount: 1_67_000_00,
      frequency: 'monthly',
      firstDueOn: addMonths(today, 1),
      count: 3,
      notes: 'Agreed with Mr Rao',
    });
    await waitFor(() =>
      expect(onChanged).toHaveBeenCalledWith(
        'Payment plan PLN/25-26/0002: ₹90,000.00 in 0 instalments',
      ),
    );
  });

  it('custom: starts from the schedule shown, rows edited by hand; the ledger’s refusal lands on the row', async () => {
    const { transport, user } = renderPanel({
      'paymentPlans.create': () =>
        fail({
          code: 'VALIDATION',
          message: 'Instalment 2 is due 01-01-2025, before the plan date',
          field: 'instalments.1.dueOn',
        }),
    });
    const dialog = await openDialog(user);
    await dialog.findAllByTestId('plan-instalment');
    await user.click(dialog.getByText('Custom'));
    const second = dialog.getByRole('textbox', { name: 'Instalment 2 amount' });
    expect(second).toHaveValue('55,666.66');
    await user.clear(second);
    await user.type(second, '55666.67');
    const third = dialog.getByRole('textbox', { name: 'Instalment 3 amount' });
    await user.clear(third);
    await user.type(third, '55666.67');
    expect(dialog.getByTestId('plan-instalments-total')).toHaveTextContent(
      '₹1,67,000.00 of ₹1,67,000.00',
    );
    const due2 = dialog.getByRole('textbox', { name: 'Instalment 2 due' });
    await user.clear(due2);
    await user.type(due2, '01-01-2025');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(transport.inputsOf('paymentPlans.create')).toHaveLength(1));
    expect(transport.inputsOf('paymentPlans.create')[0]).toMatchObject({
      frequency: 'custom',
      amount: 1_67_000_00,
      instalments: [
        { dueOn: addMonths(today, 1), amount: 55_666_66 },
        { dueOn: '2025-01-01', amount: 55_666_67 },
        { dueOn: addMonths(today, 3), amount: 55_666_67 },
      ],
    });
    expect(await dialog.findByText(/Instalment 2 is due 01-01-2025/)).toBeVisible();
    expect(dialog.getByRole('textbox', { name: 'Instalment 2 due' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('sends nothing with no invoice ticked', async () => {
    const { transport, user } = renderPanel();
    const dialog = await openDialog(user);
    await user.click(dialog.getByRole('checkbox', { name: new RegExp(invoice11.number) }));
    await user.click(dialog.getByRole('checkbox', { name: new RegExp(invoice12.number) }));
    expect(dialog.getByRole('textbox', { name: /Plan amount/ })).toHaveValue('');
    await user.click(dialog.getByRole('button', { name: 'Save plan' }));
    expect(await dialog.findByText('Tick the invoices the plan is for')).toBeVisible();
    expect(transport.inputsOf('paymentPlans.create')).toHaveLength(0);
  });
});
