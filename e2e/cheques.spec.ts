import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import type { ChannelName, Input, Output } from '../shared/contract';
import { expect, test } from './bahi.fixture';
import { withCompany } from './helpers';
import { BankAccountsSection, ChequesPage, CompanyPage, InvoicesPage, ipc } from './pages';

/** A seeding call through the page's bridge session that must succeed; returns its data. */
async function call<K extends ChannelName>(page: Page, channel: K, input: Input<K>) {
  const r = (await ipc(page, channel, input)) as {
    ok: boolean;
    data?: Output<K>;
    error?: { message: string };
  };
  expect(r.ok, `${channel}: ${r.error?.message ?? ''}`).toBe(true);
  return r.data as Output<K>;
}

/** An issued invoice of one service line at 18% GST (intra-state): `taxable` paise before tax. */
async function issueInvoice(page: Page, customerId: number, date: string, taxable: number) {
  const draft = await call(page, 'invoices.createDraft', {
    customerId,
    date,
    lines: [
      {
        description: 'Annual maintenance',
        hsnSac: '998719',
        unit: 'NOS',
        quantity: '1',
        rate: taxable,
        gstRateBps: 1800,
      },
    ],
  });
  return (await call(page, 'invoices.issue', { id: draft.id })).document;
}

test('a bank account, a post-dated cheque deposited on its date and cleared, a cheque that bounces with charges, and the write-off tolerance', async ({
  page,
  bahi,
}) => {
  await withCompany(page); // Sahyadri Traders LLP, Maharashtra (27)
  const company = new CompanyPage(page);
  const banks = new BankAccountsSection(page);

  // A bank account from the Company screen: it gets its own ledger account.
  await company.open();
  await page.getByRole('button', { name: 'Add bank account' }).click();
  await expect(banks.dialog()).toBeVisible();
  await banks.field(/Account name/).fill('HDFC Current 1234');
  await banks.field('Bank').fill('HDFC Bank');
  await banks.field('Account number').fill('1234');
  await banks.field('IFSC').fill('HDFC0000123');
  await banks.dialog().getByRole('button', { name: 'Save' }).click();
  await expect(banks.field('Account number')).toHaveAccessibleDescription(
    'Account number is 6 to 20 digits',
  );
  await banks.field('Account number').fill('50200012341234');
  await page.keyboard.press('Control+s');
  await expect(banks.dialog()).toBeHidden();
  const hdfcRow = banks.row('HDFC Current 1234');
  await expect(hdfcRow).toContainText('HDFC0000123');
  await expect(hdfcRow).toContainText('1101');
  await expect(hdfcRow).toContainText('Active');

  // A customer, an invoice, and a post-dated cheque for it (seeded through the bridge).
  const customer = await call(page, 'customers.create', {
    code: 'TATAAUTO',
    name: 'Tata AutoComp Systems Ltd',
    stateCode: '27',
    paymentTermsDays: 30,
  });
  const hdfc = (await call(page, 'bankAccounts.list', {})).find(
    (b) => b.name === 'HDFC Current 1234',
  )!;
  const first = await issueInvoice(page, customer.id, '2025-06-15', 10_000_00); // ₹11,800.00
  expect(first.number).toBe('INV/25-26/0001');
  await call(page, 'receipts.record', {
    customerId: customer.id,
    date: '2025-07-01',
    mode: 'cheque',
    bankAccountId: hdfc.id,
    instrumentNumber: '300001',
    instrumentDate: '2025-07-10',
    draweeBank: 'ICICI Bank',
    amount: 11_800_00,
  });

  // The cheque register: it waits under Post-dated.
  const cheques = new ChequesPage(page);
  await cheques.open();
  await cheques.tab('Post-dated');
  const pdc = cheques.row('300001');
  await expect(pdc).toContainText('10-07-2025');
  await expect(pdc).toContainText('ICICI Bank');
  await expect(pdc).toContainText('Tata AutoComp Systems Ltd');
  await expect(pdc).toContainText('₹11,800.00');
  await expect(pdc).toContainText('Post-dated');

  // Too early: the ledger's message sits under the date; on its date it goes in.
  await cheques.action('Deposit', '300001').click();
  const depositDate = cheques.dialog().getByRole('textbox', { name: /Deposit date/ });
  await expect(depositDate).toBeFocused();
  await depositDate.fill('05-07-2025');
  await cheques.dialog().getByRole('button', { name: 'Deposit', exact: true }).click();
  await expect(depositDate).toHaveAccessibleDescription(
    'This cheque is dated 2025-07-10: deposit it on or after that day',
  );
  await expect(cheques.dialog()).toBeVisible();
  await depositDate.fill('10-07-2025');
  await page.keyboard.press('Control+s');
  await expect(page.getByText('Cheque 300001 deposited')).toBeVisible();
  await expect(cheques.dialog()).toBeHidden();
  await expect(cheques.rows()).toHaveCount(0);

  // Recorded on the deposit date and set against the invoice: it is settled.
  const invoices = new InvoicesPage(page);
  await invoices.open();
  await expect(invoices.rows().filter({ hasText: 'INV/25-26/0001' })).toContainText('Settled');

  // Cleared by the bank.
  await cheques.open();
  await cheques.tab('Deposited');
  await expect(cheques.row('300001')).toContainText('RCT/');
  await cheques.action('Mark cleared', '300001').click();
  await cheques
    .dialog()
    .getByRole('textbox', { name: /Clearing date/ })
    .fill('12-07-2025');
  await cheques.dialog().getByRole('button', { name: 'Mark cleared' }).click();
  await expect(page.getByText('Cheque 300001 cleared')).toBeVisible();
  await cheques.tab('Cleared');
  await expect(cheques.row('300001')).toContainText('Cleared');

  // Another cheque, in hand against a second invoice, comes back unpaid: bounce it with charges.
  const second = await issueInvoice(page, customer.id, '2025-06-20', 5_000_00); // ₹5,900.00
  await call(page, 'receipts.record', {
    customerId: customer.id,
    date: '2025-07-15',
    mode: 'cheque',
    bankAccountId: hdfc.id,
    instrumentNumber: '400001',
    instrumentDate: '2025-07-15',
    draweeBank: 'Axis Bank',
    amount: 5_900_00,
    allocations: [{ documentId: second.id, amount: 5_900_00 }],
  });
  const secondRow = invoices.rows().filter({ hasText: 'INV/25-26/0002' });
  await invoices.open();
  await expect(secondRow).toContainText('Settled');
  await cheques.open();
  await cheques.tab('In hand');
  await expect(cheques.row('400001')).toContainText('In hand');
  await cheques.action('Bounce', '400001').click();
  const bounce = cheques.dialog();
  await bounce.getByRole('textbox', { name: /Bounce date/ }).fill('18-07-2025');
  await bounce.getByRole('textbox', { name: /Bounce charges/ }).fill('500');
  await bounce.getByRole('combobox', { name: /Reason for return/ }).fill('Funds insufficient');
  await expect(bounce.getByTestId('bounce-charges-preview')).toContainText('₹590.00');
  await bounce.getByRole('button', { name: 'Bounce cheque' }).click();
  const result = page.getByTestId('bounce-result');
  await expect(result).toContainText('INV/25-26/0002 is open again');
  await expect(result).toContainText('Debit note DN/25-26/0001 raised for ₹590.00');
  await result.getByRole('button', { name: 'Close' }).click();
  await cheques.tab('Bounced');
  await expect(cheques.row('400001')).toContainText('Bounced');

  // The invoice is open again, and the debit note for the charges is in the list.
  await invoices.open();
  await expect(secondRow).not.toContainText('Settled');
  await expect(secondRow.getByRole('cell').nth(6)).toHaveText('₹5,900.00');
  const note = invoices.rows().filter({ hasText: 'DN/25-26/0001' });
  await expect(note).toContainText('Debit note');
  await expect(note).toContainText('₹590.00');

  // The write-off tolerance is a company setting that survives a reload.
  await company.open();
  const tolerance = page.getByRole('textbox', { name: 'Write-off tolerance' });
  await expect(tolerance).toHaveValue('10.00');
  await tolerance.fill('ten rupees');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(tolerance).toHaveAccessibleDescription(/Write-off tolerance must be rupees/);
  await tolerance.fill('250');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Company details saved')).toBeVisible();
  await page.goto(bahi.url);
  await company.open();
  await expect(page.getByRole('textbox', { name: 'Write-off tolerance' })).toHaveValue('250.00');
  expect(await call(page, 'company.get', {})).toMatchObject({ writeOffTolerance: 250_00 });
});

