import type { Page } from '@playwright/test';
import type { ChannelName, Input, Output } from '../shared/contract';
import { addDays, todayIso } from '../shared/dates';
import type { Result } from '../shared/result';
import { expect, test } from './bahi.fixture';
import { withCompany } from './helpers';
import { AgeingPage, InvoicesPage, ipc } from './pages';

async function call<K extends ChannelName>(page: Page, channel: K, input: Input<K>) {
  const r = (await ipc(page, channel, input)) as Result<Output<K>>;
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.data;
}

const line = (taxable: number) => ({
  description: 'Pump overhaul',
  hsnSac: '998719',
  unit: 'NOS',
  quantity: '1',
  rate: taxable,
  gstRateBps: 1800,
});

test('a dispute on an invoice: raised from the invoice, flagged in ageing, resolved by a credit note', async ({
  page,
}) => {
  await withCompany(page);
  const today = todayIso();
  const kirloskar = await call(page, 'customers.create', {
    code: 'KIRLOSKAR',
    name: 'Kirloskar Brothers Ltd',
    stateCode: '27',
    paymentTermsDays: 30,
  });
  const draft = await call(page, 'invoices.createDraft', {
    customerId: kirloskar.id,
    date: addDays(today, -45),
    roundOff: false,
    lines: [line(10_000_00)], // ₹11,800, 15 days overdue
  });
  const invoice = (await call(page, 'invoices.issue', { id: draft.id })).document;
  const note = await call(page, 'invoices.createDraft', {
    kind: 'credit_note',
    customerId: kirloskar.id,
    date: addDays(today, -1),
    roundOff: false,
    reason: 'rate_difference',
    referencedIds: [invoice.id],
    lines: [line(1_000_00)], // ₹1,180
  });
  const creditNote = (await call(page, 'invoices.issue', { id: note.id })).document;
  await page.reload();

  // From the invoice itself: the customer disputes ₹5,000 of it over quality.
  const invoices = new InvoicesPage(page);
  await invoices.open();
  await invoices.rows().filter({ hasText: invoice.number! }).click();
  const panel = page.getByTestId('disputes-panel');
  await expect(panel).toContainText('The customer has raised no dispute');
  await panel.getByRole('button', { name: 'Raise dispute' }).click();
  const raise = page.getByRole('dialog', { name: /Dispute on/ });
  await raise.getByRole('combobox', { name: 'Reason' }).click();
  await page.getByRole('option', { name: 'Quality' }).click();
  // More than is open is refused under the amount, and nothing is saved.
  await raise.getByRole('textbox', { name: 'Disputed amount' }).fill('12,000');
  await raise.getByRole('button', { name: 'Raise dispute' }).click();
  await expect(raise.getByText(/more than the ₹10,620.00 still open/)).toBeVisible();
  await raise.getByRole('textbox', { name: 'Disputed amount' }).fill('5,000');
  await raise.getByRole('textbox', { name: 'Owner' }).fill('Meera');
  await raise.getByRole('textbox', { name: 'Notes' }).fill('Two units damaged in transit');
  await raise.getByRole('button', { name: 'Raise dispute' }).click();
  await expect(raise).toBeHidden();
  await expect(panel.getByTestId('dispute')).toContainText('In dispute');
  await expect(panel.getByTestId('dispute')).toContainText('Quality · ₹5,000.00');
  await expect(panel.getByRole('button', { name: 'Raise dispute' })).toBeHidden();

  // Ageing keeps the invoice in its bucket and flags what is in dispute.
  const ageing = new AgeingPage(page);
  await ageing.open();
  const row = ageing.row('KIRLOSKAR');
  await expect(ageing.cell(row, 'b1')).toHaveText('₹10,620.00');
  await expect(ageing.cell(row, 'disputed')).toHaveText('⚑ ₹5,000.00');
  await expect(ageing.cell(ageing.totals(), 'disputed')).toHaveText('₹5,000.00');
  await expect(ageing.booksCheck()).toHaveText('Agrees with the books');

  // The Disputes screen: resolve it with the credit note raised against the invoice.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Disputes' })
    .click();
  await expect(page.getByTestId('disputes-total')).toHaveText('1 open · ₹5,000.00 in dispute');
  const disputeRow = page.getByTestId('dispute-row');
  await expect(disputeRow).toContainText('Kirloskar Brothers Ltd');
  await expect(disputeRow).toContainText('Meera');
  await disputeRow.getByRole('button', { name: 'Resolve' }).click();
  const resolve = page.getByRole('dialog', { name: /Resolve the dispute/ });
  await resolve.getByRole('combobox', { name: 'Settled by credit note' }).click();
  await page.getByRole('option', { name: new RegExp(creditNote.number!) }).click();
  await resolve.getByRole('button', { name: 'Resolve' }).click();
  await expect(resolve.getByText('Say what was agreed')).toBeVisible();
  await resolve
    .getByRole('textbox', { name: 'Resolution' })
    .fill('Allowance by credit note for the damaged units');
  await resolve.getByRole('button', { name: 'Resolve' }).click();
  await expect(resolve).toBeHidden();
  await expect(page.getByTestId('disputes-total')).toHaveText('0 open · ₹0.00 in dispute');
  await page.getByText('All', { exact: true }).click();
  await expect(disputeRow).toContainText('Resolved');

  await ageing.open();
  await expect(ageing.cell(ageing.row('KIRLOSKAR'), 'disputed')).toHaveText('');
  const resolved = await call(page, 'disputes.list', { status: 'resolved' });
  expect(resolved).toMatchObject([
    {
      creditNoteId: creditNote.id,
      resolution: 'Allowance by credit note for the damaged units',
      owner: 'Meera',
    },
  ]);
});
