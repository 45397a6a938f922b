import { z } from 'zod';
import { channel } from '../contract/channel';

export const appStatus = z.object({
  version: z.string(),
  hasCompany: z.boolean(),
  companyName: z.string().nullable(),
  ledgerPath: z.string(),
  /** True while the sample company is open instead of the user's own ledger. */
  isSample: z.boolean(),
  schemaVersion: z.number().int(),
});
export type AppStatus = z.infer<typeof appStatus>;

export const appChannels = {
  'app.status': channel({
    summary: 'Which ledger is open, and whether it has been set up',
    input: z.object({}),
    output: appStatus,
  }),
  'app.openSample': channel({
    summary: 'Open the sample company (created on first use) in place of your own ledger',
    input: z.object({}),
    output: appStatus,
  }),
  'app.closeSample': channel({
    summary: 'Return from the sample company to your own ledger',
    input: z.object({}),
    output: appStatus,
  }),
};
