import ExcelJS from 'exceljs';
import { todayIso } from '../shared/dates';
import { expect, test } from './bahi.fixture';
import { call, issueInvoice, withCompany } from './helpers';

// Tally Prime's Group Outstandings exported to CSV: company and title above the header,
// Indian-grouped closing balances with Dr/Cr.
const TALLY = [
  'Sahyadri Supplies Pvt Ltd',
  'Group Outstandings',
  'Sundry Debtors',
  '',
  'Particulars,Closing Balance,Dr/Cr',
  'M/s Thermax Private Limited,"1,18,000.00",Dr',
  'Kirloskar Brothers Ltd,"50,000.00",Dr',
  'Konkan Stores,"1,234.50",Dr',
  'Grand Total,"1,69,234.50",Dr',
].join('\r\n');

test('books reconciliation: the AR control equals the customer balances, and a Tally report shows one difference and one unknown party, in Excel too', async ({
  page,
}) => {
  await withCompany(page);
  const thermax = await call(page, 'customers.create', {
    code: 'THERMAX',
    name: 'Thermax Ltd',
    stateCode: '27',
  });
  const kbl = await call(page, 'customers.create', {
    code: 'KBL',
    name: 'Kirloskar Brothers Ltd',
    stateCode: '27',
  });
  await call(page, 'customers.create', { code: 'KONKAN', name: 'Konkan Traders', stateCode: '27' });
  await issueInvoice(page, thermax.id, todayIso(), 1_00_000_00); // ₹1,18,000.00
  await issueInvoice(page, kbl.id, todayIso(), 50_000_00); // ₹59,000.00: Tally says 50,000
  await page.reload();

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Books reconciliation' })
    .click();
  await expect(page.getByRole('heading', { name: 'Books reconciliation', level: 3 })).toBeVisible();
  const result = page.getByTestId('control-result');
  await expect(result).toContainText('The AR control account equals the customer balances');
  await expect(result).toContainText('₹1,77,000.00 Dr');
  await expect(page.getByTestId('control-difference')).toHaveText('₹0.00');

  await page.getByRole('tab', { name: 'Tally comparison' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import Tally report…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'group-outstandings.csv', mimeType: 'text/csv', buffer: Buffer.from(TALLY) });

  const unmatched = page.getByTestId('unmatched-parties');
  await expect(unmatched).toContainText(
    '1 parties in the Tally report match none of our customers',
  );
  await expect(unmatched).toContainText('Konkan Stores');
  const rows = page.getByTestId('comparison-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Different');
  await expect(rows.nth(0)).toContainText('Kirloskar Brothers Ltd');
  await expect(rows.nth(0)).toContainText('₹9,000.00');
  await expect(rows.nth(1)).toContainText('Only in Tally');
  await expect(rows.nth(1)).toContainText('Konkan Stores');
  await expect(rows.nth(2)).toContainText('Equal');
  await expect(rows.nth(2)).toContainText('Name (normalised)');
  await expect(page.getByTestId('total-theirs')).toHaveText('₹1,69,234.50 Dr');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Both to Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`books-reconciliation-${todayIso()}.xlsx`);
  const bytes = Buffer.concat((await (await file.createReadStream()).toArray()) as Buffer[]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rowWith = (sheet: ExcelJS.Worksheet, text: string) => {
    for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === text) return r;
    throw new Error(`no row "${text}" in ${sheet.name}`);
  };
  const control = workbook.getWorksheet('AR control')!;
  const c = rowWith(control, 'AR control against customer balances');
  expect([4, 5, 6].map((k) => control.getCell(c, k).value)).toEqual([177_000, 177_000, 0]);
  const cmp = workbook.getWorksheet('Tally comparison')!;
  const header = rowWith(cmp, 'Status');
  expect(cmp.getCell(header + 1, 1).value).toBe('Different');
  expect(cmp.getCell(header + 1, 8).value).toBe(9_000);
  expect(cmp.getCell(header + 2, 4).value).toBe('Konkan Stores');
  const t = rowWith(cmp, 'Total');
  expect([6, 7, 8].map((k) => cmp.getCell(t, k).value)).toEqual([177_000, 169_234.5, 7_765.5]);

  // Konkan Stores is what Tally calls Konkan Traders: assign it, and its balance moves over.
  await rows.nth(1).getByRole('button', { name: 'Assign…' }).click();
  await expect(page.getByTestId('assigning-party')).toContainText('Konkan Stores');
  await page.getByRole('combobox', { name: 'Customer' }).fill('KONKAN');
  await page.getByRole('option', { name: /Konkan Traders/ }).click();
  await page.getByRole('button', { name: 'Save balance' }).click();
  await expect(page.getByTestId('count-only_external')).toHaveText('Only in Tally: 0');
  const konkan = rows.filter({ hasText: 'Konkan Traders' });
  await expect(konkan).toContainText('Different');
  await expect(konkan).toContainText('Konkan Stores');
  await expect(konkan).toContainText('Entered by hand');
  await expect(page.getByTestId('total-theirs')).toHaveText('₹1,69,234.50 Dr');
});
