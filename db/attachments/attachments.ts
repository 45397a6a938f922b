// Attachments live in the data folder under their SHA-256: the user's file name is only a label,
// so no name (`..`, a path, a drive letter) can ever decide where a file is written or read.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  ATTACHMENT_TYPES,
  MAX_ATTACHMENT_BYTES,
  type Attachment,
  type AttachmentMime,
} from '../../shared/attachments/contract';
import { BahiError } from '../../shared/result';
import { runCommand } from '../ledger/command';
import type { Ledger } from '../ledger/open';

/** What a file really is, by its first bytes, not by what its name claims. */
export function sniffMime(bytes: Buffer): AttachmentMime | null {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (
    bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) &&
    bytes.includes(Buffer.from('xl/'))
  ) {
    return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  }
  return null;
}

/** The last path segment, without control characters: a label, never a path. */
export function displayName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const printable = [...base]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f)
    .join('');
  return printable.replace(/^\.+/, '').trim() || 'attachment';
}

export const attachmentsDir = (ledger: Ledger) => join(dirname(ledger.path), 'attachments');

export function attachmentPath(ledger: Ledger, sha256: string, mime: AttachmentMime): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a SHA-256');
  return join(attachmentsDir(ledger), sha256.slice(0, 2), `${sha256}.${ATTACHMENT_TYPES[mime]}`);
}

interface LinkRow {
  id: number;
  sha256: string;
  owner_kind: 'order' | 'document';
  owner_id: number;
  file_name: string;
  created_at: string;
  mime_type: string;
  size: number;
}

const toAttachment = (r: LinkRow): Attachment => ({
  id: r.id,
  ownerKind: r.owner_kind,
  ownerId: r.owner_id,
  fileName: r.file_name,
  mimeType: r.mime_type,
  size: r.size,
  sha256: r.sha256,
  createdAt: r.created_at,
});

const SELECT = `select l.*, a.mime_type, a.size from attachment_links l join attachments a on a.sha256 = l.sha256`;

export function getAttachment(ledger: Ledger, id: number): Attachment {
  const row = ledger.sqlite.prepare(`${SELECT} where l.id = ?`).get(id) as LinkRow | undefined;
  if (!row)
    throw new BahiError('NOT_FOUND', `There is no attachment with id ${id}`, { field: 'id' });
  return toAttachment(row);
}

export function listAttachments(
  ledger: Ledger,
  ownerKind: 'order' | 'document',
  ownerId: number,
): Attachment[] {
  return (
    ledger.sqlite
      .prepare(`${SELECT} where l.owner_kind = ? and l.owner_id = ? order by l.id`)
      .all(ownerKind, ownerId) as LinkRow[]
  ).map(toAttachment);
}

export function addAttachment(
  ledger: Ledger,
  a: { ownerKind: 'order' | 'document'; ownerId: number; fileName: string; bytes: Buffer },
  actor: string,
): Attachment {
  if (a.bytes.length > MAX_ATTACHMENT_BYTES) {
    throw new BahiError('VALIDATION', 'Attachments can be at most 25 MB', {
      field: 'contentBase64',
    });
  }
  const mime = sniffMime(a.bytes);
  if (!mime) {
    throw new BahiError('VALIDATION', 'Attach a PDF, PNG, JPEG or Excel (.xlsx) file', {
      field: 'contentBase64',
    });
  }
  const table = a.ownerKind === 'order' ? 'orders' : 'documents';
  if (!ledger.sqlite.prepare(`select 1 from ${table} where id = ?`).get(a.ownerId)) {
    throw new BahiError('NOT_FOUND', `There is no ${a.ownerKind} with id ${a.ownerId}`, {
      field: 'ownerId',
    });
  }
  const sha256 = createHash('sha256').update(a.bytes).digest('hex');
  const path = attachmentPath(ledger, sha256, mime);
  if (!existsSync(path)) {
    // Write aside and rename, so a crash never leaves a half file under a valid hash.
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(`${path}.part`, a.bytes);
    renameSync(`${path}.part`, path);
  }
  return runCommand(ledger, { command: 'attachments.add', actor }, (cx) => {
    cx.sqlite
      .prepare(
        'insert into attachments (sha256, size, mime_type, stored_at) values (?, ?, ?, ?) on conflict do nothing',
      )
      .run(sha256, a.bytes.length, mime, cx.now);
    const id = cx.sqlite
      .prepare(
        'insert into attachment_links (sha256, owner_kind, owner_id, file_name, created_at) values (?, ?, ?, ?, ?)',
      )
      .run(sha256, a.ownerKind, a.ownerId, displayName(a.fileName), cx.now)
      .lastInsertRowid as number;
    const created = getAttachment(ledger, id);
    cx.audit({ entity: 'attachment', entityId: id, before: null, after: created });
    return created;
  });
}

/** The stored file, checked against its hash before it is handed out. */
export function readAttachment(
  ledger: Ledger,
  id: number,
): { attachment: Attachment; path: string; bytes: Buffer } {
  const attachment = getAttachment(ledger, id);
  const path = attachmentPath(ledger, attachment.sha256, attachment.mimeType as AttachmentMime);
  const bytes = existsSync(path) ? readFileSync(path) : null;
  if (!bytes || createHash('sha256').update(bytes).digest('hex') !== attachment.sha256) {
    throw new BahiError(
      'NOT_FOUND',
      `The file for ${attachment.fileName} is missing or damaged in the data folder`,
      {
        field: 'id',
      },
    );
  }
  return { attachment, path, bytes };
}
