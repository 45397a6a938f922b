// The balance confirmation letter through the real channel, read back from the PDF with poppler:
// the letter on page one (letterhead, customer, balance in figures and words, Dr/Cr wording, the
// tear-off for their signature and seal), our statement of account on the pages after it.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receive } from '../../db/receipts/fixture';
import { main } from '../cli/main';
import type { HostRouter } from '../ipc/host';
import { callChannel, reportsRouter } from '../reports/channels-testing';
import { statementsLedger, storyOf } from '../reports/statement-testing';
import { COMPANY, COMPANY_GSTIN } from '../receipts/testing';
import { ourBalanceSentence, theirConfirmationSentence } from './confirmation-letter';

const t = statementsLedger();
let router: HostRouter;

const flatten = (s: string) => s.replace(/\s+/g, ' ');
const quiet = { out: () => undefined, err: () => undefined };

/**
 * `pdftotext` of a file, one entry per page, whitespace folded: in reading order a wrapped phrase
 * reads whole; with `-layout` a table row does.
 */
function pdfPages(file: string, layout = false): string[] {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), file, '-'], {
    encoding: 'utf8',
  })
    .split('\f')
    .slice(0, -1)
    .map(flatten);
}

/** The words of an HTML page, tags dropped and entities of the letter's text undone. */
const htmlText = (base64: string) =>
  flatten(
    Buffer.from(base64, 'base64')
      .toString('utf8')
      .replace(/<style[\s\S]*?<\/style>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, '&'),
  );

let pages: string[] = [];
let layoutPages: string[] = [];
let fileName = '';

beforeAll(async () => {
  router = reportsRouter(t.ledger);
  storyOf(t); // Pune: ₹1,00,300.00 Dr on 30-06-2025
  // Bengaluru paid an advance with nothing to set it against: in credit.
  receive(t.ledger, {
    customerId: t.blr,
    bankAccountId: t.hdfc,
    date: '2025-06-03',
    amount: 50_000_00,
  });
  const pdf = await callChannel(router, 'customerReconciliation.confirmationLetter', {
    customerId: t.pune,
    from: '2025-04-01',
    asOf: '2025-06-30',
    letterDate: '2025-07-05',
    replyDays: 21,
  });
  fileName = pdf.fileName;
  const file = join(t.ledger.dir, 'letter.pdf');
  writeFileSync(file, Buffer.from(pdf.contentBase64, 'base64'));
  pages = pdfPages(file);
  layoutPages = pdfPages(file, true);
}, 120_000);

afterAll(async () => {
  await router.dispose();
  t.ledger.cleanup();
});

describe('a balance confirmation letter for a customer who owes us', () => {
  it('is named for the customer and the date', () => {
    expect(fileName).toBe('PUNE - Pune Engineering Pvt Ltd - balance confirmation 30-06-2025.pdf');
  });

  it('is on the letterhead, dated, addressed to the customer with their GSTIN', () => {
    const letter = pages[0] ?? '';
    for (const part of [
      COMPANY,
      'Plot C-14, MIDC Bhosari',
      `GSTIN/UIN: ${COMPANY_GSTIN}`,
      'Ref.: BC/PUNE/25-26',
      'Date: 05-07-2025',
      'To, Pune Engineering Pvt Ltd Unit 7, Wagle Industrial Estate',
      'GSTIN: 27AAACT1234K1ZG',
      'Sub.: Confirmation of balance as on 30-06-2025',
    ]) {
      expect(letter, part).toContain(part);
    }
  });

  it('states our debit balance in figures and words, and asks for a reply within the days given', () => {
    const letter = pages[0] ?? '';
    expect(letter).toContain(
      'As per our books of account, your account shows a debit balance of ₹1,00,300.00 (Rupees One Lakh Three Hundred Only) due to us as on 30-06-2025.',
    );
    expect(letter).toContain('for the period 01-04-2025 to 30-06-2025 is enclosed');
    expect(letter).toContain('returning it to us within 21 days of receiving this letter');
    expect(letter).toContain('If we do not hear from you within 21 days');
    expect(letter).toContain(`For ${COMPANY}`);
    expect(letter).toContain('Encl.: Statement of account, 01-04-2025 to 30-06-2025');
  });

  it('has a tear-off in their words, where our debit is their credit, for signature and seal', () => {
    const tear = (pages[0] ?? '').split('CUT HERE AND RETURN THIS PART')[1] ?? '';
    expect(tear).toContain('CONFIRMATION OF BALANCE');
    expect(tear).toContain('Your ref.: BC/PUNE/25-26 dated 05-07-2025');
    expect(tear).toContain(
      'your account shows a credit balance of ₹1,00,300.00 (Rupees One Lakh Three Hundred Only) payable by us as on 30-06-2025',
    );
    expect(tear).toContain('Dr / Cr as on 30-06-2025; our statement of the differences');
    for (const part of ['For Pune Engineering Pvt Ltd', 'Name:', 'Designation:', 'Seal']) {
      expect(tear, part).toContain(part);
    }
    expect(pages[0]).toContain('Balance Confirmation · PUNE · as on 30-06-2025');
    expect(pages[0]).not.toContain('Page 1 of');
  });

  it('has our statement of account for the period on the pages after it', () => {
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const statement = layoutPages.slice(1).join(' ');
    expect(pages[1]).toContain('STATEMENT OF ACCOUNT');
    expect(statement).toContain('INV/25-26/0001');
    expect(statement).toContain('Cheque 123456 returned unpaid');
    expect(statement).toContain('Closing Balance 1,00,300.00 Dr');
    expect(statement).toContain('within 21 days of receiving this statement');
    expect(statement).toContain(`Page ${pages.length} of ${pages.length}`);
  });
});

