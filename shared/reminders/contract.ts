// Reminders and the dunning run: templates per level, the run as of a date that proposes the
// next level for every customer with something due, and the log of every reminder sent.
import { z } from 'zod';
import { channel } from '../contract/channel';
import { fileDownload, idField } from '../contract/fields';
import { isoDateField } from '../items/contract';
import {
  REMINDER_CHANNELS,
  REMINDER_LEVELS,
  type ReminderChannel,
  type ReminderLevel,
} from './levels';

export * from './levels';

/** What a template may say; anything else in braces is refused when it is saved. */
export const REMINDER_PLACEHOLDERS = [
  'customer',
  'contact',
  'invoices',
  'total',
  'asOf',
  'statementLink',
  'company',
  'bank',
] as const;
export type ReminderPlaceholder = (typeof REMINDER_PLACEHOLDERS)[number];

const levelField = z.enum(REMINDER_LEVELS, {
  error: 'Choose the level: friendly, first, second, third, fourth or final',
});
const channelField = z.enum(REMINDER_CHANNELS, {
  error: 'Choose how it goes out: e-mail, WhatsApp or letter',
});
const templateText = (max: number, label: string) =>
  z
    .string({ error: `Enter the ${label.toLowerCase()}` })
    .trim()
    .min(1, `Enter the ${label.toLowerCase()}`)
    .max(max, `${label} is longer than ${max} characters: shorten it`);

export const reminderTemplateInput = z.object({
  level: levelField,
  days: z
    .number({ error: 'Enter the days past due as a whole number' })
    .int('Enter the days past due as a whole number')
    .min(-60, 'Days must be between -60 and 365')
    .max(365, 'Days must be between -60 and 365'),
  emailSubject: templateText(200, 'E-mail subject'),
  emailBody: templateText(8000, 'E-mail body'),
  whatsappText: templateText(2000, 'WhatsApp text'),
  letterBody: templateText(8000, 'Letter body'),
});
export type ReminderTemplateInput = z.input<typeof reminderTemplateInput>;

export const reminderTemplate = z.object({
  level: z.enum(REMINDER_LEVELS),
  days: z.number().int(),
  emailSubject: z.string(),
  emailBody: z.string(),
  whatsappText: z.string(),
  letterBody: z.string(),
  /** False while the shipped default is in use. */
  edited: z.boolean(),
  actor: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type ReminderTemplate = z.infer<typeof reminderTemplate>;

export const dunningInvoice = z.object({
  documentId: z.number().int(),
  number: z.string(),
  date: z.string(),
  dueDate: z.string(),
  /** In paise, open on the as-of date. */
  open: z.number().int(),
  /** Negative while not yet due. */
  daysPastDue: z.number().int(),
});
export type DunningInvoice = z.infer<typeof dunningInvoice>;

export const dunningProposal = z.object({
  customerId: z.number().int(),
  customerCode: z.string(),
  customerName: z.string(),
  contactName: z.string().nullable(),
  email: z.string().nullable(),
  whatsapp: z.string().nullable(),
  level: z.enum(REMINDER_LEVELS),
  /** The last level sent about any of these invoices, and when. */
  lastLevel: z.enum(REMINDER_LEVELS).nullable(),
  lastSentOn: z.string().nullable(),
  oldestDaysPastDue: z.number().int(),
  invoices: z.array(dunningInvoice),
  /** In paise: the invoices listed. */
  amount: z.number().int(),
  /** Invoices left out: in dispute, or paused by a pending promise. */
  disputedLeftOut: z.number().int(),
  promisedLeftOut: z.number().int(),
});
export type DunningProposal = z.infer<typeof dunningProposal>;

export const dunningQuery = z.object({
  /** Today (in India) when left out. */
  asOf: isoDateField('As of').optional(),
  customerId: idField.nullish(),
});
export type DunningQuery = z.input<typeof dunningQuery>;

export const dunningRun = z.object({ asOf: z.string(), proposals: z.array(dunningProposal) });
export type DunningRun = z.infer<typeof dunningRun>;

export const reminderSendInput = z.object({
  customerId: idField,
  asOf: isoDateField('As of'),
  channel: channelField,
  /** The invoices to list; every one the run proposes when left out. */
  documentIds: z.array(idField).optional(),
});
export type ReminderSendInput = z.input<typeof reminderSendInput>;

export const sentReminder = z.object({
  id: z.number().int(),
  customerId: z.number().int(),
  customerCode: z.string(),
  customerName: z.string(),
  level: z.enum(REMINDER_LEVELS),
  channel: z.enum(REMINDER_CHANNELS),
  sentOn: z.string(),
  amount: z.number().int(),
  invoices: z.array(
    z.object({ documentId: z.number().int(), number: z.string(), open: z.number().int() }),
  ),
  followUpId: z.number().int().nullable(),
  actor: z.string(),
  createdAt: z.string(),
});
export type SentReminder = z.infer<typeof sentReminder>;

/** The words of one reminder, placeholders filled. */
export const reminderMessage = z.object({
  level: z.enum(REMINDER_LEVELS),
  subject: z.string(),
  emailBody: z.string(),
  whatsappText: z.string(),
  letterBody: z.string(),
  to: z.string().nullable(),
  whatsappNumber: z.string().nullable(),
});
export type ReminderMessage = z.infer<typeof reminderMessage>;

/** What sending hands back: the log entry, and the draft, link or letter to open. */
export const reminderSent = z.object({
  reminder: sentReminder,
  message: reminderMessage,
  /** The .eml draft or the letter PDF; null for WhatsApp. */
  file: fileDownload.nullable(),
  /** A `mailto:` for e-mail, the `https://wa.me/…` link for WhatsApp. */
  link: z.string().nullable(),
  /** Whether the file was opened in its program (desktop app). */
  opened: z.boolean(),
});
export type ReminderSent = z.infer<typeof reminderSent>;

export const sentReminderListQuery = z.object({
  customerId: idField.nullish(),
  from: isoDateField('From').optional(),
  to: isoDateField('To').optional(),
});
export type SentReminderListQuery = z.input<typeof sentReminderListQuery>;

export const remindersChannels = {
  'reminders.templates': channel({
    summary: 'The reminder template of every dunning level, edited or as shipped',
    input: z.object({}).default({}),
    output: z.array(reminderTemplate),
  }),
  'reminders.saveTemplate': channel({
    summary: 'Change a level’s days past due, e-mail, WhatsApp text or letter',
    input: reminderTemplateInput,
    output: reminderTemplate,
  }),
  'reminders.run': channel({
    summary:
      'The dunning run as of a date: the next level for every customer with something due, disputed invoices and those under a pending promise left out',
    input: dunningQuery,
    output: dunningRun,
  }),
  'reminders.preview': channel({
    summary: 'The words of a customer’s proposed reminder, placeholders filled',
    input: reminderSendInput.omit({ channel: true }),
    output: reminderMessage,
  }),
  'reminders.send': channel({
    summary:
      'Send a customer’s proposed reminder: an .eml draft with the statement PDF, a WhatsApp link or a letter PDF; logged',
    input: reminderSendInput,
    output: reminderSent,
  }),
  'reminders.sent': channel({
    summary: 'Reminders sent, newest first, optionally for one customer or a date range',
    input: sentReminderListQuery,
    output: z.array(sentReminder),
  }),
};

export type { ReminderChannel, ReminderLevel };
