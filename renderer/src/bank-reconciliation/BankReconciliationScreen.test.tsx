import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type {
  BankLine,
  BankReconciliationStatement,
  StatementColumns,
} from '../../../shared/bank-reconciliation/contract';
import type { Output } from '../../../shared/contract';
import { summaryOf } from '../invoices/testLedger';
import { cash, hdfc } from '../receipts/testData';
import {
  fail,
  fakeTransport,
  ok,
  renderWithApi,
  sampleCustomer,
  type FakeHandlers,
} from '../test-utils';
import { BankReconciliationScreen } from './BankReconciliationScreen';

const line = (id: number, over: Partial<BankLine> = {}): BankLine => ({
  id,
  bankAccountId: 2,
  lineNo: id + 1,
  date: '2025-07-01',
  narration: 'NEFT CR-HDFC0000123-THERMAX LTD-HDFCN52025070112345',
  reference: '',
  direction: 'credit',
  amount: 1_18_000_00,
  balance: null,
  matchId: null,
  receiptId: null,
  ...over,
});

const neft = line(1);
const upi = line(2, {
  narration: 'UPI/CR/518212345678/KIRLOSKAR BROTHERS/kbl@okaxis',
  amount: 59_000_00,
});

const suggestions: Output<'bankReconciliation.suggestions'> = [
  {
    line: neft,
    suggestions: [
      {
        kind: 'receipt',
        lineId: 1,
        receiptId: 40,
        receiptNumber: 'RCT/25-26/0001',
        customerId: 7,
        customerName: 'Thermax Ltd',
        score: 99,
        reasons: [
          'HDFCN52025070112345 is the instrument number of receipt RCT/25-26/0001',
          'amount equal',
        ],
      },
    ],
  },
  {
    line: upi,
    suggestions: [
      {
        kind: 'new_receipt',
        lineId: 2,
        customerId: 8,
        customerName: 'Kirloskar Brothers Ltd',
        score: 82,
        reasons: ['the narration names the customer (name)', 'amount equals an open invoice'],
        allocations: [{ documentId: 12, amount: 59_000_00 }],
        invoiceNumbers: ['INV/25-26/0002'],
        tdsAmount: 0,
        tdsRateBps: null,
      },
    ],
  },
];

const agrees: BankReconciliationStatement = {
  bankAccountId: 2,
  bankAccountName: 'HDFC Current 1234',
  asOf: '2025-07-31',
  balancePerBooks: 1_77_000_00,
  balancePerBank: 1_76_982_30,
  items: [
    {
      kind: 'in_bank_not_in_books_debit',
      label: 'Debited by the bank, not yet recorded in the books',
      date: '2025-07-03',
      amount: -17_70,
      lineId: 3,
      narration: 'NEFT CHARGES',
    },
  ],
  totals: {
    in_books_not_in_bank_debit: 0,
    in_books_not_in_bank_credit: 0,
    in_bank_not_in_books_credit: 0,
    in_bank_not_in_books_debit: -17_70,
    statement_opening: 0,
  },
  difference: 0,
  balanced: true,
};

const imported: Output<'bankReconciliation.import'> = {
  importId: 1,
  format: 'csv',
  linesRead: 2,
  linesNew: 2,
  linesAlready: 0,
  openingBalance: null,
  closingBalance: null,
  from: '2025-07-01',
  to: '2025-07-02',
  warnings: [],
  mappingUsed: 'given',
};

/** The screen's reads, answered for one bank account; `over` replaces or adds channels. */
function ledger(over: FakeHandlers = {}) {
  return fakeTransport({
    'bankAccounts.list': () => ok([cash, hdfc]),
    'bankReconciliation.suggestions': () => ok(suggestions),
    'bankReconciliation.queue': () => ok([]),
    'bankReconciliation.matched': () => ok([]),
    'bankReconciliation.statement': () => ok(agrees),
    ...over,
  });
}

/** What `bankReconciliation.columns` says of a CSV: by default a layout no preset reads. */
const columns = (over: Partial<StatementColumns>) =>
  ok<StatementColumns>({
    format: 'csv',
    preset: null,
    headerLine: 1,
    columns: ['Date', 'Narration'],
    sample: [],
    remembered: null,
    ...over,
  });

const csvFile = (name: string, text: string) => new File([text], name, { type: 'text/csv' });

