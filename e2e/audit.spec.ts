import { expect, test } from './bahi.fixture';
import { withCompany } from './helpers';

test('audit trail records set-up and a new customer, and verifies', async ({ page }) => {
  const customers = await withCompany(page);
  await customers.newCustomer();
  await customers.field('Code').fill('AUD01');
  await customers.field('Name').fill('Audited Pvt Ltd');
  await customers.field('State').fill('Karnataka');
  await page.getByRole('option', { name: /Karnataka/ }).click();
  await customers.save();
  await customers.expectCount(1);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Audit trail' })
    .click();
  const rows = page.getByTestId('audit-row');
  await expect(rows.filter({ hasText: 'customers.create' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'company.setup' })).toHaveCount(1);
  // Times are shown as dd-mm-yyyy hh:mm:ss in the machine's zone.
  await expect(rows.first()).toContainText(/\d\d-\d\d-\d{4} \d\d:\d\d:\d\d/);

  await rows.filter({ hasText: 'customers.create' }).click();
  await expect(page.getByText(/"code": "AUD01"/)).toBeVisible();

  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByTestId('verify-result')).toContainText('OK:');
});
