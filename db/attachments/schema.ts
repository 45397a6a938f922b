import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** A file kept inside the data folder under its SHA-256; the same file is stored once. */
export const attachments = sqliteTable('attachments', {
  sha256: text('sha256').primaryKey(),
  size: integer('size').notNull(),
  mimeType: text('mime_type').notNull(),
  storedAt: text('stored_at').notNull(),
});

/** Job sheets, approvals, POs attached to an order or a document, under the name the user gave. */
export const attachmentLinks = sqliteTable(
  'attachment_links',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sha256: text('sha256')
      .notNull()
      .references(() => attachments.sha256, { onDelete: 'restrict' }),
    ownerKind: text('owner_kind', { enum: ['order', 'document'] }).notNull(),
    ownerId: integer('owner_id').notNull(),
    /** Display name only: never used as a path. */
    fileName: text('file_name').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('attachment_links_owner_idx').on(t.ownerKind, t.ownerId),
    check('attachment_links_owner', sql`${t.ownerKind} in ('order','document')`),
  ],
);
