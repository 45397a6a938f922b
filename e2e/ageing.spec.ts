import ExcelJS from 'exceljs';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Download, Page } from '@playwright/test';
import type { ChannelName, Input, Output } from '../shared/contract';
import { addDays, formatDateIndian, todayIso, type IsoDate } from '../shared/dates';
import type { Result } from '../shared/result';
import { expect, test } from './bahi.fixture';
import { withCompany } from './helpers';
import { AgeingPage, ipc } from './pages';

/** A channel's answer, or the test stops with the ledger's message. */
async function call<K extends ChannelName>(page: Page, channel: K, input: Input<K>) {
  const r = (await ipc(page, channel, input)) as Result<Output<K>>;
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.data;
}

// The report is run ten days back, so documents after it (an invoice, a receipt) must not count.
const asOf = addDays(todayIso(), -10);
const day = (n: number) => addDays(asOf, n);
const shown = (iso: string) => formatDateIndian(iso as IsoDate);

async function issueInvoice(page: Page, customerId: number, date: string, taxable: number) {
  const draft = await call(page, 'invoices.createDraft', {
    customerId,
    date,
    roundOff: false,
    lines: [
      {
        description: 'Pump overhaul',
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

/** ₹46,690.00 → 4669000 paise; -₹3,000.00 → -300000. */
const paiseOf = (text: string) => {
  const negative = text.trim().startsWith('-');
  const digits = text.replace(/[^\d]/g, '');
  return (negative ? -1 : 1) * Number(digits);
};

async function workbookOf(download: Download) {
  const bytes = Buffer.concat((await (await download.createReadStream()).toArray()) as Buffer[]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  let header = 1;
  while (sheet.getCell(header, 1).value !== 'Code') header++;
  let totals = header + 1;
  while (sheet.getCell(totals, 2).value !== 'Total') totals++;
  return { sheet, header, totals, rows: totals - header - 1 };
}

// Set BAHI_AGEING_SCREENSHOT=1 to keep pictures of the report and its drill-down.
async function picture(page: Page, name: string) {
  if (process.env.BAHI_AGEING_SCREENSHOT !== '1') return;
  await page.mouse.move(0, 0);
  await page.screenshot({
    path: fileURLToPath(new URL(`../test-results/screenshots/${name}.png`, import.meta.url)),
  });
}

/** An Excel amount back to paise, exactly. */
const excelPaise = (v: ExcelJS.CellValue) => Math.round((v as number) * 100);

test('ageing as of a date: buckets, totals against the books, drill-down, Excel by customer and by document', async ({
  page,
  bahi,
}) => {
  await withCompany(page); // Sahyadri Traders LLP, Maharashtra
  const bank = await call(page, 'bankAccounts.create', {
    name: 'HDFC Current 1234',
    bankName: 'HDFC Bank',
    accountNumber: '50200012341234',
    ifsc: 'HDFC0000123',
  });
  const customer = (code: string, name: string, customerGroup: string, salesperson: string) =>
    call(page, 'customers.create', {
      code,
      name,
      stateCode: '27',
      paymentTermsDays: 30,
      customerGroup,
      salesperson,
    });
  const kirloskar = await customer('KIRLOSKAR', 'Kirloskar Brothers Ltd', 'Dealers', 'Meera');
  const thermax = await customer('THERMAX', 'Thermax Ltd', 'OEM', 'Rohit');
  const forge = await customer('BHARATFORGE', 'Bharat Forge Ltd', 'Dealers', 'Rohit');
  const late = await customer('LATE', 'Late Starters Pvt Ltd', 'OEM', 'Meera');

  // Kirloskar: ₹11,800 due 100 days before the as-of date, ₹4,000 of it paid; ₹5,900 due 20 days before.
  const oldest = await issueInvoice(page, kirloskar.id, day(-130), 10_000_00);
  const recent = await issueInvoice(page, kirloskar.id, day(-50), 5_000_00);
  await call(page, 'receipts.record', {
    customerId: kirloskar.id,
    date: day(-20),
    mode: 'neft',
    bankAccountId: bank.id,
    instrumentNumber: 'HDFCN52026000000001',
    amount: 4_000_00,
    allocations: [{ documentId: oldest.id, amount: 4_000_00 }],
  });
  // Thermax: ₹23,600 due 50 days before, and ₹3,000 received against nothing (on account).
  await issueInvoice(page, thermax.id, day(-80), 20_000_00);
  await call(page, 'receipts.record', {
    customerId: thermax.id,
    date: day(-15),
    mode: 'upi',
    bankAccountId: bank.id,
    instrumentNumber: 'UPI000000000002',
    amount: 3_000_00,
  });
  // Bharat Forge: ₹9,440 not yet due; ₹2,950 due 70 days before.
  await issueInvoice(page, forge.id, day(-10), 8_000_00);
  await issueInvoice(page, forge.id, day(-100), 2_500_00);
  // After the as-of date: an invoice, and Kirloskar paying the recent one in full.
  await issueInvoice(page, late.id, day(5), 1_000_00);
  await call(page, 'receipts.record', {
    customerId: kirloskar.id,
    date: day(8),
    mode: 'neft',
    bankAccountId: bank.id,
    instrumentNumber: 'HDFCN52026000000003',
    amount: 5_900_00,
    allocations: [{ documentId: recent.id, amount: 5_900_00 }],
  });

  await page.reload();
  const ageing = new AgeingPage(page);
  await ageing.open();
  await expect(ageing.asOf()).toHaveValue(shown(todayIso()));
  await ageing.runAsOf(shown(asOf));
  await expect(ageing.rows()).toHaveCount(3);
  await expect(ageing.row('LATE')).toHaveCount(0);

  // One customer's buckets (due date; not due, 1–30, 31–60, 61–90, over 90).
  const k = ageing.row('KIRLOSKAR');
  await expect(ageing.cell(k, 'b0')).toHaveText('');
  await expect(ageing.cell(k, 'b1')).toHaveText('₹5,900.00');
  await expect(ageing.cell(k, 'b4')).toHaveText('₹7,800.00');
  await expect(ageing.cell(k, 'total')).toHaveText('₹13,700.00');
  await expect(ageing.cell(ageing.row('THERMAX'), 'onAccount')).toHaveText('-₹3,000.00');

  // The totals, and the total beside the AR control account: they agree.
  const totals = ageing.totals();
  const expected = {
    b0: '₹9,440.00',
    b1: '₹5,900.00',
    b2: '₹23,600.00',
    b3: '₹2,950.00',
    b4: '₹7,800.00',
    onAccount: '-₹3,000.00',
    total: '₹46,690.00',
  };
  for (const [column, text] of Object.entries(expected)) {
    await expect(ageing.cell(totals, column)).toHaveText(text);
  }
  await expect(ageing.total()).toHaveText('₹46,690.00');
  await expect(ageing.arControl()).toHaveText('₹46,690.00');
  await expect(ageing.booksCheck()).toHaveText('Agrees with the books');
  await picture(page, 'ageing');
  const ledger = await call(page, 'reports.ageing', { asOf });
  expect(ledger.arControl).toBe(46_690_00);
  expect(ledger.totals.total).toBe(ledger.arControl);

  // A filter narrows the customers, and the screen says the total is theirs only.
  await page.getByRole('combobox', { name: 'Customer group' }).click();
  await page.getByRole('option', { name: 'OEM' }).click();
  await expect(ageing.rows()).toHaveCount(1);
  await expect(ageing.total()).toHaveText('₹20,600.00');
  await expect(ageing.booksCheck()).toHaveText('Differs by ₹26,090.00');
  await expect(page.getByTestId('ageing-filtered-note')).toContainText(
    'the total covers the filtered customers only',
  );
  // Emptying the filter and leaving it clears it, from the keyboard.
  const group = page.getByRole('combobox', { name: 'Customer group' });
  await group.fill('');
  await group.press('Tab');
  await expect(ageing.rows()).toHaveCount(3);
  await expect(ageing.booksCheck()).toHaveText('Agrees with the books');

  // Drill into Kirloskar from the keyboard: its two open invoices as of that date.
  await ageing.grid().locator('.bahi-grid-body').focus();
  const kIndex = await ageing
    .rows()
    .evaluateAll((rows) => rows.findIndex((r) => r.textContent?.includes('KIRLOSKAR')));
  for (let i = 0; i < kIndex; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(ageing.drill()).toContainText('KIRLOSKAR · Kirloskar Brothers Ltd');
  await expect(ageing.documents()).toHaveCount(2);
  const oldRow = ageing.documents().filter({ hasText: oldest.number! });
  await expect(oldRow).toContainText('Over 90');
  await expect(oldRow).toContainText('₹7,800.00');
  await expect(ageing.documents().filter({ hasText: recent.number! })).toContainText('₹5,900.00');
  await picture(page, 'ageing-drill');

  // Enter on a document opens the invoice; back on Ageing, Esc closes the drill-down.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('document-title')).toHaveText(/Invoice /);
  await ageing.open();
  await expect(ageing.drill()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(ageing.drill()).toBeHidden();
  await expect(ageing.rows()).toHaveCount(3);

  // Excel by customer: the workbook's totals are the screen's, to the paisa.
  const screenTotals: Record<string, number> = {};
  for (const column of Object.keys(expected)) {
    screenTotals[column] = paiseOf(await ageing.cell(totals, column).innerText());
  }
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`ageing-${asOf}-by-customer.xlsx`);
  const byCustomer = await workbookOf(file);
  expect(byCustomer.rows).toBe(3);
  const t = byCustomer.sheet.getRow(byCustomer.totals);
  expect([6, 7, 8, 9, 10, 11, 12].map((c) => excelPaise(t.getCell(c).value))).toEqual([
    screenTotals.b0,
    screenTotals.b1,
    screenTotals.b2,
    screenTotals.b3,
    screenTotals.b4,
    screenTotals.onAccount,
    screenTotals.total,
  ]);
  const books = byCustomer.sheet.getRow(byCustomer.totals + 1);
  expect(excelPaise(books.getCell(12).value)).toBe(paiseOf(await ageing.arControl().innerText()));
  expect(byCustomer.sheet.getRow(byCustomer.totals + 2).getCell(2).value).toBe(
    'Difference: agrees with the books',
  );

  // By document: every open item on screen, and the export runs as a job with progress.
  await ageing.level('By document');
  await expect(ageing.rows()).toHaveCount(6);
  await expect(ageing.cell(ageing.totals(), 'amount')).toHaveText('₹46,690.00');
  const documents = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Excel' }).click();
  const docFile = await documents;
  expect(docFile.suggestedFilename()).toBe(`ageing-${asOf}-by-document.xlsx`);
  await expect(ageing.exportJob()).toBeHidden();
  // The job wrote it into the ledger's exports folder, where it stays.
  const kept = readdirSync(bahi.dataDir, { recursive: true, encoding: 'utf8' });
  expect(kept.filter((f) => f.endsWith(`ageing-${asOf}-by-document.xlsx`))).toHaveLength(1);
  const byDocument = await workbookOf(docFile);
  expect(byDocument.rows).toBe(6);
  const dt = byDocument.sheet.getRow(byDocument.totals);
  expect(excelPaise(dt.getCell(18).value)).toBe(screenTotals.total);
  const receipt = await call(page, 'reports.ageing', { asOf, level: 'document' });
  expect(receipt.documents).toHaveLength(byDocument.rows);
});