test('the TDS register: by customer, section and quarter, with totals, exported to Excel', async ({
  page,
}) => {
  await withCompany(page);
  const customer = await call(page, 'customers.create', {
    code: 'TATAAUTO',
    name: 'Tata AutoComp Systems Ltd',
    gstin: '27AAACT1234K1ZG',
  });
  const cash = (await call(page, 'bankAccounts.list', {})).find((b) => b.kind === 'cash')!;
  const bank = await call(page, 'bankAccounts.create', { name: 'SBI Current 9876' });
  expect(cash.accountCode).toBe('1100');
  const invoice = await issueInvoice(page, customer.id, '2025-05-10', 1_00_000_00);
  await call(page, 'receipts.record', {
    customerId: customer.id,
    date: '2025-06-05',
    mode: 'neft',
    bankAccountId: bank.id,
    instrumentNumber: 'SBIN525156123456',
    amount: 1_16_000_00,
    tdsAmount: 2_000_00,
    tdsSection: '194C',
    allocations: [{ documentId: invoice.id, amount: 1_18_000_00 }],
  });

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'TDS register' })
    .click();
  await expect(page.getByRole('heading', { name: 'TDS register', level: 3 })).toBeVisible();
  await page.getByRole('textbox', { name: 'From', exact: true }).fill('01-04-2025');
  await page.getByRole('textbox', { name: 'To', exact: true }).fill('31-03-2026');
  const row = page.getByTestId('tds-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('AAACT1234K');
  await expect(row).toContainText('194C');
  await expect(row).toContainText('2025-26 Q1');
  await expect(page.getByTestId('tds-total-amount')).toHaveText('₹2,000.00');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('tds-register-2025-04-01-to-2026-03-31.xlsx');
  const bytes = Buffer.concat((await (await file.createReadStream()).toArray()) as Buffer[]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('TDS register')!;
  expect(sheet.getCell('A1').value).toBe('Sahyadri Traders LLP');
  expect(sheet.getCell('G6').value).toBe(2_000);
  expect(sheet.getCell('G8').value).toBe(2_000);
  expect(sheet.getCell('G8').font?.bold).toBe(true);
});
