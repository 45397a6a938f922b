import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { documents } from '../invoices/schema';

/**
 * What the IRP returned for a document: imported, never invented. Kept apart from the
 * immutable document so that registering it does not change what was issued.
 */
export const eInvoices = sqliteTable('e_invoices', {
  documentId: integer('document_id')
    .primaryKey()
    .references(() => documents.id, { onDelete: 'restrict' }),
  irn: text('irn').notNull().unique(),
  ackNumber: text('ack_number').notNull(),
  ackDate: text('ack_date').notNull(),
  signedQr: text('signed_qr').notNull(),
  signedInvoice: text('signed_invoice'),
  importedAt: text('imported_at').notNull(),
});
