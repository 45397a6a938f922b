// A reminder as an e-mail draft: an RFC 5322 message, MIME multipart/mixed, that Outlook opens
// as an unsent draft (X-Unsent: 1) ready to review and send, with the statement PDF attached.
import { randomUUID } from 'node:crypto';

export interface EmlAttachment {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
}

export interface EmlDraft {
  from: string | null;
  to: string | null;
  subject: string;
  text: string;
  html?: string;
  attachments: EmlAttachment[];
  /** When it was written; the RFC 5322 Date header. */
  date: Date;
}

const CRLF = '\r\n';

/** Base64 in lines of 76, as MIME wants. */
const base64Lines = (b: Buffer) => b.toString('base64').replace(/.{76}(?=.)/g, `$&${CRLF}`);

/** RFC 2047: non-ASCII header text as UTF-8 encoded-words of at most 75 characters each. */
export function encodeHeader(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  const words: string[] = [];
  let chunk = '';
  // Split on whole characters so no UTF-8 sequence is cut between two words.
  for (const ch of text) {
    if (Buffer.byteLength(chunk + ch) > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w).toString('base64')}?=`).join(`${CRLF} `);
}

/** A file name for Content-Disposition: ASCII fallback plus RFC 2231 UTF-8. */
function fileNameParams(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

const textPart = (type: string, content: string) =>
  [
    `Content-Type: ${type}; charset=utf-8`,
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(Buffer.from(content.replace(/\r?\n/g, CRLF))),
  ].join(CRLF);

/** The draft as the bytes of an .eml file. */
export function buildEml(d: EmlDraft): string {
  const mixed = `mixed-${randomUUID()}`;
  const alt = `alt-${randomUUID()}`;
  const body = d.html
    ? [
        `Content-Type: multipart/alternative; boundary="${alt}"`,
        '',
        `--${alt}`,
        textPart('text/plain', d.text),
        `--${alt}`,
        textPart('text/html', d.html),
        `--${alt}--`,
      ].join(CRLF)
    : textPart('text/plain', d.text);
  const parts = [
    body,
    ...d.attachments.map((a) =>
      [
        `Content-Type: ${a.mimeType}; name="${a.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"`,
        'Content-Transfer-Encoding: base64',
        `Content-Disposition: attachment; ${fileNameParams(a.fileName)}`,
        '',
        base64Lines(a.bytes),
      ].join(CRLF),
    ),
  ];
  const headers = [
    d.from && `From: ${d.from}`,
    d.to && `To: ${d.to}`,
    `Subject: ${encodeHeader(d.subject)}`,
    `Date: ${d.date.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${randomUUID()}@bahi.local>`,
    'X-Unsent: 1',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${mixed}"`,
  ].filter(Boolean);
  return [...headers, '', ...parts.flatMap((p) => [`--${mixed}`, p]), `--${mixed}--`, ''].join(
    CRLF,
  );
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The plain text as simple HTML: paragraphs kept, lines kept, nothing loaded from outside. */
export const textToHtml = (text: string) =>
  `<!DOCTYPE html><html><body style="font-family: Calibri, Arial, sans-serif; font-size: 11pt">${text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('')}</body></html>`;

/** A `mailto:` with subject and body; mail programs cap its length, so the body is the words only. */
export const mailtoLink = (to: string | null, subject: string, body: string) =>
  `mailto:${to ? encodeURIComponent(to) : ''}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`;
