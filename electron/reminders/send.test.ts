import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { afterAll, describe, expect, it } from 'vitest';
import { raiseDispute } from '../../db/disputes/disputes';
import { listSentReminders } from '../../db/reminders/reminders';
import { invoice, receiptsLedger } from '../../db/receipts/fixture';
import type { Ledger } from '../../db/ledger/open';
import { PdfRenderer } from '../documents/print';
import { encodeHeader } from './eml';
import { sendReminder } from './send';
import { whatsappLink, whatsappNumber } from './whatsapp';

/** Test set-up only: the contact details straight into the row. */
const updateCustomerWhatsapp = (ledger: Ledger, id: number, email: string | null, phone: string) =>
  ledger.sqlite
    .prepare('update customers set email = ?, whatsapp = ? where id = ?')
    .run(email, phone, id);

const t = receiptsLedger();
const renderer = new PdfRenderer();
const opened: string[] = [];
const ctx = {
  ledger: t.ledger,
  actor: 'meera',
  renderPdf: (html: string) => renderer.render(html),
  openFile: null,
};
const inv = invoice(t.ledger, t.pune, 100_000_00);
const disputed = invoice(t.ledger, t.pune, 50_000_00);
raiseDispute(
  t.ledger,
  { documentId: disputed.id, reason: 'pricing', amount: 59_000_00, raisedOn: '2025-07-02' },
  't',
);
updateCustomerWhatsapp(t.ledger, t.pune, 'accounts@pune.example', '098765 43210');
const AS_OF = '2025-07-20';

afterAll(async () => {
  await renderer.close();
  t.ledger.cleanup();
});

describe('the e-mail draft', () => {
  it('parses as MIME: an unsent draft, UTF-8 subject, text and HTML, the statement PDF attached', async () => {
    const sent = await sendReminder(ctx, { customerId: t.pune, asOf: AS_OF, channel: 'email' });
    expect(sent.file).toMatchObject({ mimeType: 'message/rfc822' });
    expect(sent.file!.fileName).toMatch(/\.eml$/);
    expect(sent.opened).toBe(false);
    const raw = Buffer.from(sent.file!.contentBase64, 'base64');
    expect(raw.toString('latin1')).toMatch(/^X-Unsent: 1\r$/m);
    expect(raw.toString('latin1')).toMatch(/^Content-Type: multipart\/mixed; boundary=/m);
    const mail = await PostalMime.parse(raw);
    expect(mail.subject).toBe('Second reminder: overdue payment – PUNE Ltd');
    expect(mail.to?.[0]).toMatchObject({ address: 'accounts@pune.example' });
    expect(mail.text).toContain(`${inv.number} dated 01-06-2025, due 01-07-2025: ₹1,18,000.00`);
    expect(mail.text).not.toContain(disputed.number!);
    expect(mail.html).toContain('₹1,18,000.00');
    expect(mail.attachments).toHaveLength(1);
    const pdf = mail.attachments[0]!;
    expect(pdf.mimeType).toBe('application/pdf');
    expect(pdf.filename).toMatch(/statement .*\.pdf$/);
    const bytes = Buffer.from(pdf.content as ArrayBuffer);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(sent.link).toMatch(/^mailto:accounts%40pune\.example\?subject=Second%20reminder/);
    expect(listSentReminders(t.ledger)[0]).toMatchObject({ level: 'second', channel: 'email' });
    expect(opened).toEqual([]);
  }, 60_000);

  it('encodes a non-ASCII subject as RFC 2047 words no longer than 75 characters', () => {
    const words = encodeHeader('Payment reminder – ₹1,18,000.00 overdue for ग्राहक Traders').split(
      '\r\n ',
    );
    for (const w of words) {
      expect(w).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/);
      expect(w.length).toBeLessThanOrEqual(75);
    }
    expect(encodeHeader('Plain subject')).toBe('Plain subject');
  });
});

