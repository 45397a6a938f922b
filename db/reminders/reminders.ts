// A reminder as it goes out: the proposal's words filled in, and the log entry written with a
// follow-up in the same transaction, so what was sent, to whom and by whom is never lost.
import { formatDateIndian, todayIso, type IsoDate } from '../../shared/dates';
import type { FollowUpKind } from '../../shared/follow-ups/contract';
import { formatINR, type Paise } from '../../shared/money';
import {
  REMINDER_CHANNEL_LABELS,
  REMINDER_LEVEL_LABELS,
  reminderSendInput,
  sentReminderListQuery,
  type DunningProposal,
  type ReminderMessage,
  type ReminderPlaceholder,
  type ReminderSendInput,
  type SentReminder,
  type SentReminderListQuery,
} from '../../shared/reminders/contract';
import { BahiError } from '../../shared/result';
import { getCompany } from '../company/company';
import { logFollowUp } from '../follow-ups/follow-ups';
import { runCommand } from '../ledger/command';
import type { Ledger } from '../ledger/open';
import { prepared } from '../ledger/statements';
import { listBankAccounts } from '../receipts/bank-accounts';
import { dunning } from './dunning';
import { fillTemplate, templateOf } from './templates';

const on = (d: string) => formatDateIndian(d as IsoDate);
const inr = (p: number) => formatINR(p as Paise);

/** One line per invoice: number, date, due date and what is open, in Indian format. */
export const invoiceLines = (p: Pick<DunningProposal, 'invoices'>) =>
  p.invoices
    .map(
      (i) =>
        `${i.number} dated ${on(i.date)}, due ${on(i.dueDate)}: ${inr(i.open)} open` +
        (i.daysPastDue > 0 ? ` (${i.daysPastDue} days overdue)` : ''),
    )
    .join('\n');

