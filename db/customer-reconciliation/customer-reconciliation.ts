// Customer reconciliation: their ledger of our account against our statement of account.
import type { StatementOfAccount } from '../../shared/reports/contract';
import { paise } from '../../shared/money';
import { BahiError } from '../../shared/result';
import { StatementError } from '../bank-statements/types';
import type { Ledger } from '../ledger/open';
import { statementOf } from '../reports/statement';
import { reconcile, type MatchOptions, type OurLine, type Reconciliation } from './match';
import { readTheirLedger } from './read-ledger';

export interface CustomerReconciliation extends Reconciliation {
  statement: StatementOfAccount;
}

// A payment plan and its instalments rearrange what is owed, not how much: they are posted on
// the plan's date and net to nothing, and the customer's books never hold them.
const RESTRUCTURING = new Set(['payment_plan', 'instalment']);

export function ourLines(statement: StatementOfAccount): OurLine[] {
  return statement.entries
    .filter((e) => !RESTRUCTURING.has(e.kind ?? ''))
    .map((e) => ({
      date: e.date as OurLine['date'],
      number: e.number,
      kind: e.kind,
      particulars: e.particulars,
      debit: paise(e.debit),
      credit: paise(e.credit),
    }));
}

/** Compare; reads nothing but the file and the books, writes nothing. */
export async function compareCustomerLedger(
  ledger: Ledger,
  q: { customerId: number; from: string; to: string; bytes: Uint8Array; fileName: string },
  options?: MatchOptions,
): Promise<CustomerReconciliation> {
  let theirs;
  try {
    theirs = await readTheirLedger(q.bytes, q.fileName);
  } catch (e) {
    if (e instanceof StatementError) {
      throw new BahiError('IMPORT_INVALID', `${e.message}; correct the file and import it again`, {
        field: 'file',
        issues: e.errors.map((x) => ({ row: x.line, field: x.field, message: x.message })),
      });
    }
    throw e;
  }
  const statement = statementOf(ledger, q);
  return {
    ...reconcile({ opening: statement.opening, lines: ourLines(statement) }, theirs, options),
    statement,
  };
}
