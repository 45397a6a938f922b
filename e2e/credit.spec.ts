import { todayIso } from '../shared/dates';
import { expect, test } from './bahi.fixture';
import { call, issueInvoice, setCreditCheck, withCompany } from './helpers';
import { InvoicesPage } from './pages';

test('credit control: a customer put on hold and over the limit is blocked at issue, then let through by an override', async ({
  page,
}) => {
  await withCompany(page);
  await setCreditCheck(page, 'block');
  const thermax = await call(page, 'customers.create', {
    code: 'THERMAX',
    name: 'Thermax Ltd',
    stateCode: '27',
    paymentTermsDays: 30,
    creditLimit: 1_00_000_00,
  });
  await issueInvoice(page, thermax.id, todayIso(), 80_000_00); // ₹94,400 open
  await call(page, 'invoices.createDraft', {
    customerId: thermax.id,
    date: todayIso(),
    roundOff: false,
    lines: [
      {
        description: 'Boiler tubes',
        hsnSac: '7304',
        unit: 'NOS',
        quantity: '1',
        rate: 10_000_00,
        gstRateBps: 1800,
      },
    ],
  });
  await page.reload();

  // Credit control: put Thermax on hold for dispatch.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Credit control' })
    .click();
  await expect(page.getByRole('heading', { name: 'Credit control', level: 3 })).toBeVisible();
  await page.getByRole('button', { name: 'Put on hold…' }).click();
  const hold = page.getByRole('dialog', { name: 'Put a customer on credit hold' });
  await hold.getByRole('combobox', { name: 'Customer' }).fill('THERMAX');
  await page.getByRole('option', { name: /Thermax Ltd/ }).click();
  await hold.getByRole('textbox', { name: 'Reason' }).fill('Two cheques returned this quarter');
  await hold.getByRole('button', { name: 'Put on hold' }).click();
  await expect(hold).toBeHidden();
  await expect(page.getByTestId('hold-row')).toHaveCount(1);
  await expect(page.getByTestId('hold-row')).toContainText('Two cheques returned this quarter');
  await expect(page.getByTestId('hold-row')).toContainText('₹94,400.00');

  // The draft: issuing is refused, naming the hold, the limit and the exposure.
  const invoices = new InvoicesPage(page);
  await invoices.open();
  await invoices.rows().filter({ hasText: 'Thermax' }).filter({ hasText: /Draft/i }).click();
  await expect(invoices.editor()).toBeVisible();
  await invoices.field('PO / reference').click();
  await page.keyboard.press('Control+Enter');
  const refusal = page.getByRole('dialog', { name: 'Cannot issue: credit check' });
  await expect(refusal).toBeVisible();
  const problems = refusal.getByTestId('credit-problems');
  await expect(problems).toContainText('Thermax Ltd is on credit hold since');
  await expect(problems).toContainText(
    'Credit limit ₹1,00,000.00 exceeded: exposure would be ₹1,06,200.00',
  );
  await expect(refusal.getByRole('button', { name: 'Issue anyway' })).toHaveCount(0);

  // The override: who approved it and why, then it goes through.
  await refusal.getByRole('button', { name: 'Override and issue' }).click();
  await expect(refusal.getByText('Enter who approved the override')).toBeVisible();
  await refusal.getByRole('textbox', { name: 'Override approved by' }).fill('R. Kulkarni, CFO');
  await refusal
    .getByRole('textbox', { name: 'Reason for the override' })
    .fill('Advance RTGS received this morning');
  await refusal.getByRole('button', { name: 'Override and issue' }).click();
  await expect(page.getByTestId('document-title')).toHaveText(/^Invoice INV\/\d{2}-\d{2}\/0002$/);

  const [exception] = await call(page, 'credit.exceptions', { customerId: thermax.id });
  expect(exception).toMatchObject({
    outcome: 'overridden',
    approvedBy: 'R. Kulkarni, CFO',
    reason: 'Advance RTGS received this morning',
    exposureAfter: 1_06_200_00,
  });
});
