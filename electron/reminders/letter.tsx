// A reminder as a printed letter: the company's letterhead and the level's wording, A4, through
// the same HTML → PDF pipeline as the statement of account.
import type { ReminderMessage } from '../../shared/reminders/contract';
import { REMINDER_LEVEL_LABELS } from '../../shared/reminders/levels';
import { fontFaceCss } from '../documents/print/fonts';
import { SupplierBlock } from '../documents/print/Parties';
import { documentCss } from '../documents/print/styles';
import { printPage } from '../documents/print/page';
import type { PrintHtmlOptions } from '../documents/print/TaxDocument';
import type { PrintableDocument } from '../../shared/invoices/printable';

const LETTER_CSS = `.letter { margin-top: 8mm; font-size: 10.5pt; line-height: 1.45; }
.letter h2 { font-size: 11pt; margin: 0 0 4mm; }
.letter p { margin: 0 0 3mm; white-space: pre-wrap; }`;

export function letterHtml(
  supplier: PrintableDocument['supplier'],
  customerCode: string,
  message: ReminderMessage,
  options: PrintHtmlOptions = {},
): string {
  const title = REMINDER_LEVEL_LABELS[message.level];
  const css = documentCss({
    fontFaces: fontFaceCss(options.fontsDir),
    title,
    number: customerCode,
    copies: [],
  });
  return printPage(
    `${title} ${customerCode}`,
    `${css}\n${LETTER_CSS}`,
    <>
      <SupplierBlock supplier={supplier} />
      <div className="letter">
        <h2>{message.subject}</h2>
        {message.letterBody.split(/\n{2,}/).map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
    </>,
  );
}
