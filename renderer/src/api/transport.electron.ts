import { transportFailure, type BahiBridge, type Transport } from './transport.types';

/** Electron: the preload's `window.bahi.invoke` already returns the Result envelope. */
export function electronTransport(bridge: BahiBridge): Transport {
  return {
    async invoke(channel, input) {
      try {
        return await bridge.invoke(channel, input);
      } catch {
        // Only a broken preload or a closed window gets here; the user still sees words.
        return transportFailure('Bahi could not reach its ledger. Restart Bahi and try again.');
      }
    },
  };
}
