import { expect, test } from './bahi.fixture';
import { withCompany } from './helpers';
import { CompanyPage, ipc } from './pages';

test('chart of accounts: rename an account with Enter; the new name survives a reload', async ({
  page,
  bahi,
}) => {
  await withCompany(page);
  const company = new CompanyPage(page);
  await company.open();

  const sales = company.accountName('4000');
  await expect(sales).toHaveValue('Sales');
  const rename = company.renameButton('4000');
  await expect(rename).toBeDisabled();
  await sales.fill('Sales - Domestic');
  await expect(rename).toBeEnabled();
  await sales.press('Enter');
  await expect(page.getByText('Renamed to Sales - Domestic')).toBeVisible();
  await expect(rename).toBeDisabled();

  await page.goto(bahi.url);
  await company.open();
  await expect(company.accountName('4000')).toHaveValue('Sales - Domestic');
  // The other accounts keep their names.
  await expect(company.accountName('1200')).toHaveValue('Sundry Debtors (Accounts Receivable)');
  expect(await ipc(page, 'accounts.list', {})).toMatchObject({
    ok: true,
    data: expect.arrayContaining([
      expect.objectContaining({ code: '4000', name: 'Sales - Domestic' }),
    ]),
  });
});
