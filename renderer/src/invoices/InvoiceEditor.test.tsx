import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Customer } from '../../../shared/customers/contract';
import { fail, fakeTransport, ok, renderWithApi, type FakeHandlers } from '../test-utils';
import { InvoiceEditor } from './InvoiceEditor';
import { bengaluru, company, draftDocument, pune, summaryOf, valve } from './testLedger';

const handlers = (customer: Customer, more: FakeHandlers = {}): FakeHandlers => ({
  'company.get': () => ok(company),
  'customers.list': () => ok({ rows: [summaryOf(customer)], total: 1 }),
  'customers.get': () => ok(customer),
  'items.list': () => ok([valve]),
  ...more,
});

function renderEditor(customer: Customer, more: FakeHandlers = {}) {
  const transport = fakeTransport(handlers(customer, more));
  const props = {
    onBack: vi.fn(),
    onNew: vi.fn(),
    onIssued: vi.fn(),
    onDeleted: vi.fn(),
    onShowIssued: vi.fn(),
  };
  renderWithApi(<InvoiceEditor target={{ mode: 'new', kind: 'invoice' }} {...props} />, transport);
  return { transport, props };
}

/** A cell of the lines grid by its accessible name: `cell(1, 'quantity')`. */
const cell = (line: number, name: string) =>
  screen.queryByRole('textbox', { name: `Line ${line} ${name}` }) ??
  screen.getByRole('combobox', { name: `Line ${line} ${name}` });
const field = (name: string) => screen.getByRole('combobox', { name }) as HTMLInputElement;
const totals = () => within(screen.getByTestId('totals'));

async function pickCustomer(user: UserEvent, text: string) {
  const picker = await screen.findByRole('combobox', { name: 'Customer' });
  await user.type(picker, text);
  await user.click(await screen.findByRole('option', { name: new RegExp(text, 'i') }));
}

async function setDate(user: UserEvent, text: string) {
  const date = screen.getByRole('textbox', { name: 'Date' });
  await user.clear(date);
  await user.type(date, text);
}

async function pickValve(user: UserEvent, line = 1) {
  await user.type(cell(line, 'item'), 'ball');
  await user.click(await screen.findByRole('option', { name: /Ball valve/ }));
}

