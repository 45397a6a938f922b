// A receipt as a complete, script-free A4 HTML page: a money receipt that names the invoices it
// settled, or a CGST Rule 50 receipt voucher for an advance.
import { amountInWords, sumPaise, type Paise } from '../../../shared/money';
import { instrumentLabel, type PrintableReceipt } from '../../../shared/receipts/printable';
import { Signature } from './Closing';
import { MetaGrid, type Cell } from './DocumentMeta';
import { fontFaceCss, PRINT_FONT_FAMILY } from './fonts';
import { amount, cssString, date, placeOfSupply, rupees } from './format';
import { PartyBlock, SupplierBlock } from './Parties';
import { documentCss } from './styles';
import { printPage } from './page';
import type { PrintHtmlOptions } from './TaxDocument';

const TITLES = { MONEY_RECEIPT: 'Receipt', RECEIPT_VOUCHER: 'Receipt Voucher' } as const;

const RECEIPT_CSS = `
.subtitle { text-align: center; font-size: 7.5pt; color: #444; margin-top: -1.2mm; }
.returned { border: 1.5pt solid #b00020; color: #b00020; padding: 1.4mm 2mm; margin-bottom: 2.2mm;
  text-align: center; font-size: 12pt; font-weight: 700; letter-spacing: 0.04em; }
.returned .why { font-size: 8.5pt; font-weight: 400; letter-spacing: 0; }
.received { padding: 1.6mm 2mm; }
.received .figure { font-size: 13pt; font-weight: 700; }
.items tr.sum td { border-top: 0.75pt solid #222; font-weight: 700; background: #f5f5f5; }
.remarks { padding: 1.6mm 2mm; white-space: pre-line; }
.remarks p + p { margin-top: 0.8mm; }
.items th.sl { width: 9mm; }
.items th.dt { width: 28mm; }
.items th.amt { width: 36mm; }
.items th.rate { width: 22mm; }
`;

function receiptCss(title: string, number: string, fontsDir: string | undefined): string {
  const box = `font-family: '${PRINT_FONT_FAMILY}', sans-serif; font-size: 7pt; color: #555;`;
  const footer = `@page { @bottom-left { content: ${cssString(`${title} ${number}`)}; ${box} }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${box} } }`;
  const base = documentCss({ fontFaces: fontFaceCss(fontsDir), title, number, copies: [] });
  return `${base}\n${footer}\n${RECEIPT_CSS}`;
}

function instrumentCells(r: PrintableReceipt): Cell[][] {
  const label = instrumentLabel(r.mode);
  const rows: Cell[][] = [
    [
      { label: 'Mode', value: r.modeLabel },
      ...(label ? [{ label, value: r.instrumentNumber ?? '—' }] : []),
    ],
  ];
  if (r.mode === 'cheque') {
    rows.push([
      { label: 'Cheque Date', value: r.instrumentDate ? date(r.instrumentDate) : '—' },
      { label: 'Drawee Bank', value: r.draweeBank ?? '—' },
    ]);
  }
  const bank = [
    r.creditedTo.bankName,
    r.creditedTo.accountNumber && `A/c ${r.creditedTo.accountNumber}`,
  ]
    .filter(Boolean)
    .join(' ');
  rows.push([
    { label: 'Credited To', value: bank ? `${r.creditedTo.name} (${bank})` : r.creditedTo.name },
  ]);
  return rows;
}

function metaRows(r: PrintableReceipt): Cell[][] {
  if (r.kind === 'MONEY_RECEIPT') {
    return [
      [
        { label: 'Receipt No.', value: r.number },
        { label: 'Dated', value: date(r.date) },
      ],
      ...instrumentCells(r),
    ];
  }
  return [
    [
      { label: 'Voucher Serial No.', value: r.number },
      { label: 'Dated', value: date(r.date) },
    ],
    ...instrumentCells(r),
    [{ label: 'Place of Supply', value: placeOfSupply(r.placeOfSupply) }],
    [
      {
        label: 'Reverse Charge',
        value: `Whether tax is payable on reverse charge: ${r.reverseCharge ? 'Yes' : 'No'}`,
      },
    ],
  ];
}

