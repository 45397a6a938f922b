import { z } from 'zod';
import { channel } from '../contract/channel';
import { fileDownload, idField } from '../contract/fields';
import { isoDateField } from '../items/contract';

/** The TDS register for a period (and optionally one customer), as management reads it. */
export const tdsRegisterExportInput = z
  .object({
    from: isoDateField('From date'),
    to: isoDateField('To date'),
    customerId: idField.optional(),
  })
  .refine((v) => v.from <= v.to, {
    path: ['to'],
    message: 'The period must end on or after the day it starts',
  });
export type TdsRegisterExportInput = z.input<typeof tdsRegisterExportInput>;

export const tdsChannels = {
  'tds.exportRegister': channel({
    summary: 'The TDS receivable register for a period as an Excel workbook',
    input: tdsRegisterExportInput,
    output: fileDownload,
  }),
};
