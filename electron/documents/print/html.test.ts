// The HTML itself: strict (no scripts, nothing remote), escaped, and right for each kind of document.
import { describe, expect, it } from 'vitest';
import { COPY_MARKS } from '../../../shared/invoices/printable';
import { paise } from '../../../shared/money';
import {
  creditNote,
  debitNote,
  eInvoiced,
  interStateInvoice,
  intraStateInvoice,
  unregisteredInvoice,
} from './fixtures';
import { cssString, halfRate, rate } from './format';
import { BrowserNotFoundError, findChromium, printHtml } from './pdf';

const ORIGINAL = [COPY_MARKS[0]];

// Whole pages are long: report the missing (or unwanted) piece, not the page.
const has = (html: string, piece: string | RegExp) =>
  typeof piece === 'string' ? html.includes(piece) : piece.test(html);
function expectIn(html: string, ...pieces: (string | RegExp)[]) {
  for (const p of pieces) expect(has(html, p), `should contain ${String(p)}`).toBe(true);
}
function expectNotIn(html: string, ...pieces: (string | RegExp)[]) {
  for (const p of pieces) expect(has(html, p), `should not contain ${String(p)}`).toBe(false);
}

describe('printHtml', () => {
  it('is a complete A4 document with no script and nothing loaded from outside', () => {
    const html = printHtml(eInvoiced(), [...COPY_MARKS]);
    expect(html.startsWith('<!DOCTYPE html><html lang="en-IN">')).toBe(true);
    expectNotIn(
      html,
      /<script/i,
      /\son[a-z]+=/i,
      /https?:\/\//,
      /\b(src|href)="(?!data:)/,
      /url\((?!data:)/,
    );
    expectIn(html, 'size: A4 portrait', 'http-equiv="Content-Security-Policy"');
    expectIn(html, 'default-src &#x27;none&#x27;; img-src data:; font-src data:');
  });

  it('embeds the font with the ₹ sign as data: URLs', () => {
    const html = printHtml(intraStateInvoice(), ORIGINAL);
    expectIn(
      html,
      /@font-face\{font-family:'Bahi Print Sans'[^}]*src:url\(data:font\/woff2;base64,/,
    );
    // The latin-ext subset carries U+20B9.
    expectIn(html, 'U+20AD-20C0');
  });

  it('prints one section per copy, each with its mark, a page break between', () => {
    const html = printHtml(intraStateInvoice(), [...COPY_MARKS]);
    expect(html.match(/<section class="copy /g)).toHaveLength(3);
    expectIn(html, ...COPY_MARKS.map((m) => `<span>${m}</span>`));
    expectIn(html, '.copy + .copy { break-before: page; }');
  });

  it('refuses to print no copies', () => {
    expect(() => printHtml(intraStateInvoice(), [])).toThrow(RangeError);
  });

  it('escapes every text that comes from the books', () => {
    const doc = intraStateInvoice();
    const evil = '<script>alert(1)</script>';
    const html = printHtml(
      {
        ...doc,
        number: `X"}</style>${evil}`,
        recipient: { ...doc.recipient, name: evil },
        notes: `<img src=x onerror=alert(1)>`,
      },
      ORIGINAL,
    );
    expectNotIn(html, /<script/i, '<img src=x');
    expect(html.split('</style>')).toHaveLength(2);
    expectIn(html, '&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('prints only an embedded PNG or JPEG logo', () => {
    const doc = intraStateInvoice();
    expectIn(printHtml(doc, ORIGINAL), '<img src="data:image/png;base64,');
    const remote = { ...doc, supplier: { ...doc.supplier, logo: 'https://example.com/logo.png' } };
    expectNotIn(printHtml(remote, ORIGINAL), '<img');
  });

  it('prints the QR of an e-invoice as an inline image, and nothing of the kind without one', () => {
    expectIn(printHtml(eInvoiced(), ORIGINAL), /<img class="qr" src="data:image\/svg\+xml;base64,/);
    expectNotIn(printHtml(interStateInvoice(), ORIGINAL), 'IRN', 'Ack', 'class="qr"');
  });

  it('says Unregistered for a recipient without a GSTIN', () => {
    expectIn(printHtml(unregisteredInvoice(), ORIGINAL), 'GSTIN/UIN: <b>Unregistered</b>');
  });

  it('titles notes by kind and names the invoices they adjust', () => {
    const credit = printHtml(creditNote(), ORIGINAL);
    expectIn(credit, '<h1>Credit Note</h1>', 'Credit Note No.', 'Against Invoice No.');
    const debit = printHtml(debitNote(), ORIGINAL);
    expectIn(debit, '<h1>Debit Note</h1>', 'Debit Note No.', 'Price revision as per rate contract');
    expectIn(debit, 'Bank Details for Payment');
  });

  it('flags a note issued without its original invoice', () => {
    const html = printHtml({ ...creditNote(), originalDocuments: [] }, ORIGINAL);
    expectIn(html, /Against Invoice No\.<\/p><p class="value">—/);
  });

  it('prints UTGST in place of SGST in a Union Territory without a legislature', () => {
    const doc = intraStateInvoice();
    const html = printHtml(
      { ...doc, placeOfSupply: { stateCode: '04', stateName: 'Chandigarh' } },
      ORIGINAL,
    );
    expectIn(html, 'UTGST');
    expectNotIn(html, '>SGST<');
  });

  it('leaves the discount column out when no line has a discount', () => {
    const doc = interStateInvoice();
    const lines = doc.lines.map((l) => ({ ...l, discount: paise(0) }));
    expectNotIn(printHtml({ ...doc, lines }, ORIGINAL), 'Discount');
    expectIn(printHtml(doc, ORIGINAL), 'Discount');
  });
});

describe('format', () => {
  it('writes GST rates and their CGST/SGST halves as people do', () => {
    expect([rate(1800), halfRate(1800), rate(25), halfRate(25), halfRate(500)]).toEqual([
      '18%',
      '9%',
      '0.25%',
      '0.125%',
      '2.5%',
    ]);
  });

  it('makes any text a harmless CSS string', () => {
    expect(cssString('INV/1 "x"</style>')).toBe('"INV\\2f 1 \\22 x\\22 \\3c \\2f style\\3e "');
  });
});

describe('findChromium', () => {
  const none = () => false;

  it('takes BAHI_CHROMIUM first', () => {
    expect(
      findChromium({ BAHI_CHROMIUM: '/opt/chrome' }, 'linux', (p) => p === '/opt/chrome'),
    ).toBe('/opt/chrome');
  });

  it('says so when BAHI_CHROMIUM points nowhere', () => {
    expect(() => findChromium({ BAHI_CHROMIUM: '/nope' }, 'linux', none)).toThrow(/BAHI_CHROMIUM/);
  });

  it('finds Debian Chromium, then Chrome', () => {
    expect(findChromium({}, 'linux', (p) => p === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
    expect(findChromium({}, 'linux', (p) => p === '/usr/bin/google-chrome')).toBe(
      '/usr/bin/google-chrome',
    );
  });

  it('finds Microsoft Edge on Windows', () => {
    const edge = 'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findChromium({}, 'win32', (p) => p === edge)).toBe(edge);
  });

  it('names what to install when there is no browser', () => {
    expect(() => findChromium({}, 'linux', none)).toThrow(BrowserNotFoundError);
    expect(() => findChromium({}, 'linux', none)).toThrow(/apt-get install -y chromium/);
    expect(() => findChromium({}, 'win32', none)).toThrow(/Install Microsoft Edge/);
  });
});
