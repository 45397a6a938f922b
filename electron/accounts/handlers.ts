import { listAccounts, renameAccount } from '../../db/accounts/accounts';
import { defineHandlers } from '../ipc/router';

export const accountsHandlers = defineHandlers({
  'accounts.list': (_input, { ledger }) => listAccounts(ledger),
  'accounts.rename': ({ id, name }, { ledger, actor }) => renameAccount(ledger, id, name, actor),
});
