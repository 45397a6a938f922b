// A statement of account as a complete, script-free A4 HTML page: the company and customer, the
// period's entries with a running balance (header repeated on every page), the closing balance
// and its ageing, the amount due in words, and a request to confirm the balance.
import type { IsoDate } from '../../../shared/dates';
import { amountInWords, paise } from '../../../shared/money';
import type { PrintableStatement } from '../../reports/statement-printable';
import { AgeingTable } from './AgeingTable';
import { Signature } from './Closing';
import { MetaGrid, type Cell } from './DocumentMeta';
import { amount, date, rupees } from './format';
import { printPage } from './page';
import { PartyBlock, SupplierBlock } from './Parties';
import { singleDocumentCss } from './styles';
import type { PrintHtmlOptions } from './TaxDocument';

const TITLE = 'Statement of Account';

/** The statement's dates are ISO text from the ledger. */
const day = (iso: string) => date(iso as IsoDate);

const STATEMENT_CSS = `
.statement { font-size: 7.6pt; }
.statement col.dt { width: 17mm; }
.statement col.no { width: 29mm; }
.statement col.amt { width: 23mm; }
.statement col.bal { width: 27mm; }
.statement td.desc { overflow-wrap: anywhere; }
.statement td.nowrap { white-space: nowrap; }
.statement tr.edge td { font-weight: 700; background: #f5f5f5; }
.statement tr.sum td { border-top: 0.75pt solid #222; }
.ageing { flex: 1; font-size: 7.6pt; }
.ageing td { border: 0.5pt solid #666; text-align: right; white-space: nowrap; }
.ageing tr.sum td { font-weight: 700; background: #f5f5f5; }
.due { flex: 0 0 78mm; padding: 1.6mm 2mm; }
.due .figure { font-size: 12pt; font-weight: 700; }
.confirm { padding: 1.6mm 2mm; }
`;

/** Footer on every page: which statement, and page n of N. */
export const statementCss = (p: PrintableStatement, fontsDir: string | undefined): string =>
  singleDocumentCss({
    fontsDir,
    title: TITLE,
    number: p.customer.code,
    footer: `${TITLE} · ${p.customer.code} · ${day(p.statement.from)} to ${day(p.statement.to)}`,
    css: STATEMENT_CSS,
  });

/** A running balance as a ledger prints it: 1,18,000.00 Dr, or Cr when in the customer's favour. */
export function drCr(balance: number): string {
  if (balance === 0) return amount(paise(0));
  return `${amount(paise(Math.abs(balance)))} ${balance > 0 ? 'Dr' : 'Cr'}`;
}

/** A debit or credit cell: blank when nothing moved that way. */
const cell = (p: number) => (p === 0 ? '' : amount(paise(p)));

function metaRows(p: PrintableStatement): Cell[][] {
  const s = p.statement;
  return [
    [
      { label: 'Customer Code', value: p.customer.code },
      { label: 'Balance As On', value: day(s.to) },
    ],
    [{ label: 'Period', value: `${day(s.from)} to ${day(s.to)}` }],
    [
      { label: 'Opening Balance', value: drCr(s.opening) },
      { label: 'Closing Balance', value: drCr(s.closing) },
    ],
  ];
}

