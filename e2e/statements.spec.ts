import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import type { ChannelName, Input, Output } from '../shared/contract';
import { addDays, financialYearOf, todayIso } from '../shared/dates';
import { formatINR, paise, rupeesToPaise } from '../shared/money';
import type { Result } from '../shared/result';
import { expect, test } from './bahi.fixture';
import { inYear, shown, withCompany } from './helpers';
import { CustomerAccountsPage, ipc, StatementsPage } from './pages';

/** A channel's answer, or the test stops with the ledger's message. */
async function call<K extends ChannelName>(page: Page, channel: K, input: Input<K>) {
  const r = (await ipc(page, channel, input)) as Result<Output<K>>;
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.data;
}

/** How the screen shows a balance: ₹53,100.00 Dr, or Cr when the customer is in credit. */
const drCr = (p: number) =>
  p === 0 ? '₹0.00' : `${formatINR(paise(Math.abs(p)))} ${p > 0 ? 'Dr' : 'Cr'}`;

/** `pdftotext -layout`, whitespace folded so a table row reads as one phrase. */
const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

// Set BAHI_STATEMENT_SCREENSHOT=1 to keep pictures of the statement and bulk statements.
async function picture(page: Page, name: string) {
  if (process.env.BAHI_STATEMENT_SCREENSHOT !== '1') return;
  await page.mouse.move(0, 0);
  const path = fileURLToPath(new URL(`../test-results/screenshots/${name}.png`, import.meta.url));
  await page.screenshot({ path });
}

const today = todayIso();
const fy = financialYearOf(today);

const line = (rate: number, description = 'Centrifugal pump service') => ({
  description,
  hsnSac: '998719',
  unit: 'NOS',
  quantity: '1',
  rate,
  gstRateBps: 1800,
});

async function issue(page: Page, input: Input<'invoices.createDraft'>) {
  const draft = await call(page, 'invoices.createDraft', input);
  return (await call(page, 'invoices.issue', { id: draft.id })).document;
}

/**
 * Kirloskar: ₹1,18,000 brought forward from last year, settled by ₹1,16,000 with ₹2,000 TDS; a
 * ₹59,000 invoice this year less a ₹5,900 credit note: ₹53,100.00 Dr. Bharat owes ₹11,800;
 * Zenith owes nothing.
 */
async function seed(page: Page) {
  await withCompany(page);
  const customer = (code: string, name: string) =>
    call(page, 'customers.create', { code, name, stateCode: '27', paymentTermsDays: 30 });
  const kirloskar = await customer('KIRLOSKAR', 'Kirloskar Brothers Ltd');
  const bharat = await customer('BHARAT', 'Bharat Forge Ltd');
  await customer('ZENITH', 'Zenith Steel Pipes');
  const bank = await call(page, 'bankAccounts.create', {
    name: 'HDFC Current 1234',
    bankName: 'HDFC Bank',
    accountNumber: '50200012341234',
    ifsc: 'HDFC0000123',
  });
  const lastYear = await issue(page, {
    customerId: kirloskar.id,
    date: addDays(fy.start, -20),
    roundOff: false,
    lines: [line(100_000_00)],
  });
  const thisYear = await issue(page, {
    customerId: kirloskar.id,
    date: inYear(5),
    roundOff: false,
    lines: [line(50_000_00)],
  });
  await call(page, 'receipts.record', {
    customerId: kirloskar.id,
    date: inYear(10),
    mode: 'neft',
    bankAccountId: bank.id,
    instrumentNumber: 'HDFCN52026041012345',
    amount: 116_000_00,
    tdsAmount: 2_000_00,
    tdsSection: '194C',
    allocations: [{ documentId: lastYear.id, amount: 118_000_00 }],
  });
  await issue(page, {
    kind: 'credit_note',
    customerId: kirloskar.id,
    date: inYear(12),
    reason: 'discount',
    referencedIds: [thisYear.id],
    roundOff: false,
    lines: [line(5_000_00, 'Discount')],
  });
  await issue(page, {
    customerId: bharat.id,
    date: inYear(3),
    roundOff: false,
    lines: [line(10_000_00)],
  });
  return { kirloskar };
}

