import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './bahi.fixture';
import { withCompany } from './helpers';
import { InvoicesPage, ipc, ReceiptsPage } from './pages';

const shot = (name: string) =>
  fileURLToPath(new URL(`../test-results/screenshots/${name}`, import.meta.url));

/** `pdftotext -layout`, whitespace folded so a wrapped line still reads as one phrase. */
const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

/**
 * Sahyadri Traders LLP with a bank account, and Tata AutoComp owing two invoices of ₹1,00,000
 * taxable + 18% GST = ₹1,18,000 each, dated June 2025: seeded through the real ledger.
 */
async function seedTwoInvoices(page: Page) {
  await withCompany(page);
  expect(
    await ipc(page, 'customers.create', {
      code: 'TATAAUTO',
      name: 'Tata AutoComp Systems Ltd',
      stateCode: '27',
      paymentTermsDays: 30,
    }),
  ).toMatchObject({ ok: true, data: { id: 1 } });
  expect(
    await ipc(page, 'bankAccounts.create', {
      name: 'HDFC Bank Current A/c',
      bankName: 'HDFC Bank',
      accountNumber: '50200012345678',
      ifsc: 'HDFC0000123',
    }),
  ).toMatchObject({ ok: true });
  for (const [id, date] of [
    [1, '2025-06-01'],
    [2, '2025-06-10'],
  ] as const) {
    expect(
      await ipc(page, 'invoices.createDraft', {
        customerId: 1,
        date,
        lines: [
          {
            description: 'Annual maintenance',
            hsnSac: '998719',
            unit: 'NOS',
            quantity: '1',
            rate: 10_000_000,
            gstRateBps: 1800,
          },
        ],
      }),
    ).toMatchObject({ ok: true, data: { id } });
    expect(await ipc(page, 'invoices.issue', { id })).toMatchObject({ ok: true });
  }
}

/** The open balance cell of an invoice in the Invoices list. */
async function openBalanceOf(invoices: InvoicesPage, number: string) {
  await invoices.open();
  return invoices.rows().filter({ hasText: number }).getByRole('cell').nth(6);
}

