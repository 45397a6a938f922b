// Test support for refusals: what a command said and which field it named, and proof that the
// tables it would have written are as they were.
import { expect } from 'vitest';
import type { Ledger } from './open';

export const rowCount = (ledger: Ledger, table: string) =>
  ledger.sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;

export function refusedUnchanged(
  ledger: Ledger,
  tables: string[],
  work: () => unknown,
): { message: string; field: string | undefined } {
  const before = tables.map((t) => rowCount(ledger, t));
  try {
    work();
  } catch (e) {
    expect(tables.map((t) => rowCount(ledger, t))).toEqual(before);
    const err = e as { message: string; field?: string };
    return { message: err.message, field: err.field };
  }
  throw new Error('expected a refusal');
}
