import { z } from 'zod';
import { channel } from '../contract/channel';
import { fileDownload, idField } from '../contract/fields';

export const ATTACHMENT_TYPES = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
} as const;
export type AttachmentMime = keyof typeof ATTACHMENT_TYPES;

export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

const owner = z.object({
  ownerKind: z.enum(['order', 'document'], { error: 'Attach to an order or a document' }),
  ownerId: idField,
});

export const attachment = z.object({
  id: z.number().int(),
  ownerKind: z.enum(['order', 'document']),
  ownerId: z.number().int(),
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
});
export type Attachment = z.infer<typeof attachment>;

export const attachmentsChannels = {
  'attachments.add': channel({
    summary: 'Attach a job sheet, approval or PO (PDF, PNG, JPEG or XLSX) to an order or document',
    input: owner.extend({
      fileName: z
        .string({ error: 'Give the file a name' })
        .trim()
        .min(1, 'Give the file a name')
        .max(200, 'File name can be at most 200 characters'),
      contentBase64: z.string().min(1, 'The file is empty'),
    }),
    output: attachment,
  }),
  'attachments.list': channel({
    summary: 'Files attached to an order or document',
    input: owner,
    output: z.array(attachment),
  }),
  'attachments.get': channel({
    summary: 'An attached file, to download or view',
    input: z.object({ id: idField }),
    output: fileDownload,
  }),
  'attachments.open': channel({
    summary: 'Open an attached file with the system viewer (desktop app)',
    input: z.object({ id: idField }),
    output: z.object({ opened: z.boolean() }),
  }),
};
