// Escalation: customers the rules put before the accounts manager (large and long overdue, or
// promises broken again and again), the cases opened for them, their notes and how they closed.
import { z } from 'zod';
import { channel } from '../contract/channel';
import { fileDownload, idField, optionalText, paiseField, requiredText } from '../contract/fields';
import { isoDateField } from '../items/contract';
import { CREDIT_GRADES } from '../credit/contract';
import { DISPUTE_REASONS } from '../disputes/contract';
import { FOLLOW_UP_KINDS, FOLLOW_UP_OUTCOMES } from '../follow-ups/contract';
import { PROMISE_STATUSES } from '../promises/contract';
import { REMINDER_CHANNELS, REMINDER_LEVELS } from '../reminders/levels';
import { ESCALATION_RULES } from './rules';

export * from './rules';

const money = z.number().int();
const wholeNumber = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} must be a whole number` })
    .int(`${label} must be a whole number`)
    .min(min, `${label} must be at least ${min}`)
    .max(max, `${label} can be at most ${max}`);

export const escalationRulesInput = z.object({
  overdueAbove: paiseField('Overdue amount above'),
  overdueDays: wholeNumber('Days overdue', 0, 3650),
  brokenPromises: wholeNumber('Broken promises', 1, 99),
});
export type EscalationRulesInput = z.input<typeof escalationRulesInput>;

export const escalationRules = z.object({
  overdueAbove: money,
  overdueDays: z.number().int(),
  brokenPromises: z.number().int(),
  /** Never saved: the shipped defaults stand. */
  isDefault: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type EscalationRulesView = z.infer<typeof escalationRules>;

const figures = {
  /** Overdue less what is in dispute, paise. */
  overdue: money,
  /** In dispute on overdue items, left out of `overdue`. */
  disputed: money,
  oldestDueDate: z.string().nullable(),
  oldestDays: z.number().int().nullable(),
  brokenPromises: z.number().int(),
};

export const escalationProposal = z.object({
  customerId: z.number().int(),
  customerCode: z.string(),
  customerName: z.string(),
  /** The rules that fired, at least one. */
  rules: z.array(z.enum(ESCALATION_RULES)).min(1),
  ...figures,
  /** Open debit items less money on account. */
  balance: money,
  /** The customer's last case, closed: it is why older broken promises no longer count. */
  lastClosedOn: z.string().nullable(),
});
export type EscalationProposal = z.infer<typeof escalationProposal>;

export const escalationProposals = z.object({
  asOf: z.string(),
  rules: escalationRules,
  proposals: z.array(escalationProposal),
});
export type EscalationProposals = z.infer<typeof escalationProposals>;

export const escalationNote = z.object({
  id: z.number().int(),
  notedOn: z.string(),
  note: z.string(),
  actor: z.string(),
  createdAt: z.string(),
});
export type EscalationNote = z.infer<typeof escalationNote>;

export const ESCALATION_STATUSES = ['open', 'closed'] as const;

export const escalationCase = z.object({
  id: z.number().int(),
  customerId: z.number().int(),
  customerCode: z.string(),
  customerName: z.string(),
  openedOn: z.string(),
  /** What fired on the day it was opened, with the figures and thresholds of that day. */
  rules: z.array(z.enum(ESCALATION_RULES)).min(1),
  ...figures,
  thresholds: z.object({
    overdueAbove: money,
    overdueDays: z.number().int(),
    brokenPromises: z.number().int(),
  }),
  assignedTo: z.string(),
  openedBy: z.string(),
  status: z.enum(ESCALATION_STATUSES),
  closedOn: z.string().nullable(),
  resolution: z.string().nullable(),
  closedBy: z.string().nullable(),
  /** Oldest first: the note it was opened with, then each one added. */
  notes: z.array(escalationNote),
});
export type EscalationCase = z.infer<typeof escalationCase>;

export const escalateInput = z.object({
  customerId: idField,
  /** The rules are read as of this day. */
  escalatedOn: isoDateField('Date escalated'),
  assignedTo: requiredText(80, 'Assigned to'),
  note: optionalText(2000, 'Note'),
});
export type EscalateInput = z.input<typeof escalateInput>;

export const escalationNoteInput = z.object({
  id: idField,
  notedOn: isoDateField('Date of the note'),
  note: requiredText(2000, 'Note'),
});
export type EscalationNoteInput = z.input<typeof escalationNoteInput>;

export const escalationCloseInput = z.object({
  id: idField,
  closedOn: isoDateField('Date closed'),
  resolution: requiredText(2000, 'Resolution'),
});
export type EscalationCloseInput = z.input<typeof escalationCloseInput>;

export const escalationListQuery = z.object({
  status: z.enum([...ESCALATION_STATUSES, 'all']).default('open'),
  customerId: idField.nullish(),
});
export type EscalationListQuery = z.input<typeof escalationListQuery>;

export const escalationAsOfQuery = z.object({
  /** Today (in India) when left out. */
  asOf: isoDateField('As of').optional(),
});
export type EscalationAsOfQuery = z.input<typeof escalationAsOfQuery>;

export const caseSummaryQuery = z.object({
  customerId: idField,
  asOf: isoDateField('As of').optional(),
});
export type CaseSummaryQuery = z.input<typeof caseSummaryQuery>;

const summaryPromise = z.object({
  id: z.number().int(),
  madeOn: z.string(),
  promisedOn: z.string(),
  amount: money,
  received: money,
  status: z.enum(PROMISE_STATUSES),
});

/** Everything the one-page case summary prints, as of a date. */
export const caseSummary = z.object({
  asOf: z.string(),
  customer: z.object({
    id: z.number().int(),
    code: z.string(),
    name: z.string(),
    gstin: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    salesperson: z.string().nullable(),
    paymentTermsDays: z.number().int(),
    creditLimit: money.nullable(),
    contacts: z.array(
      z.object({
        name: z.string(),
        designation: z.string().nullable(),
        email: z.string().nullable(),
        phone: z.string().nullable(),
      }),
    ),
  }),
  hold: z.object({ heldOn: z.string(), heldBy: z.string(), reason: z.string() }).nullable(),
  /** Open debit items less money on account, on the date. */
  balance: money,
  onAccount: money,
  /** By days past due: Not due, 1–30, 31–60, 61–90, Over 90. */
  buckets: z.array(z.object({ label: z.string(), amount: money })),
  ...figures,
  disputes: z.object({
    openCount: z.number().int(),
    openAmount: money,
    resolvedCount: z.number().int(),
    open: z.array(
      z.object({
        documentNumber: z.string(),
        reason: z.enum(DISPUTE_REASONS),
        amount: money,
        raisedOn: z.string(),
      }),
    ),
  }),
  promises: z.object({
    counts: z.record(z.enum(PROMISE_STATUSES), z.number().int()),
    recent: z.array(summaryPromise),
  }),
  followUps: z.array(
    z.object({
      loggedOn: z.string(),
      kind: z.enum(FOLLOW_UP_KINDS),
      outcome: z.enum(FOLLOW_UP_OUTCOMES),
      contactPerson: z.string().nullable(),
      notes: z.string().nullable(),
    }),
  ),
  reminders: z.array(
    z.object({
      sentOn: z.string(),
      level: z.enum(REMINDER_LEVELS),
      channel: z.enum(REMINDER_CHANNELS),
      amount: money,
    }),
  ),
  remindersSent: z.number().int(),
  appraisal: z.object({
    score: z.number().nullable(),
    grade: z.enum(CREDIT_GRADES).nullable(),
    avgDaysLate: z.number(),
    bouncedCheques: z.number().int(),
    suggestedLimit: money.nullable(),
    exposure: money,
  }),
  rules: escalationRules,
  /** The rules the figures meet on the date (empty when none). */
  fired: z.array(z.enum(ESCALATION_RULES)),
  /** The open case, else the last one closed; null when never escalated. */
  case: escalationCase.nullable(),
});
export type CaseSummary = z.infer<typeof caseSummary>;

export const escalationChannels = {
  'escalation.rules': channel({
    summary: 'The escalation rules: overdue above ₹X for more than N days, or K broken promises',
    input: z.object({}),
    output: escalationRules,
  }),
  'escalation.saveRules': channel({
    summary: 'Change the escalation thresholds (audited)',
    input: escalationRulesInput,
    output: escalationRules,
  }),
  'escalation.proposals': channel({
    summary:
      'Customers the rules put on the escalation list as of a date, with the rule and figures',
    input: escalationAsOfQuery,
    output: escalationProposals,
  }),
  'escalation.list': channel({
    summary: 'Escalation cases: open (default), closed or all, with their notes',
    input: escalationListQuery,
    output: z.array(escalationCase),
  }),
  'escalation.escalate': channel({
    summary: 'Open a case for a customer a rule puts on the list: assigned to, and a note',
    input: escalateInput,
    output: escalationCase,
  }),
  'escalation.addNote': channel({
    summary: 'Add a note to an open escalation case (notes are never changed)',
    input: escalationNoteInput,
    output: escalationCase,
  }),
  'escalation.close': channel({
    summary: 'Close an escalation case with its resolution',
    input: escalationCloseInput,
    output: escalationCase,
  }),
  'escalation.summary': channel({
    summary: 'The case summary of a customer as of a date: what the one-page PDF prints',
    input: caseSummaryQuery,
    output: caseSummary,
  }),
  'escalation.printSummary': channel({
    summary: 'The one-page case summary as a PDF',
    input: caseSummaryQuery,
    output: fileDownload,
  }),
  'escalation.export': channel({
    summary: 'The escalation list (proposed and open cases) as an Excel workbook',
    input: escalationAsOfQuery,
    output: fileDownload,
  }),
};
