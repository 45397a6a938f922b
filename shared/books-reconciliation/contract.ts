// Books reconciliation channels: the AR control account against the sum of customer balances
// (with a trace of any difference), and customer balances from Tally (imported from its
// outstanding report, or entered by hand) compared with ours.
import { z } from 'zod';
import { channel } from '../contract/channel';
import { fileDownload } from '../contract/fields';
import { isoDateField } from '../items/contract';

const paise = z.number().int();

const traceCustomer = z.object({
  customerId: z.number().int(),
  customerCode: z.string(),
  customerName: z.string(),
  /** The customer's lines on the AR control account, debit less credit. */
  journal: paise,
  /** Open items less open credits in the sub-ledger. */
  subLedger: paise,
  /** journal − subLedger. */
  difference: paise,
});
export type ControlTraceCustomer = z.infer<typeof traceCustomer>;

const traceUnassigned = z.object({
  lineId: z.number().int(),
  journalId: z.number().int(),
  date: z.string(),
  narration: z.string(),
  documentId: z.number().int().nullable(),
  /** Debit less credit. */
  amount: paise,
});
export type ControlTraceUnassigned = z.infer<typeof traceUnassigned>;

const traceDocument = z.object({
  documentId: z.number().int(),
  kind: z.string(),
  number: z.string().nullable(),
  date: z.string(),
  customerId: z.number().int(),
  customerCode: z.string(),
  customerName: z.string(),
  /** The total on its side: positive for a debit item, negative for a credit item. */
  expected: paise,
  /** Its AR journal lines, debit less credit. */
  journal: paise,
  /** Lines of its journal on AR naming another customer (or none). */
  otherParty: z.number().int(),
  difference: paise,
});
export type ControlTraceDocument = z.infer<typeof traceDocument>;

const traceDrift = z.object({
  documentId: z.number().int(),
  kind: z.string(),
  number: z.string().nullable(),
  customerId: z.number().int(),
  customerCode: z.string(),
  customerName: z.string(),
  total: paise,
  openBalance: paise,
  /** (total − allocations) − open balance: what the open balance is short by. */
  difference: paise,
});
export type ControlTraceDrift = z.infer<typeof traceDrift>;

export const controlReport = z.object({
  asOf: z.string(),
  arControl: paise,
  subLedger: paise,
  /** arControl − subLedger. */
  difference: paise,
  /** Equal, and nothing in the trace. */
  balanced: z.boolean(),
  customerCount: z.number().int(),
  /** Whether every document was checked (always when something differs, else when asked). */
  documentsChecked: z.boolean(),
  trace: z.object({
    customers: z.array(traceCustomer),
    unassigned: z.array(traceUnassigned),
    documents: z.array(traceDocument),
    openBalances: z.array(traceDrift),
  }),
});
export type ControlReport = z.infer<typeof controlReport>;

export const MATCHED_BY = ['code', 'name', 'normalised', 'alias', 'gstin', 'chosen'] as const;
export type MatchedBy = (typeof MATCHED_BY)[number];
export const MATCHED_BY_LABELS: Record<MatchedBy, string> = {
  code: 'Code',
  name: 'Exact name',
  normalised: 'Name (normalised)',
  alias: 'Alias',
  gstin: 'GSTIN',
  chosen: 'Entered by hand',
};

const source = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .default('tally')
  .transform((s) => s.toLowerCase());

const asOf = isoDateField('As-of date');

export const tallyImportInput = z.object({
  source,
  asOf,
  fileName: z.string().trim().min(1, 'Choose the outstanding report file'),
  contentBase64: z.string().min(1, 'The file is empty'),
});
export type TallyImportInput = z.input<typeof tallyImportInput>;

export const unmatchedParty = z.object({
  line: z.number().int(),
  partyName: z.string(),
  balance: paise,
  /** Why it could not be matched: no customer, or more than one. */
  reason: z.string(),
});

export const tallyImported = z.object({
  source: z.string(),
  asOf: z.string(),
  rowsRead: z.number().int(),
  matched: z.number().int(),
  unmatched: z.array(unmatchedParty),
  /** Rows of an earlier import of the same source and date that this one replaced. */
  replaced: z.number().int(),
  total: paise,
});

export const externalBalanceInput = z.object({
  source,
  asOf,
  customerId: z.number({ error: 'Choose the customer' }).int().positive(),
  balance: z
    .number({ error: 'Enter the balance in paise (Dr positive, Cr negative)' })
    .int('The balance must be whole paise'),
  /** A party of the set that matched no customer, now assigned to this one (its row goes). */
  partyName: z.string().trim().min(1).max(200).optional(),
});

export const COMPARISON_STATUSES = ['equal', 'different', 'only_external', 'only_bahi'] as const;
export type ComparisonStatus = (typeof COMPARISON_STATUSES)[number];
export const COMPARISON_STATUS_LABELS: Record<ComparisonStatus, string> = {
  equal: 'Equal',
  different: 'Different',
  only_external: 'Only in Tally',
  only_bahi: 'Only in Bahi',
};

export const comparisonRow = z.object({
  status: z.enum(COMPARISON_STATUSES),
  customerId: z.number().int().nullable(),
  customerCode: z.string().nullable(),
  customerName: z.string().nullable(),
  partyName: z.string().nullable(),
  matchedBy: z.enum(MATCHED_BY).nullable(),
  ours: paise.nullable(),
  theirs: paise.nullable(),
  /** ours − theirs (null when one side has nothing). */
  difference: paise.nullable(),
});
export type ComparisonRow = z.infer<typeof comparisonRow>;

export const comparisonReport = z.object({
  source: z.string(),
  asOf: z.string(),
  rows: z.array(comparisonRow),
  counts: z.record(z.enum(COMPARISON_STATUSES), z.number().int()),
  totals: z.object({ ours: paise, theirs: paise, difference: paise }),
  /** When the set was last imported or entered; null when there is none for this date. */
  updatedAt: z.string().nullable(),
});
export type ComparisonReport = z.infer<typeof comparisonReport>;

const compareQuery = z.object({ source, asOf, differencesOnly: z.boolean().default(false) });
export type CompareQuery = z.input<typeof compareQuery>;

export const booksReconciliationChannels = {
  'booksReconciliation.control': channel({
    summary:
      'The AR control account against the sum of customer balances as of a date, with any difference traced to customers, AR lines without a customer and documents',
    input: z.object({
      asOf,
      /** Check every document even when the totals and every customer agree. */
      deep: z.boolean().default(false),
    }),
    output: controlReport,
  }),
  'booksReconciliation.importTally': channel({
    summary:
      "Import customer balances from Tally's outstanding report (CSV/XLSX: Group Outstandings, Bills Receivable, ledger closing balances) as of a date; parties matched by code, name, normalised name, alias or GSTIN; importing again replaces the set",
    input: tallyImportInput,
    output: tallyImported,
  }),
  'booksReconciliation.setBalance': channel({
    summary:
      "Enter one customer's balance as the other books show it on a date (Dr positive), replacing any earlier figure",
    input: externalBalanceInput,
    output: comparisonRow,
  }),
  'booksReconciliation.compare': channel({
    summary:
      'Customer balances per Tally against ours as of a date: equal, different (with the difference), only in Tally, only in Bahi',
    input: compareQuery,
    output: comparisonReport,
  }),
  'booksReconciliation.exportExcel': channel({
    summary:
      'Both reports as one Excel workbook: the control account against the sub-ledger with its trace, and the Tally comparison',
    input: z.object({ source, asOf }),
    output: fileDownload,
  }),
};
