// A GST tax invoice, credit note or debit note as a complete, script-free A4 HTML page.
import type { CopyMark, PrintableDocument } from '../../../shared/invoices/printable';
import { PaymentAndTotals, NotesAndSignature } from './Closing';
import { DocumentMeta } from './DocumentMeta';
import { EInvoiceFacts, SignedQr } from './EInvoice';
import { fontFaceCss } from './fonts';
import { kindTexts } from './format';
import { LineItems } from './LineItems';
import { PartyBlock, SupplierBlock } from './Parties';
import { qrSvgDataUrl } from './qr';
import { documentCss } from './styles';
import { AmountInWords } from './Totals';
import { TaxSummary } from './TaxSummary';
import { printPage } from './page';

export interface TaxDocumentProps {
  doc: PrintableDocument;
  copy: CopyMark;
  /** Position among the copies printed together; names the page for its running footer. */
  index: number;
  /** The e-invoice's signed QR as a data: URL, made once for all copies. */
  qr: string | null;
}

export function TaxDocument({ doc, copy, index, qr }: TaxDocumentProps) {
  const { title } = kindTexts(doc.kind);
  return (
    <section className={`copy copy-${String(index)}`}>
      <header className="titlebar">
        <div className="titles">
          <div className="titlerow">
            <div className="side" />
            <h1>{title}</h1>
            <div className="side copymark">
              <span>{copy}</span>
            </div>
          </div>
          {doc.eInvoice ? <EInvoiceFacts eInvoice={doc.eInvoice} /> : null}
        </div>
        {qr ? <SignedQr qr={qr} /> : null}
      </header>
      <div className="box head">
        <div className="parties">
          <SupplierBlock supplier={doc.supplier} />
          <PartyBlock label="Bill To (Recipient)" party={doc.recipient} />
        </div>
        <div className="right">
          <DocumentMeta doc={doc} />
          {doc.consignee ? <PartyBlock label="Ship To (Consignee)" party={doc.consignee} /> : null}
        </div>
      </div>
      <LineItems doc={doc} />
      <PaymentAndTotals doc={doc} />
      <AmountInWords doc={doc} />
      <TaxSummary doc={doc} />
      <NotesAndSignature doc={doc} />
    </section>
  );
}

export interface PrintHtmlOptions {
  /** Folder with the print font's woff2 files; found beside the app when omitted. */
  fontsDir?: string;
}

/** The one entry point for printing: every copy of `doc` in one HTML, a page break between. */
export function printHtml(
  doc: PrintableDocument,
  copies: readonly CopyMark[],
  options: PrintHtmlOptions = {},
): string {
  if (copies.length === 0) throw new RangeError('printHtml needs at least one copy to print');
  const { title } = kindTexts(doc.kind);
  const css = documentCss({
    fontFaces: fontFaceCss(options.fontsDir),
    title,
    number: doc.number,
    copies: [...copies],
  });
  const qr = doc.eInvoice ? qrSvgDataUrl(doc.eInvoice.signedQr) : null;
  return printPage(
    `${title} ${doc.number}`,
    css,
    copies.map((copy, i) => <TaxDocument key={i} doc={doc} copy={copy} index={i} qr={qr} />),
  );
}
