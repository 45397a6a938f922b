import { useEffect, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../shared/invoices/contract';
import type { Api } from '../api/api';
import { PICKER_DELAY_MS } from '../ui/SearchPicker';
import type { DocumentKind } from './labels';

export const DOCUMENT_LIMIT = 1000;

export interface DocumentQuery {
  search: string;
  kind: DocumentKind | null;
  status: 'draft' | 'issued' | null;
}

interface ListState {
  key: string | null;
  rows: DocumentSummary[];
  error: string | null;
}

/** Documents matching the filters, newest first; an older answer never overwrites a newer one. */
export function useDocumentList(api: Api, q: DocumentQuery) {
  const [state, setState] = useState<ListState>({ key: null, rows: [], error: null });
  const generation = useRef(0);
  const key = JSON.stringify(q);

  useEffect(() => {
    const gen = ++generation.current;
    const { search, kind, status } = JSON.parse(key) as DocumentQuery;
    const timer = setTimeout(
      () =>
        void api.invoices
          .list({
            search,
            limit: DOCUMENT_LIMIT,
            ...(kind ? { kind } : {}),
            ...(status ? { status } : {}),
          })
          .then((r) => {
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
  }, [api, key]);

  return {
    rows: state.rows,
    known: state.key !== null,
    loading: state.key !== key,
    error: state.error,
  };
}
