// Receipts printed through the real channel and read back from the PDF with poppler, and the
// confirmation a customer is sent, for a money receipt, a cheque that bounces and an advance.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoice, receive } from '../../db/receipts/fixture';
import { allocateCredit, bounceCheque } from '../../db/receipts/settlements';
import { amountInWords, paise } from '../../shared/money';
import type { Result } from '../../shared/result';
import { receiptHtml } from '../documents/print/ReceiptDocument';
import { createHostRouter, type HostRouter } from '../ipc/host';
import { fileWorkspace } from '../workspace';
import { printableReceipt } from './printable';
import { COMPANY, COMPANY_GSTIN, documentsLedger } from './testing';

const t = documentsLedger();
let router: HostRouter;
const printedHtml: string[] = [];
const dialogRouter = createHostRouter(fileWorkspace(t.ledger), 't', {
  checkOutputs: true,
  printWithDialog: async (html) => {
    printedHtml.push(html);
    return true;
  },
});

interface Confirmation {
  text: string;
  whatsappUrl: string | null;
  mailto: string | null;
}

async function call<T>(channel: string, input: unknown): Promise<T> {
  const r = (await router.dispatch(channel, input)) as Result<T>;
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.data;
}

const flatten = (s: string) => s.replace(/\s+/g, ' ');

interface Printed {
  file: string;
  /** `pdftotext -layout`: a table row stays on one line. */
  lines: string[];
  /** Reading order, whitespace collapsed: a value that wraps in its cell reads whole. */
  flat: string;
  /** The layout text with whitespace collapsed. */
  layout: string;
}

/** The PDF through `receipts.print`, read back with poppler. */
async function printed(id: number, name: string): Promise<Printed> {
  const pdf = await call<{ fileName: string; contentBase64: string }>('receipts.print', { id });
  const file = join(t.ledger.dir, name);
  writeFileSync(file, Buffer.from(pdf.contentBase64, 'base64'));
  const layout = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return {
    file,
    lines: layout.split('\n'),
    layout: flatten(layout),
    flat: flatten(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })),
  };
}

/** A labelled cell: the value printed just under its label, in the same column. */
function hasCell(lines: string[], label: string, value: string): boolean {
  return lines.some((line, i) => {
    const col = line.indexOf(label);
    if (col < 0) return false;
    return lines.slice(i + 1, i + 4).some((next) => {
      const at = next.indexOf(value);
      return at >= 0 && Math.abs(at - col) <= 3;
    });
  });
}

type Particular = string | { label: string; value: string };

function shows(p: Printed, particular: Particular): boolean {
  if (typeof particular !== 'string') return hasCell(p.lines, particular.label, particular.value);
  return p.flat.includes(particular) || p.layout.includes(particular);
}

const ids = { money: 0, cheque: 0, advance: 0, postDated: 0 };
const pdfs: Record<string, Printed> = {};
const confirmations: Record<string, Confirmation> = {};
let fileName = '';

