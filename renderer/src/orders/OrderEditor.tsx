import { Alert, Center, Loader } from '@mantine/core';
import { useEffect, useState } from 'react';
import { todayIso } from '../../../shared/dates';
import type { Order } from '../../../shared/orders/contract';
import type { Api } from '../api/api';
import { useApi } from '../api/context';
import { factsOf, type CustomerFacts } from '../invoices/invoiceForm';
import type { OrderKind } from './labels';
import { newOrderValues, valuesOfOrder, type OrderFormValues } from './orderForm';
import { OrderForm } from './OrderForm';

export type OrderEditorTarget = { mode: 'new'; kind: OrderKind } | { mode: 'edit'; id: number };

type Loaded =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | {
      state: 'ready';
      companyState: string;
      order: Order | null;
      customer: CustomerFacts | null;
      initial: OrderFormValues;
    };

/** The company's state (for CGST+SGST or IGST) and, for an existing order, the order and customer. */
async function load(api: Api, target: OrderEditorTarget): Promise<Loaded> {
  const company = await api.company.get();
  if (!company.ok) return { state: 'error', message: company.error.message };
  if (!company.data) return { state: 'error', message: 'Set up the company first.' };
  const companyState = company.data.stateCode;
  if (target.mode === 'new') {
    const initial = newOrderValues(target.kind, todayIso());
    return { state: 'ready', companyState, order: null, customer: null, initial };
  }
  const order = await api.orders.get({ id: target.id });
  if (!order.ok) return { state: 'error', message: order.error.message };
  const customer = await api.customers.get({ id: order.data.customerId });
  return {
    state: 'ready',
    companyState,
    order: order.data,
    customer: customer.ok ? factsOf(customer.data) : null,
    initial: valuesOfOrder(order.data),
  };
}

interface OrderEditorProps {
  target: OrderEditorTarget;
  onBack: () => void;
  onSaved: (order: Order) => void;
}

export function OrderEditor({ target, onBack, onSaved }: OrderEditorProps) {
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

  if (loaded.state === 'loading') {
    return (
      <Center p="xl">
        <Loader size="sm" />
      </Center>
    );
  }
  if (loaded.state === 'error') return <Alert color="red">{loaded.message}</Alert>;
  return (
    <OrderForm
      initial={loaded.initial}
      order={loaded.order}
      customer={loaded.customer}
      companyState={loaded.companyState}
      onBack={onBack}
      onSaved={onSaved}
    />
  );
}
