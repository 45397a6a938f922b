import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from '../../../shared/attachments/contract';

/** What the file chooser offers: the four kinds the ledger stores, by type and by extension. */
export const ATTACHMENT_ACCEPT = [
  ...Object.keys(ATTACHMENT_TYPES),
  '.pdf',
  '.png',
  '.jpg',
  '.jpeg',
  '.xlsx',
].join(',');

export const REFUSED_TYPE = 'Attach a PDF, PNG, JPEG or Excel (.xlsx) file';
export const TOO_LARGE = 'Attachments can be at most 25 MB';

const EXTENSIONS = /\.(pdf|png|jpe?g|xlsx)$/i;

/**
 * Why a chosen file cannot be attached, or null. A first look only: the ledger decides by the
 * file's own bytes, so a renamed file is refused there with the same words.
 */
export function attachmentProblem(file: { name: string; size: number; type: string }) {
  if (file.size === 0) return 'The file is empty';
  if (file.size > MAX_ATTACHMENT_BYTES) return TOO_LARGE;
  if (!(file.type in ATTACHMENT_TYPES) && !EXTENSIONS.test(file.name)) return REFUSED_TYPE;
  return null;
}

const KB = 1024;

/** 820 B, 14 KB, 2.4 MB: sizes as a file manager shows them. */
export function formatSize(bytes: number): string {
  if (bytes < KB) return `${bytes} B`;
  const fmt = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 1 });
  if (bytes < KB * KB) return `${fmt.format(bytes / KB)} KB`;
  return `${fmt.format(bytes / (KB * KB))} MB`;
}

/** PDF, PNG, JPEG, XLSX: the short name of a stored type. */
export function typeLabel(mimeType: string): string {
  const ext = ATTACHMENT_TYPES[mimeType as keyof typeof ATTACHMENT_TYPES];
  return ext ? (ext === 'jpg' ? 'JPEG' : ext.toUpperCase()) : 'File';
}
