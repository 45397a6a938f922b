// Bank reconciliation channels: statements imported into a bank account, credits matched to
// receipts with reasons and scores, receipts created from lines, and the reconciliation statement.
import { z } from 'zod';
import { channel } from '../contract/channel';
import { idField, requiredText } from '../contract/fields';
import { isoDateField } from '../items/contract';

const bankAccountId = z.number({ error: 'Choose the bank account' }).int().positive();
const lineId = z.number({ error: 'Choose the bank line' }).int().positive();

export const columnMapping = z.object({
  date: z.string().min(1),
  narration: z.string().min(1),
  valueDate: z.string().optional(),
  reference: z.string().optional(),
  debit: z.string().optional(),
  credit: z.string().optional(),
  amount: z.string().optional(),
  drcr: z.string().optional(),
  balance: z.string().optional(),
  dateOrder: z.enum(['dmy', 'mdy', 'ymd']).optional(),
});
export type ColumnMapping = z.infer<typeof columnMapping>;

export const STATEMENT_PRESETS = ['hdfc', 'icici', 'sbi', 'axis', 'kotak'] as const;

export const statementUpload = z.object({
  bankAccountId,
  fileName: z.string().trim().min(1, 'Choose a statement file'),
  contentBase64: z.string().min(1, 'The file is empty'),
  preset: z.enum(STATEMENT_PRESETS).optional(),
  mapping: columnMapping.optional(),
});

export const statementColumns = z.object({
  format: z.enum(['csv', 'xlsx', 'mt940', 'camt053']),
  preset: z.enum(STATEMENT_PRESETS).nullable(),
  headerLine: z.number().int().nullable(),
  columns: z.array(z.string()),
  sample: z.array(z.array(z.string())),
  remembered: columnMapping.nullable(),
});
export type StatementColumns = z.infer<typeof statementColumns>;

const balanceBreak = z.object({
  line: z.number().int(),
  message: z.string(),
  expected: z.number().int(),
  found: z.number().int(),
});

export const statementImported = z.object({
  importId: z.number().int().nullable(),
  format: z.string(),
  linesRead: z.number().int(),
  linesNew: z.number().int(),
  linesAlready: z.number().int(),
  openingBalance: z.number().int().nullable(),
  closingBalance: z.number().int().nullable(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  warnings: z.array(balanceBreak),
  mappingUsed: z.enum(['given', 'remembered', 'none']),
});

export const bankLine = z.object({
  id: z.number().int(),
  bankAccountId: z.number().int(),
  lineNo: z.number().int(),
  date: z.string(),
  narration: z.string(),
  reference: z.string(),
  direction: z.enum(['credit', 'debit']),
  amount: z.number().int(),
  balance: z.number().int().nullable(),
  matchId: z.number().int().nullable(),
  receiptId: z.number().int().nullable(),
});

const allocation = z.object({ documentId: idField, amount: z.number().int().positive() });

export const matchSuggestion = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('receipt'),
    lineId: z.number().int(),
    receiptId: z.number().int(),
    receiptNumber: z.string(),
    customerId: z.number().int(),
    customerName: z.string(),
    score: z.number().int(),
    reasons: z.array(z.string()),
  }),
  z.object({
    kind: z.literal('new_receipt'),
    lineId: z.number().int(),
    customerId: z.number().int(),
    customerName: z.string(),
    score: z.number().int(),
    reasons: z.array(z.string()),
    allocations: z.array(allocation),
    invoiceNumbers: z.array(z.string()),
    tdsAmount: z.number().int(),
    tdsRateBps: z.number().int().nullable(),
  }),
]);
export type BankLine = z.infer<typeof bankLine>;
export type MatchSuggestion = z.infer<typeof matchSuggestion>;

const reconcilingItem = z.object({
  kind: z.enum([
    'in_books_not_in_bank_debit',
    'in_books_not_in_bank_credit',
    'in_bank_not_in_books_credit',
    'in_bank_not_in_books_debit',
    'statement_opening',
  ]),
  label: z.string(),
  date: z.string(),
  amount: z.number().int(),
  documentId: z.number().int().optional(),
  documentNumber: z.string().nullable().optional(),
  lineId: z.number().int().optional(),
  narration: z.string().optional(),
});

export const bankReconciliationStatement = z.object({
  bankAccountId: z.number().int(),
  bankAccountName: z.string(),
  asOf: z.string(),
  balancePerBooks: z.number().int(),
  balancePerBank: z.number().int(),
  items: z.array(reconcilingItem),
  totals: z.record(z.string(), z.number().int()),
  difference: z.number().int(),
  balanced: z.boolean(),
});
export type BankReconciliationStatement = z.infer<typeof bankReconciliationStatement>;