describe('the wording for a customer in credit, and for a nil balance', () => {
  it('says credit balance due to you, and their debit, in the HTML', async () => {
    const html = await callChannel(router, 'customerReconciliation.confirmationLetter', {
      customerId: t.blr,
      from: '2025-04-01',
      asOf: '2025-06-30',
      letterDate: '2025-07-05',
      format: 'html',
    });
    expect(html.fileName).toMatch(/^BLR - .* - balance confirmation 30-06-2025\.html$/);
    const text = htmlText(html.contentBase64);
    expect(text).toContain(
      'your account shows a credit balance of ₹50,000.00 (Rupees Fifty Thousand Only) due to you as on 30-06-2025',
    );
    expect(text).toContain(
      'your account shows a debit balance of ₹50,000.00 (Rupees Fifty Thousand Only) recoverable by us',
    );
    expect(text).toContain('within 15 days');
    expect(Buffer.from(html.contentBase64, 'base64').toString()).not.toMatch(/<script/i);
  });

  it('says nil on both sides when nothing is due', () => {
    expect(ourBalanceSentence(0, '2026-03-31')).toBe(
      'As per our books of account, your account shows a nil balance as on 31-03-2026.',
    );
    expect(theirConfirmationSentence(0, '2026-03-31')).toContain('a nil balance as on 31-03-2026');
    expect(ourBalanceSentence(1, '2026-03-31')).toContain(
      'debit balance of ₹0.01 (One Paise Only) due to us',
    );
  });
});

describe('refusals', () => {
  it('names the as-of date before the statement starts, and a customer who is not there', async () => {
    const early = await router.dispatch('customerReconciliation.confirmationLetter', {
      customerId: t.pune,
      from: '2025-07-01',
      asOf: '2025-06-30',
    });
    expect(early).toMatchObject({ ok: false, error: { field: 'asOf' } });
    const nobody = await router.dispatch('customerReconciliation.confirmationLetter', {
      customerId: 9_999,
      from: '2025-04-01',
      asOf: '2025-06-30',
    });
    expect(nobody.ok).toBe(false);
  });
});

describe('from the command line', () => {
  it('bahi print confirmation writes the PDF; bahi call gives the same letter as HTML', async () => {
    const db = join(t.ledger.dir, 'bahi.sqlite');
    const out = join(t.ledger.dir, 'pune-confirmation.pdf');
    const args = ['--customer', 'pune', '--as-of', '2025-06-30', '--date', '2025-07-05'];
    expect(await main(['print', 'confirmation', ...args, '--db', db, '--out', out], quiet)).toBe(0);
    const printed = pdfPages(out);
    // The period defaults to the financial year of the as-of date.
    expect(printed[0]).toContain('for the period 01-04-2025 to 30-06-2025 is enclosed');
    expect(printed[1]).toContain('STATEMENT OF ACCOUNT');

    let json = '';
    const input = JSON.stringify({
      customerId: t.pune,
      from: '2025-04-01',
      asOf: '2025-06-30',
      format: 'html',
    });
    const code = await main(
      ['call', 'customerReconciliation.confirmationLetter', '--db', db, '--input', input],
      { out: (s) => (json += s), err: () => undefined },
    );
    expect(code).toBe(0);
    const r = JSON.parse(json) as { fileName: string; contentBase64: string };
    expect(r.fileName).toBe(
      'PUNE - Pune Engineering Pvt Ltd - balance confirmation 30-06-2025.html',
    );
    expect(htmlText(r.contentBase64)).toContain('debit balance of ₹1,00,300.00');

    expect(
      await main(
        [
          'print',
          'confirmation',
          '--customer',
          'NOBODY',
          ...args.slice(2),
          '--db',
          db,
          '--out',
          out,
        ],
        quiet,
      ),
    ).toBe(2);
  }, 60_000);
});
