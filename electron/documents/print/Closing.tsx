// Bank details, notes and the signature block (Rule 46 p), kept together at the end.
import type { PrintableDocument } from '../../../shared/invoices/printable';
import { Totals } from './Totals';

function BankDetails({ doc }: { doc: PrintableDocument }) {
  const { bank } = doc.supplier;
  const rows = [
    ["A/c Holder's Name", bank.accountName],
    ['Bank Name', bank.bankName],
    ['A/c No.', bank.accountNumber],
    ['Branch', bank.branch],
    ['IFSC', bank.ifsc],
  ].filter((r): r is [string, string] => r[1] !== null && r[1] !== '');
  // A credit note is money owed to the customer: there is nothing for them to pay in.
  if (rows.length === 0 || doc.kind === 'CREDIT_NOTE') return null;
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

export function PaymentAndTotals({ doc }: { doc: PrintableDocument }) {
  return (
    <div className="closing gap keep">
      <div className="grow">
        <BankDetails doc={doc} />
      </div>
      <Totals doc={doc} />
    </div>
  );
}

export function NotesAndSignature({ doc }: { doc: PrintableDocument }) {
  return (
    <div className="closing gap keep">
      {doc.notes ? (
        <div className="grow box notes">
          <p className="label">Notes</p>
          <p>{doc.notes}</p>
        </div>
      ) : (
        <div className="grow" />
      )}
      <Signature supplierName={doc.supplier.name} />
    </div>
  );
}

/** Rule 46(p) and Rule 50: signed for the supplier by an authorised signatory. */
export function Signature({ supplierName }: { supplierName: string }) {
  return (
    <div className="box sign">
      <p className="for">For {supplierName}</p>
      <p className="signatory">Authorised Signatory</p>
    </div>
  );
}