beforeAll(async () => {
  router = createHostRouter(fileWorkspace(t.ledger), 't', { checkOutputs: true });
  const a = invoice(t.ledger, t.pune, 100_000_00); // ₹1,18,000.00, INV/25-26/0001
  const b = invoice(t.ledger, t.pune, 50_000_00, '2025-06-10'); // ₹59,000.00
  const c = invoice(t.ledger, t.pune, 40_000_00, '2025-06-15'); // ₹47,200.00
  const blrInvoice = invoice(t.ledger, t.blr, 20_000_00, '2025-07-15');

  ids.money = receive(t.ledger, {
    customerId: t.pune,
    bankAccountId: t.hdfc,
    amount: 174_000_00,
    tdsAmount: 3_000_00,
    tdsSection: '194C',
    bankCharges: 25_00,
    allocations: [
      { documentId: a.id, amount: 118_000_00 },
      { documentId: b.id, amount: 59_000_00 },
    ],
  }).id;
  ids.cheque = receive(t.ledger, {
    customerId: t.pune,
    bankAccountId: t.hdfc,
    date: '2025-07-02',
    mode: 'cheque',
    instrumentNumber: '123456',
    instrumentDate: '2025-06-30',
    draweeBank: 'ICICI Bank',
    amount: 50_000_00,
    allocations: [{ documentId: c.id, amount: 47_200_00 }],
  }).id;
  ids.advance = receive(t.ledger, {
    customerId: t.blr,
    bankAccountId: t.hdfc,
    date: '2025-07-03',
    amount: 50_000_00,
    narration: 'Advance against PO 4512',
  }).id;
  ids.postDated = receive(t.ledger, {
    customerId: t.pune,
    bankAccountId: t.hdfc,
    date: '2025-07-04',
    mode: 'cheque',
    instrumentNumber: '654321',
    instrumentDate: '2025-08-15',
    draweeBank: 'Axis Bank',
    amount: 25_000_00,
  }).id;

  fileName = (await call<{ fileName: string }>('receipts.print', { id: ids.money })).fileName;
  pdfs.money = await printed(ids.money, 'money.pdf');
  pdfs.cheque = await printed(ids.cheque, 'cheque.pdf');
  pdfs.advance = await printed(ids.advance, 'advance.pdf');
  for (const [name, id] of Object.entries(ids)) {
    confirmations[name] = await call<Confirmation>('receipts.confirmation', { id });
  }

  bounceCheque(
    t.ledger,
    { id: ids.cheque, date: '2025-07-05', reason: 'Funds insufficient', charges: null },
    't',
  );
  allocateCredit(
    t.ledger,
    {
      creditId: ids.advance,
      date: '2025-07-20',
      allocations: [{ documentId: blrInvoice.id, amount: 23_600_00 }],
    },
    't',
  );
  pdfs.bounced = await printed(ids.cheque, 'bounced.pdf');
  confirmations.bounced = await call<Confirmation>('receipts.confirmation', { id: ids.cheque });
}, 90_000);

afterAll(async () => {
  await router.dispose();
  await dialogRouter.dispose();
  t.ledger.cleanup();
});

const each = (name: string, particulars: [string, Particular][]) =>
  it.each(particulars)('%s', (_what, expected) => {
    expect(shows(pdfs[name]!, expected), JSON.stringify(expected)).toBe(true);
  });

describe('a money receipt with TDS against two invoices', () => {
  each('money', [
    ['title', 'RECEIPT'],
    ['company name', COMPANY],
    ['company address', 'Plot C-14, MIDC Bhosari'],
    ['company GSTIN', `GSTIN/UIN: ${COMPANY_GSTIN}`],
    ['receipt number', { label: 'RECEIPT NO.', value: 'RCT/25-26/0001' }],
    ['receipt date', { label: 'DATED', value: '01-07-2025' }],
    ['received from', 'RECEIVED FROM'],
    ['customer name', 'Pune Engineering Pvt Ltd'],
    ['customer address', 'Unit 7, Wagle Industrial Estate'],
    ['customer GSTIN', 'GSTIN/UIN: 27AAACT1234K1ZG'],
    ['mode', { label: 'MODE', value: 'NEFT' }],
    ['UTR', { label: 'UTR', value: 'HDFCN52025070112345' }],
    ['bank account credited', 'HDFC Current 1234 (HDFC Bank A/c 50200012341234)'],
    ['amount in figures', 'Amount Received ₹1,74,000.00'],
    ['amount in words', amountInWords(paise(174_000_00))],
    ['first invoice settled', 'INV/25-26/0001 01-06-2025 1,18,000.00'],
    ['second invoice settled', 'INV/25-26/0002 10-06-2025 59,000.00'],
    ['total allocated', 'Total Allocated 1,77,000.00'],
    ['TDS section and amount', 'TDS u/s 194C 3,000.00'],
    ['TDS noted', 'TDS of ₹3,000.00 deducted u/s 194C noted.'],
    ['total credited', 'Total Credited to Your Account ₹1,77,000.00'],
    ['bank charges', 'Bank Charges 25.00'],
    ['signature: for the company', `For ${COMPANY}`],
    ['signature: authorised signatory', 'Authorised Signatory'],
  ]);

  it('is a receipt, not a voucher, and has nothing on account or to realise', () => {
    const { flat } = pdfs.money!;
    expect(flat).not.toContain('RECEIPT VOUCHER');
    expect(flat).not.toContain('On Account');
    expect(flat).not.toContain('Subject to realisation');
    expect(flat).not.toContain('RETURNED');
    expect(flat).not.toMatch(/\d{3},\d{3}\.\d\d/);
  });

  it('embeds the bundled Noto Sans, ₹ included', () => {
    const fonts = execFileSync('pdffonts', [pdfs.money!.file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '');
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f).toMatch(/\+NotoSans-(Regular|Bold)\s/);
  });

  it('is named after the receipt number', () => {
    expect(fileName).toBe('RCT-25-26-0001.pdf');
  });
});

