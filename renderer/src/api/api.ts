import type { ChannelName, Group, GroupMethods, Input, Output } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import type { Transport } from './transport.types';

/** Channels whose input is all optional can be called with no argument: `api.app.status()`. */
type Call<K extends ChannelName> = (
  ...input: Record<string, never> extends Input<K> ? [input?: Input<K>] : [input: Input<K>]
) => Promise<Result<Output<K>>>;

/** `api.customers.create(input)` → `customers.create`, checked end to end by tsc. */
export type Api = {
  [G in Group]: { [M in keyof GroupMethods<G>]: Call<GroupMethods<G>[M] & ChannelName> };
};

/** A proxy so new channels in the contract need no renderer code to become callable. */
export function createApi(transport: Transport): Api {
  const groups = new Map<string, object>();
  const groupProxy = (group: string) =>
    new Proxy(
      {},
      {
        get(_target, method) {
          if (typeof method !== 'string' || method === 'then') return undefined;
          return (input?: unknown) =>
            transport.invoke(`${group}.${method}` as ChannelName, input ?? {});
        },
      },
    );
  return new Proxy({} as Api, {
    get(_target, group) {
      // `then` must stay undefined or `await api` would treat the api as a promise.
      if (typeof group !== 'string' || group === 'then') return undefined;
      let g = groups.get(group);
      if (!g) groups.set(group, (g = groupProxy(group)));
      return g;
    },
  });
}
