import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { REMINDER_CHANNELS, REMINDER_LEVELS } from '../../shared/reminders/levels';
import { customers } from '../customers/schema';
import { followUps } from '../follow-ups/schema';
import { documents } from '../invoices/schema';

/**
 * The wording and the threshold of each dunning level as the company edited it. A level with no
 * row here reads the shipped default, so a fresh ledger needs no seeding.
 */
export const reminderTemplates = sqliteTable(
  'reminder_templates',
  {
    level: text('level', { enum: REMINDER_LEVELS }).primaryKey(),
    /** Days past due of the oldest overdue item; negative means days before due (friendly). */
    days: integer('days').notNull(),
    emailSubject: text('email_subject').notNull(),
    emailBody: text('email_body').notNull(),
    whatsappText: text('whatsapp_text').notNull(),
    letterBody: text('letter_body').notNull(),
    actor: text('actor').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    check(
      'reminder_templates_level',
      sql`${t.level} in ('friendly','first','second','third','fourth','final')`,
    ),
  ],
);

/** Each reminder that went out: to whom, at which level, by which channel, by whom. Append-only. */
export const sentReminders = sqliteTable(
  'sent_reminders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    level: text('level', { enum: REMINDER_LEVELS }).notNull(),
    channel: text('channel', { enum: REMINDER_CHANNELS }).notNull(),
    /** The date the dunning run was read as of; it is also the day it was sent. */
    sentOn: text('sent_on').notNull(),
    /** In paise: what the reminder asked for. */
    amount: integer('amount').notNull(),
    /** The follow-up logged with it, so the customer's timeline shows it. */
    followUpId: integer('follow_up_id').references(() => followUps.id, { onDelete: 'restrict' }),
    actor: text('actor').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('sent_reminders_customer_idx').on(t.customerId, t.sentOn),
    check(
      'sent_reminders_level',
      sql`${t.level} in ('friendly','first','second','third','fourth','final')`,
    ),
    check('sent_reminders_channel', sql`${t.channel} in ('email','whatsapp','letter')`),
    check('sent_reminders_amount', sql`${t.amount} >= 0`),
  ],
);

/** The invoices a reminder listed, with what was open on each that day. */
export const sentReminderInvoices = sqliteTable(
  'sent_reminder_invoices',
  {
    reminderId: integer('reminder_id')
      .notNull()
      .references(() => sentReminders.id, { onDelete: 'restrict' }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'restrict' }),
    /** In paise. */
    openAmount: integer('open_amount').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.reminderId, t.documentId] }),
    index('sent_reminder_invoices_document_idx').on(t.documentId),
  ],
);