describe('in the desktop app', () => {
  it('writes the draft under the ledger’s exports folder and opens it there', async () => {
    const t4 = receiptsLedger();
    try {
      invoice(t4.ledger, t4.pune, 100_000_00);
      const sent = await sendReminder(
        {
          ...ctx,
          ledger: t4.ledger,
          openFile: async (path: string) => {
            opened.push(path);
          },
        },
        { customerId: t4.pune, asOf: '2025-07-08', channel: 'email' },
      );
      expect(sent.opened).toBe(true);
      expect(opened).toHaveLength(1);
      expect(opened[0]!.startsWith(join(t4.ledger.dir, 'exports', 'reminders'))).toBe(true);
      expect(readFileSync(opened[0]!, 'latin1')).toContain('X-Unsent: 1');
    } finally {
      opened.length = 0;
      t4.ledger.cleanup();
    }
  }, 60_000);
});

describe('the WhatsApp link', () => {
  it('normalises Indian numbers to 91 and the digits', () => {
    expect(whatsappNumber('98765 43210')).toBe('919876543210');
    expect(whatsappNumber('098765-43210')).toBe('919876543210');
    expect(whatsappNumber('+91 98765 43210')).toBe('919876543210');
    expect(whatsappNumber('919876543210')).toBe('919876543210');
    expect(whatsappNumber('+44 20 7946 0958')).toBe('442079460958');
    expect(whatsappNumber('020 2612 3456')).toBeNull();
    expect(whatsappNumber('12345')).toBeNull();
    expect(() => whatsappLink(null, 'x', 'PUNE Ltd')).toThrow(/no WhatsApp or phone number/);
  });

  it('is well-formed and URL-encoded: the text reads back exactly', () => {
    const text = 'Dear Sir, ₹1,18,000.00 is due on INV/25-26/0001 & #2?\nThank you.';
    const link = whatsappLink('98765 43210', text, 'PUNE Ltd');
    const url = new URL(link);
    expect(url.protocol).toBe('https:');
    expect(url.host).toBe('wa.me');
    expect(url.pathname).toBe('/919876543210');
    expect([...url.searchParams.keys()]).toEqual(['text']);
    expect(url.searchParams.get('text')).toBe(text);
    expect(decodeURIComponent(link.split('?text=')[1]!)).toBe(text);
    expect(link).not.toMatch(/\s/);
  });

  it('a WhatsApp reminder is logged, with the link to open', async () => {
    const t2 = receiptsLedger();
    try {
      invoice(t2.ledger, t2.pune, 100_000_00);
      updateCustomerWhatsapp(t2.ledger, t2.pune, null, '9876543210');
      const sent = await sendReminder(
        { ...ctx, ledger: t2.ledger },
        { customerId: t2.pune, asOf: '2025-07-08', channel: 'whatsapp' },
      );
      expect(sent.file).toBeNull();
      const url = new URL(sent.link!);
      expect(url.pathname).toBe('/919876543210');
      expect(url.searchParams.get('text')).toContain('₹1,18,000.00 is overdue');
      expect(sent.reminder).toMatchObject({ level: 'first', channel: 'whatsapp' });
    } finally {
      t2.ledger.cleanup();
    }
  });
});

describe('the letter', () => {
  it('is a PDF, and logged', async () => {
    const t3 = receiptsLedger();
    try {
      invoice(t3.ledger, t3.pune, 100_000_00);
      const sent = await sendReminder(
        { ...ctx, ledger: t3.ledger },
        { customerId: t3.pune, asOf: '2025-09-01', channel: 'letter' },
      );
      expect(sent.file!.mimeType).toBe('application/pdf');
      expect(Buffer.from(sent.file!.contentBase64, 'base64').subarray(0, 4).toString()).toBe(
        '%PDF',
      );
      expect(sent.reminder).toMatchObject({ level: 'final', channel: 'letter' });
    } finally {
      t3.ledger.cleanup();
    }
  }, 60_000);
});
