// What the collections lists (promises, disputes, payment plans) share: a status filter and a
// customer to narrow by, the rows read again after every change, and the table they sit in.
import { Anchor, Group, Paper, ScrollArea, SegmentedControl, Table, Text } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Result } from '../../../shared/result';
import { useOpenCustomerAccount } from '../customer-accounts/navigation';
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

/** 'All', then every status by its label: the choices of the status filter. */
export function statusFilters<S extends string>(
  statuses: readonly S[],
  labels: Record<S, string>,
): { value: S | 'all'; label: string }[] {
  return [{ value: 'all', label: 'All' }, ...statuses.map((s) => ({ value: s, label: labels[s] }))];
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

/**
 * The list's table, filling the screen below the filters: `head` is the header row's cells,
 * `empty` what to say when no row is there (shown once the rows have been read).
 */
export function CollectionsTable({
  label,
  head,
  rows,
  empty,
  children,
}: {
  label: string;
  head: ReactNode;
  rows: readonly unknown[] | null;
  empty: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="sm" style={{ flex: 1, minHeight: 0 }}>
      <ScrollArea h="100%">
        <Table
          stickyHeader
          verticalSpacing={5}
          horizontalSpacing={10}
          fz="sm"
          aria-label={label}
          highlightOnHover
        >
          <Table.Thead bg="gray.1">
            <Table.Tr>{head}</Table.Tr>
          </Table.Thead>
          <Table.Tbody className="bahi-number">{children}</Table.Tbody>
        </Table>
        {rows?.length === 0 && (
          <Text size="sm" c="dimmed" p="md">
            {empty}
          </Text>
        )}
      </ScrollArea>
    </Paper>
  );
}

/** The customer's name, opening their account, over their code. */
export function CustomerLink({
  row,
}: {
  row: { customerId: number; customerName: string; customerCode: string };
}) {
  const openAccount = useOpenCustomerAccount();
  return (
    <>
      <Anchor
        component="button"
        type="button"
        size="sm"
        onClick={() => openAccount?.(row.customerId)}
      >
        {row.customerName}
      </Anchor>
      <Text size="xs" c="dimmed" className="bahi-mono">
        {row.customerCode}
      </Text>
    </>
  );
}
