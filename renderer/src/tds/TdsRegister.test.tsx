import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { financialYearOf, formatDateIndian, todayIso } from '../../../shared/dates';
import { fail, fakeTransport, ok, renderWithApi, sampleCustomer } from '../test-utils';
import { tdsTotals, type TdsRow } from './tds';
import { TdsRegister } from './TdsRegister';

const row = (overrides: Partial<TdsRow>): TdsRow => ({
  customerCode: 'TATAAUTO',
  customerName: 'Tata AutoComp Systems Ltd',
  pan: 'AAACT1234K',
  section: '194C',
  quarter: '2025-26 Q1',
  receipts: 1,
  tdsAmount: 2_000_00,
  ...overrides,
});

const rows = [
  row({ receipts: 2, tdsAmount: 3_500_00 }),
  row({ quarter: '2025-26 Q2', section: '194J', tdsAmount: 1_23_456_78 }),
  row({ customerCode: 'NOPAN', customerName: 'No PAN Traders', pan: null, tdsAmount: 999_99 }),
];

afterEach(() => vi.restoreAllMocks());

describe('TDS register', () => {
  it('adds up receipts and TDS to the paisa', () => {
    expect(tdsTotals(rows)).toEqual({ receipts: 4, tdsAmount: 1_27_956_77 });
    expect(tdsTotals([])).toEqual({ receipts: 0, tdsAmount: 0 });
  });

  it('opens on the current financial year, shows rows and totals, and narrows to a customer', async () => {
    const user = userEvent.setup();
    const tata = sampleCustomer({ id: 7 });
    const transport = fakeTransport({
      'receipts.tdsRegister': ({ customerId }) => ok(customerId ? rows.slice(0, 2) : rows),
      'customers.list': () => ok({ rows: [tata], total: 1 }),
    });
    renderWithApi(<TdsRegister />, transport);
    const fy = financialYearOf(todayIso(), 4);
    expect(screen.getByRole('textbox', { name: 'From' })).toHaveValue(formatDateIndian(fy.start));
    expect(screen.getByRole('textbox', { name: 'To' })).toHaveValue(formatDateIndian(fy.end));
    await waitFor(() => expect(screen.getAllByTestId('tds-row')).toHaveLength(3));
    expect(transport.inputsOf('receipts.tdsRegister')[0]).toEqual({ from: fy.start, to: fy.end });

    const [first, , third] = screen.getAllByTestId('tds-row');
    expect(first).toHaveTextContent('AAACT1234K');
    expect(first).toHaveTextContent('194C');
    expect(first).toHaveTextContent('2025-26 Q1');
    expect(first).toHaveTextContent('₹3,500.00');
    expect(third).toHaveTextContent('No PAN');
    expect(screen.getByTestId('tds-total-receipts')).toHaveTextContent('4');
    expect(screen.getByTestId('tds-total-amount')).toHaveTextContent('₹1,27,956.77');

    await user.type(screen.getByRole('combobox', { name: 'Customer' }), 'tata');
    await user.click(await screen.findByRole('option', { name: /Tata AutoComp/ }));
    await waitFor(() => expect(screen.getAllByTestId('tds-row')).toHaveLength(2));
    expect(transport.inputsOf('receipts.tdsRegister').at(-1)).toEqual({
      from: fy.start,
      to: fy.end,
      customerId: 7,
    });
    expect(screen.getByTestId('tds-total-amount')).toHaveTextContent('₹1,26,956.78');
  });

  it('checks the period as typed, and exports what is on screen to Excel', async () => {
    const user = userEvent.setup();
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
    URL.createObjectURL = vi.fn(() => 'blob:xlsx');
    URL.revokeObjectURL = vi.fn();
    const transport = fakeTransport({
      'receipts.tdsRegister': () => ok(rows),
      'tds.exportRegister': ({ from, to }) =>
        ok({
          fileName: `tds-register-${from}-to-${to}.xlsx`,
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          contentBase64: 'UEsDBA==',
        }),
    });
    renderWithApi(<TdsRegister />, transport);
    await screen.findAllByTestId('tds-row');

    const from = screen.getByRole('textbox', { name: 'From' });
    const to = screen.getByRole('textbox', { name: 'To' });
    await user.clear(from);
    await user.type(from, '01-07-2025');
    await user.clear(to);
    await user.type(to, '30-06-2025');
    expect(to).toHaveAccessibleDescription('The period must end on or after the day it starts');
    expect(screen.getByRole('button', { name: 'Export to Excel' })).toBeDisabled();

    await user.clear(to);
    await user.type(to, '30-09-2025');
    await waitFor(() =>
      expect(transport.inputsOf('receipts.tdsRegister').at(-1)).toEqual({
        from: '2025-07-01',
        to: '2025-09-30',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Export to Excel' }));
    expect(
      await screen.findByText('Exported tds-register-2025-07-01-to-2025-09-30.xlsx'),
    ).toBeVisible();
    expect(transport.inputsOf('tds.exportRegister')).toEqual([
      { from: '2025-07-01', to: '2025-09-30' },
    ]);
    expect(saved).toEqual(['tds-register-2025-07-01-to-2025-09-30.xlsx']);
  });

  it('shows the ledger’s refusal of a date under that date', async () => {
    const transport = fakeTransport({
      'receipts.tdsRegister': () =>
        fail({ code: 'VALIDATION', message: 'From date must be a real date', field: 'from' }),
    });
    renderWithApi(<TdsRegister />, transport);
    const from = screen.getByRole('textbox', { name: 'From' });
    await waitFor(() => expect(from).toHaveAccessibleDescription('From date must be a real date'));
    expect(within(document.body).getByText('The TDS register could not be loaded')).toBeVisible();
  });
});
