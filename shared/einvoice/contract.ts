import { z } from 'zod';
import { channel } from '../contract/channel';
import { idField } from '../contract/fields';
import { eInvoiceJson } from './schema';

/** What the IRP registered for a document, as imported: shown on the printed invoice. */
export const eInvoiceRegistration = z.object({
  irn: z.string(),
  ackNumber: z.string(),
  /** As the IRP gave it: "yyyy-mm-dd hh:mm:ss", Indian time. */
  ackDate: z.string(),
  /** The signed QR code JWT, printed as a QR code. */
  signedQr: z.string(),
});
export type EInvoiceRegistration = z.infer<typeof eInvoiceRegistration>;

export const einvoiceChannels = {
  'einvoice.export': channel({
    summary:
      'The NIC e-invoice JSON (schema 1.1) of an issued invoice, credit or debit note, to upload to the IRP',
    input: z.object({ id: idField }),
    output: z.object({
      fileName: z.string(),
      json: eInvoiceJson,
      /** The file's bytes (UTF-8 JSON), ready to save. */
      contentBase64: z.string(),
    }),
  }),
  'einvoice.importResponse': channel({
    summary: "Register the IRN from the IRP's response, once it is checked against the document",
    input: z.object({
      id: idField,
      responseJson: z
        .string({ error: "Choose or paste the IRP's response (JSON)" })
        .trim()
        .min(1, "Choose or paste the IRP's response (JSON)")
        .max(2_000_000, 'The response is too large to be an IRP response'),
    }),
    output: eInvoiceRegistration,
  }),
  'einvoice.get': channel({
    summary: 'The IRN registered for a document, or null before one is imported',
    input: z.object({ id: idField }),
    output: eInvoiceRegistration.nullable(),
  }),
};