test('enter a cheque receipt with TDS against two invoices from the keyboard alone, print it, bounce the cheque, see both invoices open again', async ({
  page,
}) => {
  await seedTwoInvoices(page);
  const receipts = new ReceiptsPage(page);
  const invoices = new InvoicesPage(page);
  const keys = page.keyboard;

  // F6 from any screen: a new receipt, the date ready to be typed over.
  await keys.press('F6');
  await expect(receipts.editor()).toBeVisible();
  await expect(receipts.field('Date')).toBeFocused();
  await keys.type('15-07-2025');
  await keys.press('Enter');
  await expect(receipts.field('Customer')).toBeFocused();
  await keys.type('tata');
  await keys.press('Enter');
  await expect(receipts.field('Mode')).toBeFocused();
  await expect(receipts.field('Customer')).toHaveValue('TATAAUTO · Tata AutoComp Systems Ltd');
  await keys.type('che');
  await keys.press('Enter');
  await expect(receipts.field('Bank account')).toBeFocused();
  await expect(receipts.field('Mode')).toHaveValue('Cheque');
  await expect(receipts.field('Bank account')).toHaveValue('HDFC Bank Current A/c');
  await keys.press('Enter');
  await expect(receipts.field('Cheque number')).toBeFocused();
  await keys.type('123456');
  await keys.press('Enter');
  await expect(receipts.field('Cheque date')).toHaveValue('15-07-2025');
  await keys.press('Enter');
  await expect(receipts.field('Drawee bank')).toBeFocused();
  await keys.type('State Bank of India');
  await keys.press('Enter');
  await expect(receipts.field('Amount received')).toBeFocused();
  await keys.type('232000');
  await keys.press('Enter');

  // Without TDS the money goes oldest due first; 194C's 2% makes both invoices match exactly.
  await expect(receipts.basis()).toHaveText('Oldest due first');
  await expect(receipts.field('TDS section')).toBeFocused();
  await keys.type('194c');
  await keys.press('Enter');
  await expect(receipts.field('TDS rate (%)')).toBeFocused();
  await expect(receipts.field('TDS rate (%)')).toHaveValue('2');
  await expect(receipts.basis()).toHaveText('Matches net of TDS 2%');
  await expect(receipts.field('TDS amount')).toHaveValue('4,000.00');
  await expect(receipts.allocation('INV/25-26/0001')).toHaveValue('1,18,000.00');
  await expect(receipts.allocation('INV/25-26/0002')).toHaveValue('1,18,000.00');
  await expect(receipts.editor().getByTestId('allocation-on-account')).toHaveText('₹0.00');
  for (const field of ['TDS amount', 'Bank charges', 'Narration']) {
    await keys.press('Enter');
    await expect(receipts.field(field)).toBeFocused();
  }
  await keys.press('Enter');
  await expect(receipts.allocation('INV/25-26/0001')).toBeFocused();
  await keys.press('Enter');
  await expect(receipts.allocation('INV/25-26/0002')).toBeFocused();
  await keys.press('Enter');
  const save = receipts.editor().getByRole('button', { name: 'Save receipt', exact: true });
  await expect(save).toBeFocused();
  await page.screenshot({ path: shot('receipt-entry.png') });
  await keys.press('Enter');

  await expect(page.getByText('Receipt RCT/25-26/0001 recorded')).toBeVisible();
  await expect(receipts.title()).toHaveText('Receipt RCT/25-26/0001');
  await expect(receipts.chequeStatus()).toHaveText('In hand');
  await expect(receipts.view().getByTestId('receipt-amount')).toHaveText('₹2,32,000.00');
  await expect(receipts.view().getByTestId('receipt-total')).toHaveText('₹2,36,000.00');
  await expect(receipts.view().getByTestId('receipt-unallocated')).toHaveText('₹0.00');

  // Print / Save PDF: the ledger's A4 receipt, with its number and the amount in words.
  const download = page.waitForEvent('download');
  await receipts.view().getByRole('button', { name: 'Print / Save PDF' }).click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toBe('RCT-25-26-0001.pdf');
  const text = pdfText(await pdf.path());
  expect(text).toContain('RCT/25-26/0001');
  expect(text).toContain('Rupees Two Lakh Thirty-Two Thousand Only');

  // Both invoices are settled.
  await expect(await openBalanceOf(invoices, 'INV/25-26/0001')).toHaveText('₹0.00');
  await expect(await openBalanceOf(invoices, 'INV/25-26/0002')).toHaveText('₹0.00');

  // The cheque comes back: bounced with ₹500 charges billed by a debit note.
  await receipts.open();
  await expect(receipts.rows()).toHaveCount(1);
  await expect(receipts.rows().first()).toContainText('Cheque 123456 of 15-07-2025');
  await receipts.rows().first().click();
  await receipts.view().getByRole('button', { name: 'Bounce' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cheque 123456 bounced' });
  await dialog.getByRole('textbox', { name: 'Bounce date' }).fill('20-07-2025');
  await dialog.getByRole('textbox', { name: 'Reason for return' }).fill('Funds insufficient');
  await dialog.getByRole('textbox', { name: 'Bounce charges (optional)' }).fill('500');
  await dialog.getByRole('button', { name: 'Record bounce' }).click();
  await expect(dialog).toBeHidden();
  await expect(receipts.chequeStatus()).toHaveText('Bounced');
  await expect(receipts.view().getByTestId('bounce-debit-note')).toContainText(
    'Debit note DN/25-26/0001',
  );
  const reopened = receipts.view().getByTestId('reopened-row');
  await expect(reopened).toHaveCount(2);
  await expect(reopened.filter({ hasText: 'INV/25-26/0001' })).toContainText('open ₹1,18,000.00');
  await expect(reopened.filter({ hasText: 'INV/25-26/0002' })).toContainText('open ₹1,18,000.00');
  await expect(
    receipts.view().locator('[data-testid="allocation-line"][data-reversed]'),
  ).toHaveCount(2);
  await page.screenshot({ path: shot('receipt-bounced.png') });

  // The link opens the invoice, open for its full amount again.
  await reopened.getByRole('button', { name: 'INV/25-26/0002' }).click();
  await expect(page.getByTestId('document-title')).toHaveText('Invoice INV/25-26/0002');
  await expect(page.getByTestId('open-balance')).toHaveText('₹1,18,000.00');
  await expect(await openBalanceOf(invoices, 'INV/25-26/0001')).toHaveText('₹1,18,000.00');
  await expect(await openBalanceOf(invoices, 'INV/25-26/0002')).toHaveText('₹1,18,000.00');
});

test('an allocation above the invoice’s balance is refused on that row, and nothing is saved', async ({
  page,
}) => {
  await seedTwoInvoices(page);
  const receipts = new ReceiptsPage(page);
  await receipts.open();
  await expect(receipts.page.getByTestId('receipts-empty')).toBeVisible();
  await page.getByRole('button', { name: 'New receipt' }).click();
  await expect(receipts.field('Date')).toBeFocused();
  await receipts.field('Date').fill('15-07-2025');
  await receipts.field('Customer').fill('tata');
  await page.getByRole('option', { name: /Tata AutoComp/ }).click();
  await receipts.field('Mode').fill('neft');
  await page.keyboard.press('Enter');
  await expect(receipts.field('Mode')).toHaveValue('NEFT');
  await receipts.field('UTR').fill('HDFCN52025071512345');
  await receipts.field('Amount received').fill('200000');
  await expect(receipts.allocation('INV/25-26/0002')).toHaveValue('82,000.00');

  // By hand: all of it to the second invoice, which has only ₹1,18,000.00 open.
  await receipts.allocation('INV/25-26/0001').fill('');
  await receipts.allocation('INV/25-26/0002').fill('150000');
  await expect(receipts.basis()).toHaveText('Allocated by hand');
  await page.keyboard.press('Control+s');

  const row = receipts.allocation('INV/25-26/0002');
  await expect(row).toHaveAttribute('aria-invalid', 'true');
  await expect(row).toHaveAccessibleDescription(
    'INV/25-26/0002 has only ₹1,18,000.00 open: allocate at most that',
  );
  await expect(receipts.allocation('INV/25-26/0001')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(receipts.editor()).toBeVisible();
  expect(await ipc(page, 'receipts.list', {})).toMatchObject({ ok: true, data: [] });

  // Fixed on the row, it is recorded; the rest stays on account.
  await row.fill('118000');
  await expect(row).not.toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Control+s');
  await expect(receipts.title()).toHaveText('Receipt RCT/25-26/0001');
  await expect(receipts.view().getByTestId('receipt-unallocated')).toHaveText('₹82,000.00');
  await expect(receipts.chequeStatus()).toBeHidden();
});
