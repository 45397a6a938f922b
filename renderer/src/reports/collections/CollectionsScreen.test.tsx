import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Output } from '../../../../shared/contract';
import { addDays, type IsoDate } from '../../../../shared/dates';
import type { JobStatus } from '../../../../shared/jobs/contract';
import { fail, fakeTransport, ok, renderWithApi, type FakeHandlers } from '../../test-utils';
import { CollectionsScreen, type CollectionsTabName } from './CollectionsScreen';

const TODAY = '2025-06-18';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const collections = (groupBy: 'day' | 'week' | 'month'): Output<'reports.collections'> => ({
  from: '2025-04-01',
  to: TODAY,
  groupBy,
  byPeriod:
    groupBy === 'month'
      ? [
          {
            period: '2025-05',
            received: 116_000_00,
            tds: 2_000_00,
            total: 118_000_00,
            receipts: 1,
          },
          { period: '2025-06', received: 1_05_000_00, tds: 0, total: 1_05_000_00, receipts: 2 },
        ]
      : [{ period: '2025-06-09', received: 1_00_000_00, tds: 0, total: 1_00_000_00, receipts: 1 }],
  byMode: [
    { mode: 'neft', received: 116_000_00, receipts: 1 },
    { mode: 'upi', received: 1_00_000_00, receipts: 1 },
    { mode: 'cash', received: 5_000_00, receipts: 1 },
  ],
  byCustomer: [
    {
      customerId: 1,
      customerCode: 'PUNE',
      customerName: 'Pune Forge Ltd',
      received: 1_21_000_00,
      tds: 2_000_00,
      total: 1_23_000_00,
      receipts: 2,
    },
    {
      customerId: 2,
      customerCode: 'BLR',
      customerName: 'Bengaluru Castings Ltd',
      received: 1_00_000_00,
      tds: 0,
      total: 1_00_000_00,
      receipts: 1,
    },
  ],
  totals: { received: 2_21_000_00, tds: 2_000_00, total: 2_23_000_00 },
});

const dso = (to: string): Output<'reports.dso'> => ({
  to,
  months: Array.from({ length: 12 }, (_, i) => {
    const m = ((Number(to.slice(5, 7)) - 12 + i + 12) % 12) + 1;
    const y = Number(to.slice(0, 4)) - (m > Number(to.slice(5, 7)) ? 1 : 0);
    return {
      month: `${y}-${String(m).padStart(2, '0')}`,
      sales: i === 11 ? 11_800_00 : 0,
      closingAr: 2_93_840_00,
      simple: i === 11 ? 771.9 : null,
      countback: 45.5 + i,
    };
  }),
});

const forecast: Output<'reports.forecast'> = {
  asOf: TODAY,
  overdue: { amount: 2_87_040_00, invoices: 14 },
  weeks: Array.from({ length: 13 }, (_, i) => ({
    weekStart: addDays('2025-06-16' as IsoDate, i * 7),
    weekEnd: addDays('2025-06-22' as IsoDate, i * 7),
    due: i === 5 ? 11_800_00 : 0,
    dueInvoices: i === 5 ? 1 : 0,
    // The overdue money is expected in the first two weeks, ₹50,000 of it promised.
    expected: i === 0 ? 2_00_000_00 : i === 1 ? 57_040_00 : i === 5 ? 11_800_00 : 0,
    promised: i === 0 ? 50_000_00 : 0,
  })),
  later: { due: 0, expected: 0, promised: 0 },
  disputed: 30_000_00,
};

const schedule = (arControl: number): Output<'reports.arSchedule'> => ({
  from: '2025-06-01',
  to: '2025-06-30',
  rows: [
    {
      customerId: 2,
      customerCode: 'BLR',
      customerName: 'Bengaluru Castings Ltd',
      opening: 2_36_000_00,
      invoiced: 11_800_00,
      creditNotes: 0,
      collected: 1_00_000_00,
      adjustments: 0,
      closing: 1_47_800_00,
    },
    {
      customerId: 1,
      customerCode: 'PUNE',
      customerName: 'Pune Forge Ltd',
      opening: 59_000_00,
      invoiced: 0,
      creditNotes: 0,
      collected: 5_000_00,
      adjustments: 0,
      closing: 54_000_00,
    },
  ],
  totals: {
    opening: 2_95_000_00,
    invoiced: 11_800_00,
    creditNotes: 0,
    collected: 1_05_000_00,
    adjustments: 0,
    closing: 2_01_800_00,
  },
  arControl,
});

