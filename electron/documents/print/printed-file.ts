// A printed document as the file a channel returns: the HTML itself, or the PDF made from it.
import type { FileDownload } from '../../../shared/contract/fields';

/** `name` without its extension; `.html` or `.pdf` is added to suit the format. */
export async function printedFile(
  html: string,
  name: string,
  format: 'pdf' | 'html',
  renderPdf: (html: string) => Promise<Buffer>,
): Promise<FileDownload> {
  if (format === 'html') {
    return {
      fileName: `${name}.html`,
      mimeType: 'text/html',
      contentBase64: Buffer.from(html).toString('base64'),
    };
  }
  return {
    fileName: `${name}.pdf`,
    mimeType: 'application/pdf',
    contentBase64: (await renderPdf(html)).toString('base64'),
  };
}

/** A document number as a file name: `INV/25-26/0001` → `INV-25-26-0001`. */
export const numberAsFileName = (number: string) => number.replace(/[^A-Za-z0-9-]+/g, '-');
