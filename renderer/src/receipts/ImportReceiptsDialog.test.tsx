import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fail, fakeTransport, ok, renderWithApi } from '../test-utils';
import { ImportReceiptsDialog } from './ImportReceiptsDialog';

const csv = (text: string) => new File([text], 'receipts.csv', { type: 'text/csv' });
const GOOD = [
  'number,customer_code,date,amount,mode,reference,invoice_number,allocated_amount',
  'R-101,TATAAUTO,01-07-2025,"1,77,000",NEFT,UTR1,INV/25-26/0001,"1,18,000"',
  'R-101,TATAAUTO,01-07-2025,"1,77,000",,,INV/25-26/0002,"59,000"',
  'R-102,BIOCON,02-07-2025,"50,000",UPI,upi-1,,',
].join('\n');

afterEach(() => vi.restoreAllMocks());

describe('ImportReceiptsDialog', () => {
  it('checks the file first and lists each problem by row and column, importing nothing', async () => {
    const user = userEvent.setup();
    const onImported = vi.fn();
    const transport = fakeTransport({
      'receipts.import': () =>
        fail({
          code: 'IMPORT_INVALID',
          message:
            '1 of 3 rows have problems; nothing was imported. Fix them and import the file again.',
          field: 'fileName',
          issues: [
            {
              row: 3,
              field: 'amount',
              message:
                'Receipt R-101 has amount 1,77,000 on row 2 but 1,70,000 here: the rows of one receipt must agree',
            },
          ],
        }),
    });
    renderWithApi(
      <ImportReceiptsDialog opened onClose={() => {}} onImported={onImported} />,
      transport,
    );
    await user.upload(screen.getByTestId('import-file-input'), csv(GOOD));
    await user.click(screen.getByRole('button', { name: 'Check file' }));

    const table = await screen.findByRole('table', { name: 'Import problems' });
    const cells = within(within(table).getAllByRole('row')[1]!).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual([
      '3',
      'amount',
      'Receipt R-101 has amount 1,77,000 on row 2 but 1,70,000 here: the rows of one receipt must agree',
    ]);
    expect(screen.getByTestId('import-errors')).toHaveTextContent('nothing was imported');
    expect(screen.queryByRole('button', { name: /^Import/ })).toBeNull();
    expect(transport.inputsOf('receipts.import')).toEqual([
      expect.objectContaining({ fileName: 'receipts.csv', dryRun: true }),
    ]);
    expect(onImported).not.toHaveBeenCalled();
  });

  it('counts receipts, not rows, and imports on confirm', async () => {
    const user = userEvent.setup();
    const onImported = vi.fn();
    const onClose = vi.fn();
    const transport = fakeTransport({
      'receipts.import': ({ dryRun }) =>
        ok({ rows: 3, receipts: 2, allocations: 2, dryRun: dryRun ?? false }),
    });
    renderWithApi(
      <ImportReceiptsDialog opened onClose={onClose} onImported={onImported} />,
      transport,
    );
    await user.upload(screen.getByTestId('import-file-input'), csv(GOOD));
    await user.click(screen.getByRole('button', { name: 'Check file' }));
    expect(await screen.findByTestId('import-preview')).toHaveTextContent(
      '2 receipts will be imported from receipts.csv. Nothing has been saved yet.',
    );
    expect(onImported).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Import 2 receipts' }));
    await waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));
    expect(onClose).toHaveBeenCalled();
    expect(await screen.findByText('2 receipts imported')).toBeVisible();
    const inputs = transport.inputsOf('receipts.import');
    expect(inputs.map((i) => i.dryRun)).toEqual([true, false]);
    const bytes = Uint8Array.from(atob(inputs[1]!.contentBase64), (c) => c.charCodeAt(0));
    expect(new TextDecoder().decode(bytes)).toBe(GOOD);
  });

  it('explains every column and offers a template with them', async () => {
    const user = userEvent.setup();
    let template: Blob | undefined;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      template = blob;
      return 'blob:template';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderWithApi(
      <ImportReceiptsDialog opened onClose={() => {}} onImported={() => {}} />,
      fakeTransport({}),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Import receipts' });
    for (const column of ['invoice_number', 'allocated_amount', 'tds_section', 'bank_account']) {
      expect(within(dialog).getByText(column)).toBeVisible();
    }
    await user.click(within(dialog).getByRole('button', { name: /Download template CSV/ }));
    const bytes = new Uint8Array(await template!.arrayBuffer());
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(
      '\uFEFFnumber,customer_code,date,amount,mode,reference,invoice_number,allocated_amount,' +
        'tds_amount,tds_section,bank_charges,bank_account,cheque_date,drawee_bank,narration\r\n',
    );
  });
});
