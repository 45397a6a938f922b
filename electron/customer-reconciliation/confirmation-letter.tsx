// A balance confirmation letter on the company's letterhead, with a tear-off confirmation for the
// customer to sign and seal, and our statement of account for the period on the pages after it:
// one A4 document through the same HTML → PDF pipeline as the statement.
import { financialYearShort, type IsoDate } from '../../shared/dates';
import { amountInWords, paise } from '../../shared/money';
import { PRINT_FONT_FAMILY } from '../documents/print/fonts';
import { cssString, date, rupees } from '../documents/print/format';
import { SupplierBlock } from '../documents/print/Parties';
import { StatementDocument, statementCss } from '../documents/print/StatementDocument';
import type { PrintHtmlOptions } from '../documents/print/TaxDocument';
import { printPage } from '../documents/print/page';
import type { PrintableStatement } from '../reports/statement-printable';

export interface ConfirmationLetter {
  /** Our statement of account; its last day is the date the balance is confirmed as on. */
  statement: PrintableStatement;
  /** BC/CODE/25-26: which letter a returned confirmation answers. */
  reference: string;
  letterDate: string;
  replyDays: number;
}

const TITLE = 'Balance Confirmation';

const day = (iso: string) => date(iso as IsoDate);

/** ₹1,18,000.00 (Rupees One Lakh Eighteen Thousand Only): figures, then words. */
function figuresAndWords(balance: number): string {
  const value = paise(Math.abs(balance));
  return `${rupees(value)} (${amountInWords(value)})`;
}

/** Our side, as our books show it: a debit balance is due to us, a credit one is theirs. */
export function ourBalanceSentence(closing: number, asOf: string): string {
  const on = day(asOf);
  if (closing === 0)
    return `As per our books of account, your account shows a nil balance as on ${on}.`;
  return closing > 0
    ? `As per our books of account, your account shows a debit balance of ${figuresAndWords(closing)} due to us as on ${on}.`
    : `As per our books of account, your account shows a credit balance of ${figuresAndWords(closing)} due to you as on ${on}.`;
}

/** The same balance from the customer's books, where our debit is their credit. */
export function theirConfirmationSentence(closing: number, asOf: string): string {
  const on = day(asOf);
  if (closing === 0)
    return `We confirm that, as per our books of account, your account shows a nil balance as on ${on}.`;
  return closing > 0
    ? `We confirm that, as per our books of account, your account shows a credit balance of ${figuresAndWords(closing)} payable by us as on ${on}.`
    : `We confirm that, as per our books of account, your account shows a debit balance of ${figuresAndWords(closing)} recoverable by us as on ${on}.`;
}

const LETTER_CSS = `
.confirmation-letter { page: letter; font-size: 9.6pt; line-height: 1.42; }
.confirmation-letter .letterhead { border-bottom: 0.75pt solid #222; padding-bottom: 1.5mm; }
.confirmation-letter .letterhead .party { padding: 0; }
.confirmation-letter .refline { display: flex; justify-content: space-between; margin: 3.5mm 0 3mm; }
.confirmation-letter .to p { margin: 0; }
.confirmation-letter .to .name { font-weight: 700; }
.confirmation-letter .subject { margin: 3.5mm 0 3mm; font-weight: 700; text-decoration: underline; }
.confirmation-letter .body p { margin: 0 0 2.4mm; text-align: justify; }
.confirmation-letter .balance { font-weight: 700; }
.confirmation-letter .signoff { display: flex; justify-content: space-between; align-items: flex-end;
  margin-top: 2mm; }
.confirmation-letter .signoff .for { font-weight: 700; }
.confirmation-letter .signoff .space { height: 12mm; }
.confirmation-letter .encl { font-size: 8.6pt; }
.tear { margin-top: 5mm; border-top: 1pt dashed #444; padding-top: 0.6mm; font-size: 9pt; }
.tear .cut { text-align: center; font-size: 6.8pt; color: #555; letter-spacing: 0.04em;
  margin-bottom: 2mm; }
.tear h2 { margin: 0 0 2mm; font-size: 10pt; text-align: center; text-transform: uppercase;
  letter-spacing: 0.04em; }
.tear p { margin: 0 0 1.8mm; }
.tear .option { display: flex; gap: 2mm; align-items: flex-start; margin: 0 0 1.8mm; }
.tear .tick { flex: 0 0 3.2mm; height: 3.2mm; border: 0.75pt solid #222; margin-top: 0.6mm; }
.tear .blank { display: inline-block; min-width: 32mm; border-bottom: 0.5pt solid #222; }
.tear .signs { display: flex; justify-content: space-between; align-items: flex-end;
  margin-top: 3mm; gap: 6mm; }
.tear .fields p { margin: 0 0 2.4mm; }
.tear .seal { flex: 0 0 70mm; min-height: 24mm; border: 0.5pt solid #666; padding: 1.2mm 2mm;
  display: flex; flex-direction: column; justify-content: space-between; text-align: center; }
`;

