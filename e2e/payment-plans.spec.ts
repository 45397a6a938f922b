import { addDays, addMonths, formatDateIndian, todayIso, type IsoDate } from '../shared/dates';
import { expect, test } from './bahi.fixture';
import { call, issueInvoice, kirloskarWithBank } from './helpers';
import { AgeingPage, CustomerAccountsPage } from './pages';

const today = todayIso();
const day = (n: number) => addDays(today, n);
const shown = (iso: IsoDate) => formatDateIndian(iso);

test('payment plans: two overdue invoices into three monthly instalments, aged by due date, the first paid', async ({
  page,
}) => {
  const { bank, kirloskar } = await kirloskarWithBank(page);
  const older = await issueInvoice(page, kirloskar.id, day(-75), 10_000_00); // ₹11,800, due 45 days ago
  const newer = await issueInvoice(page, kirloskar.id, day(-50), 20_000_00); // ₹23,600, due 20 days ago
  await page.reload();

  const account = new CustomerAccountsPage(page);
  await account.open();
  await account.customer().fill('KIRLOSKAR');
  await page.getByRole('option', { name: /Kirloskar Brothers Ltd/ }).click();
  await expect(account.openItems()).toHaveCount(2);

  // Agreed ten days ago: ₹35,400 in three monthly instalments, the first due five days ago.
  const panel = page.getByTestId('plans-panel');
  await panel.getByRole('button', { name: 'Payment plan' }).click();
  const dialog = page.getByRole('dialog', { name: /Payment plan for Kirloskar/ });
  await expect(dialog.getByRole('checkbox', { name: new RegExp(older.number!) })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: new RegExp(newer.number!) })).toBeChecked();
  await expect(dialog.getByRole('textbox', { name: 'Plan amount' })).toHaveValue('35,400.00');
  await dialog.getByRole('textbox', { name: 'Plan date' }).fill(shown(day(-10)));
  await dialog.getByRole('textbox', { name: 'First due date' }).fill(shown(day(-5)));
  await dialog.getByRole('textbox', { name: 'Number of instalments' }).fill('3');
  const dues = [0, 1, 2].map((i) => addMonths(day(-5), i));
  const preview = dialog.getByTestId('plan-instalment');
  await expect(preview).toHaveCount(3);
  for (const [i, due] of dues.entries()) {
    await expect(preview.nth(i)).toContainText(`${shown(due)}₹11,800.00`);
  }
  await page.keyboard.press('ControlOrMeta+S');
  await expect(dialog).toBeHidden();
  await expect(account.done()).toContainText('₹35,400.00 in 3 instalments');

  const [plan] = await call(page, 'paymentPlans.list', {});
  const numbers = plan!.instalments.map((i) => i.number);
  expect(plan).toMatchObject({ amount: 35_400_00, planOn: day(-10), status: 'active' });

  // The account: the invoices are settled by the plan, the instalments are open on their dates.
  await expect(account.openItems()).toHaveCount(3);
  for (const [i, number] of numbers.entries()) {
    await expect(account.openItem(number)).toContainText(shown(dues[i]!));
    await expect(account.openItem(number)).toContainText('₹11,800.00');
  }
  await expect(account.openItem(numbers[0]!).getByTestId('open-item-overdue')).toHaveText('5 d');
  await expect(account.openItem(older.number!)).toHaveCount(0);
  await expect(panel.getByTestId('plan')).toContainText(
    `₹0.00 of ₹35,400.00 paid · next ₹11,800.00 on ${shown(dues[0]!)} · 1 overdue (₹11,800.00)`,
  );

  // Ageing by document, by due date: the first instalment 5 days late, the others not due.
  const ageing = new AgeingPage(page);
  await ageing.open();
  await ageing.level('By document');
  await expect(ageing.rows()).toHaveCount(3);
  const first = ageing.row(numbers[0]!);
  await expect(ageing.cell(first, 'kind')).toHaveText('Instalment');
  await expect(ageing.cell(first, 'dueDate')).toHaveText(shown(dues[0]!));
  await expect(ageing.cell(first, 'days')).toHaveText('5');
  await expect(ageing.cell(first, 'bucket')).toHaveText('1–30');
  for (const n of numbers.slice(1))
    await expect(ageing.cell(ageing.row(n), 'bucket')).toHaveText('Not due');
  await expect(ageing.total()).toHaveText('₹35,400.00');
  await expect(ageing.booksCheck()).toHaveText('Agrees with the books');

  // The first instalment is paid by NEFT against it: paid, and the next one is the one due.
  await call(page, 'receipts.record', {
    customerId: kirloskar.id,
    date: today,
    mode: 'neft',
    bankAccountId: bank.id,
    instrumentNumber: 'HDFCN52026000000001',
    amount: 11_800_00,
    allocations: [{ documentId: plan!.instalments[0]!.documentId, amount: 11_800_00 }],
  });
  await account.open();
  await expect(account.openItems()).toHaveCount(2);
  await expect(account.openItem(numbers[0]!)).toHaveCount(0);
  await expect(panel.getByTestId('plan')).toContainText(
    `₹11,800.00 of ₹35,400.00 paid · next ₹11,800.00 on ${shown(dues[1]!)}`,
  );

  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('button', { name: 'Payment plans' }).click();
  const rows = page.getByTestId('plan-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toContainText('Active');
  await expect(rows.nth(0)).toContainText('Kirloskar Brothers Ltd');
  await expect(rows.nth(0).getByTestId('plan-next-due')).toHaveText(
    `${shown(dues[1]!)} · ₹11,800.00`,
  );
  const paid = await call(page, 'paymentPlans.get', { id: plan!.id });
  expect(paid.instalments.map((i) => i.status)).toEqual(['paid', 'due', 'due']);
});
