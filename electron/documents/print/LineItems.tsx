// The lines (Rule 46 f–l): one row each, header repeated on every page, rows never split.
import type { PrintableDocument, PrintableLine } from '../../../shared/invoices/printable';
import { amount, halfRate, rate, stateTaxName } from './format';

interface Columns {
  intraState: boolean;
  discount: boolean;
  stateTax: string;
}

function quantityText(line: PrintableLine): string {
  return line.unit ? `${line.quantity} ${line.unit}` : line.quantity;
}

function TaxCells({ line, cols }: { line: PrintableLine; cols: Columns }) {
  if (!cols.intraState) {
    return (
      <>
        <td className="num">{rate(line.gstRateBps)}</td>
        <td className="num">{amount(line.igst)}</td>
      </>
    );
  }
  return (
    <>
      <td className="num">{halfRate(line.gstRateBps)}</td>
      <td className="num">{amount(line.cgst)}</td>
      <td className="num">{halfRate(line.gstRateBps)}</td>
      <td className="num">{amount(line.sgst)}</td>
    </>
  );
}

function Row({ line, cols }: { line: PrintableLine; cols: Columns }) {
  return (
    <tr>
      <td className="sl">{line.serial}</td>
      <td className="desc">{line.description}</td>
      <td>{line.hsnSac}</td>
      <td className="num">{quantityText(line)}</td>
      <td className="num">{amount(line.rate)}</td>
      {cols.discount ? <td className="num">{amount(line.discount)}</td> : null}
      <td className="num">{amount(line.taxable)}</td>
      <TaxCells line={line} cols={cols} />
    </tr>
  );
}

function ColGroup({ cols }: { cols: Columns }) {
  const tax = cols.intraState ? ['8.5mm', '16.5mm', '8.5mm', '16.5mm'] : ['8.5mm', '19mm'];
  const widths = [
    '6.5mm',
    'auto',
    '13mm',
    '16mm',
    '17mm',
    ...(cols.discount ? ['15mm'] : []),
    '19mm',
    ...tax,
  ];
  return (
    <colgroup>
      {widths.map((w, i) => (
        <col key={i} style={w === 'auto' ? undefined : { width: w }} />
      ))}
    </colgroup>
  );
}

function Head({ cols }: { cols: Columns }) {
  const taxNames = cols.intraState ? ['CGST', cols.stateTax] : ['IGST'];
  return (
    <thead>
      <tr>
        <th rowSpan={2}>Sl</th>
        <th rowSpan={2}>Description of Goods / Services</th>
        <th rowSpan={2}>HSN/SAC</th>
        <th rowSpan={2}>Quantity</th>
        <th rowSpan={2}>Rate (₹)</th>
        {cols.discount ? <th rowSpan={2}>Discount (₹)</th> : null}
        <th rowSpan={2}>Taxable Value (₹)</th>
        {taxNames.map((n) => (
          <th key={n} colSpan={2}>
            {n}
          </th>
        ))}
      </tr>
      <tr>
        {taxNames.map((n) => (
          <RateAmountHead key={n} />
        ))}
      </tr>
    </thead>
  );
}

function RateAmountHead() {
  return (
    <>
      <th>Rate</th>
      <th>Amount (₹)</th>
    </>
  );
}

function TotalRow({ doc, cols }: { doc: PrintableDocument; cols: Columns }) {
  const { totals } = doc;
  return (
    <tr className="sum">
      <td />
      <td colSpan={cols.discount ? 5 : 4} className="num">
        Total
      </td>
      <td className="num">{amount(totals.taxable)}</td>
      {cols.intraState ? (
        <>
          <td />
          <td className="num">{amount(totals.cgst)}</td>
          <td />
          <td className="num">{amount(totals.sgst)}</td>
        </>
      ) : (
        <>
          <td />
          <td className="num">{amount(totals.igst)}</td>
        </>
      )}
    </tr>
  );
}

export function LineItems({ doc }: { doc: PrintableDocument }) {
  const cols: Columns = {
    intraState: doc.intraState,
    discount: doc.lines.some((l) => l.discount !== 0),
    stateTax: stateTaxName(doc),
  };
  return (
    <table className="items gap">
      <ColGroup cols={cols} />
      <Head cols={cols} />
      <tbody>
        {doc.lines.map((line) => (
          <Row key={line.serial} line={line} cols={cols} />
        ))}
        <TotalRow doc={doc} cols={cols} />
      </tbody>
    </table>
  );
}
