import { addDays, todayIso } from '../shared/dates';
import { expect, test } from './bahi.fixture';
import { call, issueInvoice, withCompany } from './helpers';

const today = todayIso();
const day = (n: number) => addDays(today, n);

test('worklist: broken promise first, then overdue × days less disputes; a follow-up logged from the keyboard', async ({
  page,
}) => {
  await withCompany(page);
  const customer = (code: string, name: string) =>
    call(page, 'customers.create', { code, name, stateCode: '27', paymentTermsDays: 30 });
  const kirloskar = await customer('KIRLOSKAR', 'Kirloskar Brothers Ltd');
  const thermax = await customer('THERMAX', 'Thermax Ltd');
  const bharat = await customer('BHARAT', 'Bharat Forge Ltd');
  const cummins = await customer('CUMMINS', 'Cummins India Ltd');
  await issueInvoice(page, kirloskar.id, day(-60), 10_000_00); // ₹11,800, 30 days late
  await issueInvoice(page, thermax.id, day(-90), 100_000_00); // ₹1,18,000, 60 days late
  const forged = await issueInvoice(page, bharat.id, day(-90), 200_000_00); // ₹2,36,000, 60 days
  await issueInvoice(page, cummins.id, day(-5), 10_000_00); // not yet due
  // Kirloskar promised ₹2,000 by five days ago, and nothing came.
  await call(page, 'promises.record', {
    customerId: kirloskar.id,
    amount: 2_000_00,
    madeOn: day(-20),
    promisedOn: day(-5),
    how: 'call',
  });
  // Bharat disputes ₹2,00,000 of its bill: only ₹36,000 of it counts towards the order.
  await call(page, 'disputes.raise', {
    documentId: forged.id,
    reason: 'pricing',
    amount: 200_000_00,
    raisedOn: day(-30),
  });
  // Cummins owes nothing overdue, but asked to be called back today.
  await call(page, 'followUps.log', {
    customerId: cummins.id,
    loggedOn: day(-3),
    kind: 'call',
    outcome: 'call_back',
    nextActionOn: today,
    nextAction: 'Call Mr Iyer about the PO',
  });
  await page.reload();

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Worklist' })
    .click();
  const rows = page.getByTestId('worklist-row');
  await expect(rows).toHaveCount(4);
  const names = ['Kirloskar Brothers Ltd', 'Thermax Ltd', 'Bharat Forge Ltd', 'Cummins India Ltd'];
  for (const [i, name] of names.entries()) await expect(rows.nth(i)).toContainText(name);
  await expect(rows.nth(0)).toContainText('Broken');
  await expect(rows.nth(2)).toContainText('₹2,00,000.00');
  await expect(rows.nth(3)).toContainText('Call Mr Iyer about the PO');

  // Down to Thermax, L to log the call, Enter walks the fields, Ctrl+S logs it.
  await expect(page.getByRole('grid', { name: 'Worklist' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('l');
  const dialog = page.getByRole('dialog', { name: /Follow-up with Thermax Ltd/ });
  const kind = dialog
    .getByRole('textbox', { name: 'Kind' })
    .or(dialog.getByRole('combobox', { name: 'Kind' }));
  await expect(kind).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('wha');
  await page.keyboard.press('Enter');
  const outcome = dialog
    .getByRole('textbox', { name: 'Outcome' })
    .or(dialog.getByRole('combobox', { name: 'Outcome' }));
  await expect(outcome).toBeFocused();
  await page.keyboard.type('prom');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('textbox', { name: 'Contact person' })).toBeFocused();
  await page.keyboard.type('Ms Deshpande');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('textbox', { name: 'Logged on' })).toBeFocused();
  await page.keyboard.press('Enter'); // today
  await page.keyboard.press('Enter'); // about the whole account
  await expect(dialog.getByRole('textbox', { name: 'Notes' })).toBeFocused();
  await page.keyboard.type('NEFT to go with Friday’s run');
  await page.keyboard.press('ControlOrMeta+S');
  await expect(dialog).toBeHidden();

  // The list is read again: the order stands, Thermax shows the call, the cursor is on Bharat.
  await expect(rows.nth(1)).toContainText('WhatsApp · Promised to pay');
  for (const [i, name] of names.entries()) await expect(rows.nth(i)).toContainText(name);
  await expect(rows.nth(2)).toHaveAttribute('aria-selected', 'true');
  const logged = await call(page, 'followUps.list', { customerId: thermax.id });
  expect(logged).toMatchObject([
    { kind: 'whatsapp', outcome: 'promised', contactPerson: 'Ms Deshpande', loggedOn: today },
  ]);

  // Up and Enter: Thermax's account, with the call on its timeline.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  const timeline = page.getByTestId('timeline-panel');
  await expect(timeline.getByTestId('timeline-entry').first()).toContainText(
    'WhatsApp · Promised to pay',
  );
  await expect(timeline).toContainText('Ms Deshpande · NEFT to go with Friday’s run');
});
