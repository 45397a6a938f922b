import { createContext, useContext, useState, type ReactNode } from 'react';
import { createApi, type Api } from './api';
import { defaultTransport } from './transport';

const ApiContext = createContext<Api | null>(null);

/** Components reach the ledger through context so tests can hand in a fake transport. */
export function ApiProvider({ api, children }: { api?: Api; children: ReactNode }) {
  const [value] = useState(() => api ?? createApi(defaultTransport()));
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi must be used inside <ApiProvider>');
  return api;
}
