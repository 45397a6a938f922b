import { addDays, formatDateIndian, todayIso, type IsoDate } from '../shared/dates';
import { expect, test } from './bahi.fixture';
import { call, issueInvoice, kirloskarWithBank } from './helpers';
import { CustomerAccountsPage } from './pages';

const today = todayIso();
const day = (n: number) => addDays(today, n);
const shown = (iso: IsoDate) => formatDateIndian(iso);

test('promises to pay: recorded from the keyboard, broken when the date passes, kept by a receipt', async ({
  page,
}) => {
  const { bank, kirloskar } = await kirloskarWithBank(page);
  const older = await issueInvoice(page, kirloskar.id, day(-45), 10_000_00); // ₹11,800
  await issueInvoice(page, kirloskar.id, day(-10), 5_000_00); // ₹5,900
  // Promised on WhatsApp three weeks ago for last week, and nothing came.
  await call(page, 'promises.record', {
    customerId: kirloskar.id,
    amount: 2_000_00,
    madeOn: day(-20),
    promisedOn: day(-5),
    how: 'whatsapp',
  });
  await page.reload();

  const account = new CustomerAccountsPage(page);
  await account.open();
  await account.customer().fill('KIRLOSKAR');
  await page.getByRole('option', { name: /Kirloskar Brothers Ltd/ }).click();
  const panel = page.getByTestId('promises-panel');
  await expect(panel.getByTestId('promise')).toHaveCount(1);
  await expect(panel.getByTestId('promise')).toContainText('Broken');

  // On the phone: ₹5,000 against the older invoice by next week. Enter walks, Ctrl+S records.
  await panel.getByRole('button', { name: 'Record promise' }).click();
  const dialog = page.getByRole('dialog', { name: /Promise to pay from/ });
  const amount = dialog.getByRole('textbox', { name: 'Promised amount' });
  await expect(amount).toBeFocused();
  await page.keyboard.type('5000');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('textbox', { name: 'Promised date' })).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(shown(day(7)));
  await page.keyboard.press('Enter'); // to Made on
  await page.keyboard.press('Enter'); // Made on: today
  await expect(
    dialog.getByRole('textbox', { name: 'How' }).or(dialog.getByRole('combobox', { name: 'How' })),
  ).toBeFocused();
  await page.keyboard.type('vis');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('textbox', { name: 'Contact person' })).toBeFocused();
  await page.keyboard.type('Mr Kulkarni');
  await page.keyboard.press('Enter');
  const tick = dialog.getByRole('checkbox', { name: new RegExp(older.number!) });
  await expect(tick).toBeFocused();
  await page.keyboard.press('Space');
  await expect(tick).toBeChecked();
  await page.keyboard.press('Enter'); // past the newer invoice, unticked
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('textbox', { name: 'Notes' })).toBeFocused();
  await page.keyboard.type('Will pay after their month-end run');
  await page.keyboard.press('ControlOrMeta+S');
  await expect(dialog).toBeHidden();
  const promises = panel.getByTestId('promise');
  await expect(promises).toHaveCount(2);
  await expect(promises.nth(0)).toContainText('Broken');
  await expect(promises.nth(1)).toContainText('Pending');
  await expect(promises.nth(1)).toContainText(`₹5,000.00 by ${shown(day(7))}`);
  await expect(promises.nth(1)).toContainText(
    `Visit on ${shown(today)} · Mr Kulkarni · for ${older.number}`,
  );

  // The Promises screen: the broken one first, then what is pending.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('button', { name: 'Promises' }).click();
  const rows = page.getByTestId('promise-row');
  const filter = (status: string) =>
    page.getByTestId('promise-filter').getByText(status, { exact: true }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Broken');
  await expect(rows.nth(0)).toContainText('Kirloskar Brothers Ltd');
  await expect(rows.nth(1)).toContainText('Pending');
  await expect(page.getByTestId('promises-total')).toHaveText('1 broken · ₹2,000.00 short');

  // The money comes in against the older invoice: the promise is kept.
  await call(page, 'receipts.record', {
    customerId: kirloskar.id,
    date: today,
    mode: 'neft',
    bankAccountId: bank.id,
    instrumentNumber: 'HDFCN52026000000001',
    amount: 5_000_00,
    allocations: [{ documentId: older.id, amount: 5_000_00 }],
  });
  await filter('Kept');
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toContainText('Kept');
  await expect(rows.nth(0)).toContainText('₹5,000.00');

  // The broken one is withdrawn with a reason, and is never broken again.
  await filter('Broken');
  await expect(rows).toHaveCount(1);
  await rows.nth(0).getByRole('button', { name: 'Cancel' }).click();
  const cancel = page.getByRole('dialog', { name: /Cancel the promise/ });
  await cancel.getByRole('button', { name: 'Cancel promise' }).click();
  await expect(cancel.getByText('Say why the promise is withdrawn')).toBeVisible();
  await cancel.getByRole('textbox', { name: 'Reason' }).fill('Customer disputes the rate');
  await page.keyboard.press('ControlOrMeta+S');
  await expect(cancel).toBeHidden();
  await expect(page.getByText('No promise matches.')).toBeVisible();
  await filter('All');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Kept');
  await expect(rows.nth(1)).toContainText('Cancelled');
  const audit = await call(page, 'promises.list', { status: 'cancelled' });
  expect(audit).toMatchObject([{ cancelReason: 'Customer disputes the rate', how: 'whatsapp' }]);
});
