// Statements of account as documents: printed (A4 PDF), in Excel, and for many customers at once
// as a job that writes one PDF per customer into a folder.
import { z } from 'zod';
import { channel } from '../contract/channel';
import { fileDownload } from '../contract/fields';
import { isoDateField } from '../items/contract';
import { jobStarted } from '../jobs/contract';

const customerId = z.number({ error: 'Choose a customer' }).int().positive('Choose a customer');

const period = {
  from: isoDateField('From date'),
  to: isoDateField('To date'),
};

const inOrder = <T extends z.ZodType<{ from: string; to: string }>>(schema: T) =>
  schema.refine((q) => q.from <= q.to, {
    path: ['to'],
    message: 'The period ends before it starts',
  });

export const statementDocumentInput = inOrder(z.object({ customerId, ...period }));
export type StatementDocumentInput = z.input<typeof statementDocumentInput>;

export const statementPrintInput = inOrder(
  z.object({
    customerId,
    ...period,
    format: z.enum(['pdf', 'html'], { error: 'Print to pdf or html' }).default('pdf'),
  }),
);

export const BULK_SCOPES = ['withBalance', 'group'] as const;
export type BulkScope = (typeof BULK_SCOPES)[number];

export const bulkStatementsInput = inOrder(
  z.object({
    ...period,
    scope: z.enum(BULK_SCOPES, { error: 'Customers with a balance, or a group' }),
    group: z.string().trim().max(60, 'Customer group can be at most 60 characters').nullish(),
  }),
).refine((q) => q.scope !== 'group' || (q.group ?? '') !== '', {
  path: ['group'],
  message: 'Choose the customer group',
});
export type BulkStatementsInput = z.input<typeof bulkStatementsInput>;

export const bulkStatementsScope = z.object({
  to: z.string(),
  /** Customers whose balance on `to` is not nil (owing, or in credit). */
  withBalance: z.number().int(),
  groups: z.array(z.object({ group: z.string(), customers: z.number().int() })),
});
export type BulkStatementsScope = z.infer<typeof bulkStatementsScope>;

export const statementChannels = {
  'reports.printStatement': channel({
    summary:
      'The statement of account as an A4 PDF (or its HTML): opening, every entry, closing, ageing, amount due',
    input: statementPrintInput,
    output: fileDownload,
  }),
  'reports.printStatementDialog': channel({
    summary: 'Send the statement of account to the system print dialog (desktop app)',
    input: statementDocumentInput,
    output: z.object({ printed: z.boolean() }),
  }),
  'reports.exportStatement': channel({
    summary:
      'The statement of account as an Excel workbook, with the ageing of its closing balance',
    input: statementDocumentInput,
    output: fileDownload,
  }),
  'reports.bulkStatementsScope': channel({
    summary:
      'How many customers bulk statements would cover: those with a balance on the last day, and each group',
    input: z.object({ to: isoDateField('To date') }),
    output: bulkStatementsScope,
  }),
  'reports.startBulkStatements': channel({
    summary:
      'Start a job writing one statement PDF per customer (those with a balance, or a group) into a folder',
    input: bulkStatementsInput,
    output: jobStarted,
  }),
};
