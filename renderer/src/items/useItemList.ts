import { useEffect, useRef, useState } from 'react';
import type { Item } from '../../../shared/items/contract';
import type { Api } from '../api/api';
import { PICKER_DELAY_MS } from '../ui/SearchPicker';

/** Items are hundreds, not tens of thousands: one request answers a search. */
export const ITEM_LIMIT = 2000;

interface ListState {
  key: string | null;
  rows: Item[];
  error: string | null;
}

/** Items matching a search; an answer to an older search never overwrites a newer one. */
export function useItemList(api: Api, search: string, includeArchived: boolean) {
  const [state, setState] = useState<ListState>({ key: null, rows: [], error: null });
  const [tick, setTick] = useState(0);
  const generation = useRef(0);
  const key = JSON.stringify([search, includeArchived, tick]);

  useEffect(() => {
    const gen = ++generation.current;
    const timer = setTimeout(
      () =>
        void api.items.list({ search, includeArchived, limit: ITEM_LIMIT }).then((r) => {
          if (gen !== generation.current) return;
          setState((s) =>
            r.ok
              ? { key, rows: r.data, error: null }
              : { key, rows: s.rows, error: r.error.message },
          );
        }),
      search ? PICKER_DELAY_MS : 0,
    );
    return () => clearTimeout(timer);
  }, [api, search, includeArchived, key]);

  return {
    rows: state.rows,
    known: state.key !== null,
    loading: state.key !== key,
    error: state.error,
    reload: () => setTick((t) => t + 1),
  };
}
