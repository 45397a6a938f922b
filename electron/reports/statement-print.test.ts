// Statements printed through the real channel and read back from the PDF with poppler: every
// part a customer is sent, and a long statement that breaks pages with its header on each.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../../db/customers/customers';
import { invoice, receive } from '../../db/receipts/fixture';
import { customerInput } from '../../shared/customers/contract';
import { amountInWords, paise } from '../../shared/money';
import { statementHtml } from '../documents/print/StatementDocument';
import type { HostRouter } from '../ipc/host';
import { COMPANY, COMPANY_GSTIN } from '../receipts/testing';
import { callChannel, reportsRouter } from './channels-testing';
import { printableStatement } from './statement-printable';
import { BANK, statementsLedger, storyOf } from './statement-testing';

const t = statementsLedger();
let router: HostRouter;
const dialogHtml: string[] = [];
const dialogRouter = reportsRouter(t.ledger, {
  printWithDialog: async (html) => {
    dialogHtml.push(html);
    return true;
  },
});

const flatten = (s: string) => s.replace(/\s+/g, ' ');

interface Printed {
  fileName: string;
  file: string;
  /** `pdftotext -layout`, one entry per page. */
  pages: string[];
  /** The layout text with whitespace collapsed: a table row reads as one line. */
  layout: string;
  /** Reading order, whitespace collapsed: a phrase that wraps in its box reads whole. */
  flat: string;
}

async function printed(customerId: number, from: string, to: string): Promise<Printed> {
  const pdf = await callChannel(router, 'reports.printStatement', { customerId, from, to });
  const file = join(t.ledger.dir, `${customerId}-${from}.pdf`);
  writeFileSync(file, Buffer.from(pdf.contentBase64, 'base64'));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return {
    fileName: pdf.fileName,
    file,
    pages: text.split('\f').slice(0, -1),
    layout: flatten(text),
    flat: flatten(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })),
  };
}

/** A labelled cell: the value printed just under its label (a whole word), in the same column. */
function hasCell(p: Printed, label: string, value: string): boolean {
  const lines = p.pages.join('\n').split('\n');
  const word = new RegExp(`(?<![A-Z])${label.replace(/[.()]/g, '\\$&')}(?![A-Z])`);
  return lines.some((line, i) => {
    const col = line.search(word);
    if (col < 0) return false;
    return lines.slice(i + 1, i + 3).some((next) => {
      const at = next.indexOf(value);
      return at >= 0 && Math.abs(at - col) <= 3;
    });
  });
}

const pdfs: Record<string, Printed> = {};
let longCustomer = 0;
let creditCustomer = 0;

beforeAll(async () => {
  router = reportsRouter(t.ledger);
  storyOf(t);
  // Seventy invoices in a year: more than one A4 page of entries.
  longCustomer = createCustomer(
    t.ledger,
    customerInput.parse({ code: 'LONG', name: 'Long Ledger Traders', stateCode: '27' }),
    't',
  ).id;
  for (let i = 0; i < 70; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String(4 + Math.floor(i / 10)).padStart(2, '0');
    invoice(t.ledger, longCustomer, (i + 1) * 1_000_00, `2025-${month}-${day}`);
  }
  // An advance with nothing to set it against: the customer is in credit.
  creditCustomer = t.blr;
  receive(t.ledger, {
    customerId: t.blr,
    bankAccountId: t.hdfc,
    date: '2025-07-03',
    amount: 50_000_00,
  });
  pdfs.story = await printed(t.pune, '2025-04-01', '2025-06-30');
  pdfs.long = await printed(longCustomer, '2025-04-01', '2026-03-31');
  pdfs.credit = await printed(creditCustomer, '2025-04-01', '2026-03-31');
}, 120_000);

afterAll(async () => {
  await router.dispose();
  await dialogRouter.dispose();
  t.ledger.cleanup();
});

