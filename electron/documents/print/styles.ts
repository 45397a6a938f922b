// Print CSS: A4 portrait, compact bordered boxes, right-aligned tabular figures.
import type { CopyMark } from '../../../shared/invoices/printable';
import { fontFaceCss, PRINT_FONT_FAMILY } from './fonts';
import { cssString } from './format';

const FONT = `'${PRINT_FONT_FAMILY}', 'Noto Sans', 'Segoe UI', sans-serif`;
const LINE = '0.75pt solid #222';
const RULE = '0.5pt solid #666';
const HAIR = '0.3pt solid #bbb';

const BASE_CSS = `
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${FONT}; font-size: 8.5pt; line-height: 1.32; color: #111;
  font-variant-numeric: tabular-nums lining-nums; }
p { margin: 0; }
.copy + .copy { break-before: page; }

.titlebar { display: flex; gap: 2.2mm; margin-bottom: 2.2mm; }
.titles { flex: 1; display: flex; flex-direction: column; gap: 1.6mm; }
.titlerow { display: flex; align-items: center; }
.titlerow .side { flex: 0 0 48mm; }
.titlerow h1 { flex: 1; margin: 0; text-align: center; font-size: 15pt; font-weight: 700;
  text-transform: uppercase; white-space: nowrap; }
.copymark { display: flex; justify-content: flex-end; }
.copymark span { border: ${LINE}; padding: 0.5mm 1.8mm; font-size: 6.8pt; font-weight: 700;
  letter-spacing: 0.04em; white-space: nowrap; }
.qr { width: 30mm; height: 30mm; display: block; border: ${LINE}; }

.box { border: ${LINE}; }
.gap { margin-top: 2.2mm; }
.keep { break-inside: avoid; }
.label { font-size: 6.5pt; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase;
  color: #555; margin-bottom: 0.4mm; }
.muted { color: #444; }
.num { text-align: right; white-space: nowrap; }

.einvoice { flex: 1; padding: 1.2mm 2mm; display: flex; flex-direction: column; justify-content: center;
  gap: 0.5mm; }
.einvoice .irn { font-weight: 700; word-break: break-all; }

.head { display: flex; }
.parties { flex: 0 0 58%; min-width: 0; border-right: ${LINE}; }
.right { flex: 1; min-width: 0; display: flex; flex-direction: column; }
.meta .row:last-child { border-bottom: ${LINE}; }
.party { padding: 1.6mm 2mm; overflow-wrap: anywhere; }
.party + .party { border-top: ${LINE}; }
.supplier { display: flex; gap: 3mm; align-items: flex-start; }
.supplier img { max-width: 24mm; max-height: 18mm; object-fit: contain; }
.supplier .name { font-size: 11.5pt; font-weight: 700; line-height: 1.2; }
.party .name { font-size: 9.5pt; font-weight: 700; }
.party .trade { color: #444; }
.party .ids { margin-top: 0.6mm; }
.party .ids b { font-weight: 700; }
.party .pan { margin-left: 3mm; }
.party .contact { display: flex; flex-wrap: wrap; column-gap: 3mm; }

.meta { display: flex; flex-direction: column; }
.meta .row { display: flex; border-bottom: ${RULE}; }
.meta .cell { flex: 1; padding: 1.2mm 2mm; }
.meta .cell + .cell { border-left: ${RULE}; }
.meta .value { font-weight: 700; }

table { border-collapse: collapse; width: 100%; }
thead { display: table-header-group; }
th { font-size: 7pt; font-weight: 700; background: #ececec; border: ${RULE}; padding: 0.8mm 1mm;
  text-align: center; vertical-align: middle; }
td { padding: 0.8mm 1mm; vertical-align: top; }
tr { break-inside: avoid; }

.items { border: ${LINE}; font-size: 8pt; }
.items td { border-left: ${RULE}; border-right: ${RULE}; border-bottom: ${HAIR}; }
.items td.desc { overflow-wrap: anywhere; }
.items td.sl { text-align: center; }
.items td.unit { white-space: nowrap; }
.items tr.sum td { border-top: ${LINE}; font-weight: 700; background: #f5f5f5; }

.closing { display: flex; gap: 2.2mm; }
.closing > .grow { flex: 1; }
.bank { padding: 1.6mm 2mm; }
.bank table td { padding: 0.2mm 2mm 0.2mm 0; }
.bank table td:first-child { color: #444; white-space: nowrap; }
.totals { flex: 0 0 78mm; }
.totals td { padding: 0.9mm 2mm; border-bottom: ${HAIR}; }
.totals tr.grand td { border-top: ${LINE}; border-bottom: none; font-size: 10.5pt; font-weight: 700;
  background: #ececec; }

.words { padding: 1.4mm 2mm; }
.words .value { font-weight: 700; font-size: 9pt; }

.summary { font-size: 7.6pt; }
.summary td { border: ${RULE}; }
.summary tr.sum td { font-weight: 700; background: #f5f5f5; }
.summary-words { padding: 1mm 2mm; border: ${LINE}; border-top: none; }

.notes { padding: 1.6mm 2mm; white-space: pre-line; }
.sign { flex: 0 0 78mm; display: flex; flex-direction: column; justify-content: space-between;
  min-height: 26mm; padding: 1.6mm 2mm; text-align: right; }
.sign .for { font-weight: 700; }
.sign .signatory { padding-top: 1mm; }
`;

function pageCss(title: string, number: string, copies: CopyMark[]): string {
  const margins = `@page { size: A4 portrait; margin: 12mm 12mm 14mm 12mm; }`;
  const box = `font-family: ${FONT}; font-size: 7pt; color: #555;`;
  // Each copy is a named page so its running footer names the copy; page numbers are only
  // printed for a single copy, since Chromium cannot restart the page counter per copy.
  const perCopy = copies.map((mark, i) => {
    const left = `@bottom-left { content: ${cssString(`${title} ${number} · ${mark}`)}; ${box} }`;
    const right =
      copies.length === 1
        ? `@bottom-right { content: "Page " counter(page) " of " counter(pages); ${box} }`
        : '';
    return `@page copy-${String(i)} { ${left} ${right} }\n.copy-${String(i)} { page: copy-${String(i)}; }`;
  });
  return [margins, ...perCopy].join('\n');
}

export function documentCss(opts: {
  fontFaces: string;
  title: string;
  number: string;
  copies: CopyMark[];
}): string {
  return `${opts.fontFaces}\n${pageCss(opts.title, opts.number, opts.copies)}\n${BASE_CSS}`;
}

/**
 * A document printed once (a statement, a case summary): the house CSS, a footer on every page
 * with `footer` at the left and page n of N at the right, then the document's own rules.
 */
export function singleDocumentCss(opts: {
  fontsDir: string | undefined;
  title: string;
  number: string;
  footer: string;
  css: string;
}): string {
  const box = `font-family: '${PRINT_FONT_FAMILY}', sans-serif; font-size: 7pt; color: #555;`;
  const footer = `@page { @bottom-left { content: ${cssString(opts.footer)}; ${box} }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${box} } }`;
  const base = documentCss({
    fontFaces: fontFaceCss(opts.fontsDir),
    title: opts.title,
    number: opts.number,
    copies: [],
  });
  return `${base}\n${footer}\n${opts.css}`;
}