test('statement of account on screen, as PDF and in Excel, and bulk statements as a zip', async ({
  page,
}) => {
  const { kirloskar } = await seed(page);
  await page.reload();
  const statements = new StatementsPage(page);
  await statements.open();
  await expect(statements.from()).toHaveValue(shown(fy.start));
  await expect(statements.to()).toHaveValue(shown(fy.end));
  await statements.pick('kirlo', /Kirloskar Brothers Ltd/);

  // The screen's figures are the ledger's.
  const s = await call(page, 'reports.statement', {
    customerId: kirloskar.id,
    from: fy.start,
    to: fy.end,
  });
  await expect(statements.opening()).toHaveText(drCr(s.opening));
  await expect(statements.opening()).toHaveText('₹1,18,000.00 Dr');
  await expect(statements.closing()).toHaveText(drCr(s.closing));
  await expect(statements.closing()).toHaveText('₹53,100.00 Dr');
  await expect(statements.rows()).toHaveCount(3);
  await expect(statements.rows().nth(1)).toContainText('(incl. TDS deducted)');
  await picture(page, 'statement');

  // Print / Save PDF: the A4 statement with the customer and the closing balance.
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Print / Save PDF' }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toBe(
    `KIRLOSKAR - Kirloskar Brothers Ltd - statement ${fy.label}.pdf`,
  );
  const text = pdfText(await pdf.path());
  expect(text).toContain('STATEMENT OF ACCOUNT');
  expect(text).toContain('Kirloskar Brothers Ltd');
  expect(text).toContain(`${shown(fy.end)} Closing Balance 53,100.00 Dr`);
  expect(text).toContain('within 15 days');

  // Excel: the workbook's closing balance is the screen's.
  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Excel' }).click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toBe(
    `KIRLOSKAR - Kirloskar Brothers Ltd - statement ${fy.label}.xlsx`,
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await xlsx.path()) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Statement')!;
  const closingRow = sheet.getColumn(3).values.findIndex((v) => v === 'Closing balance');
  expect(closingRow).toBeGreaterThan(0);
  const closing = sheet.getCell(`G${closingRow}`).value as number;
  const side = sheet.getCell(`H${closingRow}`).value as string;
  expect(`${formatINR(rupeesToPaise(closing))} ${side}`).toBe(
    await statements.closing().textContent(),
  );

  // Bulk statements for everyone with a balance: two customers, two PDFs in the zip.
  await statements.tab('Bulk statements');
  const withBalance = statements
    .bulk()
    .getByRole('radio', { name: `Customers with a balance on ${shown(fy.end)} (2)` });
  await expect(withBalance).toBeChecked();
  await statements.bulk().getByRole('button', { name: 'Make statements' }).click();
  await expect(statements.done()).toContainText(
    `2 statements written to “Statements ${fy.label}”`,
    {
      timeout: 30_000,
    },
  );
  await expect(statements.progress()).toHaveText('2 of 2');
  await picture(page, 'bulk-statements');
  await expect(statements.bulk().getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
  const zipDownload = page.waitForEvent('download');
  await statements.done().getByRole('button', { name: 'Download zip' }).click();
  const zip = await zipDownload;
  expect(zip.suggestedFilename()).toBe(`Statements ${fy.label}.zip`);
  const files = await JSZip.loadAsync(readFileSync(await zip.path()));
  const pdfs = Object.keys(files.files).filter((n) => n.endsWith('.pdf'));
  expect(pdfs.sort()).toEqual([
    `BHARAT - Bharat Forge Ltd - statement ${fy.label}.pdf`,
    `KIRLOSKAR - Kirloskar Brothers Ltd - statement ${fy.label}.pdf`,
  ]);
});

test('the Statement button on a customer’s account opens their statement for that period', async ({
  page,
}) => {
  await seed(page);
  await page.reload();
  const accounts = new CustomerAccountsPage(page);
  await accounts.open();
  await accounts.customer().fill('KIRLO');
  await page.getByRole('option', { name: /Kirloskar Brothers Ltd/ }).click();
  await expect(accounts.closing()).toHaveText('₹53,100.00 Dr');
  await page.getByRole('button', { name: 'Statement', exact: true }).click();
  const statements = new StatementsPage(page);
  await expect(statements.heading()).toBeVisible();
  await expect(statements.customer()).toHaveValue('KIRLOSKAR · Kirloskar Brothers Ltd');
  await expect(statements.closing()).toHaveText('₹53,100.00 Dr');
});