const file = (fileName: string) => ok({ fileName, mimeType: XLSX, contentBase64: 'UEsDBA==' });

function handlers(extra: FakeHandlers = {}): FakeHandlers {
  return {
    'company.get': () => ok(null),
    'reports.collections': ({ groupBy }) => ok(collections(groupBy ?? 'month')),
    'reports.dso': ({ to }) => ok(dso(to)),
    'reports.forecast': () => ok(forecast),
    'reports.arSchedule': () => ok(schedule(2_01_800_00)),
    ...extra,
  };
}

let saved: string[];
beforeEach(() => {
  saved = [];
  // jsdom lays nothing out, so recharts finds its container 0 × 0 and says so on every render.
  const warn = console.warn.bind(console);
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes('of chart should be greater than 0')) warn(...args);
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.push(this.download);
  });
  URL.createObjectURL = vi.fn(() => 'blob:xlsx');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => vi.restoreAllMocks());

function open(transport: ReturnType<typeof fakeTransport>, tab?: CollectionsTabName) {
  return renderWithApi(<CollectionsScreen today={TODAY} initialTab={tab} />, transport);
}

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('Collections & DSO screen', () => {
  it('shows collections by month for the year so far, by mode and customer, and sorts by a column', async () => {
    const user = userEvent.setup();
    const transport = fakeTransport(handlers());
    open(transport);
    const rows = await screen.findAllByTestId('collections-period-row');
    expect(transport.inputsOf('reports.collections')[0]).toEqual({
      from: '2025-04-01',
      to: TODAY,
      groupBy: 'month',
    });
    expect(screen.getByRole('textbox', { name: 'From' })).toHaveValue('01-04-2025');
    expect(rows.map(cells)).toEqual([
      ['May 2025', '₹1,16,000.00', '₹2,000.00', '₹1,18,000.00', '1'],
      ['Jun 2025', '₹1,05,000.00', '₹0.00', '₹1,05,000.00', '2'],
    ]);
    expect(cells(screen.getByTestId('collections-by-period-totals'))).toEqual([
      'Total',
      '₹2,21,000.00',
      '₹2,000.00',
      '₹2,23,000.00',
      '3',
    ]);
    expect(screen.getByTestId('collections-total')).toHaveTextContent('₹2,23,000.00');
    const modes = within(screen.getByTestId('collections-by-mode')).getAllByRole('row');
    expect(modes.slice(1).map((r) => cells(r)[0])).toEqual(['NEFT', 'UPI', 'Cash']);

    // A header is a button: Enter sorts largest first, again smallest first.
    const table = screen.getByTestId('collections-by-period');
    const header = within(table).getByRole('button', { name: 'Sort by Total' });
    header.focus();
    await user.keyboard('{Enter}');
    expect(header.closest('th')).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getAllByTestId('collections-period-row').map((r) => cells(r)[0])).toEqual([
      'May 2025',
      'Jun 2025',
    ]);
    await user.keyboard('{Enter}');
    expect(header.closest('th')).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getAllByTestId('collections-period-row').map((r) => cells(r)[0])).toEqual([
      'Jun 2025',
      'May 2025',
    ]);

    // By week: the ledger is asked again and each week is named by its Monday.
    await user.click(screen.getByRole('radio', { name: 'Week' }));
    await waitFor(() =>
      expect(screen.getAllByTestId('collections-period-row').map((r) => cells(r)[0])).toEqual([
        'Week of 09-06-2025',
      ]),
    );
    expect(transport.inputsOf('reports.collections').at(-1)).toMatchObject({ groupBy: 'week' });
  });

  it('exports what is on screen to Excel, and shows a refused date under that date', async () => {
    const user = userEvent.setup();
    const transport = fakeTransport(
      handlers({
        'reports.exportCollections': ({ from, to }) => file(`collections-${from}-to-${to}.xlsx`),
      }),
    );
    open(transport);
    await screen.findAllByTestId('collections-period-row');
    const to = screen.getByRole('textbox', { name: 'To' });
    await user.clear(to);
    await user.type(to, '31-03-2025');
    expect(to).toHaveAccessibleDescription('The period must end on or after the day it starts');
    expect(screen.getByRole('button', { name: 'Export to Excel' })).toBeDisabled();
    await user.clear(to);
    await user.type(to, '31-05-2025');
    // Ctrl+S in the inputs exports, as it saves on every other screen.
    await user.keyboard('{Control>}s{/Control}');
    expect(
      await screen.findByText('Exported collections-2025-04-01-to-2025-05-31.xlsx'),
    ).toBeVisible();
    expect(transport.inputsOf('reports.exportCollections')).toEqual([
      { from: '2025-04-01', to: '2025-05-31', groupBy: 'month' },
    ]);
    expect(saved).toEqual(['collections-2025-04-01-to-2025-05-31.xlsx']);
  });

  it('shows the ledger’s refusal of a date under that date', async () => {
    const transport = fakeTransport(
      handlers({
        'reports.collections': () =>
          fail({ code: 'VALIDATION', message: 'From date must be a real date', field: 'from' }),
      }),
    );
    open(transport);
    const from = await screen.findByRole('textbox', { name: 'From' });
    await waitFor(() => expect(from).toHaveAccessibleDescription('From date must be a real date'));
    expect(screen.getByText('Collections could not be loaded')).toBeVisible();
  });

  it('shows twelve months of DSO to the chosen month, and exports them', async () => {
    const user = userEvent.setup();
    const transport = fakeTransport(
      handlers({
        'reports.exportDso': ({ to }) => file(`dso-12-months-to-${to.slice(0, 7)}.xlsx`),
      }),
    );
    open(transport, 'dso');
    let rows = await screen.findAllByTestId('dso-row');
    expect(rows).toHaveLength(12);
    expect(transport.inputsOf('reports.dso')[0]).toEqual({ to: '2025-06-30', months: 12 });
    expect(cells(rows[0]!)[0]).toBe('Jul 2024');
    expect(cells(rows[11]!)).toEqual(['Jun 2025', '₹11,800.00', '₹2,93,840.00', '771.9', '56.5']);
    expect(cells(rows[0]!)[3]).toBe('—');
    expect(screen.getByTestId('dso-countback')).toHaveTextContent('56.5 days');

    const month = screen.getByRole('combobox', { name: 'Up to month' });
    await user.click(month);
    await user.clear(month);
    await user.type(month, 'Mar 2025{Enter}');
    await waitFor(() =>
      expect(transport.inputsOf('reports.dso').at(-1)).toEqual({ to: '2025-03-31', months: 12 }),
    );
    rows = await screen.findAllByTestId('dso-row');
    await waitFor(() => expect(cells(screen.getAllByTestId('dso-row')[11]!)[0]).toBe('Mar 2025'));
    await user.click(screen.getByRole('button', { name: 'Export to Excel' }));
    expect(await screen.findByText('Exported dso-12-months-to-2025-03.xlsx')).toBeVisible();
  });

  it('forecasts thirteen weeks, due beside expected, with the overdue line first and later last', async () => {
    const transport = fakeTransport(handlers());
    open(transport, 'forecast');
    const rows = await screen.findAllByTestId('forecast-row');
    expect(transport.inputsOf('reports.forecast')[0]).toEqual({ asOf: TODAY, weeks: 13 });
    expect(rows).toHaveLength(15);
    expect(cells(rows[0]!)).toEqual([
      'Overdue',
      'due before 18-06-2025',
      '₹2,87,040.00',
      '14',
      '—',
      '—',
    ]);
    expect(cells(rows[1]!)).toEqual([
      'Week 1',
      '16-06-2025 to 22-06-2025',
      '₹0.00',
      '0',
      '₹2,00,000.00',
      '₹50,000.00',
    ]);
    expect(cells(rows[14]!)[0]).toBe('Later');
    // Expected ₹2,68,840 + ₹30,000 in dispute = ₹2,98,840 due.
    expect(cells(screen.getByTestId('forecast-table-totals'))).toEqual([
      'Total',
      '',
      '₹2,98,840.00',
      '15',
      '₹2,68,840.00',
      '₹50,000.00',
    ]);
    expect(screen.getByTestId('forecast-disputed')).toHaveTextContent('₹30,000.00');
  });

  it('sets the AR schedule’s closing total beside the books’ AR control', async () => {
    const transport = fakeTransport(handlers());
    open(transport, 'schedule');
    const rows = await screen.findAllByTestId('schedule-row');
    expect(transport.inputsOf('reports.arSchedule')[0]).toEqual({
      from: '2025-06-01',
      to: '2025-06-30',
    });
    expect(cells(rows[0]!)).toEqual([
      'Bengaluru Castings LtdBLR',
      '₹2,36,000.00',
      '₹11,800.00',
      '₹0.00',
      '₹1,00,000.00',
      '₹0.00',
      '₹1,47,800.00',
    ]);
    expect(screen.getByTestId('schedule-closing-total')).toHaveTextContent('₹2,01,800.00');
    expect(screen.getByTestId('schedule-ar-control')).toHaveTextContent('₹2,01,800.00');
    expect(screen.getByTestId('schedule-agrees')).toHaveTextContent('Agrees with the books');
  });

  it('says when the schedule does not agree with the books', async () => {
    const transport = fakeTransport(
      handlers({ 'reports.arSchedule': () => ok(schedule(2_00_000_00)) }),
    );
    open(transport, 'schedule');
    expect(await screen.findByTestId('schedule-differs')).toHaveTextContent(
      'Differs from the books by ₹1,800.00',
    );
  });
});