describe('a statement with an opening balance, invoices, TDS, a credit note and a bounced cheque', () => {
  const parts: [string, string][] = [
    ['title', 'STATEMENT OF ACCOUNT'],
    ['company name', COMPANY],
    ['company address', 'Plot C-14, MIDC Bhosari'],
    ['company GSTIN', `GSTIN/UIN: ${COMPANY_GSTIN}`],
    ['bank: heading', 'BANK DETAILS FOR PAYMENT'],
    ['bank: name', `Bank Name ${BANK.bankName}`],
    ['bank: account', `A/c No. ${BANK.accountNumber}`],
    ['bank: IFSC', `IFSC ${BANK.ifsc}`],
    ['customer address', 'Unit 7, Wagle Industrial Estate'],
    ['customer GSTIN', 'GSTIN/UIN: 27AAACT1234K1ZG'],
    ['period', '01-04-2025 to 30-06-2025'],
    ['opening balance row', '01-04-2025 Opening Balance 1,18,000.00 Dr'],
    ['invoice', '10-04-2025 Invoice INV/25-26/0001 10-05-2025 59,000.00 1,77,000.00 Dr'],
    ['second invoice', '05-05-2025 Invoice INV/25-26/0002 04-06-2025 47,200.00 2,24,200.00 Dr'],
    ['receipt with TDS', 'RCT/25-26/0001 1,18,000.00 1,06,200.00 Dr'],
    ['TDS named', 'Payment received by NEFT HDFCN52025070112345 (incl. TDS deducted)'],
    ['credit note', '20-05-2025 Credit note CN/25-26/0001 5,900.00 1,00,300.00 Dr'],
    [
      'cheque',
      '02-06-2025 Payment received by Cheque 123456 RCT/25-26/0002 53,100.00 47,200.00 Dr',
    ],
    [
      'cheque returned',
      '05-06-2025 Cheque 123456 returned unpaid RCT/25-26/0002 53,100.00 1,00,300.00 Dr',
    ],
    ['totals', 'Total for the Period 1,59,300.00 1,77,000.00'],
    ['closing balance row', '30-06-2025 Closing Balance 1,00,300.00 Dr'],
    ['ageing heading', 'Ageing of the Balance as on 30-06-2025'],
    ['ageing buckets', 'Not due 1–30 31–60 61–90 Over 90 On Account Total'],
    ['ageing amounts', '0.00 47,200.00 53,100.00 0.00 0.00 0.00 1,00,300.00 Dr'],
    ['amount due in words', amountInWords(paise(100_300_00))],
    [
      'confirm within 15 days',
      'Please confirm the balance of ₹1,00,300.00 Dr as on 30-06-2025, or report any differences within 15 days',
    ],
    ['signature: for the company', `For ${COMPANY}`],
    ['signature: authorised signatory', 'Authorised Signatory'],
    ['page footer', 'Page 1 of 1'],
  ];
  it.each(parts)('%s', (_what, text) => {
    const p = pdfs.story!;
    expect(p.layout.includes(text) || p.flat.includes(text), text).toBe(true);
  });

  it.each([
    ['customer name', 'TO', 'Pune Engineering Pvt Ltd'],
    ['customer code', 'CUSTOMER CODE', 'PUNE'],
    ['balance as on', 'BALANCE AS ON', '30-06-2025'],
    ['period', 'PERIOD', '01-04-2025 to 30-06-2025'],
    ['opening balance', 'OPENING BALANCE', '1,18,000.00 Dr'],
    ['closing balance', 'CLOSING BALANCE', '1,00,300.00 Dr'],
    ['amount due', 'AMOUNT DUE', '₹1,00,300.00'],
  ])('%s beside its label', (_what, label, value) => {
    expect(hasCell(pdfs.story!, label, value)).toBe(true);
  });

  it('fits on one page', () => {
    expect(pdfs.story!.pages).toHaveLength(1);
  });

  it('is named after the customer and the period, and carries the ₹ font', () => {
    expect(pdfs.story!.fileName).toBe(
      'PUNE - Pune Engineering Pvt Ltd - statement 2025-04-01 to 2025-06-30.pdf',
    );
    const fonts = execFileSync('pdffonts', [pdfs.story!.file], { encoding: 'utf8' });
    expect(fonts).toMatch(/\+NotoSans-(Regular|Bold)\s/);
  });
});

describe('a long statement', () => {
  it('breaks pages and repeats the table header on each', () => {
    const { pages } = pdfs.long!;
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(flatten(page)).toContain(
        'Date Particulars Document No. Due Date Debit (₹) Credit (₹) Balance (₹)',
      );
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
    });
    expect(pages[0]).toContain('Opening Balance');
    expect(pages.at(-1)).toContain('Closing Balance');
  });

  it('prints every entry once, with the FY in its name', () => {
    const s = printableStatement(t.ledger, {
      customerId: longCustomer,
      from: '2025-04-01',
      to: '2026-03-31',
    }).statement;
    expect(s.entries).toHaveLength(70);
    for (const e of s.entries) {
      expect(pdfs.long!.layout.split(`${e.number!} `).length - 1, e.number!).toBe(1);
    }
    expect(pdfs.long!.fileName).toBe('LONG - Long Ledger Traders - statement 2025-26.pdf');
  });
});

describe('a customer in credit', () => {
  it('is told the balance in their favour, and gets no bank details to pay into', () => {
    const { layout, flat } = pdfs.credit!;
    expect(hasCell(pdfs.credit!, 'BALANCE IN YOUR FAVOUR', '₹50,000.00 Cr')).toBe(true);
    expect(layout).toContain('On Account Total');
    expect(layout).toContain('0.00 0.00 0.00 0.00 0.00 50,000.00 Cr 50,000.00 Cr');
    expect(flat).toContain(amountInWords(paise(50_000_00)));
    expect(layout).toContain('Closing Balance 50,000.00 Cr');
    expect(layout).toContain('Please confirm the balance of ₹50,000.00 Cr as on 31-03-2026');
    expect(layout).not.toContain('BANK DETAILS FOR PAYMENT');
  });
});

describe('printing', () => {
  it('gives the HTML with nothing to run or load from outside', async () => {
    const r = await callChannel(router, 'reports.printStatement', {
      customerId: t.pune,
      from: '2025-04-01',
      to: '2025-06-30',
      format: 'html',
    });
    expect(r.fileName).toBe(
      'PUNE - Pune Engineering Pvt Ltd - statement 2025-04-01 to 2025-06-30.html',
    );
    const html = Buffer.from(r.contentBase64, 'base64').toString('utf8');
    expect(html.startsWith('<!DOCTYPE html><html lang="en-IN">')).toBe(true);
    expect(html).not.toMatch(/<script|\son[a-z]+=|https?:\/\//i);
    expect(html).toBe(
      statementHtml(
        printableStatement(t.ledger, { customerId: t.pune, from: '2025-04-01', to: '2025-06-30' }),
      ),
    );
  });

  it('refuses a period that ends before it starts, on the To field', async () => {
    const r = await router.dispatch('reports.printStatement', {
      customerId: t.pune,
      from: '2025-06-30',
      to: '2025-04-01',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'to' } });
  });

  it('sends the statement to the print dialog in the desktop app only', async () => {
    const q = { customerId: t.pune, from: '2025-04-01', to: '2025-06-30' };
    expect(await dialogRouter.dispatch('reports.printStatementDialog', q)).toEqual({
      ok: true,
      data: { printed: true },
    });
    expect(dialogHtml[0]).toContain('Pune Engineering Pvt Ltd');
    expect(await router.dispatch('reports.printStatementDialog', q)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', field: 'customerId' },
    });
  });
});
