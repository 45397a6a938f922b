import ExcelJS from 'exceljs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { ChannelName, Input, Output } from '../shared/contract';
import { addDays, formatDateIndian, todayIso, type IsoDate } from '../shared/dates';
import { formatINR, paise } from '../shared/money';
import { monthLabel } from '../shared/reports/mis-contract';
import type { Result } from '../shared/result';
import { expect, test } from './bahi.fixture';
import { withCompany } from './helpers';
import { CollectionsPage, ipc } from './pages';

/** A channel's answer, or the test stops with the ledger's message. */
async function call<K extends ChannelName>(page: Page, channel: K, input: Input<K>) {
  const r = (await ipc(page, channel, input)) as Result<Output<K>>;
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.data;
}

// Set BAHI_COLLECTIONS_SCREENSHOT=1 to keep pictures of each tab.
async function picture(page: Page, name: string) {
  if (process.env.BAHI_COLLECTIONS_SCREENSHOT !== '1') return;
  await page.mouse.move(0, 0);
  const path = fileURLToPath(new URL(`../test-results/screenshots/${name}.png`, import.meta.url));
  await page.screenshot({ path });
}

const today = todayIso();
const shown = (iso: string) => formatDateIndian(iso as IsoDate);
const inr = (p: number) => formatINR(paise(p));

/** The first of the month `back` months before this one. */
function monthStart(back: number): IsoDate {
  let y = Number(today.slice(0, 4));
  let m = Number(today.slice(5, 7)) - back;
  while (m < 1) {
    m += 12;
    y--;
  }
  return `${y}-${String(m).padStart(2, '0')}-01` as IsoDate;
}

async function issueInvoice(page: Page, customerId: number, date: string, rate: number) {
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
        rate,
        gstRateBps: 1800,
      },
    ],
  });
  return (await call(page, 'invoices.issue', { id: draft.id })).document;
}