describe('BankReconciliationScreen', () => {
  it('lists suggestions with score and reasons, accepts one, and all above an edited threshold', async () => {
    const user = userEvent.setup();
    const transport = ledger({
      'bankReconciliation.match': () =>
        ok({
          id: 1,
          lineId: 1,
          receiptId: 40,
          receiptNumber: 'RCT/25-26/0001',
          score: 99,
          reasons: [],
        }),
      'bankReconciliation.acceptAbove': () =>
        ok({
          threshold: 82,
          matched: [{ lineId: 2, receiptId: 41, score: 82, created: true }],
          left: 0,
        }),
    });
    renderWithApi(<BankReconciliationScreen />, transport);
    const lines = await screen.findAllByTestId('suggestion-line');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toHaveTextContent('₹1,18,000.00');
    expect(lines[0]).toHaveTextContent('Receipt RCT/25-26/0001');
    expect(lines[0]).toHaveTextContent('Thermax Ltd');
    expect(lines[0]).toHaveTextContent('is the instrument number of receipt RCT/25-26/0001');
    expect(within(lines[0]!).getByLabelText('Score 99')).toBeInTheDocument();
    expect(lines[1]).toHaveTextContent('New receipt for INV/25-26/0002');
    expect(screen.getByTestId('suggestions-summary')).toHaveTextContent(
      '2 credits not yet matched; 2 top suggestions at 80 or above',
    );

    await user.click(within(lines[0]!).getByRole('button', { name: 'Accept' }));
    await waitFor(() =>
      expect(transport.inputsOf('bankReconciliation.match')).toEqual([
        { lineId: 1, receiptId: 40, score: 99, reasons: suggestions[0]!.suggestions[0]!.reasons },
      ]),
    );
    // Accepting reads the lists again.
    await waitFor(() =>
      expect(transport.inputsOf('bankReconciliation.suggestions')).toHaveLength(2),
    );

    const threshold = screen.getByLabelText('Accept all above');
    await user.clear(threshold);
    await user.type(threshold, '90');
    expect(screen.getByTestId('suggestions-summary')).toHaveTextContent(
      '1 top suggestion at 90 or above',
    );
    await user.click(screen.getByRole('button', { name: 'Accept all above 90' }));
    await waitFor(() =>
      expect(transport.inputsOf('bankReconciliation.acceptAbove')).toEqual([
        { bankAccountId: 2, threshold: 90 },
      ]),
    );
  });

  it('shows a refused file with its line and column, and reads nothing again', async () => {
    const user = userEvent.setup();
    const transport = ledger({
      'bankReconciliation.import': () =>
        fail({
          code: 'IMPORT_INVALID',
          message:
            'jul.csv was not imported — line 3: Deposit Amt.: not an amount; write it like 1,23,456.78',
          field: 'file',
          issues: [{ row: 3, field: 'credit', message: 'Deposit Amt.: not an amount' }],
        }),
      'bankReconciliation.columns': () => columns({ preset: 'hdfc' }),
    });
    renderWithApi(<BankReconciliationScreen />, transport);
    await screen.findAllByTestId('suggestion-line');
    await user.upload(screen.getByLabelText('Bank statement file'), csvFile('jul.csv', 'x'));
    const refused = await screen.findByTestId('import-refused');
    expect(refused).toHaveTextContent('Nothing was imported');
    expect(refused).toHaveTextContent('line 3: Deposit Amt.: not an amount');
    const problems = within(refused).getByRole('table', { name: 'Import problems' });
    expect(problems).toHaveTextContent('Line');
    expect(problems).toHaveTextContent('3credit');
    expect(transport.inputsOf('bankReconciliation.import')[0]).toMatchObject({
      bankAccountId: 2,
      fileName: 'jul.csv',
    });
    expect(transport.inputsOf('bankReconciliation.suggestions')).toHaveLength(1);
  });

  it('maps the columns of a layout no preset knows, once, and shows what came in', async () => {
    const user = userEvent.setup();
    const transport = ledger({
      'bankReconciliation.import': (input) =>
        input.mapping
          ? ok({
              ...imported,
              warnings: [
                {
                  line: 4,
                  message: 'balance 982.30 does not follow',
                  expected: 98_230,
                  found: 98_240,
                },
              ],
            })
          : fail({
              code: 'IMPORT_INVALID',
              message:
                "own.csv was not imported — line 1: no header row with columns such as Date, Narration, Debit, Credit, Balance in the first 80 rows; choose the bank's preset or map the columns",
              field: 'file',
              issues: [{ row: 1, field: 'header', message: 'no header row' }],
            }),
      'bankReconciliation.columns': () =>
        columns({
          headerLine: 2,
          columns: [
            'Posted on',
            'Particulars',
            'Our ref',
            'Money in',
            'Money out',
            'Running balance',
          ],
          sample: [['01/07/2025', 'NEFT CR-THERMAX', 'N1', '1,000.00', '', '1,000.00']],
          remembered: null,
        }),
    });
    renderWithApi(<BankReconciliationScreen />, transport);
    await screen.findAllByTestId('suggestion-line');
    await user.upload(screen.getByLabelText('Bank statement file'), csvFile('own.csv', 'x'));
    const dialog = await screen.findByRole('dialog', { name: 'Map the columns of own.csv' });
    expect(
      within(dialog).getByRole('table', { name: "The statement's first rows" }),
    ).toHaveTextContent('NEFT CR-THERMAX');
    // The bank's own words were recognised; the person only confirms.
    expect(within(dialog).getByRole('combobox', { name: 'Date' })).toHaveValue('Posted on');
    expect(within(dialog).getByRole('combobox', { name: /^Credit/ })).toHaveValue('Money in');
    expect(within(dialog).getByRole('combobox', { name: /^Debit/ })).toHaveValue('Money out');
    await user.click(within(dialog).getByRole('button', { name: 'Import with this mapping' }));
    await waitFor(() =>
      expect(transport.inputsOf('bankReconciliation.import').at(-1)?.mapping).toEqual({
        date: 'Posted on',
        narration: 'Particulars',
        reference: 'Our ref',
        credit: 'Money in',
        debit: 'Money out',
        balance: 'Running balance',
        dateOrder: 'dmy',
      }),
    );
    const result = await screen.findByTestId('import-result');
    expect(result).toHaveTextContent('own.csv: 2 new lines, 0 lines already there');
    expect(result).toHaveTextContent('remembered for this account');
    expect(screen.getByTestId('balance-breaks')).toHaveTextContent(
      'Line 4: balance 982.30 does not follow',
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() =>
      expect(transport.inputsOf('bankReconciliation.suggestions')).toHaveLength(2),
    );
  });

  it('refuses a mapping without the columns it needs, before asking the ledger', async () => {
    const user = userEvent.setup();
    const transport = ledger({
      'bankReconciliation.import': () =>
        fail({ code: 'IMPORT_INVALID', message: 'not imported', field: 'file' }),
      'bankReconciliation.columns': () => columns({ columns: ['When', 'What', 'Value'] }),
    });
    renderWithApi(<BankReconciliationScreen />, transport);
    await screen.findAllByTestId('suggestion-line');
    await user.upload(screen.getByLabelText('Bank statement file'), csvFile('odd.csv', 'x'));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Import with this mapping' }));
    expect(await within(dialog).findByText('Choose the date column')).toBeInTheDocument();
    expect(within(dialog).getByText('Choose the credit (money in) column')).toBeInTheDocument();
    expect(transport.inputsOf('bankReconciliation.import')).toHaveLength(1);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('creates a receipt from an unmatched credit, the customer picked by typing', async () => {
    const user = userEvent.setup();
    const cheque = line(3, {
      narration: 'CHQ DEP - 004512 - MICR CLG',
      amount: 59_000_00,
      date: '2025-07-02',
    });
    const charges = line(4, { narration: 'NEFT CHARGES', direction: 'debit', amount: 17_70 });
    const konkan = sampleCustomer({ id: 9, code: 'KONKAN', name: 'Konkan Traders' });
    const transport = ledger({
      'bankReconciliation.queue': () =>
        ok([
          { ...cheque, ageDays: 12 },
          { ...charges, ageDays: 3 },
        ]),
      'customers.list': () => ok({ rows: [summaryOf(konkan)], total: 1 }),
      'bankReconciliation.createReceipt': () =>
        ok({
          receipt: { id: 50, number: 'RCT/25-26/0003' },
          match: {
            id: 3,
            lineId: 3,
            receiptId: 50,
            receiptNumber: 'RCT/25-26/0003',
            score: 100,
            reasons: [],
          },
        }),
    });
    renderWithApi(<BankReconciliationScreen />, transport);
    await user.click(await screen.findByRole('tab', { name: /Unmatched/ }));
    const rows = await screen.findAllByTestId('unmatched-lines-row');
    expect(rows[0]).toHaveTextContent('CHQ DEP - 004512');
    expect(within(rows[0]!).getByTestId('age-days')).toHaveTextContent('12');
    expect(rows[1]).toHaveTextContent('₹17.70');
    expect(within(rows[1]!).queryByRole('button')).not.toBeInTheDocument();

    await user.click(within(rows[0]!).getByRole('button', { name: 'Create receipt…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create a receipt from this line' });
    expect(within(dialog).getByTestId('line-facts')).toHaveTextContent('₹59,000.00 in');
    await user.click(within(dialog).getByRole('button', { name: 'Create receipt' }));
    expect(await within(dialog).findByText('Choose the customer who paid')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/Customer/), 'KONK');
    await user.click(await screen.findByRole('option', { name: /Konkan Traders/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Create receipt' }));
    await waitFor(() =>
      expect(transport.inputsOf('bankReconciliation.createReceipt')).toEqual([
        { lineId: 3, customerId: 9 },
      ]),
    );
    expect(await screen.findByText(/Receipt RCT\/25-26\/0003 for ₹59,000.00/)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('un-matches a line only with a reason', async () => {
    const user = userEvent.setup();
    const transport = ledger({
      'bankReconciliation.matched': () =>
        ok([
          {
            line: { ...neft, matchId: 5, receiptId: 40 },
            match: {
              id: 5,
              receiptId: 40,
              receiptNumber: 'RCT/25-26/0001',
              customerId: 7,
              customerName: 'Thermax Ltd',
              score: 99,
              reasons: ['amount equal'],
              matchedBy: 'user',
              matchedAt: '2025-07-05T10:00:00.000Z',
            },
          },
        ]),
      'bankReconciliation.unmatch': () =>
        ok({ matchId: 5, lineId: 1, receiptId: 40, reason: 'wrong customer' }),
    });
    renderWithApi(<BankReconciliationScreen />, transport);
    await user.click(await screen.findByRole('tab', { name: /Matched/ }));
    const row = await screen.findByTestId('matched-lines-row');
    expect(row).toHaveTextContent('RCT/25-26/0001');
    expect(row).toHaveTextContent('Thermax Ltd');
    await user.click(within(row).getByRole('button', { name: 'Un-match…' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Un-match' }));
    expect(await within(dialog).findByText('Say why the match is undone')).toBeInTheDocument();
    expect(transport.inputsOf('bankReconciliation.unmatch')).toHaveLength(0);
    await user.type(within(dialog).getByLabelText(/Reason/), 'wrong customer');
    await user.click(within(dialog).getByRole('button', { name: 'Un-match' }));
    await waitFor(() =>
      expect(transport.inputsOf('bankReconciliation.unmatch')).toEqual([
        { lineId: 1, reason: 'wrong customer' },
      ]),
    );
  });

  it('shows the reconciliation statement: Agrees, or the difference', async () => {
    const user = userEvent.setup();
    let statement = agrees;
    const transport = ledger({ 'bankReconciliation.statement': () => ok(statement) });
    renderWithApi(<BankReconciliationScreen />, transport);
    await user.click(await screen.findByRole('tab', { name: 'Reconciliation statement' }));
    const result = await screen.findByTestId('statement-result');
    expect(result).toHaveTextContent('Agrees');
    expect(screen.getByTestId('balance-per-books')).toHaveTextContent('₹1,77,000.00');
    expect(screen.getByTestId('total-in_bank_not_in_books_debit')).toHaveTextContent('Less ₹17.70');
    expect(screen.getByTestId('books-and-items')).toHaveTextContent('₹1,76,982.30');
    expect(screen.getByTestId('balance-per-bank')).toHaveTextContent('₹1,76,982.30');

    statement = {
      ...agrees,
      asOf: '2025-07-15',
      balancePerBank: 1_77_082_30,
      difference: 100_00,
      balanced: false,
    };
    const asOf = screen.getByLabelText('As of');
    await user.clear(asOf);
    await user.type(asOf, '15-07-2025');
    await waitFor(() =>
      expect(transport.inputsOf('bankReconciliation.statement').at(-1)).toEqual({
        bankAccountId: 2,
        asOf: '2025-07-15',
      }),
    );
    await waitFor(() =>
      expect(screen.getByTestId('statement-result')).toHaveTextContent(
        'Does not agree: the balance per bank differs by ₹100.00',
      ),
    );
  });

  it('says a bank account is needed when there is only cash', async () => {
    renderWithApi(
      <BankReconciliationScreen />,
      fakeTransport({ 'bankAccounts.list': () => ok([cash]) }),
    );
    expect(await screen.findByTestId('no-bank-accounts')).toHaveTextContent(
      'add one on the Company screen',
    );
    expect(screen.getByRole('button', { name: 'Import statement…' })).toBeDisabled();
  });
});
