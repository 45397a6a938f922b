// e-Invoice particulars from the IRP (Rule 48(4)): IRN and acknowledgement beside the signed QR.
import type { PrintableDocument } from '../../../shared/invoices/printable';

type EInvoiceData = NonNullable<PrintableDocument['eInvoice']>;

export function EInvoiceFacts({ eInvoice }: { eInvoice: EInvoiceData }) {
  return (
    <div className="box einvoice">
      <p className="label">e-Invoice</p>
      <p>
        IRN: <span className="irn">{eInvoice.irn}</span>
      </p>
      <p>
        Ack No.: <b>{eInvoice.ackNumber}</b>
      </p>
      <p>
        Ack Date: <b>{eInvoice.ackDate}</b>
      </p>
    </div>
  );
}

export function SignedQr({ qr }: { qr: string }) {
  return <img className="qr" src={qr} alt="Signed QR code of the e-invoice" />;
}
