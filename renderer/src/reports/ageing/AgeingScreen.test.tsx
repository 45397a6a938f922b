import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDateIndian, todayIso } from '../../../../shared/dates';
import type { JobStatus } from '../../../../shared/jobs/contract';
import { bucketsOf } from '../../../../shared/reports/ageing';
import type {
  AgeingCustomerRow,
  AgeingDocumentRow,
  AgeingQueryInput,
  AgeingReport,
} from '../../../../shared/reports/contract';
import { fail, fakeTransport, ok, renderWithApi, type FakeHandlers } from '../../test-utils';
import { defaultAgeingRoute, type AgeingRoute } from './ageingForm';
import { AgeingScreen } from './AgeingScreen';

const customer = (over: Partial<AgeingCustomerRow>): AgeingCustomerRow => ({
  customerId: 1,
  customerCode: 'PUNE',
  customerName: 'Pune Pumps Ltd',
  customerGroup: 'Dealers',
  salesperson: 'Meera',
  stateCode: '27',
  amounts: [0, 0, 0, 0, 0],
  onAccount: 0,
  total: 0,
  disputed: 0,
  oldestDays: null,
  ...over,
});

const CUSTOMERS = [
  customer({ amounts: [23_600_00, 0, 0, 6_800_00, 0], total: 30_400_00, disputed: 2_000_00 }),
  customer({
    customerId: 2,
    customerCode: 'BLR',
    customerName: 'Bengaluru Bearings',
    customerGroup: 'OEM',
    stateCode: '29',
    amounts: [0, 5_900_00, 0, 0, 0],
    onAccount: -1_000_00,
    total: 4_900_00,
  }),
  customer({
    customerId: 3,
    customerCode: 'EVIL',
    customerName: '=HYPERLINK("x")',
    amounts: [0, 0, 0, 0, 1_456_78],
    total: 1_456_78,
  }),
];

const doc = (over: Partial<AgeingDocumentRow>): AgeingDocumentRow => ({
  documentId: 11,
  customerId: 1,
  customerCode: 'PUNE',
  customerName: 'Pune Pumps Ltd',
  kind: 'invoice',
  number: 'INV/25-26/0001',
  date: '2025-04-01',
  dueDate: '2025-05-01',
  days: 70,
  bucket: 3,
  amount: 6_800_00,
  disputed: 0,
  ...over,
});

const DOCUMENTS = [
  doc({}),
  doc({
    documentId: 12,
    number: 'INV/25-26/0002',
    date: '2025-06-20',
    dueDate: '2025-07-20',
    days: -10,
    bucket: 0,
    amount: 23_600_00,
  }),
  doc({
    documentId: 21,
    customerId: 2,
    customerCode: 'BLR',
    customerName: 'Bengaluru Bearings',
    kind: 'receipt',
    number: 'RCT/25-26/0002',
    date: '2025-07-02',
    dueDate: null,
    days: 8,
    bucket: null,
    amount: -1_000_00,
  }),
];

/** The ledger's answer to a query, from the rows above: filters and drill as the ledger does. */
function answer(q: AgeingQueryInput): AgeingReport {
  const limits = q.buckets ?? [30, 60, 90];
  let customers = CUSTOMERS;
  if (q.customerGroup) customers = customers.filter((c) => c.customerGroup === q.customerGroup);
  if (q.customerId) customers = customers.filter((c) => c.customerId === q.customerId);
  const ids = new Set(customers.map((c) => c.customerId));
  const sum = (f: (c: AgeingCustomerRow) => number) => customers.reduce((s, c) => s + f(c), 0);
  return {
    asOf: q.asOf,
    basis: q.basis ?? 'due',
    buckets: bucketsOf(limits, q.basis ?? 'due'),
    level: q.level ?? 'customer',
    customers,
    documents: q.level === 'document' ? DOCUMENTS.filter((d) => ids.has(d.customerId)) : [],
    totals: {
      amounts: [0, 1, 2, 3, 4].map((i) => sum((c) => c.amounts[i]!)),
      onAccount: sum((c) => c.onAccount),
      total: sum((c) => c.total),
      disputed: sum((c) => c.disputed),
    },
    arControl: 36_756_78,
    filtered: Boolean(q.customerGroup || q.customerId),
  };
}

function Screen(props: {
  onOpenDocument?: (id: number) => void;
  onOpenReceipt?: (id: number) => void;
}) {
  const [route, setRoute] = useState<AgeingRoute>(() => defaultAgeingRoute('2025-07-10'));
  return (
    <AgeingScreen
      route={route}
      onRoute={setRoute}
      onOpenDocument={props.onOpenDocument ?? (() => {})}
      onOpenReceipt={props.onOpenReceipt}
    />
  );
}

