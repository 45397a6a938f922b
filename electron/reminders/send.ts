// Sending a reminder: build what the user sends (an .eml draft with the statement PDF, a
// WhatsApp link, or a letter PDF), then log it. Nothing is logged if the draft cannot be made.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCompany, requireCompany } from '../../db/company/company';
import { logReminder, previewReminder } from '../../db/reminders/reminders';
import { financialYearOf, type IsoDate } from '../../shared/dates';
import type { FileDownload } from '../../shared/contract/fields';
import type {
  DunningProposal,
  ReminderMessage,
  ReminderSendInput,
  ReminderSent,
} from '../../shared/reminders/contract';
import { BahiError } from '../../shared/result';
import { statementHtml } from '../documents/print/StatementDocument';
import { printableSupplier } from '../invoices/printable';
import type { HandlerContext } from '../ipc/context';
import { exportsDirOf } from '../jobs/jobs';
import { printableStatement, statementFileName } from '../reports/statement-printable';
import { buildEml, mailtoLink, textToHtml } from './eml';
import { letterHtml } from './letter';
import { whatsappLink } from './whatsapp';

type Ctx = Pick<HandlerContext, 'ledger' | 'actor' | 'renderPdf' | 'openFile'>;

const fileBase = (p: DunningProposal, asOf: string) =>
  `${p.customerCode.replace(/[^A-Za-z0-9_-]+/g, '-')} - ${p.level} reminder ${asOf}`;

/** The statement of account for the financial year to the as-of date, as a PDF. */
async function statementPdf(ctx: Ctx, customerId: number, asOf: string) {
  const fy = financialYearOf(asOf as IsoDate, requireCompany(ctx.ledger).fyStartMonth);
  const s = printableStatement(ctx.ledger, { customerId, from: fy.start, to: asOf });
  return { fileName: statementFileName(s, 'pdf'), bytes: await ctx.renderPdf(statementHtml(s)) };
}

async function emailDraft(ctx: Ctx, p: DunningProposal, m: ReminderMessage, asOf: string) {
  const company = getCompany(ctx.ledger);
  const statement = await statementPdf(ctx, p.customerId, asOf);
  const eml = buildEml({
    from: company?.email ? `${company.tradeName ?? company.legalName} <${company.email}>` : null,
    to: m.to,
    subject: m.subject,
    text: m.emailBody,
    html: textToHtml(m.emailBody),
    attachments: [{ ...statement, mimeType: 'application/pdf' }],
    date: new Date(),
  });
  return {
    fileName: `${fileBase(p, asOf)}.eml`,
    mimeType: 'message/rfc822',
    bytes: Buffer.from(eml),
  };
}

/** Build the channel's file or link, log the reminder, and open a draft where the app can. */
export async function sendReminder(ctx: Ctx, input: ReminderSendInput): Promise<ReminderSent> {
  const { proposal, message } = previewReminder(ctx.ledger, input);
  const asOf = input.asOf;
  let file: { fileName: string; mimeType: string; bytes: Buffer } | null = null;
  let link: string | null = null;
  switch (input.channel) {
    case 'email':
      file = await emailDraft(ctx, proposal, message, asOf);
      link = mailtoLink(message.to, message.subject, message.emailBody);
      break;
    case 'whatsapp':
      link = whatsappLink(message.whatsappNumber, message.whatsappText, proposal.customerName);
      break;
    case 'letter': {
      const html = letterHtml(printableSupplier(ctx.ledger), proposal.customerCode, message);
      file = {
        fileName: `${fileBase(proposal, asOf)}.pdf`,
        mimeType: 'application/pdf',
        bytes: await ctx.renderPdf(html),
      };
      break;
    }
    default: {
      const never: never = input.channel;
      throw new BahiError('VALIDATION', `Unknown channel ${String(never)}`, { field: 'channel' });
    }
  }
  const { reminder } = logReminder(ctx.ledger, input, ctx.actor);
  let opened = false;
  if (file && ctx.openFile) {
    // Kept beside the ledger so the desktop app opens only files of ours.
    const dir = join(exportsDirOf(ctx.ledger.path), 'reminders');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${reminder.id} ${file.fileName}`);
    writeFileSync(path, file.bytes);
    await ctx.openFile(path);
    opened = true;
  }
  const download: FileDownload | null = file && {
    fileName: file.fileName,
    mimeType: file.mimeType,
    contentBase64: file.bytes.toString('base64'),
  };
  return { reminder, message, file: download, link, opened };
}
