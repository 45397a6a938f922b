import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { financialYearOf, todayIso } from '../../../shared/dates';
import {
  captureDownloads,
  fail,
  fakeTransport,
  ok,
  oneCustomer,
  renderWithApi,
  type FakeHandlers,
} from '../test-utils';
import type { Comparison } from './ComparisonTables';
import { CustomerReconciliationScreen } from './CustomerReconciliationScreen';

const ours = (number: string, date: string, debit: number, credit: number) => ({
  date,
  number,
  kind: debit > 0 ? 'invoice' : 'receipt',
  particulars: debit > 0 ? 'Invoice' : 'Payment received by NEFT',
  debit,
  credit,
});
const theirs = (line: number, reference: string, date: string, debit: number, credit: number) => ({
  line,
  date,
  particulars: debit > 0 ? 'Purchase' : 'Payment',
  voucherType: debit > 0 ? 'Purchase' : 'Payment',
  reference,
  debit,
  credit,
});

// Ours: 11,800 + 5,900 − 10,000 = 7,700 Dr. Theirs: 11,000 + 2,000 (a debit note of theirs we
// never raised) − 10,000 = 3,000 Dr. 4,700 = 5,900 only ours + 800 on the first invoice − 2,000.
const comparison: Comparison = {
  matched: [
    {
      ours: ours('INV/25-26/0001', '2025-06-01', 11_800_00, 0),
      theirs: theirs(6, 'INV/25-26/0001', '2025-06-01', 11_000_00, 0),
      basis: 'document',
      difference: 800_00,
    },
    {
      ours: ours('RCT/25-26/0001', '2025-07-01', 0, 10_000_00),
      theirs: theirs(8, 'UTR123', '2025-07-02', 0, 10_000_00),
      basis: 'amount-date',
      difference: 0,
    },
  ],
  onlyOurs: [ours('INV/25-26/0002', '2025-06-20', 5_900_00, 0)],
  onlyTheirs: [theirs(7, 'DN-14', '2025-06-25', 2_000_00, 0)],
  ourOpening: 0,
  theirOpening: 0,
  ourClosing: 7_700_00,
  theirClosing: 3_000_00,
  summary: {
    difference: 4_700_00,
    openingDifference: 0,
    onlyOurs: 5_900_00,
    onlyTheirs: 2_000_00,
    amountDifferences: 800_00,
    tds: 0,
  },
};

const pune = oneCustomer(4, 'PUNE', 'Pune Engineering Pvt Ltd', '27');

const pdf = { fileName: 'letter.pdf', mimeType: 'application/pdf', contentBase64: btoa('%PDF') };
const xlsx = { fileName: 'rec.xlsx', mimeType: 'application/xlsx', contentBase64: btoa('PK') };
const csv = (text: string, name = 'pune.csv') => new File([text], name, { type: 'text/csv' });
const fy = financialYearOf(todayIso());

const downloads = captureDownloads();

async function withCustomer(handlers: FakeHandlers) {
  const user = userEvent.setup();
  const transport = fakeTransport({ 'customers.list': () => ok(pune), ...handlers });
  renderWithApi(<CustomerReconciliationScreen />, transport);
  expect(screen.getByRole('button', { name: /Import their ledger/ })).toBeDisabled();
  await user.type(screen.getByLabelText('Customer'), 'PUNE');
  await user.click(await screen.findByRole('option', { name: /Pune Engineering/ }));
  return { user, transport };
}

