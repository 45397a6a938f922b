// Tax by (HSN/SAC, rate), as GSTR-1 reports it; never merged across rates.
import { amountInWords, sumPaise } from '../../../shared/money';
import type { PrintableDocument, PrintableTaxRow } from '../../../shared/invoices/printable';
import { amount, halfRate, rate, stateTaxName } from './format';
import { taxTotal } from './Totals';

const rowTax = (r: PrintableTaxRow) => sumPaise([r.cgst, r.sgst, r.igst]);

export function TaxSummary({ doc }: { doc: PrintableDocument }) {
  const intra = doc.intraState;
  const taxNames = intra ? ['CGST', stateTaxName(doc)] : ['IGST'];
  const { totals } = doc;
  return (
    <div className="gap keep">
      <table className="box summary">
        <thead>
          <tr>
            <th rowSpan={2}>HSN/SAC</th>
            <th rowSpan={2}>GST Rate</th>
            <th rowSpan={2}>Taxable Value (₹)</th>
            {taxNames.map((n) => (
              <th key={n} colSpan={2}>
                {n}
              </th>
            ))}
            <th rowSpan={2}>Total Tax (₹)</th>
          </tr>
          <tr>
            {taxNames.map((n) => [
              <th key={`${n}-rate`}>Rate</th>,
              <th key={`${n}-amount`}>Amount (₹)</th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {doc.taxSummary.map((r) => (
            <tr key={`${r.hsnSac}|${String(r.gstRateBps)}`}>
              <td>{r.hsnSac}</td>
              <td className="num">{rate(r.gstRateBps)}</td>
              <td className="num">{amount(r.taxable)}</td>
              {intra ? (
                <>
                  <td className="num">{halfRate(r.gstRateBps)}</td>
                  <td className="num">{amount(r.cgst)}</td>
                  <td className="num">{halfRate(r.gstRateBps)}</td>
                  <td className="num">{amount(r.sgst)}</td>
                </>
              ) : (
                <>
                  <td className="num">{rate(r.gstRateBps)}</td>
                  <td className="num">{amount(r.igst)}</td>
                </>
              )}
              <td className="num">{amount(rowTax(r))}</td>
            </tr>
          ))}
          <tr className="sum">
            <td colSpan={2} className="num">
              Total
            </td>
            <td className="num">{amount(totals.taxable)}</td>
            {intra ? (
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
            <td className="num">{amount(taxTotal(doc))}</td>
          </tr>
        </tbody>
      </table>
      <p className="summary-words">
        <span className="muted">Tax Amount (in words): </span>
        <b>{amountInWords(taxTotal(doc))}</b>
      </p>
    </div>
  );
}
