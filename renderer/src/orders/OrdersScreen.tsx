import { useState } from 'react';
import type { OrderKind } from './labels';
import { OrderEditor } from './OrderEditor';
import { OrderList } from './OrderList';
import { OrderView } from './OrderView';
import type { OrderQuery } from './useOrderList';

/** Where the screen is; `n` tells one "new" from the next, so each starts a fresh form. */
export type OrderRoute =
  | { view: 'list' }
  | { view: 'new'; kind: OrderKind; n: number }
  | { view: 'edit'; id: number }
  | { view: 'show'; id: number };

let opened = 0;

/** Estimates and sales orders: the list, a form, or one order with its invoices. */
export function OrdersScreen() {
  const [route, setRoute] = useState<OrderRoute>({ view: 'list' });
  // Kept here so coming back from an order finds the list as it was left.
  const [query, setQuery] = useState<OrderQuery>({ tab: 'all', kind: null, status: null });
  const toList = () => setRoute({ view: 'list' });
  const show = (id: number) => setRoute({ view: 'show', id });

  switch (route.view) {
    case 'list':
      return (
        <OrderList
          query={query}
          onQuery={setQuery}
          onNew={(kind) => setRoute({ view: 'new', kind, n: ++opened })}
          onOpen={(o) => show(o.id)}
        />
      );
    case 'new':
    case 'edit':
      return (
        <OrderEditor
          key={route.view === 'new' ? `new-${route.n}` : `edit-${route.id}`}
          target={
            route.view === 'new'
              ? { mode: 'new', kind: route.kind }
              : { mode: 'edit', id: route.id }
          }
          onBack={() => (route.view === 'edit' ? show(route.id) : toList())}
          onSaved={(o) => show(o.id)}
        />
      );
    case 'show':
      return (
        <OrderView
          key={route.id}
          id={route.id}
          onBack={toList}
          onEdit={(id) => setRoute({ view: 'edit', id })}
        />
      );
  }
}