async function readXlsx(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** The row number whose cell in `column` reads `text`. */
function rowOf(sheet: ExcelJS.Worksheet, text: string, column = 1): number {
  for (let r = 1; r <= sheet.rowCount; r++) {
    if (sheet.getRow(r).getCell(column).value === text) return r;
  }
  throw new Error(`No "${text}" in ${sheet.name}`);
}

test('collections by month, DSO, the AR schedule against the books, and the management pack', async ({
  page,
}) => {
  await withCompany(page); // Sahyadri Traders LLP
  const kirloskar = await call(page, 'customers.create', {
    code: 'KIRLOSKAR',
    name: 'Kirloskar Brothers Ltd',
    stateCode: '27',
    paymentTermsDays: 30,
  });
  const thermax = await call(page, 'customers.create', {
    code: 'THERMAX',
    name: 'Thermax Ltd',
    stateCode: '27',
    paymentTermsDays: 15,
  });
  const bank = await call(page, 'bankAccounts.create', {
    name: 'HDFC Current 1234',
    bankName: 'HDFC Bank',
    accountNumber: '50200012341234',
    ifsc: 'HDFC0000123',
  });
  // Three months of trade: two months back, last month and this one.
  const first = monthStart(2);
  const k1 = await issueInvoice(page, kirloskar.id, addDays(first, 4), 1_00_000_00); // ₹1,18,000
  const t1 = await issueInvoice(page, thermax.id, addDays(first, 9), 50_000_00); // ₹59,000
  await issueInvoice(page, kirloskar.id, addDays(monthStart(1), 2), 20_000_00); // ₹23,600
  await issueInvoice(page, thermax.id, monthStart(0), 10_000_00); // ₹11,800
  await call(page, 'receipts.record', {
    customerId: kirloskar.id,
    date: addDays(monthStart(1), 9),
    mode: 'neft',
    bankAccountId: bank.id,
    instrumentNumber: 'HDFCN52026111012345',
    amount: 1_16_000_00,
    tdsAmount: 2_000_00,
    tdsSection: '194C',
    allocations: [{ documentId: k1.id, amount: 1_18_000_00 }],
  });
  await call(page, 'receipts.record', {
    customerId: thermax.id,
    date: today,
    mode: 'upi',
    bankAccountId: bank.id,
    instrumentNumber: 'UPI412345678901',
    amount: 30_000_00,
    allocations: [{ documentId: t1.id, amount: 30_000_00 }],
  });

  await page.reload();
  const mis = new CollectionsPage(page);
  await mis.open();

  // Collections by month, as the channel counts them.
  await mis.period(shown(first), shown(today));
  const collections = await call(page, 'reports.collections', {
    from: first,
    to: today,
    groupBy: 'month',
  });
  expect(collections.byPeriod.map((p) => p.period)).toEqual([
    monthStart(1).slice(0, 7),
    today.slice(0, 7),
  ]);
  await expect(mis.periodRows()).toHaveCount(2);
  await expect(mis.periodRows()).toHaveText(
    collections.byPeriod.map(
      (p) => `${monthLabel(p.period)}${inr(p.received)}${inr(p.tds)}${inr(p.total)}${p.receipts}`,
    ),
  );
  await expect(page.getByTestId('collections-total')).toHaveText(inr(1_48_000_00));
  await picture(page, 'collections');

  // DSO: the twelve months to this one.
  await mis.tab('DSO');
  const dso = await call(page, 'reports.dso', { to: today, months: 12 });
  await expect(mis.dsoRows()).toHaveCount(12);
  await expect(mis.dsoRows().getByRole('cell').first()).toHaveText(
    monthLabel(dso.months[0]!.month),
  );
  await expect(mis.dsoRows().last().getByRole('cell').first()).toHaveText(
    monthLabel(today.slice(0, 7)),
  );
  await expect(mis.dsoRows().last().getByRole('cell').nth(2)).toHaveText(
    inr(dso.months.at(-1)!.closingAr),
  );
  await picture(page, 'collections-dso');

  // Forecast: the overdue line first, thirteen weeks, then later.
  await mis.tab('Forecast');
  await expect(mis.forecastRows()).toHaveCount(15);
  await expect(mis.forecastRows().first().getByRole('cell').first()).toHaveText('Overdue');
  await picture(page, 'collections-forecast');

  // AR schedule for this month: its closing total is the AR control the books show.
  await mis.tab('AR schedule');
  const arControl = (await call(page, 'reports.arSchedule', { from: monthStart(0), to: today }))
    .arControl;
  await expect(mis.scheduleRows()).toHaveCount(2);
  // ₹1,18,000 + ₹59,000 + ₹23,600 + ₹11,800 invoiced, ₹1,18,000 + ₹30,000 settled.
  expect(arControl).toBe(64_400_00);
  await expect(mis.arControl()).toHaveText(inr(arControl));
  await expect(mis.closingTotal()).toHaveText(inr(arControl));
  await expect(mis.agrees()).toHaveText('Agrees with the books');
  await picture(page, 'collections-schedule');

  // The management pack runs as a job: a progress bar, then the workbook downloads.
  await expect(mis.packAsOf()).toHaveValue(shown(today));
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Management pack' }).click();
  await expect(mis.packProgress()).toBeVisible();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`management-pack-${today}.xlsx`);
  await expect(mis.packMessage()).toHaveText(`Done: management-pack-${today}.xlsx`);
  await expect(mis.packProgress()).toHaveAttribute('aria-valuenow', '100');
  await picture(page, 'collections-pack');
  const bytes = Buffer.concat((await (await file.createReadStream()).toArray()) as Buffer[]);
  const pack = await readXlsx(bytes);
  expect(pack.worksheets.map((s) => s.name)).toEqual([
    'Summary',
    'Ageing',
    'Collections',
    'DSO',
    'AR schedule',
  ]);
  const summary = pack.getWorksheet('Summary')!;
  const receivable = summary.getCell(rowOf(summary, 'Total receivable'), 2).value;
  const ageing = pack.getWorksheet('Ageing')!;
  const header = ageing.getRow(rowOf(ageing, 'Code')).values as ExcelJS.CellValue[];
  const ageingTotal = ageing.getCell(rowOf(ageing, 'Total', 2), header.indexOf('Total')).value;
  expect(receivable).toBe(64_400);
  expect(ageingTotal).toBe(receivable);
  // Thermax's first invoice is the one most overdue.
  const top = rowOf(summary, 'Customer') + 1;
  expect(summary.getCell(top, 2).value).toBe('THERMAX');
});
