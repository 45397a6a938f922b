// Renders real PDFs in Chromium and reads them back with poppler, as a customer's PC would show them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  COPY_MARKS,
  type CopyMark,
  type PrintableDocument,
} from '../../../shared/invoices/printable';
import { amountInWords, formatINR, formatIndianNumber } from '../../../shared/money';
import {
  creditNote,
  eInvoiced,
  interStateInvoice,
  intraStateInvoice,
  longInvoice,
} from './fixtures';
import { PdfRenderer, printHtml } from './pdf';

interface Printed {
  file: string;
  /** `pdftotext -layout`, one entry per page. */
  pages: string[];
  /** The whole text with every run of whitespace as one space, for phrases that wrap columns. */
  flat: string;
}

const dir = mkdtempSync(join(tmpdir(), 'bahi-print-'));
const renderer = new PdfRenderer();
const printed = new Map<string, Printed>();

const flatten = (s: string) => s.replace(/\s+/g, ' ');

async function print(name: string, doc: PrintableDocument, copies: CopyMark[] = [COPY_MARKS[0]]) {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await renderer.render(printHtml(doc, copies)));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').slice(0, -1);
  printed.set(name, { file, pages, flat: flatten(text) });
}

const get = (name: string): Printed => {
  const p = printed.get(name);
  if (!p) throw new Error(`${name} was not printed`);
  return p;
};

const pageCount = (file: string) =>
  Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

const intra = intraStateInvoice();
const inter = interStateInvoice();
const note = creditNote();
const einv = eInvoiced();

beforeAll(async () => {
  // One renderer for the file, asked for every document at once: they take turns on its page.
  await Promise.all([
    print('intra', intra, [...COPY_MARKS]),
    print('inter', inter),
    print('long', longInvoice()),
    print('credit', note),
    print('einvoice', einv),
  ]);
}, 60_000);