/** What came in and how it is split: received, TDS kept back, charges, allocated, on account. */
function Summary({ r }: { r: PrintableReceipt }) {
  const rows: [string, string][] = [['Amount Received', rupees(r.amount)]];
  if (r.tds) rows.push([`TDS u/s ${r.tds.section}`, amount(r.tds.amount)]);
  if (r.tds) rows.push(['Total Credited to Your Account', rupees(r.total)]);
  if (r.bankCharges > 0) rows.push(['Bank Charges', amount(r.bankCharges)]);
  if (r.kind === 'MONEY_RECEIPT') {
    const allocated = sumPaise(r.settlements.map((s) => s.amount));
    rows.push(['Allocated to Invoices', amount(allocated)]);
    if (r.onAccount > 0) rows.push(['On Account', rupees(r.onAccount)]);
  }
  return (
    <table className="box totals">
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <td>{label}</td>
            <td className="num">{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Words({ label, value }: { label: string; value: Paise }) {
  return (
    <div className="box received grow">
      <p className="label">{label}</p>
      <p className="figure">{rupees(value)}</p>
      <p className="label">In words</p>
      <p className="value">
        <b>{amountInWords(value)}</b>
      </p>
    </div>
  );
}

function Settlements({ r }: { r: PrintableReceipt }) {
  if (r.settlements.length === 0) return null;
  const total = sumPaise(r.settlements.map((s) => s.amount));
  return (
    <table className="items gap">
      <thead>
        <tr>
          <th className="sl">Sl</th>
          <th>Against Invoice No.</th>
          <th className="dt">Invoice Date</th>
          <th className="amt">Amount Allocated (₹)</th>
        </tr>
      </thead>
      <tbody>
        {r.settlements.map((s, i) => (
          <tr key={s.number}>
            <td className="sl">{i + 1}</td>
            <td>{s.number}</td>
            <td>{date(s.date)}</td>
            <td className="num">{amount(s.amount)}</td>
          </tr>
        ))}
        <tr className="sum">
          <td />
          <td>Total Allocated</td>
          <td />
          <td className="num">{amount(total)}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** Rule 50: description, amount of advance, rate and amount of tax. */
function AdvanceParticulars({ r }: { r: PrintableReceipt }) {
  return (
    <table className="items gap">
      <thead>
        <tr>
          <th className="sl">Sl</th>
          <th>Description of Goods / Services</th>
          <th className="amt">Amount of Advance (₹)</th>
          <th className="rate">Rate of Tax</th>
          <th className="amt">Amount of Tax (₹)</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td className="sl">1</td>
          <td className="desc">{r.narration ?? 'Advance against supplies to be made'}</td>
          <td className="num">{amount(r.total)}</td>
          <td className="num">Nil</td>
          <td className="num">Nil</td>
        </tr>
      </tbody>
    </table>
  );
}

function Remarks({ r }: { r: PrintableReceipt }) {
  const lines = [
    r.kind === 'RECEIPT_VOUCHER' ? 'GST on this advance: Nil' : null,
    r.tds ? `TDS of ${rupees(r.tds.amount)} deducted u/s ${r.tds.section} noted.` : null,
    r.kind === 'MONEY_RECEIPT' && r.narration ? r.narration : null,
    r.subjectToRealisation ? 'Subject to realisation of the cheque.' : null,
  ].filter((l): l is string => l !== null);
  if (lines.length === 0) return <div className="grow" />;
  return (
    <div className="grow box remarks">
      <p className="label">Remarks</p>
      {lines.map((l) => (
        <p key={l}>{l}</p>
      ))}
    </div>
  );
}

export function ReceiptDocument({ receipt: r }: { receipt: PrintableReceipt }) {
  const voucher = r.kind === 'RECEIPT_VOUCHER';
  return (
    <section className="copy">
      <header className="titlebar">
        <div className="titles">
          <div className="titlerow">
            <div className="side" />
            <h1>{TITLES[r.kind]}</h1>
            <div className="side" />
          </div>
          {voucher ? (
            <p className="subtitle">
              Section 31(3)(d) of the CGST Act, 2017 read with Rule 50 of the CGST Rules, 2017
            </p>
          ) : null}
        </div>
      </header>
      {r.returned ? (
        <div className="returned">
          <p>CHEQUE RETURNED UNPAID on {date(r.returned.date)}</p>
          {r.returned.reason ? <p className="why">Reason: {r.returned.reason}</p> : null}
        </div>
      ) : null}
      <div className="box head">
        <div className="parties">
          <SupplierBlock supplier={r.supplier} />
          <PartyBlock label={voucher ? 'Recipient' : 'Received From'} party={r.customer} />
        </div>
        <div className="right">
          <MetaGrid rows={metaRows(r)} />
        </div>
      </div>
      {voucher ? <AdvanceParticulars r={r} /> : null}
      <div className="closing gap keep">
        <Words
          label={voucher ? 'Amount of Advance' : 'Amount Received'}
          value={voucher ? r.total : r.amount}
        />
        <Summary r={r} />
      </div>
      {voucher ? null : <Settlements r={r} />}
      <div className="closing gap keep">
        <Remarks r={r} />
        <Signature supplierName={r.supplier.name} />
      </div>
    </section>
  );
}

/** The one entry point for printing a receipt: one A4 HTML page, nothing loaded from outside. */
export function receiptHtml(receipt: PrintableReceipt, options: PrintHtmlOptions = {}): string {
  const title = TITLES[receipt.kind];
  return printPage(
    `${title} ${receipt.number}`,
    receiptCss(title, receipt.number, options.fontsDir),
    <ReceiptDocument receipt={receipt} />,
  );
}
