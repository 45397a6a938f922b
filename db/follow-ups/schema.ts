import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  sqliteTable,
  text,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import { FOLLOW_UP_KINDS, FOLLOW_UP_OUTCOMES } from '../../shared/follow-ups/contract';
import { customers } from '../customers/schema';
import { documents } from '../invoices/schema';

/**
 * Each time someone chased a customer: how, whom, what came of it and what to do next. Nothing
 * here posts to the books. Never changed or deleted (triggers): a correction is a new row that
 * names the one it corrects.
 */
export const followUps = sqliteTable(
  'follow_ups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    /** The invoice it was about; null for the account as a whole. */
    documentId: integer('document_id').references(() => documents.id, { onDelete: 'restrict' }),
    loggedOn: text('logged_on').notNull(),
    kind: text('kind', { enum: FOLLOW_UP_KINDS }).notNull(),
    contactPerson: text('contact_person'),
    outcome: text('outcome', { enum: FOLLOW_UP_OUTCOMES }).notNull(),
    notes: text('notes'),
    nextActionOn: text('next_action_on'),
    nextAction: text('next_action'),
    correctsId: integer('corrects_id').references((): AnySQLiteColumn => followUps.id, {
      onDelete: 'restrict',
    }),
    actor: text('actor').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('follow_ups_customer_idx').on(t.customerId, t.loggedOn),
    index('follow_ups_document_idx').on(t.documentId),
    index('follow_ups_corrects_idx').on(t.correctsId),
    check('follow_ups_kind', sql`${t.kind} in ('call','email','whatsapp','visit','letter')`),
    check(
      'follow_ups_next_action',
      sql`(${t.nextActionOn} is null and ${t.nextAction} is null) or (${t.nextActionOn} is not null and ${t.nextAction} is not null and ${t.nextActionOn} >= ${t.loggedOn})`,
    ),
  ],
);
