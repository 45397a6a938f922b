import { useEffect, useRef, useState } from 'react';
import type { ReceiptSummary } from '../../../shared/receipts/contract';
import type { Api } from '../api/api';
import { PICKER_DELAY_MS } from '../ui/SearchPicker';

export const RECEIPT_LIMIT = 1000;

interface ListState {
  key: string | null;
  rows: ReceiptSummary[];
  error: string | null;
}

/** Receipts matching the search, newest first; an older answer never overwrites a newer one. */
export function useReceiptList(api: Api, search: string) {
  const [state, setState] = useState<ListState>({ key: null, rows: [], error: null });
  const generation = useRef(0);

  useEffect(() => {
    const gen = ++generation.current;
    const timer = setTimeout(
      () =>
        void api.receipts.list({ search, limit: RECEIPT_LIMIT }).then((r) => {
          if (gen !== generation.current) return;
          setState((s) =>
            r.ok
              ? { key: search, rows: r.data, error: null }
              : { key: search, rows: s.rows, error: r.error.message },
          );
        }),
      search ? PICKER_DELAY_MS : 0,
    );
    return () => clearTimeout(timer);
  }, [api, search]);

  return {
    rows: state.rows,
    known: state.key !== null,
    loading: state.key !== search,
    error: state.error,
  };
}
