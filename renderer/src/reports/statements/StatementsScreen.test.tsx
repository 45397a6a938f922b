import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { financialYearOf, todayIso } from '../../../../shared/dates';
import { TestScreen as AccountsScreen } from '../../customer-accounts/TestScreen';
import { sampleLedger } from '../../customer-accounts/testData';
import {
  fail,
  fakeTransport,
  ok,
  renderWithApi,
  sampleCustomer,
  type FakeHandlers,
} from '../../test-utils';
import { OpenStatement, type StatementRoute } from './navigation';
import { StatementsScreen } from './StatementsScreen';
import { job, sampleStatement } from './testData';

const fy = financialYearOf(todayIso(), 4);

function Screen({
  start,
  desktop = false,
}: {
  start?: Partial<StatementRoute>;
  desktop?: boolean;
}) {
  const [route, setRoute] = useState<StatementRoute>({
    customerId: null,
    from: null,
    to: null,
    ...start,
  });
  return <StatementsScreen route={route} onRoute={setRoute} desktop={desktop} />;
}

const pdf = {
  fileName: 'PUNE - statement.pdf',
  mimeType: 'application/pdf',
  contentBase64: 'JVBE',
};
const xlsx = {
  fileName: 'PUNE - statement.xlsx',
  mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  contentBase64: 'UEsDBA==',
};

let saved: string[] = [];
beforeEach(() => {
  saved = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.push(this.download);
  });
  URL.createObjectURL = vi.fn(() => 'blob:file');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => vi.restoreAllMocks());

function render(handlers: FakeHandlers, start?: Partial<StatementRoute>, desktop = false) {
  const transport = fakeTransport({
    'reports.statement': ({ from, to }) => ok(sampleStatement({ from, to })),
    'customers.list': () =>
      ok({
        rows: [sampleCustomer({ id: 7, code: 'PUNE', name: 'Pune Engineering Pvt Ltd' })],
        total: 1,
      }),
    'reports.bulkStatementsScope': ({ to }) =>
      ok({ to, withBalance: 3, groups: [{ group: 'Dealers', customers: 2 }] }),
    ...handlers,
  });
  renderWithApi(<Screen start={start} desktop={desktop} />, transport);
  return { transport, user: userEvent.setup() };
}

