import { useCallback, useEffect, useRef, useState } from 'react';
import type { CustomerSummary } from '../../../shared/customers/contract';
import type { Api } from '../api/api';

/** Rows per request: a screenful many times over, small enough to answer in milliseconds. */
export const PAGE_SIZE = 200;
/** Wait this long after a keystroke before asking; fast typists send one query, not five. */
export const SEARCH_DELAY_MS = 60;

export interface CustomerQuery {
  search: string;
  includeArchived: boolean;
}

interface ListState {
  /** The query these pages answer; while it differs from the current one, we are loading. */
  key: string | null;
  total: number | null;
  pages: ReadonlyMap<number, CustomerSummary[]>;
  error: string | null;
}

const EMPTY: ListState = { key: null, total: null, pages: new Map(), error: null };

/**
 * The customer list as pages fetched on demand, so 50,000 customers cost a few requests.
 * Every query gets a generation number; answers to older generations are dropped, so a slow
 * reply for "ac" never overwrites the reply for "acme".
 */
export function useCustomerList(api: Api, { search, includeArchived }: CustomerQuery) {
  const [state, setState] = useState<ListState>(EMPTY);
  const [reloadTick, setReloadTick] = useState(0);
  const generation = useRef(0);
  const requested = useRef(new Set<number>());
  const key = JSON.stringify([search, includeArchived, reloadTick]);

  const fetchPage = useCallback(
    async (query: CustomerQuery, queryKey: string, page: number, gen: number) => {
      requested.current.add(page);
      const r = await api.customers.list({ ...query, limit: PAGE_SIZE, offset: page * PAGE_SIZE });
      if (gen !== generation.current) return;
      if (!r.ok) {
        requested.current.delete(page);
        setState((s) => ({ ...s, key: queryKey, error: r.error.message }));
        return;
      }
      setState((s) => {
        // The first page of a new query replaces everything; later pages add to it.
        const pages = new Map(s.key === queryKey ? s.pages : []);
        pages.set(page, r.data.rows);
        return { key: queryKey, total: r.data.total, pages, error: null };
      });
    },
    [api],
  );

  useEffect(() => {
    const gen = ++generation.current;
    requested.current = new Set();
    // Until the first page arrives the old rows stay on screen, so nothing flickers.
    const timer = setTimeout(
      () => void fetchPage({ search, includeArchived }, key, 0, gen),
      search ? SEARCH_DELAY_MS : 0,
    );
    return () => clearTimeout(timer);
  }, [fetchPage, search, includeArchived, key]);

  const loading = state.key !== key;

  /** Called by the grid with the rows on screen: fetch the pages they fall in. */
  const ensureRange = useCallback(
    (first: number, last: number) => {
      if (state.total === null || state.key !== key) return;
      const lastPage = Math.floor(Math.min(last, state.total - 1) / PAGE_SIZE);
      for (let p = Math.floor(Math.max(first, 0) / PAGE_SIZE); p <= lastPage; p++) {
        if (!state.pages.has(p) && !requested.current.has(p)) {
          void fetchPage({ search, includeArchived }, key, p, generation.current);
        }
      }
    },
    [fetchPage, key, search, includeArchived, state],
  );

  const rowAt = useCallback(
    (index: number): CustomerSummary | undefined =>
      state.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    [state.pages],
  );

  const reload = useCallback(() => setReloadTick((t) => t + 1), []);

  return {
    total: state.total ?? 0,
    known: state.total !== null,
    loading,
    error: state.error,
    rowAt,
    ensureRange,
    reload,
  };
}