describe('InvoiceEditor', () => {
  it('picking an item fills the line with the GST rate in force on the invoice date', async () => {
    const user = userEvent.setup();
    const { transport } = renderEditor(pune);
    await pickCustomer(user, 'tata');
    await setDate(user, '15-06-2025');
    await pickValve(user);

    expect(cell(1, 'item')).toHaveValue('Ball valve 2"');
    expect(cell(1, 'description')).toHaveValue('Ball valve 2"');
    expect(cell(1, 'HSN/SAC')).toHaveValue('8481');
    expect(field('Line 1 unit')).toHaveValue('NOS');
    expect(cell(1, 'rate')).toHaveValue('1,500.00');
    expect(field('Line 1 GST rate')).toHaveValue('18%');
    // Ready for the quantity, as in Tally.
    await waitFor(() => expect(cell(1, 'quantity')).toHaveFocus());
    expect(transport.inputsOf('items.list').at(-1)).toMatchObject({ search: 'ball' });

    // A date after the rate cut re-reads the item's rate.
    await setDate(user, '01-10-2025');
    expect(field('Line 1 GST rate')).toHaveValue('12%');
  });

  it('shows CGST and SGST live for a customer in the company’s state', async () => {
    const user = userEvent.setup();
    renderEditor(pune);
    await pickCustomer(user, 'tata');
    await setDate(user, '15-06-2025');
    await pickValve(user);
    await user.type(cell(1, 'quantity'), '4');
    await user.type(cell(1, 'discount'), '10%');

    // 4 × 1,500 = 6,000 less 10% = 5,400; 9% + 9% = 486 + 486.
    const line = screen.getAllByTestId('invoice-line')[0]!;
    expect(line).toHaveTextContent('5,400.00');
    expect(line).toHaveTextContent('6,372.00');
    expect(totals().getByTestId('total-taxable')).toHaveTextContent('₹5,400.00');
    expect(totals().getByTestId('total-cgst')).toHaveTextContent('₹486.00');
    expect(totals().getByTestId('total-sgst')).toHaveTextContent('₹486.00');
    expect(totals().queryByTestId('total-igst')).toBeNull();
    expect(totals().getByTestId('total-grand')).toHaveTextContent('₹6,372.00');
    expect(screen.getByTestId('total-words')).toHaveTextContent(
      'Rupees Six Thousand Three Hundred Seventy-Two Only',
    );
    expect(screen.getByTestId('supply-kind')).toHaveTextContent('Intra-state');
  });

  it('shows IGST for a customer in another state, with the round-off to the rupee', async () => {
    const user = userEvent.setup();
    renderEditor(bengaluru);
    await pickCustomer(user, 'biocon');
    await setDate(user, '15-06-2025');
    await pickValve(user);
    await user.type(cell(1, 'quantity'), '2.5');
    await user.clear(cell(1, 'rate'));
    await user.type(cell(1, 'rate'), '99.99');

    // 2.5 × 99.99 = 249.975 → 249.98; IGST 18% = 45.00 (44.9964); 294.98 → 295.00.
    await waitFor(() => expect(totals().getByTestId('total-igst')).toHaveTextContent('₹45.00'));
    expect(totals().getByTestId('total-taxable')).toHaveTextContent('₹249.98');
    expect(totals().queryByTestId('total-cgst')).toBeNull();
    expect(totals().getByTestId('total-round-off')).toHaveTextContent('+₹0.02');
    expect(totals().getByTestId('total-grand')).toHaveTextContent('₹295.00');
    expect(screen.getByTestId('supply-kind')).toHaveTextContent('Inter-state: IGST');
    expect(screen.getByRole('columnheader', { name: 'IGST' })).toBeInTheDocument();

    // Without round-off the total keeps its paise.
    await user.click(screen.getByRole('checkbox', { name: 'Round off to the rupee' }));
    expect(totals().getByTestId('total-grand')).toHaveTextContent('₹294.98');
    expect(totals().queryByTestId('total-round-off')).toBeNull();
  });

  it('puts the ledger’s error for lines.1.hsnSac under that cell and keeps the draft open', async () => {
    const user = userEvent.setup();
    const createDraft = vi.fn(() =>
      fail({
        code: 'VALIDATION',
        message: 'Enter the HSN or SAC code (e.g. 8481 for valves)',
        field: 'lines.1.hsnSac',
        issues: [
          { field: 'lines.1.hsnSac', message: 'Enter the HSN or SAC code (e.g. 8481 for valves)' },
        ],
      }),
    );
    const { transport, props } = renderEditor(pune, { 'invoices.createDraft': createDraft });
    await pickCustomer(user, 'tata');
    await setDate(user, '15-06-2025');
    await pickValve(user);
    await user.type(cell(1, 'quantity'), '4');
    await user.click(screen.getByRole('button', { name: 'Add line' }));
    await user.type(cell(2, 'description'), 'Freight charges');
    await user.type(cell(2, 'quantity'), '1');
    await user.type(cell(2, 'rate'), '500');
    await user.type(field('Line 2 GST rate'), '18{Enter}');
    await user.keyboard('{Control>}s{/Control}');

    const hsn = cell(2, 'HSN/SAC');
    await waitFor(() => expect(hsn).toHaveAttribute('aria-invalid', 'true'));
    expect(hsn).toHaveAccessibleDescription('Enter the HSN or SAC code (e.g. 8481 for valves)');
    expect(cell(1, 'HSN/SAC')).not.toHaveAttribute('aria-invalid', 'true');
    expect(props.onIssued).not.toHaveBeenCalled();
    expect(transport.inputsOf('invoices.createDraft')[0]).toMatchObject({
      kind: 'invoice',
      customerId: 1,
      date: '2025-06-15',
      lines: [
        { itemId: 7, hsnSac: '8481', quantity: '4', rate: 150_000, gstRateBps: 1800 },
        { itemId: null, description: 'Freight charges', hsnSac: '', rate: 50_000 },
      ],
    });

    // Typing in the cell clears its error.
    await user.type(hsn, '996511');
    expect(hsn).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('maps an updateDraft error path (draft.lines.0.discountAmount) onto the discount cell', async () => {
    const user = userEvent.setup();
    let saved = 0;
    renderEditor(pune, {
      'invoices.createDraft': (input) => ok(draftDocument(++saved, input)),
      'invoices.updateDraft': () =>
        fail({
          code: 'VALIDATION',
          message: 'Give a discount as a percentage or an amount, not both',
          field: 'draft.lines.0.discountAmount',
        }),
    });
    await pickCustomer(user, 'tata');
    await pickValve(user);
    await user.type(cell(1, 'quantity'), '1');
    await user.keyboard('{Control>}s{/Control}');
    expect(await screen.findByText('Invoice draft saved')).toBeVisible();
    await user.type(cell(1, 'discount'), '100');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() =>
      expect(cell(1, 'discount')).toHaveAccessibleDescription(/percentage or an amount/),
    );
  });

  it('Ctrl+Enter saves, checks credit, warns, and issues anyway on request', async () => {
    const user = userEvent.setup();
    const { transport, props } = renderEditor(pune, {
      'invoices.createDraft': (input) => ok(draftDocument(41, input)),
      'invoices.creditCheck': () =>
        ok({
          mode: 'warn',
          onHold: false,
          creditLimit: 500_000,
          exposure: 450_000,
          exposureAfter: 627_000,
          overLimit: true,
          problems: ['Tata AutoComp Systems Ltd would owe more than their credit limit'],
        }),
      'invoices.issue': ({ id }) =>
        ok({
          document: {
            ...draftDocument(id, { customerId: 1, date: '2025-06-15', lines: [] }),
            status: 'issued',
            number: 'INV/25-26/0001',
          },
          warnings: [],
        }),
    });
    await pickCustomer(user, 'tata');
    await setDate(user, '15-06-2025');
    await pickValve(user);
    await user.type(cell(1, 'quantity'), '1');
    await user.keyboard('{Control>}{Enter}{/Control}');

    const dialog = await screen.findByRole('dialog', { name: 'Credit check' });
    expect(dialog).toHaveTextContent('would owe more than their credit limit');
    expect(transport.inputsOf('invoices.issue')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Issue anyway' }));
    await waitFor(() => expect(props.onIssued).toHaveBeenCalled());
    expect(transport.inputsOf('invoices.issue')).toEqual([{ id: 41 }]);
    expect(await screen.findByText('Invoice INV/25-26/0001 issued')).toBeVisible();
  });

  it('a blocking credit check explains and does not issue', async () => {
    const user = userEvent.setup();
    const { transport } = renderEditor(pune, {
      'invoices.createDraft': (input) => ok(draftDocument(42, input)),
      'invoices.creditCheck': () =>
        ok({
          mode: 'block',
          onHold: true,
          creditLimit: null,
          exposure: 0,
          exposureAfter: 177_000,
          overLimit: false,
          problems: ['Tata AutoComp Systems Ltd is on credit hold'],
        }),
    });
    await pickCustomer(user, 'tata');
    await pickValve(user);
    await user.type(cell(1, 'quantity'), '1');
    await user.click(screen.getByRole('button', { name: /Issue/ }));

    const dialog = await screen.findByRole('dialog', { name: 'Cannot issue: credit check' });
    expect(dialog).toHaveTextContent('on credit hold');
    expect(within(dialog).queryByRole('button', { name: 'Issue anyway' })).toBeNull();
    expect(transport.inputsOf('invoices.issue')).toHaveLength(0);
  });

  it('Enter walks the cells, opens a new line past the last one, and leaves from an empty one', async () => {
    const user = userEvent.setup();
    renderEditor(pune);
    await pickCustomer(user, 'tata');
    await pickValve(user);
    await user.type(cell(1, 'quantity'), '2{Enter}');
    expect(field('Line 1 unit')).toHaveFocus();
    await user.keyboard('{Enter}{Enter}{Enter}');
    expect(field('Line 1 GST rate')).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(cell(2, 'item')).toHaveFocus());
    expect(screen.getAllByTestId('invoice-line')).toHaveLength(2);
    // Enter on the empty new line: the lines are done, on to the notes.
    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: 'Notes (printed on the document)' })).toHaveFocus();

    await user.click(cell(2, 'description'));
    await user.keyboard('{Control>}{Delete}{/Control}');
    expect(screen.getAllByTestId('invoice-line')).toHaveLength(1);
  });

  it('a credit note asks for its reason and the invoice it adjusts, from that customer’s issued ones', async () => {
    const user = userEvent.setup();
    const { transport } = renderEditor(pune, {
      'invoices.list': () =>
        ok([
          {
            id: 9,
            kind: 'invoice',
            status: 'issued',
            number: 'INV/25-26/0001',
            customerId: 1,
            customerCode: 'TATAAUTO',
            customerName: 'Tata AutoComp Systems Ltd',
            date: '2025-06-15',
            dueDate: '2025-07-30',
            openBalance: 708_000,
            settledOn: null,
            total: 708_000,
          },
        ]),
      'invoices.createDraft': (input) => ok(draftDocument(50, input)),
    });
    await user.click(await screen.findByRole('radio', { name: 'Credit note' }));
    expect(screen.queryByRole('textbox', { name: 'Due date' })).toBeNull();
    await pickCustomer(user, 'tata');
    await waitFor(() =>
      expect(transport.inputsOf('invoices.list').at(-1)).toMatchObject({
        customerId: 1,
        status: 'issued',
      }),
    );
    await user.click(screen.getByRole('combobox', { name: 'Against invoice' }));
    await user.click(await screen.findByRole('option', { name: /INV\/25-26\/0001/ }));
    await user.click(screen.getByRole('combobox', { name: 'Reason' }));
    await user.click(await screen.findByRole('option', { name: 'Goods returned' }));
    await pickValve(user);
    await user.type(cell(1, 'quantity'), '1');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(transport.inputsOf('invoices.createDraft')).toHaveLength(1));
    expect(transport.inputsOf('invoices.createDraft')[0]).toMatchObject({
      kind: 'credit_note',
      reason: 'return',
      referencedIds: [9],
      dueDate: null,
    });
  });
});
