import { useState } from 'react';
import type { DocumentSummary } from '../../../shared/invoices/contract';
import { InvoiceEditor } from './InvoiceEditor';
import { InvoiceList } from './InvoiceList';
import { InvoiceView } from './InvoiceView';
import { newDocumentRoute, type InvoiceRoute } from './route';

interface InvoicesScreenProps {
  route: InvoiceRoute;
  onRoute: (route: InvoiceRoute) => void;
}

/** The list, a draft being edited, or an issued document: one screen, three views. */
export function InvoicesScreen({ route, onRoute }: InvoicesScreenProps) {
  const toList = () => onRoute({ view: 'list' });
  const open = (id: number) => onRoute({ view: 'show', id });
  // A new key after an import: the list loads afresh, filters cleared, the opening items in view.
  const [listKey, setListKey] = useState(0);
  switch (route.view) {
    case 'list':
      return (
        <InvoiceList
          key={listKey}
          onImported={() => setListKey((k) => k + 1)}
          onNew={(kind) => onRoute(newDocumentRoute(kind))}
          onOpen={(d: DocumentSummary) =>
            onRoute(d.status === 'draft' ? { view: 'edit', id: d.id } : { view: 'show', id: d.id })
          }
        />
      );
    case 'new':
    case 'edit':
      return (
        <InvoiceEditor
          key={route.view === 'new' ? `new-${route.n}` : `edit-${route.id}`}
          target={
            route.view === 'new'
              ? { mode: 'new', kind: route.kind }
              : { mode: 'edit', id: route.id }
          }
          onBack={toList}
          onNew={() => onRoute(newDocumentRoute('invoice'))}
          onIssued={(doc) => open(doc.id)}
          onDeleted={toList}
          onShowIssued={open}
        />
      );
    case 'show':
      return <InvoiceView key={route.id} id={route.id} onBack={toList} onOpen={open} />;
  }
}
