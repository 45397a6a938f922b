import { expect, test } from './bahi.fixture';
import { CustomersPage, SetupPage } from './pages';

test('first run: set up a company; a valid GSTIN fills state and PAN', async ({ page, bahi }) => {
  const setup = new SetupPage(page);
  await expect(setup.heading()).toBeVisible();

  await page.getByLabel('Legal name').fill('Sahyadri Traders LLP');
  await page.getByLabel('GSTIN').fill('27AAPFU0939F1ZV');
  await expect(page.getByRole('combobox', { name: 'State' })).toHaveValue(/Maharashtra/);
  await expect(page.getByLabel('PAN', { exact: true })).toHaveValue('AAPFU0939F');
  await page.getByRole('button', { name: 'Create company' }).click();

  const customers = new CustomersPage(page);
  await expect(customers.heading()).toBeVisible();
  await expect(page.getByTestId('company-name')).toHaveText('Sahyadri Traders LLP');
  await customers.expectCount(0);

  // The company is in the ledger, not just on screen: a reload lands on Customers again.
  await page.goto(bahi.url);
  await expect(customers.heading()).toBeVisible();
  await page
    .getByRole('link', { name: 'Company' })
    .or(page.getByText('Company', { exact: true }))
    .first()
    .click();
  await expect(page.getByLabel('Legal name')).toHaveValue('Sahyadri Traders LLP');
  await expect(page.getByRole('combobox', { name: 'State' })).toHaveValue(/Maharashtra/);
});

test('first run: a company without a name is refused with the message under Legal name', async ({
  page,
}) => {
  await new SetupPage(page).createCompany({ legalName: '' });
  await expect(page.getByLabel('Legal name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Enter the legal name')).toBeVisible();
  await expect(new SetupPage(page).heading()).toBeVisible();
});
