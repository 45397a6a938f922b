// Totals with round-off on its own line, and the amount in words (Rule 46 i).
import { amountInWords, sumPaise, type Paise } from '../../../shared/money';
import type { PrintableDocument } from '../../../shared/invoices/printable';
import { amount, rupees, signedAmount, stateTaxName } from './format';

export function Totals({ doc }: { doc: PrintableDocument }) {
  const { totals } = doc;
  const taxes: [string, Paise][] = doc.intraState
    ? [
        ['CGST', totals.cgst],
        [stateTaxName(doc), totals.sgst],
      ]
    : [['IGST', totals.igst]];
  return (
    <table className="box totals">
      <tbody>
        <tr>
          <td>Taxable Value</td>
          <td className="num">{amount(totals.taxable)}</td>
        </tr>
        {taxes.map(([name, value]) => (
          <tr key={name}>
            <td>{name}</td>
            <td className="num">{amount(value)}</td>
          </tr>
        ))}
        <tr>
          <td>Round Off</td>
          <td className="num">{signedAmount(totals.roundOff)}</td>
        </tr>
        <tr className="grand">
          <td>Total</td>
          <td className="num">{rupees(totals.total)}</td>
        </tr>
      </tbody>
    </table>
  );
}

export function AmountInWords({ doc }: { doc: PrintableDocument }) {
  const label = doc.kind === 'TAX_INVOICE' ? 'Amount Chargeable (in words)' : 'Amount (in words)';
  return (
    <div className="box words gap keep">
      <p className="label">{label}</p>
      <p className="value">{amountInWords(doc.totals.total)}</p>
    </div>
  );
}

export function taxTotal(doc: PrintableDocument): Paise {
  return sumPaise([doc.totals.cgst, doc.totals.sgst, doc.totals.igst]);
}
