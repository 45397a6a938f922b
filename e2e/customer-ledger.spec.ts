import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { ChannelName, Input, Output } from '../shared/contract';
import { addDays, formatDateIndian, todayIso } from '../shared/dates';
import { formatINR, paise } from '../shared/money';
import type { Result } from '../shared/result';
import { expect, test } from './bahi.fixture';
import { withCompany } from './helpers';
import { CustomerAccountsPage, CustomersPage, ipc } from './pages';

/** A channel's answer, or the test stops with the ledger's message. */
async function call<K extends ChannelName>(page: Page, channel: K, input: Input<K>) {
  const r = (await ipc(page, channel, input)) as Result<Output<K>>;
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.data;
}

/** How the account prints a balance: ₹11,800.00 Dr, or Cr when the customer is in credit. */
const drCr = (p: number) =>
  p === 0 ? '₹0.00' : `${formatINR(paise(Math.abs(p)))} ${p > 0 ? 'Dr' : 'Cr'}`;

// Set BAHI_LEDGER_SCREENSHOT=1 to keep pictures of the account and the allocate tab.
const shot = (name: string) =>
  fileURLToPath(new URL(`../test-results/screenshots/${name}.png`, import.meta.url));
async function picture(page: Page, name: string) {
  if (process.env.BAHI_LEDGER_SCREENSHOT !== '1') return;
  await page.mouse.move(0, 0);
  await page.screenshot({ path: shot(name) });
}

const today = todayIso();
const daysAgo = (n: number) => addDays(today, -n);
const shown = (iso: string) => formatDateIndian(iso as Parameters<typeof formatDateIndian>[0]);

async function issueInvoice(page: Page, customerId: number, date: string, rate: number) {
  const draft = await call(page, 'invoices.createDraft', {
    customerId,
    date,
    roundOff: false,
    lines: [
      {
        description: 'Centrifugal pump service',
        hsnSac: '998719',
        unit: 'NOS',
        quantity: '1',
        rate,
        gstRateBps: 1800,
      },
    ],
  });
  return (await call(page, 'invoices.issue', { id: draft.id })).document;
}