describe('a cheque receipt', () => {
  each('cheque', [
    ['title', 'RECEIPT'],
    ['cheque number', { label: 'CHEQUE NO.', value: '123456' }],
    ['cheque date', { label: 'CHEQUE DATE', value: '30-06-2025' }],
    ['drawee bank', { label: 'DRAWEE BANK', value: 'ICICI Bank' }],
    ['invoice settled', 'INV/25-26/0003 15-06-2025 47,200.00'],
    ['on account remainder', 'On Account ₹2,800.00'],
    ['subject to realisation', 'Subject to realisation of the cheque.'],
  ]);

  it('prints CHEQUE RETURNED UNPAID once it bounces, and no longer claims to settle the invoice', () => {
    const { flat, layout } = pdfs.bounced!;
    expect(flat).toContain('CHEQUE RETURNED UNPAID on 05-07-2025');
    expect(flat).toContain('Reason: Funds insufficient');
    expect(flat).toContain('RCT/25-26/0002');
    expect(layout).toContain('Amount Received ₹50,000.00');
    expect(flat).not.toContain('RECEIPT VOUCHER');
    expect(flat).not.toContain('INV/25-26/0003');
    expect(flat).not.toContain('On Account');
    expect(pdfs.cheque!.flat).not.toContain('RETURNED');
  });
});

describe('an advance prints as a Rule 50 receipt voucher', () => {
  each('advance', [
    ['title', 'RECEIPT VOUCHER'],
    ['rule', 'Rule 50 of the CGST Rules, 2017'],
    ['supplier name', COMPANY],
    ['supplier address', 'Plot C-14, MIDC Bhosari'],
    ['supplier GSTIN', `GSTIN/UIN: ${COMPANY_GSTIN}`],
    ['serial number', { label: 'VOUCHER SERIAL NO.', value: 'RCT/25-26/0003' }],
    ['date', { label: 'DATED', value: '03-07-2025' }],
    ['recipient', 'RECIPIENT Bengaluru Tech Systems'],
    ['recipient address', 'Plot 112, Hebbal Industrial Area'],
    ['recipient GSTIN', 'GSTIN/UIN: 29AAACB1234L1ZS'],
    ['recipient state', 'State Name: Karnataka, Code: 29'],
    ['description', 'Advance against PO 4512'],
    ['amount of advance', 'Amount of Advance (₹)'],
    ['advance in figures', '₹50,000.00'],
    ['advance in words', amountInWords(paise(50_000_00))],
    ['rate of tax', 'Rate of Tax'],
    ['GST on the advance', 'GST on this advance: Nil'],
    ['place of supply', { label: 'PLACE OF SUPPLY', value: 'Karnataka (29)' }],
    ['reverse charge', 'Whether tax is payable on reverse charge: No'],
    ['signature', `For ${COMPANY}`],
    ['signatory', 'Authorised Signatory'],
  ]);

  it('prints Nil for rate and amount of tax, and no invoices', () => {
    const { flat } = pdfs.advance!;
    expect(pdfs.advance!.layout).toMatch(/Advance against PO 4512 50,000.00 Nil Nil/);
    expect(flat).not.toContain('Against Invoice No.');
  });

  it('stays a voucher after the advance is later set against an invoice', () => {
    const r = printableReceipt(t.ledger, ids.advance);
    expect(r.kind).toBe('RECEIPT_VOUCHER');
    expect(r.settlements.map((s) => [s.number, s.amount])).toEqual([['INV/25-26/0004', 23_600_00]]);
    expect(printableReceipt(t.ledger, ids.money).kind).toBe('MONEY_RECEIPT');
    expect(printableReceipt(t.ledger, ids.cheque).kind).toBe('MONEY_RECEIPT');
  });
});

