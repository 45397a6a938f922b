import { Alert, Button, Center, Loader, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { todayIso } from '../../../shared/dates';
import type { GstDocument } from '../../../shared/invoices/contract';
import type { Item } from '../../../shared/items/contract';
import type { Api } from '../api/api';
import { useApi } from '../api/context';
import { DraftForm } from './DraftForm';
import { documentTitle } from './labels';
import {
  factsOf,
  newInvoiceValues,
  valuesOfDraft,
  type CustomerFacts,
  type DraftKind,
  type InvoiceFormValues,
} from './invoiceForm';

export type EditorTarget = { mode: 'new'; kind: DraftKind } | { mode: 'edit'; id: number };

type Loaded =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'issued'; id: number; title: string }
  | {
      state: 'ready';
      companyState: string;
      draft: GstDocument | null;
      customer: CustomerFacts | null;
      items: Item[];
      initial: InvoiceFormValues;
    };

/** Everything the form starts from: the company's state, and for a saved draft its parts. */
async function load(api: Api, target: EditorTarget): Promise<Loaded> {
  const company = await api.company.get();
  if (!company.ok) return { state: 'error', message: company.error.message };
  if (!company.data) return { state: 'error', message: 'Set up the company first.' };
  const companyState = company.data.stateCode;
  if (target.mode === 'new') {
    const initial = newInvoiceValues(target.kind, todayIso());
    return { state: 'ready', companyState, draft: null, customer: null, items: [], initial };
  }
  const doc = await api.invoices.get({ id: target.id });
  if (!doc.ok) return { state: 'error', message: doc.error.message };
  if (doc.data.status !== 'draft') {
    return { state: 'issued', id: doc.data.id, title: documentTitle(doc.data) };
  }
  const [customer, items] = await Promise.all([
    api.customers.get({ id: doc.data.customerId }),
    doc.data.lines.some((l) => l.itemId !== null)
      ? api.items.list({ includeArchived: true, limit: 10_000 })
      : Promise.resolve({ ok: true as const, data: [] as Item[] }),
  ]);
  const facts = customer.ok ? factsOf(customer.data) : null;
  const used = items.ok
    ? items.data.filter((i) => doc.data.lines.some((l) => l.itemId === i.id))
    : [];
  const names = new Map(used.map((i) => [i.id, i.name]));
  return {
    state: 'ready',
    companyState,
    draft: doc.data,
    customer: facts,
    items: used,
    initial: valuesOfDraft(doc.data, facts, names),
  };
}

interface InvoiceEditorProps {
  target: EditorTarget;
  onBack: () => void;
  onNew: () => void;
  onIssued: (doc: GstDocument) => void;
  onDeleted: () => void;
  /** The document is no longer a draft (issued elsewhere): show it instead. */
  onShowIssued: (id: number) => void;
}

export function InvoiceEditor({
  target,
  onBack,
  onNew,
  onIssued,
  onDeleted,
  onShowIssued,
}: InvoiceEditorProps) {
  const api = useApi();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  // The screen keys the editor by its route, so the target is fixed for this editor's life.
  const [opened] = useState(target);

  useEffect(() => {
    let current = true;
    void load(api, opened).then((l) => {
      if (current) setLoaded(l);
    });
    return () => {
      current = false;
    };
  }, [api, opened]);

  const loadCustomer = useCallback(
    async (id: number) => {
      const r = await api.customers.get({ id });
      return r.ok ? factsOf(r.data) : null;
    },
    [api],
  );

  if (loaded.state === 'loading') {
    return (
      <Center p="xl">
        <Loader size="sm" />
      </Center>
    );
  }
  if (loaded.state === 'error') return <Alert color="red">{loaded.message}</Alert>;
  if (loaded.state === 'issued') {
    return (
      <Alert color="ledger" title={`${loaded.title} is issued`}>
        <Text size="sm" mb="xs">
          Issued documents cannot change; correct them with a credit or debit note.
        </Text>
        <Button size="xs" variant="white" onClick={() => onShowIssued(loaded.id)}>
          Open it
        </Button>
      </Alert>
    );
  }
  return (
    <DraftForm
      initial={loaded.initial}
      draft={loaded.draft}
      customer={loaded.customer}
      companyState={loaded.companyState}
      items={loaded.items}
      loadCustomer={loadCustomer}
      onBack={onBack}
      onNew={onNew}
      onIssued={onIssued}
      onDeleted={onDeleted}
    />
  );
}
