import { useCallback, useEffect, useRef, useState } from 'react';
import type { CustomerLedger } from '../../../shared/receipts/contract';
import type { Api } from '../api/api';

export interface LedgerQuery {
  customerId: number | null;
  from: string | null;
  to: string | null;
}

type State =
  | { key: string; state: 'ready'; ledger: CustomerLedger }
  | { key: string; state: 'error'; message: string; field: string | undefined };

/** One customer's account for a period; `reload` after a change; an older answer never wins. */
export function useCustomerLedger(api: Api, q: LedgerQuery) {
  const [loaded, setLoaded] = useState<State | null>(null);
  const [version, setVersion] = useState(0);
  const generation = useRef(0);
  const key = JSON.stringify(q);

  useEffect(() => {
    const { customerId, from, to } = JSON.parse(key) as LedgerQuery;
    if (customerId === null) return;
    const gen = ++generation.current;
    void api.receipts.customerLedger({ customerId, from, to }).then((r) => {
      if (gen !== generation.current) return;
      setLoaded(
        r.ok
          ? { key, state: 'ready', ledger: r.data }
          : { key, state: 'error', message: r.error.message, field: r.error.field },
      );
    });
  }, [api, key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const current = loaded?.key === key ? loaded : null;
  // Keep the last account on screen while a new period loads, so the table does not flash.
  const ledger =
    current?.state === 'ready'
      ? current.ledger
      : loaded?.state === 'ready' && loaded.ledger.customerId === q.customerId
        ? loaded.ledger
        : null;
  return {
    ledger,
    loading: q.customerId !== null && current === null,
    error: current?.state === 'error' ? current : null,
    reload,
  };
}