function Entries({ p }: { p: PrintableStatement }) {
  const s = p.statement;
  return (
    <table className="items statement gap">
      <colgroup>
        <col className="dt" />
        <col />
        <col className="no" />
        <col className="dt" />
        <col className="amt" />
        <col className="amt" />
        <col className="bal" />
      </colgroup>
      <thead>
        <tr>
          <th>Date</th>
          <th>Particulars</th>
          <th>Document No.</th>
          <th>Due Date</th>
          <th>Debit (₹)</th>
          <th>Credit (₹)</th>
          <th>Balance (₹)</th>
        </tr>
      </thead>
      <tbody>
        <tr className="edge">
          <td className="nowrap">{day(s.from)}</td>
          <td>Opening Balance</td>
          <td />
          <td />
          <td />
          <td />
          <td className="num">{drCr(s.opening)}</td>
        </tr>
        {s.entries.map((e, i) => (
          <tr key={i}>
            <td className="nowrap">{day(e.date)}</td>
            <td className="desc">{e.particulars}</td>
            <td className="desc">{e.number ?? ''}</td>
            <td className="nowrap">{e.dueDate ? day(e.dueDate) : ''}</td>
            <td className="num">{cell(e.debit)}</td>
            <td className="num">{cell(e.credit)}</td>
            <td className="num">{drCr(e.balance)}</td>
          </tr>
        ))}
        {s.entries.length === 0 ? (
          <tr>
            <td />
            <td className="desc">No transactions in this period</td>
            <td colSpan={5} />
          </tr>
        ) : null}
        {/* In the body, not a tfoot: Chromium would repeat a tfoot on every page. */}
        <tr className="edge sum">
          <td />
          <td>Total for the Period</td>
          <td />
          <td />
          <td className="num">{amount(paise(s.totals.debit))}</td>
          <td className="num">{amount(paise(s.totals.credit))}</td>
          <td />
        </tr>
        <tr className="edge">
          <td className="nowrap">{day(s.to)}</td>
          <td>Closing Balance</td>
          <td />
          <td />
          <td />
          <td />
          <td className="num">{drCr(s.closing)}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** The closing balance by age (due-date basis), as of the statement date. */
function Ageing({ p }: { p: PrintableStatement }) {
  const a = p.statement.ageing;
  return (
    <div className="ageing">
      <AgeingTable
        caption={`Ageing of the Balance as on ${day(p.statement.to)} (days past due, ₹)`}
        buckets={a.buckets.map((b, i) => ({ label: b.label, amount: a.amounts[i] ?? 0 }))}
        onAccount={drCr(a.onAccount)}
        totalLabel="Total"
        total={drCr(a.total)}
      />
    </div>
  );
}

function AmountDue({ closing }: { closing: number }) {
  const label = closing > 0 ? 'Amount Due' : closing < 0 ? 'Balance in Your Favour' : 'Balance Due';
  const value = paise(Math.abs(closing));
  return (
    <div className="box due">
      <p className="label">{label}</p>
      <p className="figure">{closing < 0 ? `${rupees(value)} Cr` : rupees(value)}</p>
      <p className="label">In words</p>
      <p className="value">
        <b>{amountInWords(value)}</b>
      </p>
    </div>
  );
}

function BankDetails({ bank }: { bank: PrintableStatement['supplier']['bank'] }) {
  const rows = [
    ["A/c Holder's Name", bank.accountName],
    ['Bank Name', bank.bankName],
    ['A/c No.', bank.accountNumber],
    ['Branch', bank.branch],
    ['IFSC', bank.ifsc],
  ].filter((r): r is [string, string] => r[1] !== null && r[1] !== '');
  if (rows.length === 0) return null;
  return (
    <div className="box bank">
      <p className="label">Bank Details for Payment</p>
      <table>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <td>{label}</td>
              <td>
                <b>{value}</b>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The line every statement ends with: confirm the balance, or say what differs. */
export function confirmationText(p: PrintableStatement, replyDays = 15): string {
  const s = p.statement;
  const balance =
    s.closing === 0
      ? rupees(paise(0))
      : `${rupees(paise(Math.abs(s.closing)))} ${s.closing > 0 ? 'Dr' : 'Cr'}`;
  return (
    `Please confirm the balance of ${balance} as on ${day(s.to)}, or report any differences ` +
    `within ${String(replyDays)} days of receiving this statement; otherwise the balance will be taken as confirmed.`
  );
}

export function StatementDocument({
  statement: p,
  replyDays = 15,
}: {
  statement: PrintableStatement;
  /** The days the customer has to confirm or send their differences. */
  replyDays?: number;
}) {
  const s = p.statement;
  return (
    <section className="copy">
      <header className="titlebar">
        <div className="titles">
          <div className="titlerow">
            <div className="side" />
            <h1>{TITLE}</h1>
            <div className="side" />
          </div>
        </div>
      </header>
      <div className="box head">
        <div className="parties">
          <SupplierBlock supplier={p.supplier} />
          <PartyBlock label="To" party={p.customer} />
        </div>
        <div className="right">
          <MetaGrid rows={metaRows(p)} />
        </div>
      </div>
      <Entries p={p} />
      <div className="closing gap keep">
        <Ageing p={p} />
        <AmountDue closing={s.closing} />
      </div>
      <div className="box confirm gap keep">
        <p className="label">Confirmation of Balance</p>
        <p>{confirmationText(p, replyDays)}</p>
      </div>
      <div className="closing gap keep">
        <div className="grow">{s.closing > 0 ? <BankDetails bank={p.supplier.bank} /> : null}</div>
        <Signature supplierName={p.supplier.name} />
      </div>
    </section>
  );
}

/** The one entry point for printing a statement: A4 HTML, nothing loaded from outside. */
export function statementHtml(
  statement: PrintableStatement,
  options: PrintHtmlOptions = {},
): string {
  return printPage(
    `${TITLE} ${statement.customer.code} ${statement.periodLabel}`,
    statementCss(statement, options.fontsDir),
    <StatementDocument statement={statement} />,
  );
}
