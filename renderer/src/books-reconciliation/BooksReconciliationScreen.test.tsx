import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type {
  ComparisonReport,
  ControlReport,
} from '../../../shared/books-reconciliation/contract';
import { fakeTransport, ok, oneCustomer, renderWithApi } from '../test-utils';
import { BooksReconciliationScreen } from './BooksReconciliationScreen';

const balanced: ControlReport = {
  asOf: '2025-06-30',
  arControl: 17_700_00,
  subLedger: 17_700_00,
  difference: 0,
  balanced: true,
  customerCount: 2,
  documentsChecked: false,
  trace: { customers: [], unassigned: [], documents: [], openBalances: [] },
};

const tampered: ControlReport = {
  ...balanced,
  subLedger: 17_200_00,
  difference: 500_00,
  balanced: false,
  documentsChecked: true,
  trace: {
    customers: [
      {
        customerId: 1,
        customerCode: 'PUNE',
        customerName: 'PUNE Ltd',
        journal: 11_800_00,
        subLedger: 11_300_00,
        difference: 500_00,
      },
    ],
    unassigned: [],
    documents: [],
    openBalances: [
      {
        documentId: 4,
        kind: 'invoice',
        number: 'INV/25-26/0001',
        customerId: 1,
        customerCode: 'PUNE',
        customerName: 'PUNE Ltd',
        total: 11_800_00,
        openBalance: 11_300_00,
        difference: 500_00,
      },
    ],
  },
};

const comparison: ComparisonReport = {
  source: 'tally',
  asOf: '2025-06-30',
  rows: [
    {
      status: 'different',
      customerId: 2,
      customerCode: 'BLR',
      customerName: 'BLR Ltd',
      partyName: 'BLR Limited',
      matchedBy: 'normalised',
      ours: 5_900_00,
      theirs: 5_000_00,
      difference: 900_00,
    },
    {
      status: 'equal',
      customerId: 1,
      customerCode: 'PUNE',
      customerName: 'PUNE Ltd',
      partyName: 'PUNE Ltd',
      matchedBy: 'name',
      ours: 11_800_00,
      theirs: 11_800_00,
      difference: 0,
    },
  ],
  counts: { equal: 1, different: 1, only_external: 0, only_bahi: 0 },
  totals: { ours: 17_700_00, theirs: 16_800_00, difference: 900_00 },
  updatedAt: null,
};

describe('BooksReconciliationScreen', () => {
  it('shows the control equal in green, and the Tally comparison with its counts', async () => {
    const user = userEvent.setup();
    const transport = fakeTransport({
      'booksReconciliation.control': () => ok(balanced),
      'booksReconciliation.compare': () => ok(comparison),
    });
    renderWithApi(<BooksReconciliationScreen />, transport);
    const result = await screen.findByTestId('control-result');
    expect(result).toHaveTextContent('The AR control account equals the customer balances');
    expect(result).toHaveTextContent('₹17,700.00 Dr');
    expect(screen.queryAllByTestId('trace-row')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Check every document' }));
    await waitFor(() =>
      expect(transport.inputsOf('booksReconciliation.control').at(-1)).toMatchObject({
        deep: true,
      }),
    );

    await user.click(screen.getByRole('tab', { name: 'Tally comparison' }));
    const rows = await screen.findAllByTestId('comparison-row');
    expect(rows[0]).toHaveTextContent('Different');
    expect(rows[0]).toHaveTextContent('₹900.00');
    expect(screen.getByTestId('count-different')).toHaveTextContent('Different: 1');
    await user.click(screen.getByLabelText('Differences only'));
    expect(screen.getAllByTestId('comparison-row')).toHaveLength(1);
  });

  it('traces a difference to the customer and the document', async () => {
    renderWithApi(
      <BooksReconciliationScreen />,
      fakeTransport({
        'booksReconciliation.control': () => ok(tampered),
        'booksReconciliation.compare': () => ok({ ...comparison, rows: [] }),
      }),
    );
    const result = await screen.findByTestId('control-result');
    expect(result).toHaveTextContent('differs from the customer balances by ₹500.00');
    const customers = screen.getByRole('table', { name: 'Customers with a difference' });
    expect(within(customers).getByText('PUNE Ltd')).toBeInTheDocument();
    const drift = screen.getByRole('table', { name: 'Documents with a drifted open balance' });
    expect(drift).toHaveTextContent('INV/25-26/0001');
  });

  it('saves a balance entered by hand as Cr, and reads the comparison again', async () => {
    const user = userEvent.setup();
    const transport = fakeTransport({
      'booksReconciliation.control': () => ok(balanced),
      'booksReconciliation.compare': () => ok(comparison),
      'customers.list': () => ok(oneCustomer(2, 'BLR', 'BLR Ltd', '29')),
      'booksReconciliation.setBalance': () => ok(comparison.rows[0]!),
    });
    renderWithApi(<BooksReconciliationScreen />, transport);
    await user.click(await screen.findByRole('tab', { name: 'Tally comparison' }));
    await user.type(await screen.findByLabelText('Customer'), 'BLR');
    await user.click(await screen.findByRole('option', { name: /BLR Ltd/ }));
    await user.type(screen.getByLabelText('Balance per Tally'), '5,000');
    await user.click(screen.getByText('Cr'));
    await user.click(screen.getByRole('button', { name: 'Save balance' }));
    await waitFor(() =>
      expect(transport.inputsOf('booksReconciliation.setBalance')).toEqual([
        { asOf: expect.any(String), customerId: 2, balance: -5_000_00 },
      ]),
    );
    await waitFor(() => expect(transport.inputsOf('booksReconciliation.compare')).toHaveLength(2));
  });

  it('assigns a Tally party that matched nobody to a customer, with its balance', async () => {
    const user = userEvent.setup();
    const unknown = {
      status: 'only_external' as const,
      customerId: null,
      customerCode: null,
      customerName: null,
      partyName: 'Konkan Stores',
      matchedBy: null,
      ours: null,
      theirs: -1_234_50,
      difference: null,
    };
    const transport = fakeTransport({
      'booksReconciliation.control': () => ok(balanced),
      'booksReconciliation.compare': () => ok({ ...comparison, rows: [unknown] }),
      'customers.list': () => ok(oneCustomer(5, 'KONKAN', 'Konkan Traders', '27')),
      'booksReconciliation.setBalance': () => ok(unknown),
    });
    renderWithApi(<BooksReconciliationScreen />, transport);
    await user.click(await screen.findByRole('tab', { name: 'Tally comparison' }));
    await user.click(await screen.findByRole('button', { name: 'Assign…' }));
    expect(screen.getByTestId('assigning-party')).toHaveTextContent('Konkan Stores');
    expect(screen.getByLabelText('Balance per Tally')).toHaveValue('1,234.50');
    await user.type(screen.getByLabelText('Customer'), 'KONKAN');
    await user.click(await screen.findByRole('option', { name: /Konkan Traders/ }));
    await user.click(screen.getByRole('button', { name: 'Save balance' }));
    await waitFor(() =>
      expect(transport.inputsOf('booksReconciliation.setBalance')).toEqual([
        { asOf: expect.any(String), customerId: 5, balance: -1_234_50, partyName: 'Konkan Stores' },
      ]),
    );
  });
});
