import { fileURLToPath } from 'node:url';
import { expect, test } from './bahi.fixture';
import { CustomersPage, SetupPage } from './pages';

// The README's screenshot is refreshed only on request, so a test run leaves the tree clean.
const OUT = fileURLToPath(
  new URL(
    process.env.BAHI_UPDATE_SCREENSHOT === '1'
      ? '../resources/screenshots/customers.png'
      : '../test-results/screenshots/customers.png',
    import.meta.url,
  ),
);

test('screenshot: customers of the sample company at 1440×900', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await new SetupPage(page).openSample();
  const customers = new CustomersPage(page);
  await customers.expectCount(20);
  await expect(customers.rows()).toHaveCount(20);
  await customers.rows().nth(2).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: OUT });
});
