import { fileURLToPath } from 'node:url';
import { expect, test } from './bahi.fixture';
import { withCompany } from './helpers';
import { InvoicesPage, ipc, OpeningImportDialog } from './pages';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

test('opening invoices: a bad date imports nothing; fixed, every row comes in and is listed', async ({
  page,
  bahi,
}) => {
  await withCompany(page);
  for (const customer of [
    { code: 'TATAAUTO', name: 'Tata AutoComp Systems Ltd', stateCode: '27' },
    { code: 'BIOCON', name: 'Biocon Biologics Ltd', stateCode: '29' },
  ]) {
    expect(await ipc(page, 'customers.create', customer)).toMatchObject({ ok: true });
  }
  const invoices = new InvoicesPage(page);
  await invoices.open();
  await expect(page.getByTestId('invoices-empty')).toBeVisible();

  // Row 3 has 31 April: the whole file is refused, the problem named by row and column.
  const opening = new OpeningImportDialog(page);
  await opening.open();
  await opening.check(fixture('opening-bad-row.csv'));
  await expect(opening.errors()).toContainText('1 of 3 rows have problems; nothing was imported');
  const problem = opening.problem('due_date');
  await expect(problem).toHaveCount(1);
  await expect(problem.getByRole('cell').nth(0)).toHaveText('3');
  await expect(problem.getByRole('cell').nth(1)).toHaveText('due_date');
  await expect(problem.getByRole('cell').nth(2)).toHaveText(
    '"31-04-2025" is not a date (e.g. 14-02-2025)',
  );
  await expect(opening.dialog().getByRole('button', { name: /^Import \d/ })).toHaveCount(0);
  expect(await ipc(page, 'invoices.list', {})).toMatchObject({ ok: true, data: [] });

  // The fixed file is checked first (still nothing saved), then imported on confirm.
  await opening.check(fixture('opening-good.csv'));
  await expect(opening.errors()).toBeHidden();
  await expect(opening.preview()).toContainText(
    '3 opening invoices will be imported from opening-good.csv',
  );
  expect(await ipc(page, 'invoices.list', {})).toMatchObject({ ok: true, data: [] });
  await opening.dialog().getByRole('button', { name: 'Import 3 opening invoices' }).click();
  await expect(page.getByText('3 opening invoices imported')).toBeVisible();
  await expect(opening.dialog()).toBeHidden();

  // The list shows them at once, as opening items with what is still open on each.
  await expect(invoices.rows()).toHaveCount(3);
  const tata = invoices.rows().filter({ hasText: 'T/24-25/0312' });
  await expect(tata).toContainText('Opening invoice');
  await expect(tata).toContainText('TATAAUTO');
  await expect(tata).toContainText('15-01-2025');
  await expect(tata).toContainText('01-03-2025');
  await expect(tata.getByRole('cell').nth(5)).toHaveText('₹1,18,000.00');
  await expect(tata.getByRole('cell').nth(6)).toHaveText('₹1,18,000.00');
  await expect(invoices.rows().filter({ hasText: 'T/24-25/0340' })).toContainText('₹59,000.00');
  await expect(invoices.rows().filter({ hasText: 'T/24-25/0355' })).toContainText('₹23,600.50');

  // In the ledger, not just on screen: after a reload they are still there, posted to the customer.
  await page.goto(bahi.url);
  await invoices.open();
  await expect(invoices.rows()).toHaveCount(3);
  await invoices.rows().filter({ hasText: 'T/24-25/0312' }).click();
  await expect(page.getByTestId('document-title')).toHaveText('Opening invoice T/24-25/0312');
  await expect(page.getByTestId('open-balance')).toHaveText('₹1,18,000.00');
  const journal = page.getByTestId('journal');
  await expect(journal.getByTestId('journal-line').filter({ hasText: 'TATAAUTO' })).toContainText(
    '₹1,18,000.00',
  );
  await expect(
    journal.getByTestId('journal-line').filter({ hasText: 'Opening Balances' }),
  ).toHaveCount(1);
});

test('the opening invoices template has the columns the import reads', async ({ page }) => {
  await withCompany(page);
  await new InvoicesPage(page).open();
  const opening = new OpeningImportDialog(page);
  await opening.open();
  const download = page.waitForEvent('download');
  await opening.dialog().getByRole('button', { name: 'Download template CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('bahi-opening-invoices-template.csv');
  const text = (await (await file.createReadStream()).toArray()).join('');
  expect(text.replace(/^\uFEFF/, '').trim()).toBe(
    'number,customer_code,date,due_date,amount,reference',
  );
});
