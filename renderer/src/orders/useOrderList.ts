import { useEffect, useRef, useState } from 'react';
import type { Order } from '../../../shared/orders/contract';
import type { Api } from '../api/api';
import type { OrderKind, OrderStatus } from './labels';

export const ORDER_LIMIT = 1000;

export type OrderTab = 'all' | 'toBeBilled';

export interface OrderQuery {
  tab: OrderTab;
  kind: OrderKind | null;
  status: OrderStatus | null;
}

interface ListState {
  key: string | null;
  rows: Order[];
  error: string | null;
}

async function fetchOrders(api: Api, q: OrderQuery) {
  if (q.tab === 'toBeBilled') {
    const r = await api.orders.toBeBilled({});
    // The channel has no kind filter; what is left to bill is a short list.
    return r.ok && q.kind ? { ...r, data: r.data.filter((o) => o.kind === q.kind) } : r;
  }
  return api.orders.list({
    limit: ORDER_LIMIT,
    ...(q.kind ? { kind: q.kind } : {}),
    ...(q.status ? { status: q.status } : {}),
  });
}

/** Orders for the tab and filters; an older answer never overwrites a newer one. */
export function useOrderList(api: Api, q: OrderQuery) {
  const [state, setState] = useState<ListState>({ key: null, rows: [], error: null });
  const generation = useRef(0);
  const key = JSON.stringify(q);

  useEffect(() => {
    const gen = ++generation.current;
    void fetchOrders(api, JSON.parse(key) as OrderQuery).then((r) => {
      if (gen !== generation.current) return;
      setState((s) =>
        r.ok ? { key, rows: r.data, error: null } : { key, rows: s.rows, error: r.error.message },
      );
    });
  }, [api, key]);

  return {
    rows: state.rows,
    known: state.key !== null,
    loading: state.key !== key,
    error: state.error,
  };
}
