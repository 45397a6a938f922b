// Bank and cash accounts money is received into. Each posts to its own asset account, so the
// journal shows money per bank and bank reconciliation (later) has something to reconcile.
import type { BankAccount, BankAccountInput } from '../../shared/receipts/contract';
import { bankAccountInput } from '../../shared/receipts/contract';
import { BahiError } from '../../shared/result';
import { runCommand } from '../ledger/command';
import { prepared } from '../ledger/statements';
import type { Ledger } from '../ledger/open';

const SELECT = `select b.id, b.name, b.kind, b.bank_name as bankName, b.account_number as accountNumber,
    b.ifsc, a.code as accountCode, a.name as accountName, b.active
  from bank_accounts b join accounts a on a.id = b.account_id`;

type Row = Omit<BankAccount, 'active'> & { active: number; accountId?: number };
const toBankAccount = (r: Row): BankAccount => ({ ...r, active: r.active === 1 });

export function listBankAccounts(ledger: Ledger, includeInactive = false): BankAccount[] {
  const rows = prepared(
    ledger.sqlite,
    `${SELECT} ${includeInactive ? '' : 'where b.active = 1'} order by b.kind, b.name`,
  ).all() as Row[];
  return rows.map(toBankAccount);
}

export function getBankAccount(ledger: Ledger, id: number): BankAccount & { accountId: number } {
  const row = prepared(
    ledger.sqlite,
    `${SELECT.replace('b.active', 'b.active, b.account_id as accountId')} where b.id = ?`,
  ).get(id) as (Row & { accountId: number }) | undefined;
  if (!row) {
    throw new BahiError('NOT_FOUND', `There is no bank account with id ${id}`, {
      field: 'bankAccountId',
    });
  }
  return { ...toBankAccount(row), accountId: row.accountId };
}

function refuseNameClash(ledger: Ledger, name: string, id: number | null) {
  const clash = prepared(
    ledger.sqlite,
    `select 1 from bank_accounts where name = ? collate nocase and id <> ?
     union all select 1 from accounts where name = ? collate nocase
       and id <> coalesce((select account_id from bank_accounts where id = ?), 0)`,
  ).get(name, id ?? 0, name, id ?? 0);
  if (clash) {
    throw new BahiError('CONFLICT', `An account is already called ${name}: choose another name`, {
      field: 'name',
    });
  }
}

/** Bank accounts take ledger codes 1101–1199 (1100 is cash in hand), in the order they are added. */
function nextBankCode(ledger: Ledger): string {
  const max = prepared(
    ledger.sqlite,
    `select max(cast(code as integer)) from accounts where code glob '11[0-9][0-9]' and code <> '1100'`,
  )
    .pluck()
    .get() as number | null;
  const next = (max ?? 1100) + 1;
  if (next > 1199) {
    throw new BahiError('CONFLICT', 'There are already 99 bank accounts: retire one first', {
      field: 'name',
    });
  }
  return String(next);
}

export function createBankAccount(
  ledger: Ledger,
  input: BankAccountInput,
  actor: string,
): BankAccount {
  const v = bankAccountInput.parse(input);
  return runCommand(ledger, { command: 'bankAccounts.create', actor }, (cx) => {
    refuseNameClash(ledger, v.name, null);
    const accountId = prepared(
      cx.sqlite,
      `insert into accounts (code, name, type) values (?, ?, 'asset')`,
    ).run(nextBankCode(ledger), v.name).lastInsertRowid as number;
    const id = prepared(
      cx.sqlite,
      `insert into bank_accounts (name, kind, bank_name, account_number, ifsc, account_id, active, created_at)
       values (?, 'bank', ?, ?, ?, ?, ?, ?)`,
    ).run(v.name, v.bankName, v.accountNumber, v.ifsc, accountId, v.active ? 1 : 0, cx.now)
      .lastInsertRowid as number;
    const after = getBankAccount(ledger, id);
    cx.audit({ entity: 'bank_account', entityId: id, before: null, after });
    return after;
  });
}

export function updateBankAccount(
  ledger: Ledger,
  id: number,
  input: BankAccountInput,
  actor: string,
): BankAccount {
  const v = bankAccountInput.parse(input);
  return runCommand(ledger, { command: 'bankAccounts.update', actor }, (cx) => {
    const before = getBankAccount(ledger, id);
    refuseNameClash(ledger, v.name, id);
    if (before.kind === 'cash' && !v.active) {
      throw new BahiError('CONFLICT', 'Cash in hand cannot be retired', { field: 'active' });
    }
    prepared(
      cx.sqlite,
      `update bank_accounts set name = ?, bank_name = ?, account_number = ?, ifsc = ?, active = ? where id = ?`,
    ).run(v.name, v.bankName, v.accountNumber, v.ifsc, v.active ? 1 : 0, id);
    // The ledger account follows the bank account's name, so the journal reads the same.
    prepared(cx.sqlite, 'update accounts set name = ? where id = ?').run(v.name, before.accountId);
    const after = getBankAccount(ledger, id);
    cx.audit({ entity: 'bank_account', entityId: id, before, after });
    return after;
  });
}
