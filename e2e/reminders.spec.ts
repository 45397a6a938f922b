import { readFile } from 'node:fs/promises';
import { addDays, todayIso } from '../shared/dates';
import { expect, test } from './bahi.fixture';
import { call, issueInvoice, withCompany } from './helpers';

const today = todayIso();
const day = (n: number) => addDays(today, n);

test('reminders: the dunning run leaves a disputed invoice out, and an e-mail draft downloads', async ({
  page,
}) => {
  await withCompany(page);
  const customer = (code: string, name: string) =>
    call(page, 'customers.create', {
      code,
      name,
      stateCode: '27',
      paymentTermsDays: 30,
      email: `accounts@${code.toLowerCase()}.example`,
    });
  const thermax = await customer('THERMAX', 'Thermax Ltd');
  const bharat = await customer('BHARAT', 'Bharat Forge Ltd');
  const due = await issueInvoice(page, thermax.id, day(-70), 100_000_00); // 40 days late
  const argued = await issueInvoice(page, thermax.id, day(-60), 50_000_00); // 30 days late
  const forged = await issueInvoice(page, bharat.id, day(-90), 200_000_00); // 60 days late
  for (const d of [argued, forged]) {
    await call(page, 'disputes.raise', {
      documentId: d.id,
      reason: 'pricing',
      amount: 10_000_00,
      raisedOn: day(-20),
    });
  }
  await page.reload();

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Reminders' })
    .click();
  const rows = page.getByTestId('reminder-row');
  // Bharat Forge has nothing but a disputed invoice: it is not proposed at all.
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toContainText('Thermax Ltd');
  await expect(rows.nth(0)).toContainText('Third reminder');
  await expect(rows.nth(0).getByTestId('reminder-invoices')).toHaveText(due.number!);
  await expect(rows.nth(0)).not.toContainText(argued.number!);
  await expect(rows.nth(0)).toContainText('₹1,18,000.00');
  await expect(rows.nth(0)).toContainText('1 disputed');

  await rows.nth(0).getByRole('button', { name: 'E-mail' }).click();
  const dialog = page.getByRole('dialog', { name: /Third reminder to Thermax Ltd/ });
  await expect(dialog.getByRole('textbox', { name: 'Subject' })).toHaveValue(
    'Third reminder: payment seriously overdue – Thermax Ltd',
  );
  await expect(dialog.getByRole('textbox', { name: 'E-mail' })).not.toHaveValue(
    new RegExp(argued.number!.replace(/[/]/g, '\\/')),
  );
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Create e-mail draft' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^THERMAX - third reminder .*\.eml$/);
  const eml = await readFile((await download.path())!, 'latin1');
  expect(eml).toMatch(/^X-Unsent: 1\r$/m);
  expect(eml).toMatch(/^To: accounts@thermax\.example\r$/m);
  expect(eml).toMatch(/Content-Type: application\/pdf/);

  // Sent and logged: the third level is not proposed again.
  await expect(rows).toHaveCount(0);
  const sent = await call(page, 'reminders.sent', { customerId: thermax.id });
  expect(sent).toMatchObject([{ level: 'third', channel: 'email' }]);
});
