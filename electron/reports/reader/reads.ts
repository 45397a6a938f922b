// The reports that only read the books: pure functions of a ledger and a query, so they can
// run on any connection — the main one, or a read-only one on a worker thread.
import type { Ledger } from '../../../db/ledger/open';
import { ageingReport } from '../../../db/reports/ageing';
import { arSchedule, collections, dso, forecast } from '../../../db/reports/collections';
import { statementOf } from '../../../db/reports/statement';

export const READS = {
  ageing: ageingReport,
  statement: statementOf,
  collections,
  dso,
  arSchedule,
  forecast,
};

export type ReadName = keyof typeof READS;
export type ReadInput<K extends ReadName> = Parameters<(typeof READS)[K]>[1];
export type ReadOutput<K extends ReadName> = ReturnType<(typeof READS)[K]>;

/** Run a read inside one read transaction, so every query in it sees the same committed books. */
export function runRead<K extends ReadName>(
  ledger: Ledger,
  name: K,
  input: ReadInput<K>,
): ReadOutput<K> {
  const read = READS[name] as (l: Ledger, i: ReadInput<K>) => ReadOutput<K>;
  return ledger.sqlite.transaction(() => read(ledger, input)).deferred();
}