const matchMade = z.object({
  id: z.number().int(),
  lineId: z.number().int(),
  receiptId: z.number().int(),
  receiptNumber: z.string().nullable(),
  score: z.number().int(),
  reasons: z.array(z.string()),
});

export const bankReconciliationChannels = {
  'bankReconciliation.import': channel({
    summary:
      'Import a bank statement (CSV/XLSX in a bank preset or a mapped layout, MT940, camt.053) into a bank account; lines already there are counted, not added; balance breaks are reported',
    input: statementUpload,
    output: statementImported,
  }),
  'bankReconciliation.columns': channel({
    summary:
      'A statement file’s header and first rows, the bank preset that reads it (if any), and the column mapping remembered for the bank account, so a layout no preset knows can be mapped once',
    input: statementUpload.pick({ bankAccountId: true, fileName: true, contentBase64: true }),
    output: statementColumns,
  }),
  'bankReconciliation.suggestions': channel({
    summary:
      'Every unmatched credit line with its suggested receipts or new receipt, best first, each with reasons and a score 0–100',
    input: z.object({ bankAccountId }),
    output: z.array(z.object({ line: bankLine, suggestions: z.array(matchSuggestion) })),
  }),
  'bankReconciliation.matched': channel({
    summary:
      'Lines matched to receipts, newest first, each with its receipt, customer, score and reasons: what can be un-matched',
    input: z.object({ bankAccountId }),
    output: z.array(
      z.object({
        line: bankLine,
        match: z.object({
          id: z.number().int(),
          receiptId: z.number().int(),
          receiptNumber: z.string().nullable(),
          customerId: z.number().int(),
          customerName: z.string(),
          score: z.number().int(),
          reasons: z.array(z.string()),
          matchedBy: z.string(),
          matchedAt: z.string(),
        }),
      }),
    ),
  }),
  'bankReconciliation.match': channel({
    summary:
      'Match a credit line to a receipt for the same amount; a deposited cheque is marked cleared',
    input: z.object({
      lineId,
      receiptId: z.number({ error: 'Choose the receipt' }).int().positive(),
      score: z.number().int().min(0).max(100).optional(),
      reasons: z.array(z.string()).optional(),
    }),
    output: matchMade,
  }),
  'bankReconciliation.acceptAbove': channel({
    summary:
      'Accept every line’s top suggestion scoring at or above the threshold (default 80), in one step',
    input: z.object({ bankAccountId, threshold: z.number().int().min(50).max(100).optional() }),
    output: z.object({
      threshold: z.number().int(),
      matched: z.array(
        z.object({
          lineId: z.number().int(),
          receiptId: z.number().int(),
          score: z.number().int(),
          created: z.boolean(),
        }),
      ),
      left: z.number().int(),
    }),
  }),
  'bankReconciliation.unmatch': channel({
    summary: 'Undo a match, with the reason; the match is kept in the history and audited',
    input: z.object({ lineId, reason: requiredText(200, 'Reason') }),
    output: z.object({
      matchId: z.number().int(),
      lineId: z.number().int(),
      receiptId: z.number().int(),
      reason: z.string(),
    }),
  }),
  'bankReconciliation.createReceipt': channel({
    summary:
      'Record the receipt an unmatched credit line is (allocated to the invoices it settles, else oldest first) and match it',
    input: z.object({
      lineId,
      customerId: z.number({ error: 'Choose the customer' }).int().positive(),
      allocations: z.array(allocation).max(1000).optional(),
      tdsAmount: z.number().int().min(0).optional(),
      tdsRateBps: z.number().int().min(0).max(10_000).nullable().optional(),
      tdsSection: z.string().max(12).nullable().optional(),
    }),
    output: z.object({
      receipt: z.object({ id: z.number().int(), number: z.string().nullable() }).loose(),
      match: matchMade,
    }),
  }),
  'bankReconciliation.queue': channel({
    summary: 'Lines not yet matched, oldest first, with their age in days',
    input: z.object({ bankAccountId, asOf: isoDateField('As of') }),
    output: z.array(bankLine.extend({ ageDays: z.number().int() })),
  }),
  'bankReconciliation.statement': channel({
    summary:
      'Bank reconciliation statement as of a date: balance per books, per bank, and the reconciling items that add up',
    input: z.object({ bankAccountId, asOf: isoDateField('As of') }),
    output: bankReconciliationStatement,
  }),
};
