import { makeGstin } from '../shared/gst';
import { expect, test } from './bahi.fixture';
import { withCompany } from './helpers';

const ACME_GSTIN = makeGstin('29', 'AABCA1234F'); // 29AABCA1234F1Z5, Karnataka

test('add a customer: saved to the ledger and shown in Indian format', async ({ page, bahi }) => {
  const customers = await withCompany(page);
  await customers.newCustomer();
  await customers.field('Code').fill('acme01');
  await customers.field('Name').fill('Acme Engineering Pvt Ltd');
  await customers.field('GSTIN').fill(ACME_GSTIN);
  await expect(customers.field('State')).toHaveValue(/Karnataka/);
  await expect(customers.field('PAN')).toHaveValue('AABCA1234F');
  await customers.field('Phone').fill('98450 12345');
  await customers.field('Payment terms (days)').fill('45');
  await customers.field('Credit limit (₹)').fill('1234567.5');
  await customers.field('Billing city').fill('Bengaluru');
  await customers.save();

  await expect(customers.drawer()).toBeHidden();
  await customers.expectCount(1);
  const row = customers.row('ACME01');
  await expect(row).toContainText('Acme Engineering Pvt Ltd');
  await expect(row).toContainText('Karnataka');
  await expect(row).toContainText('₹12,34,567.50');
  await expect(row).toContainText('45 days');
  await expect(row).toContainText('+91 98450 12345');

  // It is in the ledger: after a reload the row is still there and opens with its details.
  await page.goto(bahi.url);
  await customers.expectCount(1);
  await customers.row('ACME01').click();
  await expect(customers.field('Name')).toHaveValue('Acme Engineering Pvt Ltd');
  await expect(customers.field('Credit limit (₹)')).toHaveValue('12,34,567.50');
  await expect(customers.field('Billing city')).toHaveValue('Bengaluru');
});

test('a wrong GSTIN is refused with the message under the GSTIN field; nothing is added', async ({
  page,
  bahi,
}) => {
  const customers = await withCompany(page);
  await customers.newCustomer();
  await customers.field('Code').fill('BADGST');
  await customers.field('Name').fill('Wrong GSTIN Traders');
  await customers.field('GSTIN').fill('27AAPFU0939F1ZX');
  await customers.save();

  const gstin = customers.field('GSTIN');
  await expect(gstin).toHaveAttribute('aria-invalid', 'true');
  await expect(gstin).toHaveAccessibleDescription(/check digit is wrong/);
  await expect(customers.drawer().getByText(/GSTIN check digit is wrong/)).toBeVisible();
  await expect(customers.drawer()).toBeVisible();

  await customers.drawer().getByRole('button', { name: 'Cancel' }).click();
  await customers.expectCount(0);
  await page.goto(bahi.url);
  await customers.expectCount(0);
});

test('search finds a customer by name, code and GSTIN fragment', async ({ page }) => {
  const customers = await withCompany(page);
  const add = async (code: string, name: string, gstin: string, phone: string) => {
    await customers.newCustomer();
    await customers.field('Code').fill(code);
    await customers.field('Name').fill(name);
    await customers.field('GSTIN').fill(gstin);
    await customers.field('Phone').fill(phone);
    await page.keyboard.press('Control+s');
    await expect(customers.drawer()).toBeHidden();
  };
  await add('ACME01', 'Acme Engineering Pvt Ltd', ACME_GSTIN, '9845012345');
  await add('BHARAT', 'Bharat Castings', makeGstin('27', 'AACCB5678K'), '9822098220');
  await add('NILGIRI', 'Nilgiri Agro Foods', makeGstin('33', 'AAFCN4321P'), '9840012345');
  await customers.expectCount(3);

  const search = customers.search();
  await search.fill('castings');
  await customers.expectCount(1);
  await expect(customers.rows()).toHaveCount(1);
  await expect(customers.rows().first()).toContainText('BHARAT');

  await search.fill('acme0');
  await customers.expectCount(1);
  await expect(customers.rows().first()).toContainText('Acme Engineering Pvt Ltd');

  await search.fill('AFCN43');
  await customers.expectCount(1);
  await expect(customers.rows().first()).toContainText('NILGIRI');

  await search.fill('98220');
  await customers.expectCount(1);
  await expect(customers.rows().first()).toContainText('BHARAT');

  await search.fill('zzz');
  await customers.expectCount(0);
  await expect(page.getByTestId('customers-empty')).toContainText('No customer matches');

  // `/` jumps back to the search box from anywhere; Enter opens the highlighted row.
  await search.fill('nilgiri');
  await customers.expectCount(1);
  await page.getByRole('heading', { name: 'Customers' }).click();
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(customers.field('Code')).toHaveValue('NILGIRI');
});
