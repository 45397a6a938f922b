import { daysBetween, todayIso, type IsoDate } from '../shared/dates';
import { expect, test } from './bahi.fixture';
import { call, issueInvoice, withCompany } from './helpers';

// An HDFC current-account download: a NEFT keyed in the books already, a UPI and a cheque
// deposit nobody has recorded yet, and the bank's charges. Indian-grouped amounts, dd/mm/yy.
const STATEMENT = [
  'Date,Narration,Chq./Ref.No.,Value Dt,Withdrawal Amt.,Deposit Amt.,Closing Balance',
  '10/07/25,NEFT CR-HDFC0000123-THERMAX LTD-HDFCN52025071012345,HDFCN52025071012345,10/07/25,,"1,18,000.00","1,18,000.00"',
  '11/07/25,UPI/CR/519212345678/KIRLOSKAR BROTHERS/kbl@okaxis/Payment,519212345678,11/07/25,,"59,000.00","1,77,000.00"',
  '12/07/25,CHQ DEP - 004512 - MICR CLG - PUNE,004512,12/07/25,,"29,500.00","2,06,500.00"',
  '12/07/25,NEFT CHGS INCL GST,,12/07/25,17.70,,"2,06,482.30"',
].join('\r\n');

test('bank reconciliation: import an HDFC statement, accept the strong matches, create a receipt from a cheque line, and the statement agrees', async ({
  page,
}) => {
  await withCompany(page);
  const customer = (code: string, name: string) =>
    call(page, 'customers.create', { code, name, stateCode: '27' });
  const thermax = await customer('THERMAX', 'Thermax Ltd');
  const kbl = await customer('KBL', 'Kirloskar Brothers Ltd');
  const konkan = await customer('KONKAN', 'Konkan Traders');
  const hdfc = await call(page, 'bankAccounts.create', {
    name: 'HDFC Current 1234',
    bankName: 'HDFC Bank',
    accountNumber: '50200012341234',
    ifsc: 'HDFC0000123',
  });
  const thermaxInv = await issueInvoice(page, thermax.id, '2025-07-01', 1_00_000_00); // ₹1,18,000
  const kblInv = await issueInvoice(page, kbl.id, '2025-07-02', 50_000_00); // ₹59,000
  const konkanInv = await issueInvoice(page, konkan.id, '2025-07-03', 25_000_00); // ₹29,500
  const neft = await call(page, 'receipts.record', {
    customerId: thermax.id,
    date: '2025-07-10',
    mode: 'neft',
    bankAccountId: hdfc.id,
    instrumentNumber: 'HDFCN52025071012345',
    amount: 1_18_000_00,
    allocations: [{ documentId: thermaxInv.id, amount: 1_18_000_00 }],
  });
  await page.reload();

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Bank reconciliation' })
    .click();
  await expect(page.getByRole('heading', { name: 'Bank reconciliation', level: 3 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Bank account' })).toHaveValue(
    'HDFC Current 1234',
  );

  const upload = async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import statement…' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'hdfc-jul-2025.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(STATEMENT),
    });
  };
  await upload();
  const result = page.getByTestId('import-result');
  await expect(result).toContainText('hdfc-jul-2025.csv: 4 new lines, 0 lines already there');
  await expect(result).toContainText('10-07-2025 to 12-07-2025');
  await expect(page.getByTestId('balance-breaks')).toHaveCount(0);

  // The NEFT is the recorded receipt by its UTR; the UPI names Kirloskar and pays its invoice.
  const lines = page.getByTestId('suggestion-line');
  await expect(lines).toHaveCount(3);
  const thermaxLine = lines.filter({ hasText: 'THERMAX LTD' });
  await expect(thermaxLine).toContainText(`Receipt ${neft.number}`);
  await expect(thermaxLine).toContainText(
    `HDFCN52025071012345 is the instrument number of receipt ${neft.number}`,
  );
  await expect(thermaxLine.getByLabel('Score 99')).toBeVisible();
  const kblLine = lines.filter({ hasText: 'KIRLOSKAR BROTHERS' });
  await expect(kblLine).toContainText(`New receipt for ${kblInv.number}`);
  await expect(kblLine).toContainText('Kirloskar Brothers Ltd');
  await expect(kblLine).toContainText('amount equals an open invoice');
  await expect(lines.filter({ hasText: 'CHQ DEP' })).toContainText('No suggestion');

  await expect(page.getByRole('textbox', { name: 'Accept all above' })).toHaveValue('80');
  await page.getByRole('button', { name: 'Accept all above 80' }).click();
  await expect(
    page.getByText(/Accepted 2 matches at 80 or above \(1 receipt created\)/),
  ).toBeVisible();
  await expect(lines).toHaveCount(1);

  // Kirloskar's receipt was created for the line's amount and settled its invoice.
  const kblReceipts = await call(page, 'receipts.list', { customerId: kbl.id });
  expect(kblReceipts.map((r) => [r.amount, r.mode, r.date, r.bankAccountId])).toEqual([
    [59_000_00, 'upi', '2025-07-11', hdfc.id],
  ]);
  expect((await call(page, 'invoices.get', { id: kblInv.id })).openBalance).toBe(0);
  await page.getByRole('tab', { name: /Matched/ }).click();
  await expect(page.getByTestId('matched-lines-row')).toHaveCount(2);

  // The same file again adds nothing.
  await upload();
  await expect(result).toContainText('hdfc-jul-2025.csv: 0 new lines, 4 lines already there');

  // The cheque deposit names nobody: the person knows it is Konkan's and creates the receipt.
  await page.getByRole('tab', { name: /Unmatched/ }).click();
  const queue = page.getByTestId('unmatched-lines-row');
  await expect(queue).toHaveCount(2);
  const chequeRow = queue.filter({ hasText: 'CHQ DEP' });
  await expect(chequeRow.getByTestId('age-days')).toHaveText(
    String(daysBetween('2025-07-12' as IsoDate, todayIso())),
  );
  await expect(queue.filter({ hasText: 'NEFT CHGS' })).toContainText('₹17.70');
  await chequeRow.getByRole('button', { name: 'Create receipt…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create a receipt from this line' });
  await expect(dialog.getByTestId('line-facts')).toContainText('₹29,500.00 in');
  await dialog.getByRole('combobox', { name: 'Customer' }).fill('KONKAN');
  await page.getByRole('option', { name: /Konkan Traders/ }).click();
  await dialog.getByRole('button', { name: 'Create receipt' }).click();
  await expect(dialog).toBeHidden();
  await expect(queue).toHaveCount(1);

  const [cheque] = await call(page, 'receipts.list', { customerId: konkan.id });
  expect(cheque).toMatchObject({
    amount: 29_500_00,
    mode: 'cheque',
    instrumentNumber: '004512',
    date: '2025-07-12',
    chequeStatus: 'cleared',
  });
  expect((await call(page, 'invoices.get', { id: konkanInv.id })).openBalance).toBe(0);

  // Books: the three receipts; bank: the same less its charges, the one reconciling item.
  await page.getByRole('tab', { name: 'Reconciliation statement' }).click();
  await expect(page.getByTestId('statement-result')).toContainText(
    'Agrees: the books and the reconciling items come to the balance per bank',
  );
  await expect(page.getByTestId('balance-per-books')).toHaveText('₹2,06,500.00');
  await expect(page.getByTestId('total-in_bank_not_in_books_debit')).toHaveText('Less ₹17.70');
  await expect(page.getByTestId('books-and-items')).toHaveText('₹2,06,482.30');
  await expect(page.getByTestId('balance-per-bank')).toHaveText('₹2,06,482.30');
  await expect(page.getByTestId('statement-difference')).toHaveText('₹0.00');
  const statement = await call(page, 'bankReconciliation.statement', {
    bankAccountId: hdfc.id,
    asOf: todayIso(),
  });
  expect(statement).toMatchObject({
    balancePerBooks: 2_06_500_00,
    balancePerBank: 2_06_482_30,
    difference: 0,
    balanced: true,
  });
  expect(statement.items.map((i) => [i.kind, i.amount])).toEqual([
    ['in_bank_not_in_books_debit', -17_70],
  ]);
});
