import { makeGstin } from '../shared/gst';
import { expect, test } from './bahi.fixture';
import { withCompany } from './helpers';

test('keyboard only: Alt+N, Enter from field to field, Ctrl+S saves, Esc cancels', async ({
  page,
}) => {
  const customers = await withCompany(page);

  await page.keyboard.press('Alt+n');
  await expect(customers.field('Code')).toBeFocused();
  await page.keyboard.type('kbd01');
  await page.keyboard.press('Enter');
  await expect(customers.field('Name')).toBeFocused();
  await page.keyboard.type('Keyboard Traders');
  await page.keyboard.press('Enter');
  await expect(customers.field('GSTIN')).toBeFocused();
  await page.keyboard.type(makeGstin('24', 'AAFCK1234M'));
  await expect(customers.field('State')).toHaveValue(/Gujarat/);
  await page.keyboard.press('Control+s');
  await expect(customers.drawer()).toBeHidden();
  await customers.expectCount(1);
  await expect(customers.row('KBD01')).toContainText('Gujarat');

  await page.keyboard.press('Alt+n');
  await expect(customers.field('Code')).toBeFocused();
  await page.keyboard.type('DISCARD');
  await page.keyboard.press('Escape');
  await expect(customers.drawer()).toBeHidden();
  await customers.expectCount(1);
});
