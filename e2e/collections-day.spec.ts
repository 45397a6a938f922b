// One AR executive's day, through the UI from the Worklist: a call that ends in a promise, a
// reminder e-mailed, a dispute marked (and gone from the reminder), a customer put on hold and
// their invoice blocked, and the customer who broke two promises escalated to the manager.
import { readFile } from 'node:fs/promises';
import PostalMime from 'postal-mime';
import { addDays, formatDateIndian, todayIso } from '../shared/dates';
import { expect, test } from './bahi.fixture';
import { call, issueInvoice, setCreditCheck, withCompany } from './helpers';
import { InvoicesPage } from './pages';

const today = todayIso();
const day = (n: number) => addDays(today, n);

test('a collections day: promise on a call, reminder e-mailed, dispute marked, hold blocks the invoice, escalation', async ({
  page,
}) => {
  await withCompany(page);
  await setCreditCheck(page, 'block');
  const customer = (code: string, name: string, creditLimit: number | null = null) =>
    call(page, 'customers.create', {
      code,
      name,
      stateCode: '27',
      paymentTermsDays: 30,
      email: `accounts@${code.toLowerCase()}.example`,
      creditLimit,
    });
  const thermax = await customer('THERMAX', 'Thermax Ltd', 2_50_000_00);
  const kirloskar = await customer('KIRLOSKAR', 'Kirloskar Brothers Ltd');
  const bharat = await customer('BHARAT', 'Bharat Forge Ltd');
  const boilers = await issueInvoice(page, thermax.id, day(-100), 200_000_00); // ₹2,36,000, 70 days late
  // Thermax broke two promises to pay: first on the worklist, and on the escalation list.
  for (const made of [-40, -25]) {
    await call(page, 'promises.record', {
      customerId: thermax.id,
      amount: 50_000_00,
      madeOn: day(made),
      promisedOn: day(made + 5),
      how: 'call',
    });
  }
  const pumps = await issueInvoice(page, kirloskar.id, day(-70), 100_000_00); // 40 days late
  const valves = await issueInvoice(page, bharat.id, day(-80), 100_000_00); // 50 days late
  const forgings = await issueInvoice(page, bharat.id, day(-75), 50_000_00); // 45 days late
  // A draft for Thermax, to be issued once the hold is on.
  await call(page, 'invoices.createDraft', {
    customerId: thermax.id,
    date: today,
    roundOff: false,
    lines: [
      {
        description: 'Boiler tubes',
        hsnSac: '7304',
        unit: 'NOS',
        quantity: '1',
        rate: 50_000_00,
        gstRateBps: 1800,
      },
    ],
  });
  await page.reload();
  const nav = page.getByRole('navigation', { name: 'Main' });

  // 1. The worklist: Thermax on top. L logs the call; the promise goes in with it, by keyboard.
  await nav.getByRole('button', { name: 'Worklist' }).click();
  const rows = page.getByTestId('worklist-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Thermax Ltd');
  await expect(rows.nth(0)).toContainText('Broken');
  await expect(page.getByRole('grid', { name: 'Worklist' })).toBeFocused();
  await page.keyboard.press('l');
  const followUp = page.getByRole('dialog', { name: /Follow-up with Thermax Ltd/ });
  await expect(
    followUp
      .getByRole('textbox', { name: 'Kind' })
      .or(followUp.getByRole('combobox', { name: 'Kind' })),
  ).toBeFocused();
  await page.keyboard.press('Enter'); // a call
  await page.keyboard.type('prom');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Mr Iyer');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // logged today
  await page.keyboard.press('Enter'); // about the whole account
  await expect(followUp.getByRole('textbox', { name: 'Notes' })).toBeFocused();
  await page.keyboard.type('Half now, half after their audit');
  await page.keyboard.press('Tab'); // a textarea keeps Enter for new lines
  await expect(followUp.getByRole('textbox', { name: 'Promised amount' })).toBeFocused();
  await page.keyboard.type('1,18,000');
  await page.keyboard.press('Enter');
  await expect(followUp.getByRole('textbox', { name: 'Promised date' })).toBeFocused();
  await page.keyboard.type(formatDateIndian(day(7)));
  await page.keyboard.press('ControlOrMeta+S');
  await expect(followUp).toBeHidden();
  await expect(rows.filter({ hasText: 'Thermax Ltd' })).toContainText('Pending');
  await expect(rows.filter({ hasText: 'Thermax Ltd' })).toContainText(
    `₹1,18,000.00 by ${formatDateIndian(day(7))}`,
  );
  // Open Thermax's account from the worklist: the call and the promise are on it.
  await rows.filter({ hasText: 'Thermax Ltd' }).click();
  await page.keyboard.press('Enter');
  const promises = page.getByTestId('promises-panel').getByTestId('promise');
  await expect(promises.filter({ hasText: 'Pending' })).toContainText('Mr Iyer');
  await expect(page.getByTestId('timeline-entry').first()).toContainText('Call · Promised to pay');

  // 2. Reminders: Kirloskar's third reminder as an e-mail draft with the statement attached.
  await nav.getByRole('button', { name: 'Reminders' }).click();
  const reminders = page.getByTestId('reminder-row');
  await expect(reminders).toHaveCount(2); // Thermax's pending promise holds its reminders back
  const kirloskarRow = reminders.filter({ hasText: 'Kirloskar Brothers Ltd' });
  await kirloskarRow.getByRole('button', { name: 'E-mail' }).click();
  const send = page.getByRole('dialog', { name: /Third reminder to Kirloskar Brothers Ltd/ });
  const downloading = page.waitForEvent('download');
  await send.getByRole('button', { name: 'Create e-mail draft' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^KIRLOSKAR - third reminder .*\.eml$/);
  const mail = await PostalMime.parse(await readFile((await download.path())!));
  expect(mail.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
  expect(mail.subject).toContain('Kirloskar Brothers Ltd');
  expect(mail.to?.[0]?.address).toBe('accounts@kirloskar.example');
  expect(mail.text).toContain(pumps.number!);
  expect(mail.attachments.map((a) => a.mimeType)).toEqual(['application/pdf']);
  await expect(reminders).toHaveCount(1);

  // 3. Bharat disputes the forgings bill: marked on the invoice, then gone from their reminder.
  const bharatRow = reminders.filter({ hasText: 'Bharat Forge Ltd' });
  await expect(bharatRow.getByTestId('reminder-invoices')).toContainText(forgings.number!);
  const invoices = new InvoicesPage(page);
  await invoices.open();
  await invoices.rows().filter({ hasText: forgings.number! }).click();
  await page.getByTestId('disputes-panel').getByRole('button', { name: 'Raise dispute' }).click();
  const raise = page.getByRole('dialog', { name: /Dispute on/ });
  await raise.getByRole('combobox', { name: 'Reason' }).click();
  await page.getByRole('option', { name: 'Quantity' }).click();
  await raise.getByRole('textbox', { name: 'Disputed amount' }).fill('59,000');
  await raise.getByRole('textbox', { name: 'Notes' }).fill('Short by ten forgings');
  await raise.getByRole('button', { name: 'Raise dispute' }).click();
  await expect(raise).toBeHidden();
  await nav.getByRole('button', { name: 'Reminders' }).click();
  await expect(bharatRow.getByTestId('reminder-invoices')).toHaveText(valves.number!);
  await expect(bharatRow).not.toContainText(forgings.number!);
  await expect(bharatRow).toContainText('1 disputed');

  // 4. Thermax on credit hold: their draft invoice is refused, naming the hold and the limit.
  await nav.getByRole('button', { name: 'Credit control' }).click();
  await page.getByRole('button', { name: 'Put on hold…' }).click();
  const hold = page.getByRole('dialog', { name: 'Put a customer on credit hold' });
  await hold.getByRole('combobox', { name: 'Customer' }).fill('THERMAX');
  await page.getByRole('option', { name: /Thermax Ltd/ }).click();
  await hold.getByRole('textbox', { name: 'Reason' }).fill('Two promises broken; escalated');
  await hold.getByRole('button', { name: 'Put on hold' }).click();
  await expect(hold).toBeHidden();
  await expect(page.getByTestId('hold-row')).toContainText('Thermax Ltd');
  await invoices.open();
  await invoices.rows().filter({ hasText: 'Thermax' }).filter({ hasText: /Draft/i }).click();
  await expect(invoices.editor()).toBeVisible();
  await invoices.field('PO / reference').click();
  await page.keyboard.press('Control+Enter');
  const refusal = page.getByRole('dialog', { name: 'Cannot issue: credit check' });
  const problems = refusal.getByTestId('credit-problems');
  await expect(problems).toContainText(
    `Thermax Ltd is on credit hold since ${formatDateIndian(today)}`,
  );
  await expect(problems).toContainText(
    'Credit limit ₹2,50,000.00 exceeded: exposure would be ₹2,95,000.00',
  );
  await expect(refusal.getByRole('button', { name: 'Issue anyway' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  const [draft] = await call(page, 'invoices.list', { customerId: thermax.id, status: 'draft' });
  expect(draft).toMatchObject({ status: 'draft', number: null });

  // 5. Escalations: Thermax, for its broken promises and its old debt; escalated to the manager.
  await nav.getByRole('button', { name: 'Escalations' }).click();
  const proposed = page.getByTestId('proposal-row');
  await expect(proposed).toHaveCount(1);
  await expect(proposed).toContainText('Thermax Ltd');
  await expect(proposed).toContainText('₹2,36,000.00 overdue, oldest 70 days');
  await expect(proposed).toContainText('2 broken promises');
  await proposed.getByRole('button', { name: 'Escalate…' }).click();
  const escalate = page.getByRole('dialog', { name: 'Escalate Thermax Ltd' });
  await expect(escalate.getByRole('textbox', { name: 'Assigned to' })).toBeFocused();
  await page.keyboard.type('R. Kulkarni, accounts manager');
  await escalate
    .getByRole('textbox', { name: 'Note' })
    .fill('On hold; promised ₹1,18,000 this week');
  await page.keyboard.press('ControlOrMeta+S');
  await expect(escalate).toBeHidden();
  await expect(page.getByTestId('case-row')).toContainText('R. Kulkarni, accounts manager');
  const summary = page.waitForEvent('download');
  await page.getByTestId('case-row').getByRole('button', { name: 'Case summary' }).click();
  expect((await summary).suggestedFilename()).toBe(`THERMAX - case summary ${today}.pdf`);

  // Back on the worklist, Thermax carries the flag.
  await nav.getByRole('button', { name: 'Worklist' }).click();
  await expect(rows.filter({ hasText: 'Thermax Ltd' }).getByTestId('escalated')).toBeVisible();
  await expect(rows.filter({ hasText: 'Bharat Forge Ltd' }).getByTestId('escalated')).toHaveCount(
    0,
  );
  expect(boilers.number).toMatch(/^INV\//);
});