afterAll(async () => {
  await renderer.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a tax invoice carries every particular of CGST Rule 46', () => {
  const line = intra.lines[0]!;
  const particulars: [string, string][] = [
    ['title', 'TAX INVOICE'],
    ['supplier legal name', intra.supplier.name],
    ['supplier trade name', 'Trade name: Sahyadri Valves'],
    ['supplier address', 'Plot C-14, MIDC Bhosari'],
    ['supplier GSTIN', `GSTIN/UIN: ${intra.supplier.gstin ?? ''}`],
    ['supplier state name and code', 'State Name: Maharashtra, Code: 27'],
    ['recipient name', 'Deccan Fluid Systems LLP'],
    ['recipient address', 'Unit 7, Wagle Industrial Estate'],
    ['recipient GSTIN', `GSTIN/UIN: ${intra.recipient.gstin ?? ''}`],
    ['recipient label', 'BILL TO (RECIPIENT)'],
    ['invoice number', 'SFC/25-26/0142'],
    ['invoice date', '15-01-2026'],
    ['due date', '14-02-2026'],
    ['customer PO / reference', 'PO/DFS/2025/0917'],
    ['HSN/SAC column', 'HSN/SAC'],
    ['an HSN code', '8481'],
    ['a SAC code', '998717'],
    ['description', 'Cut-resistant safety gloves'],
    ['quantity and unit', '36.5 MTR'],
    ['rate', formatIndianNumber(line.rate)],
    ['discount', formatIndianNumber(line.discount)],
    ['taxable value of a line', formatIndianNumber(line.taxable)],
    ['CGST rate', '9%'],
    ['CGST amount of a line', formatIndianNumber(line.cgst)],
    ['half rate of a 5% line', '2.5%'],
    ['tax summary by HSN/SAC and rate', 'Total Tax (₹)'],
    ['place of supply with state name and code', 'Maharashtra (27)'],
    ['reverse charge', 'Whether tax is payable on reverse charge: No'],
    ['taxable value total', `Taxable Value ${formatIndianNumber(intra.totals.taxable)}`],
    ['round off on its own line', `Round Off +${formatIndianNumber(intra.totals.roundOff)}`],
    ['total in figures', `Total ${formatINR(intra.totals.total)}`],
    ['total in words', amountInWords(intra.totals.total)],
    ['bank account number', 'A/c No. 50200012345678'],
    ['bank IFSC', 'IFSC HDFC0001234'],
    ['notes', 'Goods once sold will be taken back only against a credit note.'],
    ['signature: for the supplier', `For ${intra.supplier.name}`],
    ['signature: authorised signatory', 'Authorised Signatory'],
    ['copy mark', 'ORIGINAL FOR RECIPIENT'],
  ];

  it.each(particulars)('%s', (_name, expected) => {
    expect(get('intra').flat).toContain(expected);
  });

  it('prints the state name and code for both supplier and recipient', () => {
    expect(get('intra').pages[0]!.match(/State Name: Maharashtra, Code: 27/g)).toHaveLength(2);
  });

  it('charges CGST and SGST within the state and prints no IGST', () => {
    const { flat } = get('intra');
    expect(flat).toContain('CGST');
    expect(flat).toContain('SGST');
    expect(flat).not.toContain('IGST');
  });

  it('shows rupees the Indian way, never in western thousands', () => {
    const { flat } = get('intra');
    expect(flat).toContain('₹2,84,331.00');
    expect(flat).toContain('1,05,165.00');
    expect(flat).not.toMatch(/\d{3},\d{3}\.\d\d/);
  });

  it('prints each copy on its own page with its own copy mark', () => {
    const { pages, file } = get('intra');
    expect(pageCount(file)).toBe(pages.length);
    for (const mark of COPY_MARKS) {
      const first = pages.findIndex((p) => p.includes(mark));
      expect(first, mark).toBeGreaterThanOrEqual(0);
      expect(pages[first], mark).toContain('TAX INVOICE');
    }
    expect(pages.length).toBeGreaterThanOrEqual(COPY_MARKS.length);
  });

  it('embeds the bundled Noto Sans for every glyph, ₹ included', () => {
    const fonts = execFileSync('pdffonts', [get('intra').file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '');
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(f).toMatch(/\+NotoSans-(Regular|Bold)\s/);
      expect(f).toMatch(/\byes\s+yes\s+yes\b/);
    }
  });
});

describe('an inter-state invoice', () => {
  it('charges IGST and neither CGST nor SGST', () => {
    const { flat } = get('inter');
    expect(flat).toContain('IGST');
    expect(flat).toContain(formatIndianNumber(inter.totals.igst));
    expect(flat).toContain('18%');
    expect(flat).not.toContain('CGST');
    expect(flat).not.toContain('SGST');
  });

  it('names Karnataka as the place of supply and prints the consignee', () => {
    const { flat } = get('inter');
    expect(flat).toContain('Karnataka (29)');
    expect(flat).toContain('State Name: Karnataka, Code: 29');
    expect(flat).toContain('SHIP TO (CONSIGNEE)');
    expect(flat).toContain('Plot 112, Hebbal Industrial Area');
    expect(flat).toContain(amountInWords(inter.totals.total));
  });

  it('says nothing about an IRN when there is no e-invoice', () => {
    expect(get('inter').flat).not.toMatch(/IRN|Ack No/);
  });
});