describe('statement of account on screen', () => {
  it('picks a customer by typing, shows this financial year’s statement, and saves the PDF and Excel', async () => {
    const { transport, user } = render({
      'reports.printStatement': () => ok(pdf),
      'reports.exportStatement': () => ok(xlsx),
    });
    expect(screen.getByTestId('statement-empty')).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'From' })).toHaveValue(
      fy.start.split('-').reverse().join('-'),
    );
    await user.type(screen.getByRole('combobox', { name: 'Customer' }), 'pune');
    await user.click(await screen.findByRole('option', { name: /Pune Engineering/ }));
    expect(await screen.findByTestId('statement-closing')).toHaveTextContent('₹53,100.00 Dr');
    expect(transport.inputsOf('reports.statement')[0]).toEqual({
      customerId: 7,
      from: fy.start,
      to: fy.end,
    });
    expect(screen.getByTestId('statement-opening')).toHaveTextContent('₹1,18,000.00 Dr');
    expect(screen.getByTestId('fact-opening')).toHaveTextContent('₹1,18,000.00 Dr');
    expect(screen.getByTestId('fact-closing')).toHaveTextContent('₹53,100.00 Dr');
    const rows = screen.getAllByTestId('statement-row');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('INV/25-26/0001');
    expect(rows[0]).toHaveTextContent('10-05-2025');
    expect(rows[1]).toHaveTextContent('Payment received by NEFT HDFCN5 (incl. TDS deducted)');
    expect(screen.getAllByTestId('statement-balance').map((b) => b.textContent)).toEqual([
      '₹1,77,000.00 Dr',
      '₹59,000.00 Dr',
      '₹53,100.00 Dr',
    ]);
    expect(screen.getByTestId('statement-total-credit')).toHaveTextContent('₹1,23,900.00');
    expect(screen.getByTestId('ageing-31–60')).toHaveTextContent('₹53,100.00');
    expect(screen.getByTestId('ageing-Total')).toHaveTextContent('₹53,100.00 Dr');

    await user.click(screen.getByRole('button', { name: 'Print / Save PDF' }));
    expect(await screen.findByText(`Saved ${pdf.fileName}`)).toBeVisible();
    expect(transport.inputsOf('reports.printStatement')).toEqual([
      { customerId: 7, from: fy.start, to: fy.end, format: 'pdf' },
    ]);
    await user.click(screen.getByRole('button', { name: 'Excel' }));
    expect(await screen.findByText(`Exported ${xlsx.fileName}`)).toBeVisible();
    expect(transport.inputsOf('reports.exportStatement')).toEqual([
      { customerId: 7, from: fy.start, to: fy.end },
    ]);
    expect(saved).toEqual([pdf.fileName, xlsx.fileName]);
    // The browser has no printer of ours: no Print… menu.
    expect(screen.queryByRole('button', { name: 'More print options' })).toBeNull();
  });

  it('opens on the customer and period it was sent, takes a typed period, and Ctrl+P saves the PDF', async () => {
    const { transport, user } = render(
      { 'reports.printStatement': () => ok(pdf) },
      { customerId: 7, from: '2025-04-01', to: '2025-06-30' },
    );
    expect(await screen.findByTestId('statement-closing')).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Customer' })).toHaveValue(
      'PUNE · Pune Engineering Pvt Ltd',
    );
    const from = screen.getByRole('textbox', { name: 'From' });
    const to = screen.getByRole('textbox', { name: 'To' });
    expect(from).toHaveValue('01-04-2025');
    await user.clear(from);
    await user.type(from, '1/5/25{Enter}');
    expect(to).toHaveFocus();
    await user.clear(to);
    await user.type(to, '30-04-2025{Enter}');
    expect(to).toHaveAccessibleDescription('The period ends before it starts');
    await user.clear(to);
    await user.type(to, '31-05-2025{Enter}');
    await waitFor(() =>
      expect(transport.inputsOf('reports.statement').at(-1)).toEqual({
        customerId: 7,
        from: '2025-05-01',
        to: '2025-05-31',
      }),
    );
    await user.keyboard('{Control>}p{/Control}');
    await waitFor(() =>
      expect(transport.inputsOf('reports.printStatement')).toEqual([
        { customerId: 7, from: '2025-05-01', to: '2025-05-31', format: 'pdf' },
      ]),
    );
  });

  it('shows the ledger’s refusal on the field it names, and prints from the desktop app', async () => {
    const { transport } = render(
      {
        'reports.statement': () =>
          fail({ code: 'VALIDATION', message: 'To date must be a real date', field: 'to' }),
      },
      { customerId: 7 },
      true,
    );
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'To' })).toHaveAccessibleDescription(
        'To date must be a real date',
      ),
    );
    expect(screen.getByRole('button', { name: 'Print / Save PDF' })).toBeDisabled();
    expect(transport.calls.some((c) => c.channel === 'reports.printStatement')).toBe(false);
  });

  it('sends the statement to the printer in the desktop app', async () => {
    const { transport, user } = render(
      { 'reports.printStatementDialog': () => ok({ printed: true }) },
      { customerId: 7, from: '2025-04-01', to: '2025-06-30' },
      true,
    );
    await screen.findByTestId('statement-closing');
    await user.click(screen.getByRole('button', { name: 'More print options' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Print…' }));
    await waitFor(() =>
      expect(transport.inputsOf('reports.printStatementDialog')).toEqual([
        { customerId: 7, from: '2025-04-01', to: '2025-06-30' },
      ]),
    );
  });
});

describe('bulk statements', () => {
  it('runs for customers with a balance with a progress bar, and downloads the zip', async () => {
    let polls = 0;
    const { transport, user } = render({
      'reports.startBulkStatements': () => ok({ jobId: 'job-1' }),
      'jobs.status': () => {
        polls++;
        return ok(
          polls < 2
            ? job({ done: 1, message: '1 of 3' })
            : job({
                state: 'done',
                done: 3,
                message: 'Done',
                output: { fileName: 'Statements 2025-26', path: '/x', kind: 'folder', files: 3 },
              }),
        );
      },
      'jobs.download': () =>
        ok({
          fileName: 'Statements 2025-26.zip',
          mimeType: 'application/zip',
          contentBase64: 'UEs=',
        }),
    });
    await user.click(screen.getByRole('tab', { name: 'Bulk statements' }));
    const bulk = screen.getByTestId('bulk-statements');
    expect(
      await within(bulk).findByRole('radio', { name: /Customers with a balance on .* \(3\)/ }),
    ).toBeChecked();
    await user.click(within(bulk).getByRole('button', { name: 'Make statements' }));
    expect(transport.inputsOf('reports.startBulkStatements')).toEqual([
      { from: fy.start, to: fy.end, scope: 'withBalance' },
    ]);
    expect(await screen.findByText('Writing statements: 1 of 3')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeVisible();
    expect(await screen.findByTestId('bulk-done', {}, { timeout: 3000 })).toHaveTextContent(
      '3 statements written to “Statements 2025-26”',
    );
    expect(screen.getByTestId('bulk-progress-text')).toHaveTextContent('3 of 3');
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Download zip' }));
    expect(await screen.findByText('Saved Statements 2025-26.zip')).toBeVisible();
    expect(saved).toEqual(['Statements 2025-26.zip']);
  });

  it('cancels a running job, and says nothing was kept', async () => {
    const { transport, user } = render({
      'reports.startBulkStatements': () => ok({ jobId: 'job-1' }),
      'jobs.status': () => ok(job({ done: 1, message: '1 of 3' })),
      'jobs.cancel': () =>
        ok(job({ state: 'cancelled', done: 1, message: 'Cancelled; nothing was kept' })),
    });
    await user.click(screen.getByRole('tab', { name: 'Bulk statements' }));
    await user.click(screen.getByRole('button', { name: 'Make statements' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(await screen.findByTestId('bulk-ended')).toHaveTextContent(
      'Cancelled; nothing was kept',
    );
    expect(transport.inputsOf('jobs.cancel')).toEqual([{ jobId: 'job-1' }]);
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });

  it('asks for the group on the group field, and opens the folder in the desktop app', async () => {
    const { transport, user } = render(
      {
        'reports.startBulkStatements': ({ scope, group }) =>
          scope === 'group' && !group
            ? fail({ code: 'VALIDATION', message: 'Choose the customer group', field: 'group' })
            : ok({ jobId: 'job-2' }),
        'jobs.status': () =>
          ok(
            job({
              jobId: 'job-2',
              state: 'done',
              done: 2,
              total: 2,
              output: { fileName: 'Statements', path: '/x', kind: 'folder', files: 2 },
            }),
          ),
        'jobs.open': () => ok({ opened: true }),
      },
      undefined,
      true,
    );
    await user.click(screen.getByRole('tab', { name: 'Bulk statements' }));
    await user.click(screen.getByRole('radio', { name: 'A customer group' }));
    await user.click(screen.getByRole('button', { name: 'Make statements' }));
    const group = screen.getByRole('combobox', { name: 'Customer group' });
    await waitFor(() => expect(group).toHaveAccessibleDescription('Choose the customer group'));
    await user.click(group);
    await user.click(await screen.findByRole('option', { name: 'Dealers (2)' }));
    await user.click(screen.getByRole('button', { name: 'Make statements' }));
    expect(transport.inputsOf('reports.startBulkStatements').at(-1)).toEqual({
      from: fy.start,
      to: fy.end,
      scope: 'group',
      group: 'Dealers',
    });
    await user.click(await screen.findByRole('button', { name: 'Open folder' }, { timeout: 3000 }));
    expect(transport.inputsOf('jobs.open')).toEqual([{ jobId: 'job-2' }]);
  });
});

describe('from a customer’s account', () => {
  it('opens the statement for the customer and period shown', async () => {
    const open = vi.fn();
    const transport = fakeTransport({ 'receipts.customerLedger': () => ok(sampleLedger()) });
    renderWithApi(
      <OpenStatement.Provider value={open}>
        <AccountsScreen customerId={1} />
      </OpenStatement.Provider>,
      transport,
    );
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Statement' }));
    expect(open).toHaveBeenCalledWith({ customerId: 1, from: fy.start, to: fy.end });
  });
});
