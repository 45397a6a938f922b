import { useState } from 'react';
import { ReceiptEditor } from './ReceiptEditor';
import { ReceiptList } from './ReceiptList';
import { ReceiptView } from './ReceiptView';
import { newReceiptRoute, type ReceiptRoute } from './route';

interface ReceiptsScreenProps {
  route: ReceiptRoute;
  onRoute: (route: ReceiptRoute) => void;
  /** Open an invoice or note on the Invoices screen. */
  onOpenDocument: (id: number) => void;
}

/** The list, a new receipt being keyed, or a recorded one: one screen, three views. */
export function ReceiptsScreen({ route, onRoute, onOpenDocument }: ReceiptsScreenProps) {
  const toList = () => onRoute({ view: 'list' });
  // A new key after an import: the list loads afresh, the search cleared.
  const [listKey, setListKey] = useState(0);
  switch (route.view) {
    case 'list':
      return (
        <ReceiptList
          key={listKey}
          onImported={() => setListKey((k) => k + 1)}
          onNew={() => onRoute(newReceiptRoute())}
          onOpen={(r) => onRoute({ view: 'show', id: r.id })}
        />
      );
    case 'new':
      return (
        <ReceiptEditor
          key={route.n}
          onBack={toList}
          onNew={() => onRoute(newReceiptRoute())}
          onSaved={(r) => onRoute({ view: 'show', id: r.id })}
        />
      );
    case 'show':
      return (
        <ReceiptView key={route.id} id={route.id} onBack={toList} onOpenDocument={onOpenDocument} />
      );
  }
}
