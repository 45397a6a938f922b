import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Order } from '../../../shared/orders/contract';
import {
  fail,
  fakeTransport,
  ok,
  renderWithApi,
  sampleCustomer,
  type FakeHandlers,
} from '../test-utils';
import { OrderView } from './OrderView';
import { sampleCompany, sampleDraft, sampleOrder } from './testData';

/** The ledger as far as the order view needs it; `orders.setStatus` moves the order along. */
function ledgerWith(order: Order, extra: FakeHandlers = {}) {
  let current = order;
  return fakeTransport({
    'orders.get': () => ok(current),
    'company.get': () => ok(sampleCompany()),
    'customers.get': ({ id }) => ok(sampleCustomer({ id })),
    'invoices.list': () => ok([]),
    'attachments.list': () => ok([]),
    'orders.setStatus': ({ status, approvedOn, approvalReference }) => {
      current = {
        ...current,
        status,
        approvedOn: approvedOn ?? current.approvedOn,
        customerReference: approvalReference ?? current.customerReference,
      };
      return ok(current);
    },
    ...extra,
  });
}

const renderView = (transport: ReturnType<typeof fakeTransport>, onBack = () => {}) =>
  renderWithApi(<OrderView id={5} onBack={onBack} onEdit={() => {}} />, transport);

const status = () => screen.getByTestId('order-status');
const button = (name: string) => screen.queryByRole('button', { name });

afterEach(() => vi.restoreAllMocks());

