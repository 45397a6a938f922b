import type { ChannelName } from '../../../shared/contract';
import type { Result } from '../../../shared/result';

/** How a request reaches the ledger; one implementation per platform. */
export interface Transport {
  invoke(channel: ChannelName, input: unknown): Promise<Result<unknown>>;
}

/** What the Electron preload exposes on `window.bahi`. */
export interface BahiBridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
}

declare global {
  interface Window {
    bahi?: BahiBridge;
  }
}

/** A transport failure still arrives as an error value, never as a thrown exception. */
export const transportFailure = (message: string): Result<never> => ({
  ok: false,
  error: { code: 'INTERNAL', message },
});
