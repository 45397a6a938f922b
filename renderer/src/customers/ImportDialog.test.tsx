import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fail, fakeTransport, ok, renderWithApi } from '../test-utils';
import { ImportDialog } from './ImportDialog';
import { importTemplateCsv } from './importTemplate';

const csv = (text: string) => new File([text], 'customers.csv', { type: 'text/csv' });

describe('ImportDialog', () => {
  it('lists every problem by row and column when the ledger refuses the file', async () => {
    const user = userEvent.setup();
    const onImported = vi.fn();
    const transport = fakeTransport({
      'customers.import': () =>
        fail({
          code: 'IMPORT_INVALID',
          message:
            '1 of 3 rows have problems; nothing was imported. Fix them and import the file again.',
          field: 'gstin',
          issues: [{ row: 4, field: 'gstin', message: 'GSTIN check digit is wrong' }],
        }),
    });
    renderWithApi(<ImportDialog opened onClose={() => {}} onImported={onImported} />, transport);
    await user.upload(screen.getByTestId('import-file-input'), csv('code,name\nA,B\n'));
    await user.click(screen.getByRole('button', { name: 'Import' }));

    const table = await screen.findByRole('table', { name: 'Import problems' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['4', 'gstin', 'GSTIN check digit is wrong']);
    expect(screen.getByTestId('import-errors')).toHaveTextContent('nothing was imported');
    expect(onImported).not.toHaveBeenCalled();
  });

  it('sends the file as base64 with dryRun false and reports how many were imported', async () => {
    const user = userEvent.setup();
    const onImported = vi.fn();
    const transport = fakeTransport({
      'customers.import': () => ok({ rows: 3, created: 3, dryRun: false }),
    });
    renderWithApi(<ImportDialog opened onClose={() => {}} onImported={onImported} />, transport);
    await user.upload(screen.getByTestId('import-file-input'), csv('code,name\nA,Ä\n'));
    await user.click(screen.getByRole('button', { name: 'Import' }));

    await waitFor(() => expect(onImported).toHaveBeenCalled());
    expect(await screen.findByText('3 customers imported')).toBeVisible();
    const [input] = transport.inputsOf('customers.import');
    expect(input).toMatchObject({ fileName: 'customers.csv', dryRun: false });
    const bytes = Uint8Array.from(atob(input!.contentBase64), (c) => c.charCodeAt(0));
    expect(new TextDecoder().decode(bytes)).toBe('code,name\nA,Ä\n');
  });
});

describe('importTemplateCsv', () => {
  it('is the contract’s header row, with a BOM for Excel', () => {
    expect(importTemplateCsv()).toBe(
      '\uFEFFcode,name,gstin,state_code,email,phone,payment_terms_days,credit_limit\r\n',
    );
  });
});