/** The company's bank as set up, else its first bank account. */
function bankDetails(ledger: Ledger): string {
  const b = getCompany(ledger)?.bank;
  if (b?.accountNumber) {
    return [
      b.accountName && `Account name: ${b.accountName}`,
      b.bankName && `Bank: ${b.bankName}${b.branch ? `, ${b.branch}` : ''}`,
      `Account number: ${b.accountNumber}`,
      b.ifsc && `IFSC: ${b.ifsc}`,
    ]
      .filter(Boolean)
      .join('\n');
  }
  const a = listBankAccounts(ledger).find((x) => x.kind === 'bank' && x.accountNumber);
  if (!a) return 'Please ask us for our bank details.';
  return [
    a.bankName && `Bank: ${a.bankName}`,
    `Account number: ${a.accountNumber}`,
    a.ifsc && `IFSC: ${a.ifsc}`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** The customer's proposal as of the date, or a refusal that says why there is none. */
export function proposalFor(ledger: Ledger, customerId: number, asOf: string): DunningProposal {
  const p = dunning(ledger, { asOf, customerId }).proposals[0];
  if (!p) {
    throw new BahiError(
      'VALIDATION',
      `Nothing to remind this customer about as of ${on(asOf)}: nothing is due that is not disputed, under a pending promise or already reminded at its level`,
      { field: 'customerId' },
    );
  }
  return p;
}

/** Keep only the invoices asked for; each must be one the run proposes. */
function narrowed(p: DunningProposal, documentIds: number[] | undefined): DunningProposal {
  if (documentIds === undefined) return p;
  if (documentIds.length === 0) {
    throw new BahiError('VALIDATION', 'Choose at least one invoice to remind about', {
      field: 'documentIds',
    });
  }
  const byId = new Map(p.invoices.map((i) => [i.documentId, i]));
  const invoices = documentIds.map((id) => {
    const i = byId.get(id);
    if (!i) {
      throw new BahiError(
        'VALIDATION',
        `Invoice ${id} is not in ${p.customerName}’s reminder: it is not due, disputed, under a pending promise or not theirs; choose from the proposed invoices`,
        { field: 'documentIds' },
      );
    }
    return i;
  });
  return { ...p, invoices, amount: invoices.reduce((s, i) => s + i.open, 0) };
}

export function composeMessage(ledger: Ledger, p: DunningProposal, asOf: string): ReminderMessage {
  const t = templateOf(ledger, p.level);
  const company = getCompany(ledger);
  const values: Record<ReminderPlaceholder, string> = {
    customer: p.customerName,
    contact: p.contactName ?? p.customerName,
    invoices: invoiceLines(p),
    total: inr(p.amount),
    asOf: on(asOf),
    statementLink: `Your statement of account as on ${on(asOf)} is attached.`,
    company: company?.tradeName ?? company?.legalName ?? '',
    bank: bankDetails(ledger),
  };
  return {
    level: p.level,
    subject: fillTemplate(t.emailSubject, values),
    emailBody: fillTemplate(t.emailBody, values),
    whatsappText: fillTemplate(t.whatsappText, values),
    letterBody: fillTemplate(t.letterBody, values),
    to: p.email,
    whatsappNumber: p.whatsapp,
  };
}

/** The proposal narrowed to the invoices asked for, and its words. */
export function previewReminder(
  ledger: Ledger,
  input: Omit<ReminderSendInput, 'channel'>,
): { proposal: DunningProposal; message: ReminderMessage } {
  const v = reminderSendInput.omit({ channel: true }).parse(input);
  const proposal = narrowed(proposalFor(ledger, v.customerId, v.asOf), v.documentIds);
  return { proposal, message: composeMessage(ledger, proposal, v.asOf) };
}

const SELECT = `select r.id, r.customer_id as customerId, c.code as customerCode,
    c.name as customerName, r.level, r.channel, r.sent_on as sentOn, r.amount,
    (select json_group_array(json_object('documentId', i.document_id, 'number', d.number, 'open', i.open_amount))
       from sent_reminder_invoices i join documents d on d.id = i.document_id
      where i.reminder_id = r.id) as invoicesJson,
    r.follow_up_id as followUpId, r.actor, r.created_at as createdAt
  from sent_reminders r join customers c on c.id = r.customer_id`;

type Row = Omit<SentReminder, 'invoices'> & { invoicesJson: string };
const toSent = ({ invoicesJson, ...r }: Row): SentReminder => ({
  ...r,
  invoices: JSON.parse(invoicesJson) as SentReminder['invoices'],
});

export function listSentReminders(
  ledger: Ledger,
  query: SentReminderListQuery = {},
): SentReminder[] {
  const q = sentReminderListQuery.parse(query);
  const rows = prepared(
    ledger.sqlite,
    `${SELECT} where (@customerId is null or r.customer_id = @customerId)
       and (@from is null or r.sent_on >= @from) and (@to is null or r.sent_on <= @to)
     order by r.sent_on desc, r.id desc`,
  ).all({ customerId: q.customerId ?? null, from: q.from ?? null, to: q.to ?? null }) as Row[];
  return rows.map(toSent);
}

/**
 * Log a reminder as sent on its as-of date: the level the run proposes, the invoices listed
 * and a follow-up of the channel's kind. Refused when the run proposes nothing for the customer.
 */
export function logReminder(
  ledger: Ledger,
  input: ReminderSendInput,
  actor: string,
): { reminder: SentReminder; proposal: DunningProposal; message: ReminderMessage } {
  const v = reminderSendInput.parse(input);
  const today = todayIso();
  if (v.asOf > today) {
    throw new BahiError(
      'VALIDATION',
      `As of is after today (${on(today)}): a reminder is sent on the day, not ahead of it`,
      { field: 'asOf' },
    );
  }
  return runCommand(ledger, { command: 'reminders.send', actor }, (cx) => {
    const { proposal, message } = previewReminder(ledger, v);
    const label = `${REMINDER_LEVEL_LABELS[proposal.level]} by ${REMINDER_CHANNEL_LABELS[v.channel]}`;
    const followUp = logFollowUp(
      ledger,
      {
        customerId: v.customerId,
        documentId: proposal.invoices.length === 1 ? proposal.invoices[0]!.documentId : null,
        loggedOn: v.asOf,
        kind: v.channel satisfies FollowUpKind,
        outcome: 'left_message',
        notes: `${label}: ${proposal.invoices.map((i) => i.number).join(', ')} (${inr(proposal.amount)})`,
      },
      actor,
    );
    const id = prepared(
      cx.sqlite,
      `insert into sent_reminders (customer_id, level, channel, sent_on, amount, follow_up_id, actor,
         created_at) values (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      v.customerId,
      proposal.level,
      v.channel,
      v.asOf,
      proposal.amount,
      followUp.id,
      actor,
      cx.now,
    ).lastInsertRowid as number;
    const line = prepared(
      cx.sqlite,
      `insert into sent_reminder_invoices (reminder_id, document_id, open_amount) values (?, ?, ?)`,
    );
    for (const i of proposal.invoices) line.run(id, i.documentId, i.open);
    const reminder = toSent(prepared(cx.sqlite, `${SELECT} where r.id = ?`).get(id) as Row);
    cx.audit({ entity: 'sent_reminder', entityId: id, before: null, after: reminder });
    return { reminder, proposal, message };
  });
}
