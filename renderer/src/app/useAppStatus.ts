import { useCallback, useEffect, useState } from 'react';
import type { AppStatus } from '../../../shared/app/contract';
import type { Result } from '../../../shared/result';
import { useApi } from '../api/context';

export type StatusState =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; status: AppStatus };

const toState = (r: Result<AppStatus>): StatusState =>
  r.ok ? { state: 'ready', status: r.data } : { state: 'error', message: r.error.message };

/** Which ledger is open; everything else on screen follows from it. */
export function useAppStatus() {
  const api = useApi();
  const [status, setStatus] = useState<StatusState>({ state: 'loading' });

  const reload = useCallback(async () => setStatus(toState(await api.app.status())), [api]);

  useEffect(() => {
    let live = true;
    void api.app.status().then((r) => {
      if (live) setStatus(toState(r));
    });
    return () => {
      live = false;
    };
  }, [api]);

  return { status, reload, setStatus };
}
