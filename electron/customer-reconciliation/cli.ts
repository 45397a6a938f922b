// `bahi reconcile customer FILE --customer CODE --from D --to D`: the comparison as JSON,
// through the same channel as the app.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { ChannelName } from '../../shared/contract';
import type { Result } from '../../shared/result';

type Call = (channel: ChannelName, input: unknown) => Promise<Result<unknown>>;

export async function reconcileCustomer(
  call: Call,
  o: { file: string; customerId: number; from: string; to: string },
): Promise<Result<unknown>> {
  const path = resolve(o.file);
  return call('customerReconciliation.compare', {
    customerId: o.customerId,
    from: o.from,
    to: o.to,
    fileName: basename(path),
    contentBase64: readFileSync(path).toString('base64'),
  });
}