/** The letter's own page footer: which letter; the statement pages keep theirs. */
function letterPageCss(p: PrintableStatement): string {
  const box = `font-family: '${PRINT_FONT_FAMILY}', sans-serif; font-size: 7pt; color: #555;`;
  const left = `${TITLE} · ${p.customer.code} · as on ${day(p.statement.to)}`;
  return `@page letter { @bottom-left { content: ${cssString(left)}; ${box} }
  @bottom-right { content: none; } }`;
}

/** BC/CODE/25-26: the customer and the financial year of the balance date. */
export function letterReference(customerCode: string, asOf: string, fyStartMonth: number): string {
  return `BC/${customerCode}/${financialYearShort(asOf as IsoDate, fyStartMonth)}`;
}

function Letter({ letter }: { letter: ConfirmationLetter }) {
  const p = letter.statement;
  const s = p.statement;
  const customer = p.customer;
  const days = String(letter.replyDays);
  return (
    <section className="copy confirmation-letter">
      <div className="letterhead">
        <SupplierBlock supplier={p.supplier} />
      </div>
      <div className="refline">
        <p>Ref.: {letter.reference}</p>
        <p>Date: {day(letter.letterDate)}</p>
      </div>
      <div className="to">
        <p>To,</p>
        <p className="name">{customer.name}</p>
        {customer.addressLines.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
        <p>GSTIN: {customer.gstin ?? 'Unregistered'}</p>
        <p>Kind Attn.: Accounts Department</p>
      </div>
      <p className="subject">
        Sub.: Confirmation of balance as on {day(s.to)} (your code with us: {customer.code})
      </p>
      <div className="body">
        <p>Dear Sir/Madam,</p>
        <p className="balance">{ourBalanceSentence(s.closing, s.to)}</p>
        <p>
          Our statement of your account for the period {day(s.from)} to {day(s.to)} is enclosed. We
          request you to check it with your books and to confirm the balance by signing and sealing
          the confirmation below and returning it to us within {days} days of receiving this letter.
          If the balance in your books is different, please send us your statement of account for
          the period with the differences, so that they can be reconciled.
        </p>
        <p>
          If we do not hear from you within {days} days, the balance will be taken as confirmed.
        </p>
        <p>Thanking you,</p>
      </div>
      <div className="signoff">
        <p className="encl">
          Encl.: Statement of account, {day(s.from)} to {day(s.to)}
        </p>
        <div>
          <p>Yours faithfully,</p>
          <p className="for">For {p.supplier.name}</p>
          <div className="space" />
          <p>Authorised Signatory</p>
        </div>
      </div>
      <div className="tear keep">
        <p className="cut">CUT HERE AND RETURN THIS PART, SIGNED AND SEALED</p>
        <h2>Confirmation of Balance</h2>
        <p>
          To, <b>{p.supplier.name}</b>
          {p.supplier.addressLines.length > 0 ? `, ${p.supplier.addressLines.join(', ')}` : ''}
        </p>
        <p>
          Your ref.: {letter.reference} dated {day(letter.letterDate)}
        </p>
        <div className="option">
          <span className="tick" />
          <p>{theirConfirmationSentence(s.closing, s.to)} This agrees with your statement.</p>
        </div>
        <div className="option">
          <span className="tick" />
          <p>
            Our books show a balance of ₹ <span className="blank" /> Dr / Cr as on {day(s.to)}; our
            statement of the differences is attached.
          </p>
        </div>
        <div className="signs">
          <div className="fields">
            <p>
              For <b>{customer.name}</b>
            </p>
            <p>
              Name: <span className="blank" />
            </p>
            <p>
              Designation: <span className="blank" />
            </p>
            <p>
              Date: <span className="blank" />
            </p>
          </div>
          <div className="seal">
            <p className="muted">Seal</p>
            <p>Authorised Signatory</p>
          </div>
        </div>
      </div>
    </section>
  );
}

/** The letter, then the statement of account on the pages after it, as one A4 document. */
export function confirmationLetterHtml(
  letter: ConfirmationLetter,
  options: PrintHtmlOptions = {},
): string {
  const p = letter.statement;
  const css = `${statementCss(p, options.fontsDir)}\n${letterPageCss(p)}\n${LETTER_CSS}`;
  return printPage(
    `${TITLE} ${p.customer.code} ${day(p.statement.to)}`,
    css,
    <>
      <Letter letter={letter} />
      <StatementDocument statement={p} replyDays={letter.replyDays} />
    </>,
  );
}
