// A statement file into the ledger: read by db/bank-statements, then its new lines written in one
// command. Lines already imported (same fingerprint, same bank account) are counted, not added;
// a file the reader refuses writes nothing.
import type { BalanceBreak, ColumnMapping, PresetName } from '../bank-statements/read-statement';
import { readStatement } from '../bank-statements/read-statement';
import { BahiError } from '../../shared/result';
import { runCommand } from '../ledger/command';
import type { Ledger } from '../ledger/open';
import { prepared } from '../ledger/statements';
import { getBankAccount } from '../receipts/bank-accounts';

export interface StatementImportInput {
  bankAccountId: number;
  fileName: string;
  bytes: Uint8Array;
  preset?: PresetName;
  /** A layout no preset knows; remembered for this bank account when the import succeeds. */
  mapping?: ColumnMapping;
}

export interface StatementImportResult {
  /** Null when every line was already in the ledger: nothing was written. */
  importId: number | null;
  format: string;
  linesRead: number;
  linesNew: number;
  linesAlready: number;
  openingBalance: number | null;
  closingBalance: number | null;
  from: string | null;
  to: string | null;
  warnings: BalanceBreak[];
  mappingUsed: 'given' | 'remembered' | 'none';
}

export function rememberedMapping(ledger: Ledger, bankAccountId: number): ColumnMapping | null {
  const text = prepared(
    ledger.sqlite,
    'select mapping from bank_statement_mappings where bank_account_id = ?',
  )
    .pluck()
    .get(bankAccountId) as string | undefined;
  return text ? (JSON.parse(text) as ColumnMapping) : null;
}

const digits = (s: string) => s.replace(/\D/g, '');

export async function importStatement(
  ledger: Ledger,
  input: StatementImportInput,
  actor: string,
): Promise<StatementImportResult> {
  const bank = getBankAccount(ledger, input.bankAccountId);
  if (bank.kind !== 'bank') {
    throw new BahiError('VALIDATION', `${bank.name} is cash in hand: choose a bank account`, {
      field: 'bankAccountId',
    });
  }
  const remembered = input.mapping ? null : rememberedMapping(ledger, bank.id);
  const mapping = input.mapping ?? (input.preset ? undefined : (remembered ?? undefined));
  const read = await readStatement(
    { fileName: input.fileName, bytes: input.bytes },
    {
      preset: input.preset,
      mapping,
      presetsToo: !input.mapping,
      accountNumber: bank.accountNumber ?? undefined,
    },
  );
  if (!read.ok) throw new BahiError(read.error.code, read.error.message, read.error);
  const { statement, warnings } = read.data;
  const fileAccount = digits(statement.accountNumber ?? '');
  const ours = digits(bank.accountNumber ?? '');
  if (
    fileAccount.length >= 4 &&
    ours.length >= 4 &&
    !ours.endsWith(fileAccount) &&
    !fileAccount.endsWith(ours)
  ) {
    throw new BahiError(
      'VALIDATION',
      `This statement is for account ${statement.accountNumber}, not ${bank.name} (${bank.accountNumber}): choose the right bank account`,
      { field: 'bankAccountId' },
    );
  }

  const known = prepared(
    ledger.sqlite,
    'select 1 from bank_statement_lines where bank_account_id = ? and fingerprint = ?',
  ).pluck();
  const fresh = statement.lines.filter((l) => !known.get(bank.id, l.fingerprint));
  const result: StatementImportResult = {
    importId: null,
    format: statement.format,
    linesRead: statement.lines.length,
    linesNew: fresh.length,
    linesAlready: statement.lines.length - fresh.length,
    openingBalance: statement.openingBalance ?? null,
    closingBalance: statement.closingBalance ?? null,
    from: statement.from ?? null,
    to: statement.to ?? null,
    warnings,
    mappingUsed: input.mapping ? 'given' : mapping && !statement.preset ? 'remembered' : 'none',
  };

  return runCommand(ledger, { command: 'bankReconciliation.importStatement', actor }, (cx) => {
    if (input.mapping) {
      const before = rememberedMapping(ledger, bank.id);
      prepared(
        cx.sqlite,
        `insert into bank_statement_mappings (bank_account_id, mapping, updated_by, updated_at) values (?, ?, ?, ?)
         on conflict (bank_account_id) do update set mapping = excluded.mapping,
           updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      ).run(bank.id, JSON.stringify(input.mapping), actor, cx.now);
      cx.audit({
        entity: 'bank_statement_mapping',
        entityId: bank.id,
        before,
        after: input.mapping,
      });
    }
    if (fresh.length === 0) return result;
    const importId = prepared(
      cx.sqlite,
      `insert into bank_statement_imports (bank_account_id, file_name, format, preset, opening_balance,
         closing_balance, from_date, to_date, lines_read, lines_new, imported_by, imported_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      bank.id,
      input.fileName,
      statement.format,
      statement.preset ?? null,
      result.openingBalance,
      result.closingBalance,
      result.from,
      result.to,
      result.linesRead,
      result.linesNew,
      actor,
      cx.now,
    ).lastInsertRowid as number;
    const insert = prepared(
      cx.sqlite,
      `insert into bank_statement_lines (import_id, bank_account_id, line_no, date, narration, reference,
         direction, amount, balance, fingerprint) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const l of fresh) {
      insert.run(
        importId,
        bank.id,
        l.line,
        l.date,
        l.narration,
        l.reference,
        l.direction,
        l.amount,
        l.balance ?? null,
        l.fingerprint,
      );
    }
    const { warnings: _w, ...summary } = result;
    cx.audit({
      entity: 'bank_statement_import',
      entityId: importId,
      before: null,
      after: {
        ...summary,
        importId,
        bankAccountId: bank.id,
        fileName: input.fileName,
        balanceBreaks: warnings.length,
      },
    });
    return { ...result, importId };
  });
}