describe('printing', () => {
  it('refuses a post-dated cheque, which has no receipt number yet', async () => {
    const r = await router.dispatch('receipts.print', { id: ids.postDated });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'id' } });
  });

  it('gives the HTML with nothing to run or load from outside', async () => {
    const r = await call<{ fileName: string; contentBase64: string }>('receipts.print', {
      id: ids.money,
      format: 'html',
    });
    expect(r.fileName).toBe('RCT-25-26-0001.html');
    const html = Buffer.from(r.contentBase64, 'base64').toString('utf8');
    expect(html.startsWith('<!DOCTYPE html><html lang="en-IN">')).toBe(true);
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    expect(html).not.toMatch(/<script|\son[a-z]+=|https?:\/\//i);
    expect(html).toBe(receiptHtml(printableReceipt(t.ledger, ids.money)));
  });

  it('sends the receipt to the print dialog in the desktop app only', async () => {
    expect(await dialogRouter.dispatch('receipts.printDialog', { id: ids.advance })).toEqual({
      ok: true,
      data: { printed: true },
    });
    expect(printedHtml[0]).toContain('RCT/25-26/0003');
    expect(await router.dispatch('receipts.printDialog', { id: ids.advance })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', field: 'id' },
    });
  });
});

describe('the confirmation for the customer', () => {
  const money =
    'Dear Pune Engineering Pvt Ltd, we have received ₹1,74,000.00 by NEFT (UTR HDFCN52025070112345) ' +
    'on 01-07-2025, receipt RCT/25-26/0001, against INV/25-26/0001 (₹1,18,000.00) and ' +
    'INV/25-26/0002 (₹59,000.00). TDS ₹3,000.00 u/s 194C noted. Thank you. — Sahyadri Supplies Pvt Ltd';

  it('says what came in, how, and what it settled, with the TDS noted', () => {
    expect(confirmations.money!.text).toBe(money);
  });

  it('opens WhatsApp on the customer’s WhatsApp number with the text', () => {
    const url = new URL(confirmations.money!.whatsappUrl!);
    expect(`${url.origin}${url.pathname}`).toBe('https://wa.me/919822012345');
    expect(url.searchParams.get('text')).toBe(money);
  });

  it('writes an e-mail with a subject and the text as its body', () => {
    const mailto = confirmations.money!.mailto!;
    expect(mailto.startsWith('mailto:accounts@pune-eng.example.in?')).toBe(true);
    const params = new URLSearchParams(mailto.slice(mailto.indexOf('?') + 1));
    expect(params.get('subject')).toBe(
      'Payment received: receipt RCT/25-26/0001 — Sahyadri Supplies Pvt Ltd',
    );
    expect(params.get('body')).toBe(money);
  });

  it('has no links for a customer with neither phone nor e-mail', () => {
    expect(confirmations.advance).toEqual({
      text:
        'Dear Bengaluru Tech Systems, we have received ₹50,000.00 by NEFT (UTR HDFCN52025070112345) ' +
        'on 03-07-2025, receipt RCT/25-26/0003, as an advance (Advance against PO 4512). ' +
        'Thank you. — Sahyadri Supplies Pvt Ltd',
      whatsappUrl: null,
      mailto: null,
    });
  });

  it('describes a cheque, what is left on account, and that it is subject to realisation', () => {
    expect(confirmations.cheque!.text).toBe(
      'Dear Pune Engineering Pvt Ltd, we have received ₹50,000.00 by cheque no. 123456 dated ' +
        '30-06-2025 drawn on ICICI Bank on 02-07-2025, receipt RCT/25-26/0002, against ' +
        'INV/25-26/0003 (₹47,200.00), with ₹2,800.00 kept on account. Subject to realisation. ' +
        'Thank you. — Sahyadri Supplies Pvt Ltd',
    );
  });

  it('tells the customer their cheque came back', () => {
    expect(confirmations.bounced!.text).toBe(
      'Dear Pune Engineering Pvt Ltd, your cheque no. 123456 dated 30-06-2025 drawn on ICICI Bank ' +
        'for ₹50,000.00 (our receipt RCT/25-26/0002 of 02-07-2025) was returned unpaid on ' +
        '05-07-2025 (Funds insufficient). Kindly arrange the payment. — Sahyadri Supplies Pvt Ltd',
    );
    const subject = new URLSearchParams(confirmations.bounced!.mailto!.split('?')[1]).get(
      'subject',
    );
    expect(subject).toBe(
      'Cheque returned unpaid: receipt RCT/25-26/0002 — Sahyadri Supplies Pvt Ltd',
    );
  });

  it('acknowledges a post-dated cheque before it is deposited', () => {
    expect(confirmations.postDated!.text).toBe(
      'Dear Pune Engineering Pvt Ltd, we have received your post-dated cheque no. 654321 dated ' +
        '15-08-2025 drawn on Axis Bank for ₹25,000.00. We will present it on its date. ' +
        'Thank you. — Sahyadri Supplies Pvt Ltd',
    );
  });
});
