// The one place that decides how the renderer reaches the ledger.
import { electronTransport } from './transport.electron';
import type { Transport } from './transport.types';
import { readPageToken, webTransport } from './transport.web';

export type { Transport } from './transport.types';

export function defaultTransport(): Transport {
  return window.bahi ? electronTransport(window.bahi) : webTransport(readPageToken());
}
