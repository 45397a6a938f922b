// The document's own particulars beside the parties: number, dates, references, place of supply.
import type { PrintableDocument } from '../../../shared/invoices/printable';
import { date, kindTexts, placeOfSupply } from './format';

export interface Cell {
  label: string;
  value: string;
}

function metaRows(doc: PrintableDocument): Cell[][] {
  const { numberLabel } = kindTexts(doc.kind);
  const rows: Cell[][] = [
    [
      { label: numberLabel, value: doc.number },
      { label: 'Dated', value: date(doc.date) },
    ],
  ];
  if (doc.kind !== 'TAX_INVOICE') {
    // Rule 53(f): the invoice(s) this note adjusts; a dash flags one issued without.
    const originals = doc.originalDocuments.length > 0 ? doc.originalDocuments : [null];
    for (const o of originals) {
      rows.push([
        { label: 'Against Invoice No.', value: o ? o.number : '—' },
        { label: 'Invoice Dated', value: o ? date(o.date) : '—' },
      ]);
    }
    rows.push([{ label: 'Reason', value: doc.reason ?? '—' }]);
  }
  const optional = [
    doc.dueDate ? { label: 'Due Date', value: date(doc.dueDate) } : null,
    doc.reference
      ? {
          label: doc.kind === 'TAX_INVOICE' ? "Buyer's Order No. / Ref." : 'Reference',
          value: doc.reference,
        }
      : null,
  ].filter((c): c is Cell => c !== null);
  if (optional.length > 0) rows.push(optional);
  rows.push([{ label: 'Place of Supply', value: placeOfSupply(doc.placeOfSupply) }]);
  rows.push([
    {
      label: 'Reverse Charge',
      value: `Whether tax is payable on reverse charge: ${doc.reverseCharge ? 'Yes' : 'No'}`,
    },
  ]);
  return rows;
}

export function DocumentMeta({ doc }: { doc: PrintableDocument }) {
  return <MetaGrid rows={metaRows(doc)} />;
}

/** Labelled cells in rows beside the parties; receipts lay out their own particulars with it. */
export function MetaGrid({ rows }: { rows: Cell[][] }) {
  return (
    <div className="meta">
      {rows.map((row, i) => (
        <div className="row" key={i}>
          {row.map((cell) => (
            <div className="cell" key={cell.label}>
              <p className="label">{cell.label}</p>
              <p className="value">{cell.value}</p>
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
