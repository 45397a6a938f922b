// E-invoices, offline: the JSON we hand to the IRP, and the IRN it hands back, kept once per
// document beside the immutable document itself.
import { buildEInvoice } from '../../shared/einvoice/build';
import type { EInvoiceRegistration } from '../../shared/einvoice/contract';
import { checkResponseMatches, type IrpResponse } from '../../shared/einvoice/response';
import type { EInvoiceJson } from '../../shared/einvoice/schema';
import { BahiError } from '../../shared/result';
import { requireCompany } from '../company/company';
import { getDocument } from '../invoices/invoices';
import { runCommand } from '../ledger/command';
import type { Ledger } from '../ledger/open';

/** The e-invoice JSON of an issued document, checked against the schema. */
export function exportEInvoice(ledger: Ledger, documentId: number): EInvoiceJson {
  return buildEInvoice(getDocument(ledger, documentId), requireCompany(ledger));
}

const SELECT = `select irn, ack_number as ackNumber, ack_date as ackDate, signed_qr as signedQr
  from e_invoices`;

export function getEInvoice(ledger: Ledger, documentId: number): EInvoiceRegistration | null {
  const row = ledger.sqlite.prepare(`${SELECT} where document_id = ?`).get(documentId) as
    EInvoiceRegistration | undefined;
  if (row) return row;
  const exists = ledger.sqlite.prepare('select 1 from documents where id = ?').get(documentId);
  if (!exists) {
    throw new BahiError('NOT_FOUND', `There is no document with id ${String(documentId)}`, {
      field: 'id',
    });
  }
  return null;
}

/**
 * Record the IRN the IRP returned for a document: one command, once per document, refused when
 * the response names another document or an IRN already registered.
 */
export function registerEInvoice(
  ledger: Ledger,
  documentId: number,
  response: IrpResponse,
  actor: string,
): EInvoiceRegistration {
  return runCommand(ledger, { command: 'einvoice.importResponse', actor }, (cx) => {
    // Building the JSON again proves the document is one that can carry an IRN at all.
    const json = exportEInvoice(ledger, documentId);
    const existing = getEInvoice(ledger, documentId);
    if (existing) {
      throw new BahiError(
        'CONFLICT',
        `${json.DocDtls.No} already has IRN ${existing.irn}; an IRN is registered once`,
        { field: 'id' },
      );
    }
    checkResponseMatches(response, {
      typ: json.DocDtls.Typ,
      number: json.DocDtls.No,
      sellerGstin: json.SellerDtls.Gstin,
      buyerGstin: json.BuyerDtls.Gstin,
    });
    const other = cx.sqlite
      .prepare(
        `select d.number from e_invoices e join documents d on d.id = e.document_id where e.irn = ?`,
      )
      .pluck()
      .get(response.irn) as string | undefined;
    if (other !== undefined) {
      throw new BahiError('CONFLICT', `IRN ${response.irn} is already registered for ${other}`, {
        field: 'responseJson',
      });
    }
    cx.sqlite
      .prepare(
        `insert into e_invoices (document_id, irn, ack_number, ack_date, signed_qr, signed_invoice, imported_at)
         values (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        documentId,
        response.irn,
        response.ackNumber,
        response.ackDate,
        response.signedQr,
        response.signedInvoice,
        cx.now,
      );
    const registered = getEInvoice(ledger, documentId)!;
    cx.audit({
      entity: 'e_invoice',
      entityId: documentId,
      before: null,
      after: {
        number: json.DocDtls.No,
        irn: registered.irn,
        ackNumber: registered.ackNumber,
        ackDate: registered.ackDate,
      },
    });
    return registered;
  });
}
