import { z } from 'zod';
import { channel } from '../contract/channel';
import { idField, requiredText } from '../contract/fields';

export const account = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  type: z.enum(['asset', 'liability', 'income', 'expense', 'equity']),
  /** How Bahi finds the account it posts to; renaming keeps it. */
  systemKey: z.string().nullable(),
});
export type Account = z.infer<typeof account>;

export const accountsChannels = {
  'accounts.list': channel({
    summary: 'The chart of accounts',
    input: z.object({}),
    output: z.array(account),
  }),
  'accounts.rename': channel({
    summary: 'Rename an account (e.g. to match Tally); postings and history are unchanged',
    input: z.object({ id: idField, name: requiredText(100, 'Account name') }),
    output: account,
  }),
};
