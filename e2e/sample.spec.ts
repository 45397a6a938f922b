import { expect, test } from './bahi.fixture';
import { AgeingPage, ChequesPage, CustomersPage, SetupPage } from './pages';

test('open the sample company: customers, a year of trade and the badge; back to my ledger', async ({
  page,
}) => {
  await new SetupPage(page).openSample();
  const customers = new CustomersPage(page);
  await expect(customers.heading()).toBeVisible();
  await expect(page.getByTestId('sample-badge')).toHaveText('Sample company');
  await expect(page.getByTestId('company-name')).toContainText('Sahyadri');
  await customers.expectCount(20);
  await expect(customers.row('TATAAUTO')).toContainText('Tata AutoComp Systems Ltd');
  await expect(customers.row('TATAAUTO')).toContainText('₹25,00,000.00');

  // A year of trade up to today: something in the ageing, a cheque that came back.
  const ageing = new AgeingPage(page);
  await ageing.open();
  await expect(ageing.row('RAJENG')).toBeVisible();
  // Lakhs of receivables read whole in the totals row, never cut short by an ellipsis.
  const cut = await ageing
    .totals()
    .getByRole('gridcell')
    .evaluateAll((cells) =>
      cells.filter((c) => c.scrollWidth > c.clientWidth).map((c) => c.textContent),
    );
  expect(cut).toEqual([]);
  // On a laptop screen the columns do not fit: the grid scrolls sideways as one, and its last
  // total comes into view.
  await page.setViewportSize({ width: 1280, height: 800 });
  const gridBox = (await ageing.grid().boundingBox())!;
  const lastTotal = ageing.totals().getByRole('gridcell').last();
  const before = (await lastTotal.boundingBox())!;
  expect(before.x + before.width).toBeGreaterThan(gridBox.x + gridBox.width);
  await ageing.grid().hover();
  await page.mouse.wheel(2_000, 0);
  await expect
    .poll(async () => {
      const b = (await lastTotal.boundingBox())!;
      return b.x + b.width <= gridBox.x + gridBox.width;
    })
    .toBe(true);
  const cheques = new ChequesPage(page);
  await cheques.open();
  await cheques.tab('Bounced');
  await expect(cheques.rows()).toHaveCount(1);

  await page.getByRole('button', { name: 'Back to my ledger' }).click();
  await expect(new SetupPage(page).heading()).toBeVisible();
  await expect(page.getByTestId('sample-badge')).toBeHidden();
});
