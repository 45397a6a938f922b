import type { Result } from '../../../shared/result';
import { transportFailure, type Transport } from './transport.types';

export const TOKEN_META = 'bahi-token';
export const TOKEN_HEADER = 'x-bahi-token';

/** The browser-mode server writes its per-launch secret into the page it serves. */
export function readPageToken(doc: Document = document): string {
  return doc.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content ?? '';
}

const isResult = (value: unknown): value is Result<unknown> =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { ok?: unknown }).ok === 'boolean';

/** Browser mode: POST /ipc/<channel> to the local bridge, which answers with the same envelope. */
export function webTransport(
  token: string,
  fetchImpl: typeof fetch = (...a) => fetch(...a),
): Transport {
  return {
    async invoke(channel, input) {
      let response: Response;
      try {
        response = await fetchImpl(`/ipc/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return transportFailure('Bahi is not running. Start Bahi again and reload this page.');
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        return transportFailure(
          `Bahi sent an unreadable answer (HTTP ${response.status}). Reload the page.`,
        );
      }
      return isResult(body)
        ? body
        : transportFailure(
            `Bahi sent an unexpected answer (HTTP ${response.status}). Reload the page.`,
          );
    },
  };
}
