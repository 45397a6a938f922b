// Follow-ups: every call, e-mail, WhatsApp, visit or letter to a customer about what they owe,
// what came of it and what to do next. Append-only: a correction is a new entry naming the old.
// From them, the promises and the open items: today's worklist and the customer's timeline.
import { z } from 'zod';
import { channel } from '../contract/channel';
import { idField, optionalText } from '../contract/fields';
import { isoDateField } from '../items/contract';
import {
  PROMISE_CHANNELS,
  PROMISE_CHANNEL_LABELS,
  PROMISE_STATUSES,
  promiseInput,
} from '../promises/contract';

/** The ways of reaching a customer are the ways a promise is made. */
export const FOLLOW_UP_KINDS = PROMISE_CHANNELS;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];
export const FOLLOW_UP_KIND_LABELS = PROMISE_CHANNEL_LABELS;

export const FOLLOW_UP_OUTCOMES = [
  'promised',
  'call_back',
  'no_answer',
  'left_message',
  'disputed',
  'refused',
  'paid_already',
  'other',
] as const;
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];
export const FOLLOW_UP_OUTCOME_LABELS: Record<FollowUpOutcome, string> = {
  promised: 'Promised to pay',
  call_back: 'Asked to call back',
  no_answer: 'No answer',
  left_message: 'Left a message',
  disputed: 'Disputes the bill',
  refused: 'Refused to pay',
  paid_already: 'Says already paid',
  other: 'Other',
};

export const followUpInput = z.object({
  customerId: idField,
  /** The invoice the follow-up is about; none means the whole account. */
  documentId: idField.nullish().transform((v) => v ?? null),
  loggedOn: isoDateField('Logged on'),
  kind: z.enum(FOLLOW_UP_KINDS, {
    error: 'Choose the kind of follow-up: call, e-mail, WhatsApp, visit or letter',
  }),
  contactPerson: optionalText(80, 'Contact person'),
  outcome: z.enum(FOLLOW_UP_OUTCOMES, {
    error:
      'Choose the outcome: promised to pay, call back, no answer, left a message, disputes the bill, refused, already paid or other',
  }),
  notes: optionalText(2000, 'Notes'),
  nextActionOn: isoDateField('Next action date')
    .nullish()
    .transform((v) => v ?? null),
  nextAction: optionalText(200, 'Next action'),
  /** The entry this one corrects: it stays on record, this one is read in its place. */
  correctsId: idField.nullish().transform((v) => v ?? null),
  /**
   * What the customer promised on this call, recorded with it as one command: made on the day
   * of the follow-up, the way it was made, for the invoice it was about (or the account).
   */
  promise: promiseInput
    .pick({ amount: true, promisedOn: true })
    .nullish()
    .transform((v) => v ?? null),
});
export type FollowUpInput = z.input<typeof followUpInput>;
export type FollowUpValues = z.output<typeof followUpInput>;

export const followUp = z.object({
  id: z.number().int(),
  customerId: z.number().int(),
  customerCode: z.string(),
  customerName: z.string(),
  documentId: z.number().int().nullable(),
  documentNumber: z.string().nullable(),
  documentKind: z.string().nullable(),
  loggedOn: z.string(),
  kind: z.enum(FOLLOW_UP_KINDS),
  contactPerson: z.string().nullable(),
  outcome: z.enum(FOLLOW_UP_OUTCOMES),
  notes: z.string().nullable(),
  nextActionOn: z.string().nullable(),
  nextAction: z.string().nullable(),
  correctsId: z.number().int().nullable(),
  /** A later entry that corrects this one, if any. */
  correctedById: z.number().int().nullable(),
  actor: z.string(),
  createdAt: z.string(),
});
export type FollowUp = z.infer<typeof followUp>;

export const followUpListQuery = z.object({
  customerId: idField.nullish(),
  documentId: idField.nullish(),
  /** Corrected entries are left out unless asked for. */
  withCorrected: z.boolean().default(false),
});
export type FollowUpListQuery = z.input<typeof followUpListQuery>;

export const worklistQuery = z.object({
  /** Today (in India) when left out. */
  asOf: isoDateField('As of').optional(),
});
export type WorklistQuery = z.input<typeof worklistQuery>;

