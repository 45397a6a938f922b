import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AppStatus } from '../../../shared/app/contract';
import type { ReceiptSummary } from '../../../shared/receipts/contract';
import { Shell } from '../app/Shell';
import { company } from '../invoices/testLedger';
import { fakeTransport, ok, renderWithApi } from '../test-utils';
import { bouncedReceipt, cash, chequeReceipt, hdfc } from './testData';

const status: AppStatus = {
  version: '0.1.0',
  hasCompany: true,
  companyName: 'Sahyadri Traders LLP',
  ledgerPath: '/data/bahi.sqlite',
  isSample: false,
  schemaVersion: 6,
};

const summary = ({ allocations: _a, ...r }: ReturnType<typeof chequeReceipt>): ReceiptSummary => r;

const neft: ReceiptSummary = {
  ...summary(chequeReceipt()),
  id: 22,
  number: 'RCT/25-26/0002',
  date: '2025-07-20',
  customerCode: 'BIOCON',
  customerName: 'Biocon Biologics Ltd',
  mode: 'neft',
  instrumentNumber: 'HDFCN52025072012345',
  instrumentDate: null,
  draweeBank: null,
  amount: 5_000_000,
  tdsAmount: 0,
  total: 5_000_000,
  unallocated: 1_000_000,
  chequeStatus: null,
};

function renderShell() {
  const transport = fakeTransport({
    'customers.list': () => ok({ rows: [], total: 0 }),
    'company.get': () => ok(company),
    'bankAccounts.list': () => ok([cash, hdfc]),
    'receipts.list': ({ search }) =>
      ok(
        [neft, summary(bouncedReceipt())].filter(
          (r) => !search || (r.number ?? '').includes(search) || r.customerCode.includes(search),
        ),
      ),
    'receipts.get': () => ok(bouncedReceipt()),
    'receipts.openItems': () => ok({ debits: [], credits: [] }),
  });
  renderWithApi(<Shell status={status} onStatus={() => {}} reloadStatus={() => {}} />, transport);
  return transport;
}

describe('Receipts screen', () => {
  it('sits after Invoices in the navbar and lists receipts newest first', async () => {
    const user = userEvent.setup();
    const transport = renderShell();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const labels = Array.from(nav.querySelectorAll('button')).map((b) => b.textContent ?? '');
    expect(labels[labels.indexOf('Invoices') + 1]).toBe('Receipts');

    await user.click(screen.getByRole('button', { name: 'Receipts' }));
    expect(await screen.findByRole('heading', { name: 'Receipts' })).toBeVisible();
    await waitFor(() => expect(screen.getAllByTestId('receipt-row')).toHaveLength(2));
    const [first, second] = screen.getAllByTestId('receipt-row');
    expect(first).toHaveTextContent('RCT/25-26/0002');
    expect(first).toHaveTextContent('NEFT HDFCN52025072012345');
    expect(first).toHaveTextContent('₹50,000.00');
    expect(first).toHaveTextContent('₹10,000.00'); // on account
    expect(second).toHaveTextContent('Cheque 123456 of 15-07-2025');
    expect(second).toHaveTextContent('₹4,000.00'); // TDS
    expect(second).toHaveTextContent('Bounced');

    // Search by customer; ↓ and Enter open the receipt.
    const search = screen.getByRole('textbox', { name: 'Search receipts' });
    await user.type(search, 'TATA');
    await waitFor(() => expect(screen.getAllByTestId('receipt-row')).toHaveLength(1));
    expect(transport.inputsOf('receipts.list').at(-1)).toMatchObject({ search: 'TATA' });
    await user.keyboard('{Enter}');
    expect(await screen.findByTestId('receipt-title')).toHaveTextContent('Receipt RCT/25-26/0001');
    expect(screen.getByTestId('cheque-status')).toHaveTextContent('Bounced');
  });

  it('F6 starts a new receipt from any screen, with the date ready to type', async () => {
    const user = userEvent.setup();
    renderShell();
    expect(await screen.findByRole('heading', { name: 'Customers' })).toBeVisible();
    await user.keyboard('{F6}');
    expect(await screen.findByRole('heading', { name: 'New receipt' })).toBeVisible();
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Date' })).toHaveFocus());
    expect(screen.getByRole('combobox', { name: 'Bank account' })).toHaveValue(hdfc.name);
  });
});
