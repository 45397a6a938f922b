import type { Account } from '../../shared/accounts/contract';
import { BahiError } from '../../shared/result';
import { runCommand } from '../ledger/command';
import { prepared } from '../ledger/statements';
import type { Ledger } from '../ledger/open';

export type SystemAccount =
  | 'AR'
  | 'SALES'
  | 'OUTPUT_CGST'
  | 'OUTPUT_SGST'
  | 'OUTPUT_IGST'
  | 'ROUND_OFF'
  | 'OPENING'
  | 'CASH'
  | 'TDS_RECEIVABLE'
  | 'BANK_CHARGES'
  | 'SMALL_BALANCES'
  | 'BAD_DEBTS'
  | 'PLAN_CLEARING';

/** The account Bahi posts to for a purpose; the chart is seeded by migration, so it exists. */
export function systemAccountId(ledger: Ledger, key: SystemAccount): number {
  const id = prepared(ledger.sqlite, 'select id from accounts where system_key = ?')
    .pluck()
    .get(key) as number | undefined;
  if (id === undefined) throw new Error(`The chart of accounts has no ${key} account`);
  return id;
}

const SELECT_ACCOUNT = 'select id, code, name, type, system_key as systemKey from accounts';

export function listAccounts(ledger: Ledger): Account[] {
  return prepared(ledger.sqlite, `${SELECT_ACCOUNT} order by code`).all() as Account[];
}

function getAccount(ledger: Ledger, id: number): Account {
  const a = prepared(ledger.sqlite, `${SELECT_ACCOUNT} where id = ?`).get(id) as
    Account | undefined;
  if (!a) throw new BahiError('NOT_FOUND', `There is no account with id ${id}`, { field: 'id' });
  return a;
}

export function renameAccount(ledger: Ledger, id: number, name: string, actor: string): Account {
  return runCommand(ledger, { command: 'accounts.rename', actor }, (cx) => {
    const before = getAccount(ledger, id);
    const clash = prepared(
      cx.sqlite,
      'select id from accounts where name = ? collate nocase and id <> ?',
    ).get(name, id);
    if (clash)
      throw new BahiError('CONFLICT', `Another account is already called ${name}`, {
        field: 'name',
      });
    prepared(cx.sqlite, 'update accounts set name = ? where id = ?').run(name, id);
    const after = getAccount(ledger, id);
    cx.audit({ entity: 'account', entityId: id, before, after });
    return after;
  });
}