export const worklistRow = z.object({
  customerId: z.number().int(),
  customerCode: z.string(),
  customerName: z.string(),
  /** Open debit items less money on account, paise. */
  balance: z.number().int(),
  /** Open on items past their due date, paise (disputed included). */
  overdue: z.number().int(),
  /** In dispute on the as-of date, on open items, paise. */
  disputed: z.number().int(),
  /** Σ (overdue − disputed) × days overdue per item, in paise-days: the order after broken promises. */
  priority: z.number().int(),
  oldestDueDate: z.string().nullable(),
  oldestDays: z.number().int().nullable(),
  lastContact: z
    .object({
      id: z.number().int(),
      loggedOn: z.string(),
      kind: z.enum(FOLLOW_UP_KINDS),
      outcome: z.enum(FOLLOW_UP_OUTCOMES),
      contactPerson: z.string().nullable(),
    })
    .nullable(),
  nextActionOn: z.string().nullable(),
  nextAction: z.string().nullable(),
  /** The next action date has come (on or before the as-of date). */
  followUpDue: z.boolean(),
  /** The customer's latest promise still standing: pending or broken; kept ones are done. */
  promise: z
    .object({
      id: z.number().int(),
      status: z.enum(PROMISE_STATUSES),
      promisedOn: z.string(),
      amount: z.number().int(),
      received: z.number().int(),
    })
    .nullable(),
  /** The payment plan the customer is on (made by the as-of date, instalments still open). */
  plan: z
    .object({
      id: z.number().int(),
      number: z.string(),
      nextDueOn: z.string().nullable(),
      overdueCount: z.number().int(),
    })
    .nullable(),
  /** The escalation case open on the as-of date, if the accounts manager has the customer. */
  escalationId: z.number().int().nullable(),
});
export type WorklistRow = z.infer<typeof worklistRow>;

export const worklist = z.object({
  asOf: z.string(),
  rows: z.array(worklistRow),
});
export type Worklist = z.infer<typeof worklist>;

export const TIMELINE_SOURCES = ['follow_up', 'document', 'promise', 'dispute'] as const;
export type TimelineSource = (typeof TIMELINE_SOURCES)[number];

export const timelineEntry = z.object({
  date: z.string(),
  source: z.enum(TIMELINE_SOURCES),
  /** The follow-up's, document's, promise's or dispute's id. */
  id: z.number().int(),
  /** A line an AR executive reads: "Call · Promised to pay", "Invoice INV/25-26/0001". */
  title: z.string(),
  detail: z.string().nullable(),
  /** Paise, where the entry has an amount (a document's total, a promise, a dispute). */
  amount: z.number().int().nullable(),
  /** The document to open: the entry's own, or the invoice it is about. */
  documentId: z.number().int().nullable(),
  /** The kind of that document (invoice, receipt, …), so it opens where it lives. */
  documentKind: z.string().nullable(),
});
export type TimelineEntry = z.infer<typeof timelineEntry>;

export const timelineQuery = z.object({
  customerId: idField,
  /** Today (in India) when left out: promises' status is read as of it. */
  asOf: isoDateField('As of').optional(),
  limit: z.number().int().min(1).max(5000).default(500),
});
export type TimelineQuery = z.input<typeof timelineQuery>;

export const followUpsChannels = {
  'followUps.log': channel({
    summary:
      'Log a call, e-mail, WhatsApp, visit or letter to a customer: outcome, notes and the next action',
    input: followUpInput,
    output: followUp,
  }),
  'followUps.list': channel({
    summary: 'Follow-ups of a customer or an invoice (or all), newest first',
    input: followUpListQuery,
    output: z.array(followUp),
  }),
  'followUps.worklist': channel({
    summary:
      'Today’s worklist: customers overdue or with a follow-up due, broken promises first, then by overdue × days',
    input: worklistQuery,
    output: worklist,
  }),
  'followUps.timeline': channel({
    summary: 'A customer’s timeline, newest first: follow-ups, documents, promises and disputes',
    input: timelineQuery,
    output: z.array(timelineEntry),
  }),
};