const base: FakeHandlers = {
  'reports.ageing': (q) => ok(answer(q)),
  'reports.ageingFilters': () =>
    ok({ groups: ['Dealers', 'OEM'], salespersons: ['Meera'], stateCodes: ['27', '29'] }),
};

function renderScreen(extra: FakeHandlers = {}, props: Parameters<typeof Screen>[0] = {}) {
  const transport = fakeTransport({ ...base, ...extra });
  renderWithApi(<Screen {...props} />, transport);
  return { transport, user: userEvent.setup() };
}

const rows = () => screen.getAllByTestId('ageing-grid-row');
/** The first answer on screen (the first render also loads the chart library). */
const loaded = () => waitFor(() => expect(rows()).toHaveLength(3), { timeout: 5_000 });
const totalsCell = (column: string) =>
  within(screen.getByTestId('ageing-grid-totals'))
    .getAllByRole('gridcell')
    .find((c) => c.getAttribute('data-column') === column)!;

let saved: string[];
beforeEach(() => {
  // jsdom has no layout: give the grids a height so rows are virtualised and drawn.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.classList.contains('bahi-grid-body') ? 600 : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.classList.contains('bahi-grid-body') ? 1200 : 0;
  });
  // Nor can recharts measure the chart there; it says so on every render.
  const warn = console.warn.bind(console);
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('The width(')) return;
    warn(...args);
  });
  saved = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.push(this.download);
  });
  URL.createObjectURL = vi.fn(() => 'blob:xlsx');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => vi.restoreAllMocks());

