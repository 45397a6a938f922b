import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { financialYearOf, todayIso } from '../shared/dates';
import { expect, test } from './bahi.fixture';
import { call, inYear, issueInvoice, shown, withCompany } from './helpers';
import { CustomerAccountsPage } from './pages';

const today = todayIso();
const fy = financialYearOf(today);

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
/** As Tally prints a date in a ledger: 5-Apr-26. */
const tallyDate = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}-${MONTHS[Number(m) - 1] ?? ''}-${(y ?? '').slice(2)}`;
};

/** `pdftotext` in reading order, whitespace folded so a wrapped phrase reads whole. */
const pdfText = (file: string) =>
  execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

const UTR = 'HDFCN52026041012345';

test('customer reconciliation: their Tally ledger against ours shows the line only they have and the amount that differs; Excel and the confirmation letter with our statement', async ({
  page,
}) => {
  await withCompany(page);
  const pune = await call(page, 'customers.create', {
    code: 'PUNE',
    name: 'Pune Engineering Pvt Ltd',
    stateCode: '27',
    gstin: '27AAACT1234K1ZG',
    paymentTermsDays: 30,
  });
  const bank = await call(page, 'bankAccounts.create', {
    name: 'HDFC Current 1234',
    bankName: 'HDFC Bank',
    accountNumber: '50200012341234',
    ifsc: 'HDFC0000123',
  });
  const first = await issueInvoice(page, pune.id, inYear(3), 1_00_000_00); // ₹1,18,000.00
  const second = await issueInvoice(page, pune.id, inYear(6), 50_000_00); // ₹59,000.00
  const numbers = [first.number ?? '', second.number ?? ''] as const;
  await call(page, 'receipts.record', {
    customerId: pune.id,
    date: inYear(9),
    mode: 'neft',
    bankAccountId: bank.id,
    instrumentNumber: UTR,
    amount: 1_18_000_00,
    allocations: [{ documentId: first.id, amount: 1_18_000_00 }],
  });

  // Their books: our first invoice as we billed it, the second at ₹58,000 (₹1,000 short), our
  // receipt as their payment by its UTR, and a debit note of theirs we never saw.
  const ledger = [
    'Pune Engineering Pvt Ltd',
    'Ledger Account: Sahyadri Traders LLP',
    `${tallyDate(fy.start)} to ${tallyDate(today)}`,
    '',
    'Date,Particulars,Vch Type,Vch No.,Debit,Credit',
    `${tallyDate(inYear(3))},Purchase A/c,Purchase,${numbers[0]},,"1,18,000.00"`,
    `${tallyDate(inYear(6))},Purchase A/c,Purchase,${numbers[1]},,"58,000.00"`,
    `${tallyDate(inYear(9))},HDFC Bank,Payment,${UTR},"1,18,000.00",`,
    `${tallyDate(inYear(10))},Rate difference,Debit Note,DN/7,"2,000.00",`,
    ',Closing Balance,,,"1,20,000.00","1,76,000.00"',
  ].join('\r\n');

  await page.reload();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Customer reconciliation' })
    .click();
  await expect(
    page.getByRole('heading', { name: 'Customer reconciliation', level: 3 }),
  ).toBeVisible();
  await page.getByRole('combobox', { name: 'Customer' }).fill('PUNE');
  await page.getByRole('option', { name: /Pune Engineering Pvt Ltd/ }).click();

  const upload = async (name: string, text: string) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import their ledger…' }).click();
    await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  };
  await upload('pune-ledger.csv', ledger);

  // Ours 59,000 Dr; theirs 1,18,000 + 58,000 − 1,18,000 − 2,000 = 56,000 Dr; 3,000 explained.
  await expect(page.getByTestId('our-closing')).toHaveText('₹59,000.00 Dr');
  await expect(page.getByTestId('their-closing')).toHaveText('₹56,000.00 Dr');
  await expect(page.getByTestId('difference')).toHaveText('₹3,000.00');
  await expect(page.getByTestId('explained-only-theirs')).toContainText('₹2,000.00');
  await expect(page.getByTestId('explained-amounts')).toContainText('₹1,000.00');
  await expect(page.getByTestId('explained-only-ours')).toContainText('₹0.00');

  await expect(page.getByTestId('only-ours-row')).toHaveCount(0);
  const onlyTheirs = page.getByTestId('only-theirs-row');
  await expect(onlyTheirs).toHaveCount(1);
  await expect(onlyTheirs).toContainText('DN/7');
  await expect(onlyTheirs).toContainText('₹2,000.00');
  const matched = page.getByTestId('matched-row');
  await expect(matched).toHaveCount(3);
  const differing = matched.filter({ hasText: numbers[1] });
  await expect(differing).toContainText('₹59,000.00 Dr');
  await expect(differing).toContainText('₹58,000.00 Dr');
  await expect(differing).toContainText('₹1,000.00');
  await expect(matched.filter({ hasText: UTR })).toContainText('Payment ref.');

  // A file their ledger cannot be read from is refused by its line, and nothing on screen moves.
  await upload('broken.csv', 'Date,Particulars,Vch No.,Debit,Credit\r\n31/02/2026,x,1,,5\r\n');
  const refused = page.getByTestId('compare-error');
  await expect(refused).toContainText('broken.csv was not read; nothing has changed');
  await expect(refused).toContainText('line 2');
  await expect(page.getByTestId('their-file')).toHaveText('Their ledger: pune-ledger.csv');
  await expect(page.getByTestId('difference')).toHaveText('₹3,000.00');

  // Excel: every line with its list; the totals are the two closings and their gap.
  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Excel' }).click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toBe(`customer-reconciliation-PUNE-${today}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await xlsx.path()) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Customer reconciliation')!;
  const rowOf = (text: string) => {
    for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === text) return r;
    throw new Error(`no row "${text}"`);
  };
  const theirsOnly = rowOf('Only in theirs');
  expect(sheet.getCell(theirsOnly, 7).value).toBe('DN/7');
  expect(sheet.getCell(theirsOnly, 9).value).toBe(2_000);
  const totals = rowOf('Ours − theirs');
  expect([4, 8, 9].map((c) => sheet.getCell(totals, c).value)).toEqual([59_000, 56_000, 3_000]);

  // The balance confirmation letter, our statement for the period on the pages after it.
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Balance confirmation letter' }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toBe(
    `PUNE - Pune Engineering Pvt Ltd - balance confirmation ${shown(today)}.pdf`,
  );
  const file = await pdf.path();
  expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = pdfText(file);
  expect(text).toContain('Sahyadri Traders LLP');
  expect(text).toContain('GSTIN: 27AAACT1234K1ZG');
  expect(text).toContain(
    `your account shows a debit balance of ₹59,000.00 (Rupees Fifty-Nine Thousand Only) due to us as on ${shown(today)}`,
  );
  expect(text).toContain('within 15 days');
  expect(text).toContain('CONFIRMATION OF BALANCE');
  expect(text).toContain('credit balance of ₹59,000.00');
  expect(text).toContain('STATEMENT OF ACCOUNT');
  expect(text).toContain(numbers[1]);

  // From the customer's account, Reconcile opens this screen on them, for the year to date.
  const accounts = new CustomerAccountsPage(page);
  await accounts.open();
  await accounts.customer().fill('PUNE');
  await page.getByRole('option', { name: /Pune Engineering Pvt Ltd/ }).click();
  await page.getByRole('button', { name: 'Reconcile', exact: true }).click();
  await expect(
    page.getByRole('heading', { name: 'Customer reconciliation', level: 3 }),
  ).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Customer' })).toHaveValue(
    'PUNE · Pune Engineering Pvt Ltd',
  );
  await expect(page.getByRole('textbox', { name: 'To', exact: true })).toHaveValue(shown(today));
});
