import { expect, test } from './bahi.fixture';
import { withCompany } from './helpers';
import { ipc } from './pages';

test('archive hides a customer, Show archived finds it, restore and delete work', async ({
  page,
  bahi,
}) => {
  const customers = await withCompany(page);
  const seeded = await ipc(page, 'customers.create', {
    code: 'OLDCO',
    name: 'Old Company',
    stateCode: '27',
  });
  expect(seeded.ok).toBe(true);
  await page.goto(bahi.url);
  await customers.expectCount(1);

  await customers.row('OLDCO').click();
  await customers.drawer().getByRole('button', { name: 'Archive' }).click();
  await expect(customers.drawer().getByText(/Archived: hidden from pickers/)).toBeVisible();
  await customers.drawer().getByRole('button', { name: 'Cancel' }).click();
  await expect(customers.drawer()).toBeHidden();
  await customers.expectCount(0);

  await customers.showArchived();
  await customers.expectCount(1);
  await expect(customers.row('OLDCO')).toContainText('Archived');

  await customers.row('OLDCO').click();
  await customers.drawer().getByRole('button', { name: 'Restore' }).click();
  await expect(customers.drawer().getByRole('button', { name: 'Archive' })).toBeVisible();
  // Esc backs out of the confirmation only; the form stays open.
  await customers.drawer().getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete customer?' });
  await expect(confirm).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('dialog', { name: /OLDCO/ })).toBeVisible();

  await customers.drawer().getByRole('button', { name: 'Delete' }).click();
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await customers.expectCount(0);

  await page.goto(bahi.url);
  await customers.showArchived();
  await customers.expectCount(0);
});
