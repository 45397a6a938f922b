// Receipts brought in from the old books: many receipts, one command, all or nothing.
import type { ReceiptValues } from '../../shared/receipts/contract';
import { BahiError } from '../../shared/result';
import { runCommand } from '../ledger/command';
import type { Ledger } from '../ledger/open';
import { recordReceiptInCommand } from './receipts';

export interface ImportedReceipt {
  values: ReceiptValues;
  /** The file row the receipt starts on, and the row each allocation came from. */
  row: number;
  allocationRows: number[];
}

export interface ReceiptImportResult {
  receipts: number;
  allocations: number;
}

class DryRun extends Error {
  constructor(readonly result: ReceiptImportResult) {
    super('dry run: rolled back');
  }
}

/** The file row a refusal points at: an allocation's own row, else the receipt's first. */
function rowOf(item: ImportedReceipt, field: string | undefined): number {
  const m = /^allocations\.(\d+)\./.exec(field ?? '');
  return m ? (item.allocationRows[Number(m[1])] ?? item.row) : item.row;
}

/**
 * Record every receipt, with its allocations, in one transaction: the first refusal rolls all of
 * it back and names the row (its field is the receipt's, e.g. `allocations.1.amount`). A dry
 * run does the same work and always rolls back, so it finds everything the real import would.
 */
export function importReceipts(
  ledger: Ledger,
  items: ImportedReceipt[],
  actor: string,
  options: { dryRun: boolean },
): ReceiptImportResult {
  try {
    return runCommand(ledger, { command: 'receipts.import', actor }, (cx) => {
      let allocations = 0;
      for (const item of items) {
        try {
          recordReceiptInCommand(ledger, cx, item.values);
        } catch (e) {
          if (!(e instanceof BahiError)) throw e;
          const row = rowOf(item, e.field);
          throw new BahiError('IMPORT_INVALID', `Row ${row}: ${e.message}; nothing was imported`, {
            field: 'fileName',
            issues: [{ row, field: e.field ?? '', message: e.message }],
          });
        }
        allocations += item.values.allocations.length;
      }
      const result = { receipts: items.length, allocations };
      if (options.dryRun) throw new DryRun(result);
      return result;
    });
  } catch (e) {
    if (e instanceof DryRun) return e.result;
    throw e;
  }
}