test('a customer’s account: running balance, allocate on-account money, undo with a reason, write off', async ({
  page,
}) => {
  await withCompany(page); // Sahyadri Traders LLP, Maharashtra; write-off tolerance ₹10
  const customer = await call(page, 'customers.create', {
    code: 'KIRLOSKAR',
    name: 'Kirloskar Brothers Ltd',
    stateCode: '27',
    paymentTermsDays: 30,
  });
  const bank = await call(page, 'bankAccounts.create', {
    name: 'HDFC Current 1234',
    bankName: 'HDFC Bank',
    accountNumber: '50200012341234',
    ifsc: 'HDFC0000123',
  });
  // ₹10,000 + 18% = ₹11,800 sixty days ago; ₹5,000 + 18% = ₹5,900 thirty days ago.
  const older = await issueInvoice(page, customer.id, daysAgo(60), 10_000_00);
  const newer = await issueInvoice(page, customer.id, daysAgo(30), 5_000_00);
  // ₹11,795 by NEFT ten days ago, allocated to nothing: it sits on account.
  const receipt = await call(page, 'receipts.record', {
    customerId: customer.id,
    date: daysAgo(10),
    mode: 'neft',
    bankAccountId: bank.id,
    instrumentNumber: 'HDFCN52026111012345',
    amount: 11_795_00,
  });
  expect(receipt.unallocated).toBe(11_795_00);
  const olderNo = older.number!;
  const newerNo = newer.number!;

  // From the customer's drawer to their account.
  await page.reload();
  const customers = new CustomersPage(page);
  await customers.expectCount(1);
  await customers.row('KIRLOSKAR').click();
  await customers.drawer().getByRole('button', { name: 'Account' }).click();
  const account = new CustomerAccountsPage(page);
  await expect(account.heading()).toBeVisible();
  await expect(account.customer()).toHaveValue('KIRLOSKAR · Kirloskar Brothers Ltd');

  // A period that starts after the older invoice opens with it as the opening balance.
  await account.period(shown(daysAgo(45)), shown(today));
  await expect(account.opening()).toHaveText('₹11,800.00 Dr');
  await expect(account.ledgerRows()).toHaveCount(2);

  // The whole story: each balance and the closing one as the ledger computes them.
  await account.period(shown(daysAgo(90)), shown(today));
  await expect(account.opening()).toHaveText('₹0.00');
  const ledger = await call(page, 'receipts.customerLedger', {
    customerId: customer.id,
    from: daysAgo(90),
    to: today,
  });
  await expect(account.ledgerRows()).toHaveCount(3);
  await expect(account.balances()).toHaveText(ledger.entries.map((e) => drCr(e.balance)));
  await expect(account.balances()).toHaveText(['₹11,800.00 Dr', '₹17,700.00 Dr', '₹5,905.00 Dr']);
  await expect(account.closing()).toHaveText(drCr(ledger.closing));
  await expect(account.closing()).toHaveText('₹5,905.00 Dr');
  await expect(account.openItem(olderNo).getByTestId('open-item-overdue')).toHaveText('30 d');
  await expect(page.getByTestId('account-on-account')).toHaveText('₹11,795.00');

  // Allocate the money on account to the older invoice: Suggest takes the oldest due first.
  await account.tab('Allocate');
  await expect(account.allocateForm()).toContainText(`Allocate receipt ${receipt.number!}`);
  await account.allocateForm().getByRole('button', { name: 'Suggest' }).click();
  await expect(account.allocateTo(olderNo)).toHaveValue('11,795.00');
  await expect(account.allocateTo(newerNo)).toHaveValue('');
  await picture(page, 'customer-allocate');
  await account.allocateForm().getByRole('button', { name: 'Save allocation' }).click();
  await expect(account.done()).toContainText(
    `₹11,795.00 of ${receipt.number!} allocated to ${olderNo}`,
  );
  await account.tab('Account');
  await expect(account.openItem(olderNo).getByTestId('open-item-balance')).toHaveText('₹5.00');
  await expect(page.getByTestId('account-on-account')).toHaveText('₹0.00');
  // Matching moves no money: the balance stays what it was.
  await expect(account.closing()).toHaveText('₹5,905.00 Dr');

  // Undo it: a reason is required, and the invoice opens again.
  const allocation = account.allocations().filter({ hasText: olderNo });
  await allocation
    .getByRole('button', { name: `Undo ${receipt.number!} against ${olderNo}` })
    .click();
  const undo = page.getByRole('dialog', { name: 'Undo allocation' });
  await undo.getByRole('button', { name: 'Undo allocation' }).click();
  await expect(undo.getByText('Say why the allocation is undone')).toBeVisible();
  await undo.getByRole('textbox', { name: 'Reason' }).fill('Customer paid for the pump overhaul');
  await undo.getByRole('button', { name: 'Undo allocation' }).click();
  await expect(undo).toBeHidden();
  await expect(account.openItem(olderNo).getByTestId('open-item-balance')).toHaveText('₹11,800.00');
  await expect(page.getByTestId('account-on-account')).toHaveText('₹11,795.00');
  await expect(allocation).toHaveAttribute('data-reversed', 'true');
  await expect(allocation.getByTestId('allocation-undone')).toContainText(
    'Customer paid for the pump overhaul',
  );
  await picture(page, 'customer-account');

  // Allocate again from the money on account, by hand this time.
  await page
    .getByTestId('on-account-item')
    .getByRole('button', { name: `Allocate ${receipt.number!}` })
    .click();
  await account.allocateTo(olderNo).fill('11,795');
  await account.allocateTo(olderNo).press('Control+s');
  await expect(account.done()).toContainText(`allocated to ${olderNo}`);
  await account.tab('Account');
  await expect(account.openItem(olderNo).getByTestId('open-item-balance')).toHaveText('₹5.00');

  // A small-balance write-off beyond the company's tolerance is refused on the amount.
  await page.getByRole('button', { name: `Write off ${newerNo}` }).click();
  let writeOff = page.getByRole('dialog', { name: `Write off ${newerNo}` });
  await expect(writeOff.getByRole('textbox', { name: 'Write-off amount' })).toHaveValue('5,900.00');
  await writeOff.getByRole('textbox', { name: 'Reason' }).fill('Trying');
  await writeOff.getByRole('button', { name: 'Write off' }).click();
  await expect(writeOff.getByText(/A small-balance write-off is limited to ₹10\.00/)).toBeVisible();
  await writeOff.getByRole('button', { name: 'Cancel' }).click();
  await expect(writeOff).toBeHidden();

  // The five rupees left on the older invoice are within it.
  await page.getByRole('button', { name: `Write off ${olderNo}` }).click();
  writeOff = page.getByRole('dialog', { name: `Write off ${olderNo}` });
  await expect(writeOff.getByRole('textbox', { name: 'Write-off amount' })).toHaveValue('5.00');
  await expect(writeOff.getByRole('combobox', { name: 'Kind' })).toHaveValue('Small balance');
  await writeOff.getByRole('textbox', { name: 'Reason' }).fill('Bank charges deducted by customer');
  await writeOff.getByRole('button', { name: 'Write off' }).click();
  await expect(writeOff).toBeHidden();
  await expect(account.done()).toContainText(/Write-off WO\/\d\d-\d\d\/0001 posted against/);
  await expect(account.openItem(olderNo)).toHaveCount(0);
  await expect(account.openItems()).toHaveCount(1);
  const after = await call(page, 'receipts.customerLedger', {
    customerId: customer.id,
    from: daysAgo(90),
    to: today,
  });
  expect(after.closing).toBe(5_900_00);
  await expect(account.closing()).toHaveText('₹5,900.00 Dr');
  await expect(account.ledgerRows()).toHaveCount(4);

  // Drill into the receipt, and back: the same customer and period are on screen.
  await account.ledger().getByRole('button', { name: receipt.number! }).click();
  await expect(page.getByTestId('receipt-title')).toContainText(receipt.number!);
  await account.open();
  await expect(account.from()).toHaveValue(shown(daysAgo(90)));
  await expect(account.closing()).toHaveText('₹5,900.00 Dr');

  // Drill into the older invoice: settled.
  await account.ledger().getByRole('button', { name: olderNo }).click();
  await expect(page.getByTestId('document-title')).toHaveText(`Invoice ${olderNo}`);
  await expect(page.getByTestId('open-balance')).toHaveText('₹0.00');

  // The audit trail keeps the undo and its reason.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Audit trail' })
    .click();
  const undone = page.getByTestId('audit-row').filter({ hasText: 'receipts.unallocate' });
  await expect(undone).toHaveCount(1);
  await undone.click();
  await expect(page.getByText(/"reason": "Customer paid for the pump overhaul"/)).toBeVisible();
  const trail = await call(page, 'audit.list', { entity: 'allocation', limit: 50 });
  expect(trail.find((e) => e.command === 'receipts.unallocate')?.after).toMatchObject({
    reason: 'Customer paid for the pump overhaul',
  });
});
