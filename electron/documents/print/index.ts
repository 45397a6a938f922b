// Printing GST documents: typed data → HTML (React, server-rendered) → PDF (Chromium).
export { printHtml, TaxDocument, type PrintHtmlOptions } from './TaxDocument';
export { BrowserNotFoundError, findChromium, PdfRenderer, renderPdf, type PdfOptions } from './pdf';
