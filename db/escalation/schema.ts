import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { customers } from '../customers/schema';

/** The company's escalation thresholds: one row, id 1, once saved; the defaults stand until then. */
export const escalationRules = sqliteTable(
  'escalation_rules',
  {
    id: integer('id').primaryKey(),
    /** Overdue (less disputes) above this many paise… */
    overdueAbove: integer('overdue_above').notNull(),
    /** …for more than this many days; */
    overdueDays: integer('overdue_days').notNull(),
    /** or at least this many broken promises. */
    brokenPromises: integer('broken_promises').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    check('escalation_rules_single_row', sql`${t.id} = 1`),
    check(
      'escalation_rules_values',
      sql`${t.overdueAbove} >= 0 and ${t.overdueDays} >= 0 and ${t.brokenPromises} >= 1`,
    ),
  ],
);

/**
 * A case before the accounts manager: what fired on the day it was opened (the figures and the
 * thresholds of that day are kept, so it still reads true after the rules change), who has it,
 * and how it was closed. Never deleted; the only change is closing it, once.
 */
export const escalations = sqliteTable(
  'escalations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    openedOn: text('opened_on').notNull(),
    /** 'overdue', 'broken_promises' or both, comma-separated in that order. */
    rules: text('rules').notNull(),
    overdue: integer('overdue').notNull(),
    disputed: integer('disputed').notNull(),
    oldestDueDate: text('oldest_due_date'),
    oldestDays: integer('oldest_days'),
    brokenPromises: integer('broken_promises').notNull(),
    overdueAbove: integer('overdue_above').notNull(),
    overdueDays: integer('overdue_days').notNull(),
    promisesNeeded: integer('promises_needed').notNull(),
    assignedTo: text('assigned_to').notNull(),
    openedBy: text('opened_by').notNull(),
    closedOn: text('closed_on'),
    resolution: text('resolution'),
    closedBy: text('closed_by'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('escalations_customer_idx').on(t.customerId, t.openedOn),
    // One open case per customer: a second escalation is a note on the first.
    uniqueIndex('escalations_one_open')
      .on(t.customerId)
      .where(sql`${t.closedOn} is null`),
    check(
      'escalations_rules',
      sql`${t.rules} in ('overdue','broken_promises','overdue,broken_promises')`,
    ),
    check(
      'escalations_closed',
      sql`(${t.closedOn} is null and ${t.resolution} is null and ${t.closedBy} is null) or (${t.closedOn} is not null and ${t.resolution} is not null and ${t.closedBy} is not null and ${t.closedOn} >= ${t.openedOn})`,
    ),
  ],
);

/** What was done on a case, day by day: appended, never changed or deleted. */
export const escalationNotes = sqliteTable(
  'escalation_notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    escalationId: integer('escalation_id')
      .notNull()
      .references(() => escalations.id, { onDelete: 'restrict' }),
    notedOn: text('noted_on').notNull(),
    note: text('note').notNull(),
    actor: text('actor').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('escalation_notes_case_idx').on(t.escalationId)],
);