describe('CustomerReconciliationScreen', () => {
  it('imports their ledger and shows what only one side has, the differences and both closings', async () => {
    const { user, transport } = await withCustomer({
      'customerReconciliation.compare': () => ok(comparison),
      'customerReconciliation.exportExcel': () => ok(xlsx),
    });
    await user.upload(screen.getByLabelText("Customer's ledger file"), csv('Date,Debit\n'));

    expect(await screen.findByTestId('difference')).toHaveTextContent('₹4,700.00');
    expect(transport.inputsOf('customerReconciliation.compare')).toEqual([
      {
        customerId: 4,
        from: fy.start,
        to: todayIso(),
        fileName: 'pune.csv',
        contentBase64: btoa('Date,Debit\n'),
      },
    ]);
    expect(screen.getByTestId('our-closing')).toHaveTextContent('₹7,700.00 Dr');
    expect(screen.getByTestId('their-closing')).toHaveTextContent('₹3,000.00 Dr');
    expect(screen.getByTestId('explained-only-ours')).toHaveTextContent('₹5,900.00');
    expect(screen.getByTestId('explained-only-theirs')).toHaveTextContent('-₹2,000.00');
    expect(screen.getByTestId('explained-amounts')).toHaveTextContent('₹800.00');

    const onlyOurs = screen.getAllByTestId('only-ours-row');
    expect(onlyOurs).toHaveLength(1);
    expect(onlyOurs[0]).toHaveTextContent('INV/25-26/0002');
    expect(onlyOurs[0]).toHaveTextContent('₹5,900.00');
    const onlyTheirs = screen.getAllByTestId('only-theirs-row');
    expect(onlyTheirs[0]).toHaveTextContent('DN-14');
    expect(onlyTheirs[0]).toHaveTextContent('₹2,000.00');

    const matched = screen.getAllByTestId('matched-row');
    expect(matched).toHaveLength(2);
    expect(matched[0]).toHaveTextContent('Document no.');
    expect(matched[0]).toHaveTextContent('₹11,800.00 Dr');
    expect(matched[0]).toHaveTextContent('₹11,000.00 Dr');
    expect(matched[0]).toHaveTextContent('₹800.00');
    await user.click(screen.getByLabelText('Only those that differ (1)'));
    expect(screen.getAllByTestId('matched-row')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Export to Excel' }));
    await waitFor(() => expect(downloads).toEqual(['rec.xlsx']));
    expect(transport.inputsOf('customerReconciliation.exportExcel')).toEqual(
      transport.inputsOf('customerReconciliation.compare'),
    );
  });

  it('makes the balance confirmation letter for the period, as of its last day (Ctrl+P too)', async () => {
    const { user, transport } = await withCustomer({
      'customerReconciliation.confirmationLetter': () => ok(pdf),
    });
    const days = screen.getByLabelText('Reply within (days)');
    await user.clear(days);
    await user.type(days, '21');
    await user.click(screen.getByRole('button', { name: 'Balance confirmation letter' }));
    await waitFor(() => expect(downloads).toEqual(['letter.pdf']));
    expect(await screen.findByText('Saved letter.pdf')).toBeVisible();
    await user.keyboard('{Control>}p{/Control}');
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(transport.inputsOf('customerReconciliation.confirmationLetter')).toEqual([
      { customerId: 4, from: fy.start, asOf: todayIso(), replyDays: 21, format: 'pdf' },
      { customerId: 4, from: fy.start, asOf: todayIso(), replyDays: 21, format: 'pdf' },
    ]);
  });

  it('tells a refused file with its line, and keeps the comparison it had', async () => {
    let calls = 0;
    const { user } = await withCustomer({
      'customerReconciliation.compare': () =>
        ++calls === 1
          ? ok(comparison)
          : fail({
              code: 'IMPORT_INVALID',
              message:
                'line 2, Date: 31/02/2025 is not a date; correct the file and import it again',
              field: 'file',
            }),
    });
    const input = screen.getByLabelText("Customer's ledger file");
    await user.upload(input, csv('good'));
    expect(await screen.findByTestId('difference')).toHaveTextContent('₹4,700.00');
    await user.upload(input, csv('bad', 'bad.csv'));
    const alert = await screen.findByTestId('compare-error');
    expect(alert).toHaveTextContent('bad.csv was not read; nothing has changed');
    expect(alert).toHaveTextContent('line 2, Date: 31/02/2025 is not a date');
    expect(alert).not.toHaveTextContent(/at .*\.ts/);
    expect(screen.getByTestId('their-file')).toHaveTextContent('pune.csv');
    expect(screen.getByTestId('difference')).toHaveTextContent('₹4,700.00');
    expect(
      within(screen.getByRole('table', { name: 'Only in our books' })).getByText('INV/25-26/0002'),
    ).toBeVisible();
  });

  it('opens on the customer and period of the account it was reached from', async () => {
    renderWithApi(
      <CustomerReconciliationScreen
        start={{
          customerId: 4,
          label: 'PUNE · Pune Engineering Pvt Ltd',
          from: '2025-04-01',
          to: '2025-09-30',
        }}
      />,
      fakeTransport({}),
    );
    expect(screen.getByLabelText('Customer')).toHaveValue('PUNE · Pune Engineering Pvt Ltd');
    expect(screen.getByLabelText('From')).toHaveValue('01-04-2025');
    expect(screen.getByLabelText('To')).toHaveValue('30-09-2025');
    expect(screen.getByRole('button', { name: /Import their ledger/ })).toBeEnabled();
  });
});
