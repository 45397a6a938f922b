// What the collections lists (promises, disputes, payment plans) share: a status filter and a
// customer to narrow by, and the rows read again after every change.
import { Group, SegmentedControl } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { Result } from '../../../shared/result';
import { customerLabel } from '../invoices/invoiceForm';
import { CustomerPicker } from '../invoices/pickers';
import { notifyError } from '../ui/notify';

export interface PickedCustomer {
  id: number;
  label: string;
}

/**
 * The rows for a status and an optional customer; `reload` after a change reads them again.
 * A refusal is said in a notification titled `failure`.
 */
export function useStatusList<S extends string, T>(
  initial: S,
  load: (q: { status: S; customerId: number | null }) => Promise<Result<T[]>>,
  failure: string,
) {
  const [status, setStatus] = useState<S>(initial);
  const [customer, setCustomer] = useState<PickedCustomer | null>(null);
  const [rows, setRows] = useState<T[] | null>(null);
  const [version, setVersion] = useState(0);
  // The latest loader, without reading again each time the screen draws a new one.
  const loader = useRef(load);
  useEffect(() => {
    loader.current = load;
  });
  useEffect(() => {
    let live = true;
    void loader.current({ status, customerId: customer?.id ?? null }).then((r) => {
      if (!live) return;
      if (r.ok) setRows(r.data);
      else notifyError(r.error.message, failure);
    });
    return () => {
      live = false;
    };
  }, [status, customer, version, failure]);
  const reload = () => setVersion((v) => v + 1);
  return { status, setStatus, customer, setCustomer, rows, reload };
}

interface StatusCustomerFiltersProps<S extends string> {
  statuses: { value: S; label: string }[];
  status: S;
  onStatus: (status: S) => void;
  customer: PickedCustomer | null;
  onCustomer: (customer: PickedCustomer | null) => void;
  testId?: string;
}

/** The status as a segmented control, and a customer picker (empty: all customers). */
export function StatusCustomerFilters<S extends string>({
  statuses,
  status,
  onStatus,
  customer,
  onCustomer,
  testId,
}: StatusCustomerFiltersProps<S>) {
  return (
    <Group align="flex-end" gap="sm">
      <SegmentedControl
        aria-label="Status"
        data-testid={testId}
        value={status}
        onChange={(v) => onStatus(v as S)}
        data={statuses}
      />
      <CustomerPicker
        label="Customer"
        placeholder="All customers"
        w={380}
        pickedLabel={customer?.label ?? ''}
        onPick={(c) => onCustomer({ id: c.id, label: customerLabel(c) })}
        onClear={() => onCustomer(null)}
      />
    </Group>
  );
}