describe('a credit note carries the particulars of CGST Rule 53', () => {
  const particulars: [string, string][] = [
    ['title', 'CREDIT NOTE'],
    ['its own number', 'CN/25-26/0007'],
    ['its own date', '28-01-2026'],
    ['original invoice number', 'SFC/25-26/0142'],
    ['original invoice date', '15-01-2026'],
    ['reason', 'Goods returned'],
    ['supplier name', note.supplier.name],
    ['supplier GSTIN', note.supplier.gstin ?? ''],
    ['recipient name', note.recipient.name],
    ['recipient GSTIN', note.recipient.gstin ?? ''],
    ['recipient state name and code', 'State Name: Maharashtra, Code: 27'],
    ['taxable value', formatIndianNumber(note.totals.taxable)],
    ['tax rate', '9%'],
    ['tax amount', formatIndianNumber(note.totals.cgst)],
    ['total in figures', formatINR(note.totals.total)],
    ['total in words', amountInWords(note.totals.total)],
    ['place of supply', 'Maharashtra (27)'],
    ['reverse charge', 'Whether tax is payable on reverse charge: No'],
    ['signature', 'Authorised Signatory'],
  ];

  it.each(particulars)('%s', (_name, expected) => {
    expect(get('credit').flat).toContain(expected);
  });

  it('labels the note and the invoice it adjusts', () => {
    const { flat } = get('credit');
    expect(flat).toContain('CREDIT NOTE NO.');
    expect(flat).toContain('AGAINST INVOICE NO.');
    expect(flat).not.toContain('TAX INVOICE');
    expect(flat).not.toContain('BANK DETAILS');
  });
});

describe('a long invoice', () => {
  it('runs over more than one page with the table header repeated on page 2', () => {
    const { file, pages } = get('long');
    expect(pageCount(file)).toBeGreaterThan(1);
    const second = pages[1]!;
    expect(second).toContain('Description of Goods / Services');
    expect(second).toContain('HSN/SAC');
    expect(second).toContain('Taxable');
    expect(second).toMatch(/Page 2 of \d/);
  });

  it('keeps every line and puts the totals and signature after the last line', () => {
    const { pages, flat } = get('long');
    expect(flat).toContain('(lot 1)');
    expect(flat).toContain('(lot 80)');
    const last = pages.at(-1)!;
    expect(last).toContain('Authorised Signatory');
    expect(last.indexOf('(lot 80)')).toBeLessThan(last.indexOf('Authorised Signatory'));
    expect(pages.slice(0, -1).join('')).not.toContain('Authorised Signatory');
  });
});

describe('an e-invoice', () => {
  it('prints the IRN, Ack No and Ack Date', () => {
    const { flat } = get('einvoice');
    const e = einv.eInvoice!;
    expect(flat).toContain(`IRN: ${e.irn}`);
    expect(flat).toContain(`Ack No.: ${e.ackNumber}`);
    expect(flat).toContain(`Ack Date: ${e.ackDate}`);
  });

  // zbar-tools (installed by .ci/run) proves the printed QR scans back to what the IRP signed.
  it('prints a QR that scans back to the signed QR', () => {
    const png = join(dir, 'einvoice-page');
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '300',
      '-f',
      '1',
      '-l',
      '1',
      get('einvoice').file,
      png,
    ]);
    const scanned = execFileSync('zbarimg', ['-q', '--raw', `${png}-1.png`], {
      encoding: 'utf8',
    });
    expect(scanned.trim()).toBe(einv.eInvoice!.signedQr);
  });
});

describe('one renderer, many documents at once', () => {
  it('gives each document a PDF of its own, with nothing of the others', () => {
    const docs = { intra, inter, credit: note, einvoice: einv };
    for (const [name, doc] of Object.entries(docs)) {
      const { flat } = get(name);
      expect(flat).toContain(doc.number);
      for (const other of Object.values(docs)) {
        // A credit note names the invoice it adjusts; any other number is a leak.
        if (!JSON.stringify(doc).includes(other.number)) expect(flat).not.toContain(other.number);
      }
    }
  });

  it('renders again after a document that fails', async () => {
    const slow = new PdfRenderer({ timeoutMs: 1 });
    try {
      await expect(slow.render(printHtml(intra, [COPY_MARKS[0]]))).rejects.toThrow();
    } finally {
      await slow.close();
    }
    const again = await renderer.render(printHtml(inter, [COPY_MARKS[0]]));
    expect(again.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
