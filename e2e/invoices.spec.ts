import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test } from './bahi.fixture';
import { withCompany } from './helpers';
import { InvoicesPage, ipc, ItemsPage, SetupPage } from './pages';

const shot = (name: string) => fileURLToPath(new URL(`../test-results/${name}`, import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

test('items, an invoice with two lines, a refused line, issue, journal and cancellation', async ({
  page,
}) => {
  await withCompany(page); // Sahyadri Traders LLP, Maharashtra (27)
  const seeded = await ipc(page, 'customers.create', {
    code: 'TATAAUTO',
    name: 'Tata AutoComp Systems Ltd',
    stateCode: '27',
    paymentTermsDays: 45,
  });
  expect(seeded.ok).toBe(true);

  // An item with its HSN, unit, default rate and GST rate.
  const items = new ItemsPage(page);
  await items.open();
  await page.getByRole('button', { name: 'New item' }).click();
  await items.field('Name').fill('Ball valve 2"');
  await items.field('HSN or SAC').fill('8481');
  await items.field('Default rate (₹)').fill('1500');
  await expect(items.field('Unit')).toHaveValue('NOS');
  await expect(items.field('GST rate 1')).toHaveValue('18%');
  await items.drawer().getByRole('button', { name: 'Save' }).click();
  await expect(items.drawer()).toBeHidden();
  await expect(items.rows()).toHaveCount(1);
  await expect(items.rows().first()).toContainText('8481');
  await expect(items.rows().first()).toContainText('₹1,500.00');
  await expect(items.rows().first()).toContainText('18%');

  // Alt+I opens a new invoice from any screen; the customer is found as you type.
  const invoices = new InvoicesPage(page);
  await page.keyboard.press('Alt+i');
  await expect(invoices.editor()).toBeVisible();
  await expect(invoices.field('Customer')).toBeFocused();
  await page.keyboard.type('tata');
  await page.getByRole('option', { name: /Tata AutoComp/ }).click();
  await expect(invoices.field('Customer')).toHaveValue('TATAAUTO · Tata AutoComp Systems Ltd');
  await expect(invoices.field('Date')).toBeFocused();
  await invoices.field('Date').fill('15-06-2025');

  // Line 1 from the item: picking fills the line and lands on the quantity.
  await invoices.cell(1, 'item').fill('ball');
  await page.getByRole('option', { name: /Ball valve/ }).click();
  await expect(invoices.cell(1, 'quantity')).toBeFocused();
  await expect(invoices.cell(1, 'description')).toHaveValue('Ball valve 2"');
  await expect(invoices.cell(1, 'HSN/SAC')).toHaveValue('8481');
  await expect(invoices.cell(1, 'rate')).toHaveValue('1,500.00');
  await expect(invoices.cell(1, 'GST rate')).toHaveValue('18%');
  await page.keyboard.type('4');

  // Enter walks the cells; Enter past the last line opens line 2.
  await invoices.cell(1, 'GST rate').focus();
  await page.keyboard.press('Enter');
  await expect(invoices.cell(2, 'item')).toBeFocused();
  await invoices.cell(2, 'description').fill('Freight charges');
  await invoices.cell(2, 'quantity').fill('1');
  await invoices.cell(2, 'unit').fill('oth');
  await page.keyboard.press('Enter');
  await expect(invoices.cell(2, 'unit')).toHaveValue('OTH');
  await invoices.cell(2, 'rate').fill('500');
  await invoices.cell(2, 'GST rate').fill('18');
  await page.keyboard.press('Enter');
  await expect(invoices.cell(2, 'GST rate')).toHaveValue('18%');

  // Intra-state (both in Maharashtra): CGST + SGST, live as the lines are typed.
  await expect(invoices.total('taxable')).toHaveText('₹6,500.00');
  await expect(invoices.total('cgst')).toHaveText('₹585.00');
  await expect(invoices.total('sgst')).toHaveText('₹585.00');
  await expect(invoices.total('grand')).toHaveText('₹7,670.00');
  await expect(invoices.total('words')).toHaveText(
    'Rupees Seven Thousand Six Hundred Seventy Only',
  );

  // Line 2 has no HSN/SAC: the ledger refuses, the message sits under that cell, nothing is saved.
  await page.keyboard.press('Control+s');
  const hsn = invoices.cell(2, 'HSN/SAC');
  await expect(hsn).toHaveAttribute('aria-invalid', 'true');
  await expect(hsn).toHaveAccessibleDescription(/Enter the HSN or SAC code/);
  await expect(invoices.editor().getByText(/Enter the HSN or SAC code/)).toBeVisible();
  expect(await ipc(page, 'invoices.list', {})).toMatchObject({ ok: true, data: [] });
  await page.screenshot({ path: shot('screenshots/invoice-line-error.png') });

  // Fixed, then issued with Ctrl+Enter: the number follows the date's financial year.
  await hsn.fill('996511');
  await expect(hsn).not.toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('Invoice INV/25-26/0001 issued')).toBeVisible();
  await expect(page.getByTestId('document-title')).toHaveText('Invoice INV/25-26/0001');

  // The issued invoice: its lines, totals and the journal it posted, which balances.
  await expect(page.getByTestId('document-line')).toHaveCount(2);
  await expect(invoices.total('grand')).toHaveText('₹7,670.00');
  const journal = page.getByTestId('journal');
  await expect(journal.getByTestId('journal-line')).toHaveCount(4);
  await expect(journal.getByTestId('journal-line').filter({ hasText: 'TATAAUTO' })).toContainText(
    '₹7,670.00',
  );
  await expect(journal.getByTestId('journal-debit')).toHaveText('₹7,670.00');
  await expect(journal.getByTestId('journal-credit')).toHaveText('₹7,670.00');

  // Print / Save PDF: the ledger renders the A4 document, the page saves it.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Print / Save PDF' }).click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toBe('INV-25-26-0001.pdf');
  const bytes = Buffer.concat((await (await pdf.createReadStream()).toArray()) as Buffer[]);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

  // In the list, and open from there.
  await invoices.open();
  await expect(invoices.rows()).toHaveCount(1);
  const row = invoices.rows().first();
  await expect(row).toContainText('INV/25-26/0001');
  await expect(row).toContainText('15-06-2025');
  await expect(row).toContainText('₹7,670.00');
  await row.click();
  await expect(page.getByTestId('document-title')).toHaveText('Invoice INV/25-26/0001');

  // Cancelling issues a full credit note against the invoice.
  await page.getByRole('button', { name: 'Cancel invoice' }).click();
  const dialog = page.getByRole('dialog', { name: /Cancel invoice/ });
  await dialog.getByRole('textbox', { name: 'Credit note date' }).fill('20-06-2025');
  await dialog.getByRole('button', { name: 'Cancel invoice' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('document-title')).toHaveText('Credit note CN/25-26/0001');
  await expect(page.getByTestId('document-facts')).toContainText('INV/25-26/0001');
  await expect(page.getByTestId('journal').getByTestId('journal-credit')).toHaveText('₹7,670.00');

  await invoices.open();
  await expect(invoices.rows()).toHaveCount(2);
  await expect(invoices.rows().filter({ hasText: 'CN/25-26/0001' })).toContainText('Credit note');
  await expect(invoices.rows().filter({ hasText: 'INV/25-26/0001' })).toContainText('Settled');
});

test('a job sheet attached to an issued invoice stays with it; the invoice is unchanged', async ({
  page,
  bahi,
}) => {
  await withCompany(page);
  expect(
    await ipc(page, 'customers.create', {
      code: 'TATAAUTO',
      name: 'Tata AutoComp Systems Ltd',
      stateCode: '27',
    }),
  ).toMatchObject({ ok: true, data: { id: 1 } });
  expect(
    await ipc(page, 'invoices.createDraft', {
      customerId: 1,
      date: '2025-06-15',
      lines: [
        {
          description: 'Ball valve',
          hsnSac: '8481',
          unit: 'NOS',
          quantity: '10',
          rate: 99_900,
          gstRateBps: 1800,
        },
      ],
    }),
  ).toMatchObject({ ok: true, data: { id: 1 } });
  expect(await ipc(page, 'invoices.issue', { id: 1 })).toMatchObject({ ok: true });
  const before = await ipc(page, 'invoices.get', { id: 1 });
  expect(before).toMatchObject({ ok: true, data: { number: 'INV/25-26/0001', status: 'issued' } });

  const invoices = new InvoicesPage(page);
  await invoices.open();
  await invoices.rows().filter({ hasText: 'INV/25-26/0001' }).click();
  await expect(page.getByTestId('document-title')).toHaveText('Invoice INV/25-26/0001');

  // A file that only says it is a PDF is refused; the job sheet is kept.
  const attachments = page.getByTestId('attachments');
  const input = attachments.getByTestId('attachment-file-input');
  await input.setInputFiles(fixture('renamed-text.pdf'));
  await expect(attachments.getByTestId('attachment-problem')).toHaveText(
    'Attach a PDF, PNG, JPEG or Excel (.xlsx) file',
  );
  await input.setInputFiles(fixture('customer-approval.pdf'));
  const row = attachments.getByTestId('attachment-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('customer-approval.pdf');
  await expect(row).toContainText('PDF · 603 B');
  await expect(attachments.getByTestId('attachment-problem')).toBeHidden();

  // Attaching changed nothing on the invoice itself.
  expect(await ipc(page, 'invoices.get', { id: 1 })).toEqual(before);
  await expect(invoices.total('grand')).toHaveText('₹11,788.00');

  // After a reload the file is still with the invoice, and comes back byte for byte.
  await page.goto(bahi.url);
  await invoices.open();
  await invoices.rows().filter({ hasText: 'INV/25-26/0001' }).click();
  await expect(page.getByTestId('document-title')).toHaveText('Invoice INV/25-26/0001');
  const kept = page.getByTestId('attachments').getByTestId('attachment-row');
  await expect(kept).toHaveCount(1);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    kept.getByRole('button', { name: 'customer-approval.pdf', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('customer-approval.pdf');
  expect(await readFile(await download.path())).toEqual(
    await readFile(fixture('customer-approval.pdf')),
  );
});

test('screenshot: the invoice editor with a few lines, at 1440×900', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await new SetupPage(page).openSample();
  await expect(page.getByTestId('sample-badge')).toBeVisible();
  // The sample company comes with eight items and services.
  const items = new ItemsPage(page);
  await items.open();
  await expect(items.rows()).toHaveCount(8);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: shot('screenshots/items.png') });

  const invoices = new InvoicesPage(page);
  await page.keyboard.press('Alt+i');
  await expect(invoices.field('Customer')).toBeFocused();
  // Keyboard only: Enter picks the first match, even before the answer has arrived.
  await page.keyboard.type('biocon');
  await page.keyboard.press('Enter');
  await expect(invoices.field('Customer')).toHaveValue(/BIOCON/);
  await invoices.field('Date').fill('15-06-2025');
  await invoices.field('PO / reference').fill('PO/BIO/2025/118');
  const lines: [string, string, string?][] = [
    ['ball', '24'],
    ['gate', '6', '5%'],
    ['gasket', '50'],
    ['install', '1'],
  ];
  for (const [i, [search, quantity, discount]] of lines.entries()) {
    const n = i + 1;
    // From the header, Enter walks on into the grid; past a line's last cell it opens the next.
    if (n === 1) await page.keyboard.press('Enter'); // PO → Reverse charge
    await (n === 1 ? page.keyboard : invoices.cell(n - 1, 'GST rate')).press('Enter');
    await expect(invoices.cell(n, 'item')).toBeFocused();
    await page.keyboard.type(search);
    await page.keyboard.press('Enter');
    await expect(invoices.cell(n, 'quantity')).toBeFocused();
    await page.keyboard.type(quantity);
    if (discount) await invoices.cell(n, 'discount').fill(discount);
  }
  // Karnataka from Maharashtra: inter-state, IGST.
  await expect(invoices.total('igst')).toBeVisible();
  // ₹2,20,330.00 taxable + ₹39,659.40 IGST, rounded off to the rupee.
  await expect(invoices.total('grand')).toHaveText('₹2,59,989.00');
  await page.getByRole('textbox', { name: 'Notes (printed on the document)' }).click();
  await page.keyboard.type('Delivery to Biocon Park, Plot 2-4, Bommasandra. Warranty 12 months.');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: shot('invoice-editor.png') });

  await page.keyboard.press('Control+Enter');
  const anyway = page.getByRole('button', { name: 'Issue anyway' });
  await expect(page.getByTestId('document-title').or(anyway)).toBeVisible();
  if (await anyway.isVisible()) {
    await page.screenshot({ path: shot('screenshots/credit-check.png') });
    await anyway.click();
  }
  // The sample's own history may already hold numbers of this financial year.
  await expect(page.getByTestId('document-title')).toHaveText(/^Invoice INV\/25-26\/\d{4}$/);
  await page.screenshot({ path: shot('screenshots/invoice-view.png'), fullPage: true });
  await invoices.open();
  await page.screenshot({ path: shot('screenshots/invoices.png') });
});