describe('Ageing screen', () => {
  it('opens on today with 30, 60, 90 by due date', () => {
    const transport = fakeTransport(base);
    function Today() {
      const [route, setRoute] = useState<AgeingRoute>(() => defaultAgeingRoute());
      return <AgeingScreen route={route} onRoute={setRoute} onOpenDocument={() => {}} />;
    }
    renderWithApi(<Today />, transport);
    expect(screen.getByRole('textbox', { name: 'As of' })).toHaveValue(
      formatDateIndian(todayIso()),
    );
    expect(screen.getByRole('textbox', { name: 'Buckets (days)' })).toHaveValue('30, 60, 90');
    expect(screen.getByRole('radio', { name: 'Due date' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'By customer' })).toBeChecked();
  });

  it('shows each customer’s buckets, the totals, and the total against the books', async () => {
    const { transport } = renderScreen();
    await loaded();
    expect(transport.inputsOf('reports.ageing')).toEqual([
      { asOf: '2025-07-10', basis: 'due', buckets: [30, 60, 90], level: 'customer' },
    ]);
    const header = within(screen.getByTestId('ageing-grid')).getAllByRole('columnheader');
    expect(header.map((h) => h.textContent)).toEqual([
      'Code',
      'Customer',
      'Not due',
      '1–30',
      '31–60',
      '61–90',
      'Over 90',
      'On account',
      'Total',
      'Disputed',
    ]);
    const pune = rows()[0]!;
    expect(
      within(pune)
        .getAllByRole('gridcell')
        .map((c) => c.textContent),
    ).toEqual([
      'PUNE',
      'Pune Pumps Ltd',
      '₹23,600.00',
      '',
      '',
      '₹6,800.00',
      '',
      '',
      '₹30,400.00',
      '⚑ ₹2,000.00',
    ]);
    // A name that looks like a formula is only text here.
    expect(rows()[2]).toHaveTextContent('=HYPERLINK("x")');
    expect(totalsCell('b0')).toHaveTextContent('₹23,600.00');
    expect(totalsCell('b1')).toHaveTextContent('₹5,900.00');
    expect(totalsCell('onAccount')).toHaveTextContent('-₹1,000.00');
    expect(totalsCell('total')).toHaveTextContent('₹36,756.78');
    expect(totalsCell('disputed')).toHaveTextContent('₹2,000.00');
    expect(screen.getByTestId('ageing-total-figure')).toHaveTextContent('₹36,756.78');
    expect(screen.getByTestId('ageing-ar-control')).toHaveTextContent('₹36,756.78');
    expect(screen.getByTestId('ageing-books-check')).toHaveTextContent('Agrees with the books');
    expect(screen.getByText('AR control in the books on 10-07-2025')).toBeVisible();
    expect(screen.queryByTestId('ageing-filtered-note')).toBeNull();
    expect(screen.getByTestId('ageing-chart')).toBeInTheDocument();
  });

  it('checks the buckets as typed, under the field, and asks again once they are right', async () => {
    const { transport, user } = renderScreen();
    await loaded();
    const buckets = screen.getByRole('textbox', { name: 'Buckets (days)' });
    await user.clear(buckets);
    await user.type(buckets, '30, abc');
    expect(buckets).toHaveAccessibleDescription('"abc" is not a whole number of days');
    expect(screen.getByRole('button', { name: 'Export to Excel' })).toBeDisabled();
    await user.clear(buckets);
    await user.type(buckets, '45 15 15');
    expect(buckets).toHaveAccessibleDescription('15 is given twice');
    await user.clear(buckets);
    // Pasted, not typed: typed slowly (a loaded machine), "45, 1" is itself a good answer and
    // would be asked for on its own.
    await user.paste('45, 15');
    await waitFor(() =>
      expect(transport.inputsOf('reports.ageing').at(-1)).toMatchObject({ buckets: [15, 45] }),
    );
    expect(transport.inputsOf('reports.ageing')).toHaveLength(2);
    await waitFor(() =>
      expect(
        within(screen.getByTestId('ageing-grid'))
          .getAllByRole('columnheader')
          .map((h) => h.textContent),
      ).toContain('16–45'),
    );

    const asOf = screen.getByRole('textbox', { name: 'As of' });
    await user.clear(asOf);
    await user.tab();
    expect(asOf).toHaveAccessibleDescription('Give the as-of date');
  });

  it('shows the ledger’s refusal under the field it names', async () => {
    const { user } = renderScreen({
      'reports.ageing': (q) =>
        q.asOf === '2031-01-01'
          ? fail({ code: 'VALIDATION', message: 'As-of date is too far ahead', field: 'asOf' })
          : ok(answer(q)),
    });
    await loaded();
    const asOf = screen.getByRole('textbox', { name: 'As of' });
    await user.clear(asOf);
    await user.type(asOf, '01-01-2031');
    await waitFor(() => expect(asOf).toHaveAccessibleDescription('As-of date is too far ahead'));
  });

  it('filters by group and says the total covers those customers only', async () => {
    const { transport, user } = renderScreen();
    await loaded();
    await user.click(screen.getByRole('combobox', { name: 'Customer group' }));
    await user.click(await screen.findByRole('option', { name: 'OEM' }));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(transport.inputsOf('reports.ageing').at(-1)).toMatchObject({ customerGroup: 'OEM' });
    expect(screen.getByTestId('ageing-total-figure')).toHaveTextContent('₹4,900.00');
    expect(screen.getByTestId('ageing-books-check')).toHaveTextContent('Differs by ₹31,856.78');
    expect(screen.getByTestId('ageing-filtered-note')).toHaveTextContent(
      'the total covers the filtered customers only',
    );

    const min = screen.getByRole('textbox', { name: 'Minimum balance' });
    await user.type(min, '1,00,000');
    await waitFor(() =>
      expect(transport.inputsOf('reports.ageing').at(-1)).toMatchObject({
        customerGroup: 'OEM',
        minBalance: 1_00_000_00,
      }),
    );

    // Emptying a filter and leaving it clears it; Clear filters clears the rest.
    const group = screen.getByRole('combobox', { name: 'Customer group' });
    await user.clear(group);
    await user.tab();
    await waitFor(() =>
      expect(transport.inputsOf('reports.ageing').at(-1)).not.toHaveProperty('customerGroup'),
    );
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() =>
      expect(transport.inputsOf('reports.ageing').at(-1)).toEqual({
        asOf: '2025-07-10',
        basis: 'due',
        buckets: [30, 60, 90],
        level: 'customer',
      }),
    );
    expect(screen.queryByTestId('ageing-filtered-note')).toBeNull();
  });

  it('sorts by any column from its header', async () => {
    const { user } = renderScreen();
    await loaded();
    const codes = () => rows().map((r) => within(r).getAllByRole('gridcell')[0]!.textContent);
    await user.click(screen.getByRole('button', { name: 'Sort by Total' }));
    expect(codes()).toEqual(['PUNE', 'BLR', 'EVIL']);
    await user.click(screen.getByRole('button', { name: 'Sort by Total' }));
    expect(codes()).toEqual(['EVIL', 'BLR', 'PUNE']);
    await user.click(screen.getByRole('button', { name: 'Sort by Code' }));
    expect(codes()).toEqual(['BLR', 'EVIL', 'PUNE']);
    expect(
      within(screen.getByTestId('ageing-grid'))
        .getAllByRole('columnheader')
        .find((h) => h.textContent === 'Code'),
    ).toHaveAttribute('aria-sort', 'ascending');
  });

  it('drills from a customer to its documents with the keys, opens one, and Esc comes back', async () => {
    const onOpenDocument = vi.fn();
    const onOpenReceipt = vi.fn();
    const { transport, user } = renderScreen({}, { onOpenDocument, onOpenReceipt });
    await loaded();
    const body = screen.getByTestId('ageing-grid').querySelector('.bahi-grid-body') as HTMLElement;
    body.focus();
    await user.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getByText('PUNE · Pune Pumps Ltd')).toBeVisible();
    await waitFor(() =>
      expect(within(drawer).getAllByTestId('ageing-documents-row')).toHaveLength(2),
    );
    expect(transport.inputsOf('reports.ageing').at(-1)).toEqual({
      asOf: '2025-07-10',
      basis: 'due',
      buckets: [30, 60, 90],
      customerId: 1,
      level: 'document',
    });
    const [first] = within(drawer).getAllByTestId('ageing-documents-row');
    expect(first).toHaveTextContent('INV/25-26/0001');
    expect(first).toHaveTextContent('01-05-2025');
    expect(first).toHaveTextContent('61–90');
    expect(first).toHaveTextContent('₹6,800.00');
    await waitFor(() => expect(drawer.querySelector('.bahi-grid-body')).toHaveFocus());
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onOpenDocument).toHaveBeenCalledWith(12);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(body).toHaveFocus());
  });

  it('by document: every open item, and a receipt opens in Receipts', async () => {
    const onOpenReceipt = vi.fn();
    const { transport, user } = renderScreen({}, { onOpenReceipt });
    await loaded();
    await user.click(screen.getByRole('radio', { name: 'By document' }));
    await waitFor(() => expect(screen.getByText('RCT/25-26/0002')).toBeVisible());
    expect(transport.inputsOf('reports.ageing').at(-1)).toMatchObject({ level: 'document' });
    const receipt = rows().find((r) => r.textContent?.includes('RCT/25-26/0002'))!;
    expect(receipt).toHaveTextContent('On account');
    expect(receipt).toHaveTextContent('-₹1,000.00');
    expect(totalsCell('amount')).toHaveTextContent('₹36,756.78');
    await user.click(receipt);
    expect(onOpenReceipt).toHaveBeenCalledWith(21);
  });

  it('exports by customer straight to a workbook', async () => {
    const { transport, user } = renderScreen({
      'reports.exportAgeing': (q) =>
        ok({
          fileName: `ageing-${q.asOf}-by-customer.xlsx`,
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          contentBase64: 'UEsDBA==',
        }),
    });
    await loaded();
    await user.click(screen.getByRole('button', { name: 'Export to Excel' }));
    expect(await screen.findByText('Exported ageing-2025-07-10-by-customer.xlsx')).toBeVisible();
    expect(transport.inputsOf('reports.exportAgeing')).toEqual([
      { asOf: '2025-07-10', basis: 'due', buckets: [30, 60, 90], level: 'customer' },
    ]);
    expect(saved).toEqual(['ageing-2025-07-10-by-customer.xlsx']);
  });

  it('exports by document as a job: progress, then the download; or cancelled', async () => {
    let polls = 0;
    let cancelled = false;
    let finishAfter = 3;
    const status = (state: JobStatus['state'], done: number): JobStatus => ({
      jobId: 'j1',
      kind: 'ageing',
      state,
      done,
      total: 3,
      message: `${done} of 3 rows`,
      output: null,
    });
    const { transport, user } = renderScreen({
      'reports.startAgeingExport': () => ok({ jobId: 'j1' }),
      'jobs.status': () => {
        polls++;
        if (cancelled) return ok(status('cancelled', 1));
        return ok(status(polls >= finishAfter ? 'done' : 'running', Math.min(polls, 3)));
      },
      'jobs.download': () =>
        ok({
          fileName: 'ageing-2025-07-10-by-document.xlsx',
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          contentBase64: 'UEsDBA==',
        }),
      'jobs.cancel': () => {
        cancelled = true;
        return ok(status('cancelled', 1));
      },
    });
    await loaded();
    await user.click(screen.getByRole('radio', { name: 'By document' }));
    await waitFor(() =>
      expect(transport.inputsOf('reports.ageing').at(-1)).toMatchObject({ level: 'document' }),
    );
    await user.click(screen.getByRole('button', { name: 'Export to Excel' }));
    expect(await screen.findByTestId('ageing-export-job')).toBeVisible();
    expect(screen.getByRole('progressbar', { name: 'Export progress' })).toBeInTheDocument();
    expect(await screen.findByText('Exported ageing-2025-07-10-by-document.xlsx')).toBeVisible();
    expect(transport.inputsOf('reports.startAgeingExport')[0]).toMatchObject({
      level: 'document',
    });
    expect(saved).toEqual(['ageing-2025-07-10-by-document.xlsx']);
    await waitFor(() => expect(screen.queryByTestId('ageing-export-job')).toBeNull());

    // Again, and cancel it this time.
    polls = 0;
    finishAfter = Infinity;
    await user.click(screen.getByRole('button', { name: 'Export to Excel' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel export' }));
    expect(transport.inputsOf('jobs.cancel')).toEqual([{ jobId: 'j1' }]);
    await waitFor(() => expect(screen.queryByTestId('ageing-export-job')).toBeNull());
    expect(saved).toHaveLength(1);
  });
});