describe('management pack', () => {
  const status = (over: Partial<JobStatus>): JobStatus => ({
    jobId: 'job-1',
    kind: 'management-pack',
    state: 'running',
    done: 0,
    total: 5,
    message: 'Summary (sheet 1 of 5)',
    output: null,
    ...over,
  });

  it('runs as a job with a progress bar, then downloads the workbook', async () => {
    const user = userEvent.setup();
    const answers = [
      status({ done: 2, message: 'Collections (sheet 3 of 5)' }),
      status({
        state: 'done',
        done: 5,
        message: 'Done',
        output: {
          fileName: 'management-pack-2025-06-18.xlsx',
          path: '/x',
          kind: 'file',
          files: 1,
        },
      }),
    ];
    const transport = fakeTransport(
      handlers({
        'reports.startManagementPack': () => ok({ jobId: 'job-1' }),
        'jobs.status': () => ok(answers.length > 1 ? answers.shift()! : answers[0]!),
        'jobs.download': () => file('management-pack-2025-06-18.xlsx'),
      }),
    );
    open(transport);
    expect(screen.getByRole('textbox', { name: 'Pack as of' })).toHaveValue('18-06-2025');
    await user.click(screen.getByRole('button', { name: 'Management pack' }));
    expect(transport.inputsOf('reports.startManagementPack')).toEqual([{ asOf: TODAY }]);
    const bar = screen.getByRole('progressbar', { name: 'Management pack progress' });
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '40'));
    expect(screen.getByTestId('pack-message')).toHaveTextContent('Collections (sheet 3 of 5)');
    expect(
      await screen.findByText('Downloaded management-pack-2025-06-18.xlsx', {}, { timeout: 3000 }),
    ).toBeVisible();
    expect(bar).toHaveAttribute('aria-valuenow', '100');
    expect(saved).toEqual(['management-pack-2025-06-18.xlsx']);
    expect(transport.inputsOf('jobs.download')).toEqual([{ jobId: 'job-1' }]);
  });

  it('cancels a running pack', async () => {
    const user = userEvent.setup();
    const transport = fakeTransport(
      handlers({
        'reports.startManagementPack': () => ok({ jobId: 'job-1' }),
        'jobs.status': () => ok(status({ done: 1 })),
        'jobs.cancel': () =>
          ok(status({ state: 'cancelled', done: 1, message: 'Cancelled; nothing was kept' })),
      }),
    );
    open(transport);
    await user.click(screen.getByRole('button', { name: 'Management pack' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Cancelled; nothing was kept')).toBeVisible();
    expect(transport.inputsOf('jobs.cancel')).toEqual([{ jobId: 'job-1' }]);
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    expect(saved).toEqual([]);
  });

  it('shows a refused as-of date under it', async () => {
    const user = userEvent.setup();
    const transport = fakeTransport(
      handlers({
        'reports.startManagementPack': () =>
          fail({ code: 'NO_COMPANY', message: 'Set up the company first', field: 'asOf' }),
      }),
    );
    open(transport);
    const asOf = screen.getByRole('textbox', { name: 'Pack as of' });
    await user.click(asOf);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(asOf).toHaveAccessibleDescription('Set up the company first'));
  });
});
