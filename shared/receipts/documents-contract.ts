// Receipts on paper and in messages: print, confirm to the customer, and import from old books.
import { z } from 'zod';
import { channel } from '../contract/channel';
import { fileDownload, fileUpload, idField } from '../contract/fields';

export const receiptDocumentsChannels = {
  'receipts.print': channel({
    summary:
      'A recorded receipt as an A4 PDF (or its HTML): a money receipt, or a Rule 50 receipt voucher for an advance',
    input: z.object({
      id: idField,
      format: z.enum(['pdf', 'html']).default('pdf'),
    }),
    output: fileDownload,
  }),
  'receipts.printDialog': channel({
    summary: 'Send a recorded receipt to a printer through the system print dialog (desktop app)',
    input: z.object({ id: idField }),
    output: z.object({ printed: z.boolean() }),
  }),
  'receipts.confirmation': channel({
    summary:
      'A short confirmation of a receipt for the customer, with a WhatsApp link and a mailto: when they have a number or e-mail',
    input: z.object({ id: idField }),
    output: z.object({
      text: z.string(),
      whatsappUrl: z.string().nullable(),
      mailto: z.string().nullable(),
    }),
  }),
  'receipts.import': channel({
    summary:
      'Receipts from Tally or Excel, one row per allocation (columns: number, customer_code, date, amount, mode, reference, invoice_number, allocated_amount); any bad row and nothing is added',
    input: fileUpload.extend({ dryRun: z.boolean().default(false) }),
    output: z.object({
      rows: z.number().int(),
      receipts: z.number().int(),
      allocations: z.number().int(),
      dryRun: z.boolean(),
    }),
  }),
};