describe('OrderView: status actions', () => {
  it('approves an estimate only with both the approval date and the reference', async () => {
    const user = userEvent.setup();
    const transport = ledgerWith(sampleOrder());
    renderView(transport);
    expect(await screen.findByTestId('order-title')).toHaveTextContent('Estimate EST/25-26/0001');
    expect(status()).toHaveTextContent('Draft');
    expect(button('Mark sent')).toBeVisible();
    expect(button('Reject')).toBeVisible();
    expect(button('Convert to invoice')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Approve' }));
    const dialog = await screen.findByRole('dialog', { name: /Approve/ });
    const date = within(dialog).getByRole('textbox', { name: /Approval date/ });
    await user.clear(date);
    await user.click(within(dialog).getByRole('button', { name: 'Approve' }));
    expect(date).toHaveAccessibleDescription('Enter the date the customer approved');
    expect(
      within(dialog).getByRole('textbox', { name: /Approval reference/ }),
    ).toHaveAccessibleDescription(/approval reference/);
    expect(transport.inputsOf('orders.setStatus')).toEqual([]);

    // Before the estimate's own date is refused too.
    await user.type(date, '01-05-2025');
    await user.type(within(dialog).getByRole('textbox', { name: /Approval reference/ }), 'Mail');
    await user.click(within(dialog).getByRole('button', { name: 'Approve' }));
    expect(date).toHaveAccessibleDescription(/cannot be before/);
    expect(transport.inputsOf('orders.setStatus')).toEqual([]);

    await user.clear(date);
    await user.type(date, '05-05-2025');
    await user.type(
      within(dialog).getByRole('textbox', { name: /Approval reference/ }),
      ' of 5 May',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Approve' }));

    await waitFor(() => expect(status()).toHaveTextContent('Approved'));
    expect(transport.inputsOf('orders.setStatus')).toEqual([
      { id: 5, status: 'approved', approvedOn: '2025-05-05', approvalReference: 'Mail of 5 May' },
    ]);
    expect(screen.getByTestId('order-approved-on')).toHaveTextContent('05-05-2025');
    expect(screen.getByTestId('order-reference')).toHaveTextContent('Mail of 5 May');
    expect(button('Approve')).toBeNull();
    expect(button('Reject')).toBeNull();
    expect(button('Convert to invoice')).toBeVisible();
  });

  it('shows the ledger’s refusal inside the approval dialog', async () => {
    const user = userEvent.setup();
    const transport = ledgerWith(sampleOrder(), {
      'orders.setStatus': () =>
        fail({
          code: 'VALIDATION',
          message: 'A rejected estimate cannot be marked approved',
          field: 'status',
        }),
    });
    renderView(transport);
    await user.click(await screen.findByRole('button', { name: 'Approve' }));
    const dialog = await screen.findByRole('dialog', { name: /Approve/ });
    await user.type(within(dialog).getByRole('textbox', { name: /Approval reference/ }), 'PO 7');
    await user.click(within(dialog).getByRole('button', { name: 'Approve' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'A rejected estimate cannot be marked approved',
    );
    expect(status()).toHaveTextContent('Draft');
  });

  it('marks an estimate sent, then rejected after asking', async () => {
    const user = userEvent.setup();
    const transport = ledgerWith(sampleOrder());
    renderView(transport);
    await user.click(await screen.findByRole('button', { name: 'Mark sent' }));
    await waitFor(() => expect(status()).toHaveTextContent('Sent'));
    expect(button('Mark sent')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Reject' }));
    const confirm = await screen.findByRole('dialog', { name: /Reject/ });
    await user.click(within(confirm).getByRole('button', { name: 'Reject' }));
    await waitFor(() => expect(status()).toHaveTextContent('Rejected'));
    expect(transport.inputsOf('orders.setStatus')).toEqual([
      { id: 5, status: 'sent' },
      { id: 5, status: 'rejected' },
    ]);
    // A rejected estimate can neither change nor be billed.
    for (const name of ['Edit', 'Approve', 'Reject', 'Convert to invoice']) {
      expect(button(name)).toBeNull();
    }
  });

  it('closes an open sales order; nothing is left to do with it', async () => {
    const user = userEvent.setup();
    const transport = ledgerWith(
      sampleOrder({
        kind: 'sales_order',
        status: 'open',
        number: 'SO/25-26/0003',
        customerReference: 'PO/4512',
      }),
    );
    renderView(transport);
    expect(await screen.findByTestId('order-reference')).toHaveTextContent('PO/4512');
    expect(button('Approve')).toBeNull();
    expect(button('Convert to invoice')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Close' }));
    const confirm = await screen.findByRole('dialog', { name: /Close Sales order SO/ });
    await user.click(within(confirm).getByRole('button', { name: 'Close order' }));
    await waitFor(() => expect(status()).toHaveTextContent('Closed'));
    expect(transport.inputsOf('orders.setStatus')).toEqual([{ id: 5, status: 'closed' }]);
    expect(button('Convert to invoice')).toBeNull();
  });

  it('shows ordered, invoiced so far and remaining for each line', async () => {
    const order = sampleOrder({ status: 'approved' });
    order.lines[0] = { ...order.lines[0]!, invoicedMilli: 4000, remainingMilli: 6000 };
    renderView(ledgerWith(order));
    const rows = await screen.findAllByTestId('order-line');
    expect(within(rows[0]!).getByTestId('line-ordered')).toHaveTextContent('10 NOS');
    expect(within(rows[0]!).getByTestId('line-invoiced')).toHaveTextContent('4');
    expect(within(rows[0]!).getByTestId('line-remaining')).toHaveTextContent('6');
    // Part of it is billed: the estimate can no longer be edited.
    expect(button('Edit')).toBeNull();
  });
});

describe('OrderView: converting to an invoice', () => {
  const approved = () =>
    sampleOrder({ status: 'approved', approvedOn: '2025-05-05', customerReference: 'Mail' });

  it('asks the invoice date, lists how the draft differs, issues after the credit check, saves the PDF', async () => {
    const user = userEvent.setup();
    const draft = sampleDraft();
    const issued = sampleDraft({ status: 'issued', number: 'INV/25-26/0001' });
    let invoiced = false;
    const transport = ledgerWith(approved(), {
      'orders.get': () => ok(invoiced ? { ...approved(), status: 'invoiced' } : approved()),
      'orders.toInvoice': () => ok(draft),
      'orders.variance': () =>
        ok([
          {
            position: 1,
            description: 'Ball valve 50 mm PN16',
            field: 'quantity',
            ordered: 10_000,
            invoiced: 12_000,
            message: 'Quantity 12 against 10 left on the order',
          },
          {
            position: 2,
            description: 'Installation and commissioning',
            field: 'rate',
            ordered: 500_000,
            invoiced: 450_000,
            message: 'Rate ₹4,500.00 against ₹5,000.00 agreed',
          },
        ]),
      'invoices.creditCheck': () =>
        ok({
          mode: 'warn',
          onHold: false,
          creditLimit: null,
          exposure: 0,
          exposureAfter: 2_065_000,
          overLimit: false,
          problems: [],
        }),
      'invoices.issue': () => {
        invoiced = true;
        return ok({ document: issued, warnings: [] });
      },
      'invoices.print': () =>
        ok({
          fileName: 'INV-25-26-0001.pdf',
          mimeType: 'application/pdf',
          contentBase64: 'JVBERi0=',
        }),
    });
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
    URL.createObjectURL = vi.fn(() => 'blob:pdf');
    URL.revokeObjectURL = vi.fn();

    renderView(transport);
    await user.click(await screen.findByRole('button', { name: 'Convert to invoice' }));
    const dialog = await screen.findByRole('dialog', { name: /Convert/ });
    const date = within(dialog).getByRole('textbox', { name: /Invoice date/ });
    await user.clear(date);
    await user.type(date, '20-05-2025');
    await user.click(within(dialog).getByRole('button', { name: 'Make draft invoice' }));

    const panel = await screen.findByTestId('invoice-panel');
    expect(transport.inputsOf('orders.toInvoice')).toEqual([{ id: 5, date: '2025-05-20' }]);
    expect(within(panel).getByTestId('invoice-number')).toHaveTextContent('Draft invoice');
    const rows = await within(panel).findAllByTestId('variance-row');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('Quantity 12 against 10 left on the order'),
      expect.stringContaining('Rate ₹4,500.00 against ₹5,000.00 agreed'),
    ]);
    expect(within(panel).getByText('2 differences from the order')).toBeVisible();
    expect(transport.inputsOf('orders.variance')).toEqual([{ invoiceId: 40 }]);

    await user.click(within(panel).getByRole('button', { name: 'Issue' }));
    await waitFor(() =>
      expect(within(panel).getByTestId('invoice-number')).toHaveTextContent(
        'Invoice INV/25-26/0001',
      ),
    );
    const order = transport.calls
      .map((c) => c.channel)
      .filter((c) => c === 'invoices.creditCheck' || c === 'invoices.issue');
    expect(order).toEqual(['invoices.creditCheck', 'invoices.issue']);
    await waitFor(() => expect(status()).toHaveTextContent('Invoiced'));

    await user.click(within(panel).getByRole('button', { name: 'Download PDF' }));
    await waitFor(() => expect(saved).toEqual(['INV-25-26-0001.pdf']));
    expect(transport.inputsOf('invoices.print')).toEqual([{ id: 40, format: 'pdf' }]);
  });

  it('says so when the draft bills exactly what the order agreed', async () => {
    const transport = ledgerWith(approved(), {
      'invoices.list': () => ok([{ ...sampleDraft(), total: 2_065_000 }]),
      'invoices.get': () => ok(sampleDraft()),
      'orders.variance': () => ok([]),
    });
    renderView(transport);
    // A draft made earlier is found by its order lines.
    expect(await screen.findByTestId('variance-none')).toHaveTextContent('No differences');
    // Editing the estimate would replace the lines the draft bills.
    expect(button('Edit')).toBeNull();
    expect(transport.inputsOf('invoices.list')).toEqual([
      { customerId: 1, kind: 'invoice', status: 'draft', limit: 50 },
    ]);
  });

  it('holds the issue while the credit check has problems, until Issue anyway', async () => {
    const user = userEvent.setup();
    const transport = ledgerWith(approved(), {
      'invoices.list': () => ok([{ ...sampleDraft(), total: 2_065_000 }]),
      'invoices.get': () => ok(sampleDraft()),
      'orders.variance': () => ok([]),
      'invoices.creditCheck': () =>
        ok({
          mode: 'warn',
          onHold: false,
          creditLimit: 1_000_000,
          exposure: 0,
          exposureAfter: 2_065_000,
          overLimit: true,
          problems: [
            'Tata AutoComp Systems Ltd would owe ₹20,650.00 against a limit of ₹10,000.00',
          ],
        }),
      'invoices.issue': () =>
        ok({ document: sampleDraft({ status: 'issued', number: 'INV/25-26/0002' }), warnings: [] }),
    });
    renderView(transport);
    const panel = await screen.findByTestId('invoice-panel');
    await user.click(within(panel).getByRole('button', { name: 'Issue' }));
    const check = await screen.findByRole('dialog', { name: 'Credit check' });
    expect(transport.inputsOf('invoices.issue')).toEqual([]);
    await user.click(within(check).getByRole('button', { name: 'Issue anyway' }));
    await waitFor(() =>
      expect(within(panel).getByTestId('invoice-number')).toHaveTextContent('INV/25-26/0002'),
    );
  });

  it('edits the draft’s lines and keeps each one tied to its order line', async () => {
    const user = userEvent.setup();
    let variance = 0;
    const transport = ledgerWith(approved(), {
      'invoices.list': () => ok([{ ...sampleDraft(), total: 2_065_000 }]),
      'invoices.get': () => ok(sampleDraft()),
      'orders.variance': () => {
        variance++;
        return ok(
          variance === 1
            ? []
            : [
                {
                  position: 1,
                  description: 'Ball valve 50 mm PN16',
                  field: 'quantity' as const,
                  ordered: 10_000,
                  invoiced: 12_000,
                  message: 'Quantity 12 against 10 left on the order',
                },
              ],
        );
      },
      'invoices.updateDraft': ({ draft }) =>
        ok(sampleDraft({ reference: draft.reference ?? null })),
    });
    renderView(transport);
    const panel = await screen.findByTestId('invoice-panel');
    await screen.findByTestId('variance-none');
    await user.click(within(panel).getByRole('button', { name: 'Edit lines' }));
    const qty = within(panel).getByRole('textbox', { name: 'Line 1 quantity' });
    await user.clear(qty);
    await user.type(qty, '12');
    await user.keyboard('{Control>}s{/Control}');

    expect(await within(panel).findByTestId('variance-row')).toHaveTextContent(
      'Quantity 12 against 10 left on the order',
    );
    const [saved] = transport.inputsOf('invoices.updateDraft');
    expect(saved).toMatchObject({
      id: 40,
      draft: {
        kind: 'invoice',
        customerId: 1,
        date: '2025-05-20',
        placeOfSupply: '27',
        reference: 'Mail of 5 May',
        lines: [
          { orderLineId: 11, quantity: '12', rate: 125_000, hsnSac: '8481', gstRateBps: 1800 },
          { orderLineId: 12, quantity: '1', rate: 500_000, hsnSac: '998719', gstRateBps: 1800 },
        ],
      },
    });
  });

  it('Esc in the draft’s grid leaves the grid, not the order; Esc again goes back', async () => {
    const user = userEvent.setup();
    const onBack = vi.fn();
    const transport = ledgerWith(approved(), {
      'invoices.list': () => ok([{ ...sampleDraft(), total: 2_065_000 }]),
      'invoices.get': () => ok(sampleDraft()),
      'orders.variance': () => ok([]),
    });
    renderView(transport, onBack);
    const panel = await screen.findByTestId('invoice-panel');
    await user.click(within(panel).getByRole('button', { name: 'Edit lines' }));
    await user.click(within(panel).getByRole('textbox', { name: 'Line 1 quantity' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('draft-lines-editor')).toBeNull();
    expect(onBack).not.toHaveBeenCalled();
    expect(transport.inputsOf('invoices.updateDraft')).toEqual([]);
    await user.keyboard('{Escape}');
    expect(onBack).toHaveBeenCalledTimes(1);
  });
});
