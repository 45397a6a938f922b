import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './bahi.fixture';
import { withCompany } from './helpers';

const COUNT = 50_000;

test('50,000 customers: the list stays virtual, scrolls to the end and searches fast', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  const customers = await withCompany(page);

  // One import builds the ledger; every row is a real, validated customer.
  const lines = ['code,name,state_code,phone,payment_terms_days,credit_limit'];
  for (let i = 0; i < COUNT; i++) {
    const n = String(i).padStart(5, '0');
    lines.push(`C${n},Customer ${n},27,98${String(i).padStart(8, '0')},30,${i}`);
  }
  await mkdir(testInfo.outputDir, { recursive: true });
  const file = join(testInfo.outputDir, 'fifty-thousand.csv');
  await writeFile(file, `${lines.join('\n')}\n`);
  await page.getByRole('button', { name: 'Import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import customers' });
  await dialog.getByTestId('import-file-input').setInputFiles(file);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('50,000 customers imported')).toBeVisible({ timeout: 180_000 });
  await customers.expectCount(COUNT);

  // Only a screenful of rows exists in the DOM.
  const rendered = await customers.rows().count();
  expect(rendered).toBeGreaterThan(10);
  expect(rendered).toBeLessThan(80);

  // End jumps to the last customer; its page is fetched on demand.
  await customers.rows().first().click();
  await page.keyboard.press('Escape');
  await expect(customers.drawer()).toBeHidden();
  await page.getByTestId('customer-grid').locator('.bahi-grid-body').focus();
  await page.keyboard.press('End');
  await expect(customers.row('C49999')).toBeVisible();
  expect(await customers.rows().count()).toBeLessThan(80);

  // Search answers while typing.
  const started = Date.now();
  await customers.search().fill('C49999');
  await customers.expectCount(1);
  expect(Date.now() - started).toBeLessThan(3_000);
  await customers.search().fill('9800049990');
  await customers.expectCount(1);
  await expect(customers.row('C49990')).toContainText('₹49,990.00');
});
