import { fileURLToPath } from 'node:url';
import { expect, test } from './bahi.fixture';
import { withCompany } from './helpers';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

test('import refuses a file with one bad row, adds nobody; a good file adds everyone', async ({
  page,
  bahi,
}) => {
  const customers = await withCompany(page);

  await page.getByRole('button', { name: 'Import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import customers' });
  await dialog.getByTestId('import-file-input').setInputFiles(fixture('customers-bad-row.csv'));
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();

  const errors = dialog.getByTestId('import-errors');
  await expect(errors).toContainText('nothing was imported');
  const problems = errors.getByRole('table', { name: 'Import problems' });
  const problem = problems.getByRole('row').filter({ hasText: 'gstin' });
  await expect(problem).toHaveCount(1);
  await expect(problem.getByRole('cell').nth(0)).toHaveText('4');
  await expect(problem.getByRole('cell').nth(1)).toHaveText('gstin');
  await expect(problem.getByRole('cell').nth(2)).toContainText('check digit');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await customers.expectCount(0);
  await page.goto(bahi.url);
  await customers.expectCount(0);

  await page.getByRole('button', { name: 'Import' }).click();
  await dialog.getByTestId('import-file-input').setInputFiles(fixture('customers-good.csv'));
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('3 customers imported')).toBeVisible();
  await expect(dialog).toBeHidden();
  await customers.expectCount(3);
  await expect(customers.row('NILGIRI')).toContainText('₹2,50,000.00');
  await expect(customers.row('DELHIDIST')).toContainText('₹1,00,000.50');
  await expect(customers.row('KOCHITRD')).toContainText('Kerala');

  await page.goto(bahi.url);
  await customers.expectCount(3);
});

test('the template CSV has the import columns', async ({ page }) => {
  await withCompany(page);
  await page.getByRole('button', { name: 'Import' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download template CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('bahi-customers-template.csv');
  const text = (await (await file.createReadStream()).toArray()).join('');
  expect(text.replace(/^\uFEFF/, '').trim()).toBe(
    'code,name,gstin,state_code,email,phone,payment_terms_days,credit_limit',
  );
});

test('export downloads an Excel workbook', async ({ page }) => {
  await withCompany(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  const bytes = Buffer.concat((await (await file.createReadStream()).toArray()) as Buffer[]);
  expect(bytes.subarray(0, 2).toString()).toBe('PK'); // an .xlsx is a zip
});
