// `bahi reconcile books`: the AR control against customer balances and, with a Tally outstanding
// report, the comparison of balances, as one JSON document, through the same channels as the app.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { ChannelName } from '../../shared/contract';
import type { Result } from '../../shared/result';

type Call = (channel: ChannelName, input: unknown) => Promise<Result<unknown>>;

export async function reconcileBooks(
  call: Call,
  o: { asOf: string; tally?: string; source?: string },
): Promise<Result<unknown>> {
  const source = o.source ?? 'tally';
  let imported: unknown = null;
  if (o.tally) {
    const path = resolve(o.tally);
    const r = await call('booksReconciliation.importTally', {
      source,
      asOf: o.asOf,
      fileName: basename(path),
      contentBase64: readFileSync(path).toString('base64'),
    });
    if (!r.ok) return r;
    imported = r.data;
  }
  const control = await call('booksReconciliation.control', { asOf: o.asOf });
  if (!control.ok) return control;
  const comparison = await call('booksReconciliation.compare', { source, asOf: o.asOf });
  if (!comparison.ok) return comparison;
  return { ok: true, data: { control: control.data, imported, comparison: comparison.data } };
}
