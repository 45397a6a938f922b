import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CustomerSummary } from '../../../shared/customers/contract';
import { fail, fakeTransport, ok, renderWithApi, sampleCustomer } from '../test-utils';
import { OrderEditor } from './OrderEditor';
import { sampleCompany, sampleOrder } from './testData';

const tata: CustomerSummary = {
  id: 1,
  code: 'TATAAUTO',
  name: 'Tata AutoComp Systems Ltd',
  gstin: '27AAACT1234K1ZG',
  stateCode: '27',
  phone: null,
  email: null,
  paymentTermsDays: 45,
  creditLimit: 250_000_000,
  customerGroup: null,
  archived: false,
};

/** A grid cell by its name; the unit and GST cells are comboboxes. */
const cell = (line: number, name: string) => {
  const label = `Line ${line} ${name}`;
  return (
    screen.queryByRole('textbox', { name: label }) ?? screen.getByRole('combobox', { name: label })
  );
};
const field = (name: RegExp | string) =>
  screen.queryByRole('textbox', { name }) ?? screen.getByRole('combobox', { name });

describe('OrderEditor', () => {
  it('sends the estimate as typed and puts the ledger’s HSN complaint under that cell', async () => {
    const user = userEvent.setup();
    const onSaved = vi.fn();
    const transport = fakeTransport({
      'company.get': () => ok(sampleCompany()),
      'customers.list': () => ok({ rows: [tata], total: 1 }),
      'customers.get': ({ id }) => ok(sampleCustomer({ id })),
      'orders.create': () =>
        fail({
          code: 'VALIDATION',
          message: 'Enter the HSN or SAC code (e.g. 8481 for valves)',
          field: 'lines.0.hsnSac',
          issues: [
            {
              field: 'lines.0.hsnSac',
              message: 'Enter the HSN or SAC code (e.g. 8481 for valves)',
            },
          ],
        }),
    });
    renderWithApi(
      <OrderEditor
        target={{ mode: 'new', kind: 'estimate' }}
        onBack={() => {}}
        onSaved={onSaved}
      />,
      transport,
    );

    await screen.findByText('Customer');
    const customer = field(/Customer/);
    await user.type(customer, 'TATA');
    await user.click(await screen.findByRole('option', { name: /Tata AutoComp/ }));
    const date = screen.getByRole('textbox', { name: /^Date/ });
    await user.clear(date);
    await user.type(date, '02-05-2025');
    await user.type(screen.getByRole('textbox', { name: /Valid until/ }), '31-05-2025');
    await user.type(screen.getByRole('textbox', { name: 'Approval reference' }), 'Call with Anand');
    await user.type(cell(1, 'description'), 'Gate valve 80 mm');
    await user.type(cell(1, 'quantity'), '4');
    await user.type(cell(1, 'unit'), 'NOS{Enter}');
    await user.type(cell(1, 'rate'), '2,400');
    await user.type(cell(1, 'discount'), '10%');
    await user.type(cell(1, 'GST rate'), '18{Enter}');
    // 4 × 2,400 − 10% = 8,640 taxable; 18% within Maharashtra.
    await waitFor(() => expect(screen.getByTestId('total-grand')).toHaveTextContent('₹10,195.00'));

    await user.keyboard('{Control>}s{/Control}');

    const hsn = cell(1, 'HSN/SAC');
    await waitFor(() => expect(hsn).toHaveAttribute('aria-invalid', 'true'));
    expect(hsn).toHaveAccessibleDescription('Enter the HSN or SAC code (e.g. 8481 for valves)');
    expect(screen.queryByText('Not saved')).toBeNull();
    expect(onSaved).not.toHaveBeenCalled();
    expect(transport.inputsOf('orders.create')).toEqual([
      {
        kind: 'estimate',
        customerId: 1,
        date: '2025-05-02',
        validUntil: '2025-05-31',
        customerReference: 'Call with Anand',
        notes: '',
        lines: [
          {
            itemId: null,
            description: 'Gate valve 80 mm',
            hsnSac: '',
            unit: 'NOS',
            quantity: '4',
            rate: 240_000,
            discountPercentBps: 1000,
            discountAmount: null,
            gstRateBps: 1800,
          },
        ],
      },
    ]);

    // Typing in the cell clears its message.
    await user.type(hsn, '8481');
    expect(hsn).not.toHaveAttribute('aria-invalid');
  });

  it('maps an update’s nested paths onto the grid and says what has no field', async () => {
    const user = userEvent.setup();
    const order = sampleOrder();
    let attempt = 0;
    const transport = fakeTransport({
      'company.get': () => ok(sampleCompany()),
      'orders.get': () => ok(order),
      'customers.get': ({ id }) => ok(sampleCustomer({ id })),
      'orders.update': () =>
        ++attempt === 1
          ? fail({
              code: 'VALIDATION',
              message: 'Give a discount as a percentage or an amount, not both',
              field: 'order.lines.1.discountAmount',
              issues: [
                {
                  field: 'order.lines.1.discountAmount',
                  message: 'Give a discount as a percentage or an amount, not both',
                },
              ],
            })
          : fail({
              code: 'CONFLICT',
              message: 'EST/25-26/0001 has been invoiced or closed and cannot change',
              field: 'id',
            }),
    });
    renderWithApi(
      <OrderEditor target={{ mode: 'edit', id: 5 }} onBack={() => {}} onSaved={() => {}} />,
      transport,
    );
    expect(await screen.findByRole('heading', { name: 'Estimate EST/25-26/0001' })).toBeVisible();
    expect(cell(1, 'quantity')).toHaveValue('10');
    expect(cell(1, 'rate')).toHaveValue('1,250.00');

    await user.click(screen.getByRole('button', { name: /Save/ }));
    const discount = cell(2, 'discount');
    await waitFor(() =>
      expect(discount).toHaveAccessibleDescription(
        'Give a discount as a percentage or an amount, not both',
      ),
    );
    expect(transport.inputsOf('orders.update')[0]).toMatchObject({
      id: 5,
      order: { kind: 'estimate' },
    });

    await user.click(screen.getByRole('button', { name: /Save/ }));
    const alert = await screen.findByText(/has been invoiced or closed/);
    expect(
      within(alert.closest('[role="alert"]') as HTMLElement).getByText('Not saved'),
    ).toBeVisible();
  });
});
