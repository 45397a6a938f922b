import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DocumentSummary } from '../../../shared/invoices/contract';
import { fail, fakeTransport, ok, renderWithApi } from '../test-utils';
import { InvoicesScreen } from './InvoicesScreen';
import { OpeningImportDialog } from './OpeningImportDialog';
import { openingTemplateCsv } from './openingTemplate';

const csv = (text: string) => new File([text], 'opening.csv', { type: 'text/csv' });
const GOOD =
  'number,customer_code,date,due_date,amount\nT/0312,TATAAUTO,15-01-2025,14-02-2025,"1,18,000.00"\n';

const refused = () =>
  fail({
    code: 'IMPORT_INVALID',
    message: '1 of 2 rows have problems; nothing was imported. Fix them and import the file again.',
    field: 'fileName',
    issues: [
      { row: 3, field: 'due_date', message: '"31-04-2025" is not a date (e.g. 14-02-2025)' },
    ],
  });

describe('OpeningImportDialog', () => {
  it('checks the file first, lists each problem by row and column, and imports nothing', async () => {
    const user = userEvent.setup();
    const onImported = vi.fn();
    const transport = fakeTransport({ 'invoices.importOpening': refused });
    renderWithApi(
      <OpeningImportDialog opened onClose={() => {}} onImported={onImported} />,
      transport,
    );
    await user.upload(screen.getByTestId('import-file-input'), csv(GOOD));
    await user.click(screen.getByRole('button', { name: 'Check file' }));

    const table = await screen.findByRole('table', { name: 'Import problems' });
    const cells = within(within(table).getAllByRole('row')[1]!).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual([
      '3',
      'due_date',
      '"31-04-2025" is not a date (e.g. 14-02-2025)',
    ]);
    expect(screen.getByTestId('import-errors')).toHaveTextContent('nothing was imported');
    expect(screen.queryByRole('button', { name: /^Import/ })).toBeNull();
    expect(transport.inputsOf('invoices.importOpening')).toEqual([
      expect.objectContaining({ fileName: 'opening.csv', dryRun: true }),
    ]);
    expect(onImported).not.toHaveBeenCalled();
  });

  it('shows how many would come in, imports on confirm, and starts over on a new file', async () => {
    const user = userEvent.setup();
    const onImported = vi.fn();
    const transport = fakeTransport({
      'invoices.importOpening': ({ dryRun }) =>
        ok({ rows: 2, created: dryRun ? 0 : 2, dryRun: dryRun ?? false }),
    });
    renderWithApi(
      <OpeningImportDialog opened onClose={() => {}} onImported={onImported} />,
      transport,
    );
    const input = screen.getByTestId('import-file-input');
    await user.upload(input, csv(GOOD));
    await user.click(screen.getByRole('button', { name: 'Check file' }));
    expect(await screen.findByTestId('import-preview')).toHaveTextContent(
      '2 opening invoices will be imported from opening.csv. Nothing has been saved yet.',
    );
    expect(onImported).not.toHaveBeenCalled();

    // Another file must be checked again before anything is imported.
    await user.upload(input, csv(`${GOOD}T/0313,TATAAUTO,16-01-2025,15-02-2025,500\n`));
    expect(screen.queryByTestId('import-preview')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Check file' }));
    await user.click(await screen.findByRole('button', { name: 'Import 2 opening invoices' }));

    await waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('2 opening invoices imported')).toBeVisible();
    expect(transport.inputsOf('invoices.importOpening').map((i) => i.dryRun)).toEqual([
      true,
      true,
      false,
    ]);
    const last = transport.inputsOf('invoices.importOpening').at(-1)!;
    const bytes = Uint8Array.from(atob(last.contentBase64), (c) => c.charCodeAt(0));
    expect(new TextDecoder().decode(bytes)).toContain('T/0313');
  });

  it('offers a template with the columns the ledger reads', () => {
    expect(openingTemplateCsv()).toBe(
      '\uFEFFnumber,customer_code,date,due_date,amount,reference\r\n',
    );
  });
});

describe('InvoicesScreen: import opening invoices', () => {
  it('opens from the list and shows the opening items once imported', async () => {
    const user = userEvent.setup();
    const stored: DocumentSummary[] = [];
    const transport = fakeTransport({
      'invoices.list': () => ok([...stored]),
      'invoices.importOpening': ({ dryRun }) => {
        if (!dryRun) {
          stored.push({
            id: 1,
            kind: 'opening_invoice',
            status: 'issued',
            number: 'T/0312',
            customerId: 1,
            customerCode: 'TATAAUTO',
            customerName: 'Tata AutoComp Systems Ltd',
            date: '2025-01-15',
            dueDate: '2999-02-14',
            openBalance: 11_800_000,
            settledOn: null,
            total: 11_800_000,
          });
        }
        return ok({ rows: 1, created: dryRun ? 0 : 1, dryRun: dryRun ?? false });
      },
    });
    renderWithApi(<InvoicesScreen route={{ view: 'list' }} onRoute={() => {}} />, transport);
    expect(await screen.findByTestId('invoices-empty')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Import opening invoices' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import opening invoices' });
    await user.upload(within(dialog).getByTestId('import-file-input'), csv(GOOD));
    await user.click(within(dialog).getByRole('button', { name: 'Check file' }));
    await user.click(
      await within(dialog).findByRole('button', { name: 'Import 1 opening invoice' }),
    );

    const row = await screen.findByTestId('invoice-row');
    expect(row).toHaveTextContent('T/0312');
    expect(row).toHaveTextContent('Opening invoice');
    expect(row).toHaveTextContent('₹1,18,000.00');
    expect(row).toHaveTextContent('Open');
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Import opening invoices' })).toBeNull(),
    );
  });
});
