import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CustomerSummary } from '../../../shared/customers/contract';
import type { Result } from '../../../shared/result';
import { fakeTransport, ok, renderWithApi, sampleCustomer } from '../test-utils';
import { CustomersScreen } from './CustomersScreen';

const TOTAL = 50_000;

const summary = (i: number): CustomerSummary => ({
  id: i + 1,
  code: `C${String(i).padStart(5, '0')}`,
  name: `Customer ${i}`,
  gstin: null,
  stateCode: '27',
  phone: null,
  email: null,
  paymentTermsDays: 30,
  creditLimit: i * 100,
  customerGroup: null,
  archived: false,
});

/** 50,000 customers generated per page, the way the ledger would page them. */
const ledgerOf =
  (total: number) => (input: { offset?: number; limit?: number; search?: string }) => {
    const offset = input.offset ?? 0;
    const limit = input.limit ?? 10_000;
    const rows = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, k) =>
      summary(offset + k),
    );
    return ok({ rows, total });
  };

beforeEach(() => {
  // jsdom has no layout: give the grid's scroll area a real height so rows are virtualised.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.classList.contains('bahi-grid-body') ? 680 : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.classList.contains('bahi-grid-body') ? 1200 : 0;
  });
});
afterEach(() => vi.restoreAllMocks());

describe('CustomersScreen', () => {
  it('shows 50,000 customers while rendering only the rows on screen, one page fetched', async () => {
    const transport = fakeTransport({ 'customers.list': ledgerOf(TOTAL) });
    renderWithApi(<CustomersScreen />, transport);
    // The count says … until the first page is in: wait for the figure, not just the element.
    expect(await screen.findByText('50,000 customers', {}, { timeout: 5000 })).toHaveAttribute(
      'data-testid',
      'customer-count',
    );
    const rows = await screen.findAllByTestId('customer-row');
    expect(rows.length).toBeGreaterThan(15);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0]).toHaveTextContent('C00000');
    expect(rows[1]).toHaveTextContent('₹1.00');
    const pages = transport.inputsOf('customers.list');
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ offset: 0, limit: 200, search: '', includeArchived: false });
  });

  it('ignores a slow answer to an older search', async () => {
    const user = userEvent.setup();
    const pending = new Map<
      string,
      (r: Result<{ rows: CustomerSummary[]; total: number }>) => void
    >();
    const transport = fakeTransport({
      'customers.list': (input) =>
        input.search
          ? new Promise((resolve) => pending.set(input.search ?? '', resolve))
          : ledgerOf(0)(input),
    });
    renderWithApi(<CustomersScreen />, transport);
    await screen.findByText('No customers yet');

    const search = screen.getByRole('textbox', { name: 'Search customers' });
    await user.type(search, 'a');
    await waitFor(() => expect(pending.has('a')).toBe(true));
    await user.type(search, 'c');
    await waitFor(() => expect(pending.has('ac')).toBe(true));

    const acme = { ...summary(1), code: 'ACME01', name: 'Acme Engineering' };
    const abc = { ...summary(2), code: 'ABC', name: 'ABC Traders' };
    await act(async () => pending.get('ac')?.(ok({ rows: [acme], total: 1 })));
    await act(async () => pending.get('a')?.(ok({ rows: [abc, acme], total: 2 })));

    expect(screen.getByTestId('customer-count')).toHaveTextContent('1 customer');
    const rows = screen.getAllByTestId('customer-row');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('ACME01');
  });

  it('opens the highlighted customer with Enter from the search box', async () => {
    const user = userEvent.setup();
    const transport = fakeTransport({
      'customers.list': ledgerOf(3),
      'customers.get': ({ id }) =>
        ok(sampleCustomer({ id, code: `C0000${id - 1}`, name: `Customer ${id - 1}` })),
    });
    renderWithApi(<CustomersScreen />, transport);
    await screen.findAllByTestId('customer-row');
    const search = screen.getByRole('textbox', { name: 'Search customers' });
    await user.click(search);
    await user.keyboard('{ArrowDown}');
    await user.keyboard('{ArrowDown}');
    await user.keyboard('{Enter}');
    const drawer = await screen.findByRole('dialog', { name: /C00001/ });
    expect(within(drawer).getByRole('textbox', { name: 'Name' })).toHaveValue('Customer 1');
    expect(transport.inputsOf('customers.get')).toEqual([{ id: 2 }]);
  });

  it('asks for archived customers when the switch is on', async () => {
    const user = userEvent.setup();
    const transport = fakeTransport({ 'customers.list': ledgerOf(2) });
    renderWithApi(<CustomersScreen />, transport);
    await screen.findAllByTestId('customer-row');
    await user.click(screen.getByRole('switch', { name: 'Show archived' }));
    await waitFor(() =>
      expect(transport.inputsOf('customers.list').at(-1)).toMatchObject({ includeArchived: true }),
    );
  });

  it('opens a new customer form with Alt+N', async () => {
    const user = userEvent.setup();
    renderWithApi(<CustomersScreen />, fakeTransport({ 'customers.list': ledgerOf(0) }));
    await screen.findByText('No customers yet');
    await user.keyboard('{Alt>}n{/Alt}');
    expect(await screen.findByRole('dialog', { name: 'New customer' })).toBeVisible();
  });
});
