import {
  Button,
  Group,
  Kbd,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
} from '@mantine/core';
import { IconClipboardList, IconPlus } from '@tabler/icons-react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { formatINR, type Paise } from '../../../shared/money';
import { EmptyState } from '../ui/EmptyState';
import type { Order } from '../../../shared/orders/contract';
import { useApi } from '../api/context';
import { ScreenHeader } from '../app/ScreenHeader';
import { dateText } from '../ui/dates';
import { ListCount, ListError, ListFrame, ListLimit, ListTable } from '../ui/ListTable';
import { useGlobalKeys } from '../ui/keys';
import {
  OrderKindBadge,
  OrderStatusBadge,
  STATUS_LABEL,
  STATUSES_OF,
  type OrderKind,
  type OrderStatus,
} from './labels';
import { leftToBillTaxable, orderTaxable } from './orderMath';
import { ORDER_LIMIT, useOrderList, type OrderQuery, type OrderTab } from './useOrderList';

const KIND_FILTERS = [
  { value: 'all', label: 'All' },
  { value: 'estimate', label: 'Estimates' },
  { value: 'sales_order', label: 'Sales orders' },
];

const statusOptions = (kind: OrderKind | null) => [
  { value: 'all', label: 'Any status' },
  ...(kind ? STATUSES_OF[kind] : (Object.keys(STATUS_LABEL) as OrderStatus[])).map((s) => ({
    value: s,
    label: STATUS_LABEL[s],
  })),
];

const money = (p: Paise | null) => (p === null ? '—' : formatINR(p));

interface OrderListProps {
  query: OrderQuery;
  onQuery: (q: OrderQuery) => void;
  onNew: (kind: OrderKind) => void;
  onOpen: (order: Order) => void;
}

/** Estimates and sales orders, newest first, with what each is worth and what is left to bill. */
export function OrderList({ query, onQuery, onNew, onOpen }: OrderListProps) {
  const api = useApi();
  const list = useOrderList(api, query);
  const [active, setActive] = useState(0);
  const tableRef = useRef<HTMLDivElement>(null);

  useGlobalKeys({ altN: () => onNew('estimate') });
  // The list takes the keyboard at once: arrows move, Enter opens.
  useEffect(() => tableRef.current?.focus(), []);

  const change = (q: Partial<OrderQuery>) => {
    onQuery({ ...query, ...q });
    setActive(0);
  };

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const move = (to: number) => setActive(Math.max(0, Math.min(list.rows.length - 1, to)));
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      move(active + 1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      move(active - 1);
    } else if (e.key === 'Enter') {
      const row = list.rows[active];
      if (row) onOpen(row);
    }
  };

  const filtered = query.kind !== null || query.status !== null;

  return (
    <Stack gap="sm" style={{ flex: 1, minHeight: 0 }}>
      <ScreenHeader
        title="Estimates & orders"
        subtitle="Quotations the customer approves, and sales orders against their PO"
      >
        <Button
          variant="default"
          leftSection={<IconPlus size={16} />}
          onClick={() => onNew('sales_order')}
        >
          New sales order
        </Button>
        <Button
          leftSection={<IconPlus size={16} />}
          rightSection={<Kbd size="xs">Alt+N</Kbd>}
          onClick={() => onNew('estimate')}
        >
          New estimate
        </Button>
      </ScreenHeader>

      <Tabs value={query.tab} onChange={(t) => change({ tab: (t ?? 'all') as OrderTab })}>
        <Tabs.List>
          <Tabs.Tab value="all">All</Tabs.Tab>
          <Tabs.Tab value="toBeBilled">To be billed</Tabs.Tab>
        </Tabs.List>
      </Tabs>

      <Group justify="space-between" gap="md" wrap="nowrap">
        <Group gap="md" wrap="nowrap">
          <SegmentedControl
            size="xs"
            aria-label="Kind"
            data={KIND_FILTERS}
            value={query.kind ?? 'all'}
            onChange={(v) => {
              const kind = v === 'all' ? null : (v as OrderKind);
              const keep = kind && query.status && !STATUSES_OF[kind].includes(query.status);
              change({ kind, status: keep ? null : query.status });
            }}
          />
          {query.tab === 'all' ? (
            <Select
              size="xs"
              w={160}
              aria-label="Status"
              data={statusOptions(query.kind)}
              value={query.status ?? 'all'}
              allowDeselect={false}
              onChange={(v) => change({ status: !v || v === 'all' ? null : (v as OrderStatus) })}
              comboboxProps={{ withinPortal: true }}
            />
          ) : (
            <Text size="xs" c="dimmed">
              Approved estimates and open sales orders with something left to invoice
            </Text>
          )}
        </Group>
        <ListCount list={list} count={list.rows.length} noun="order" testId="order-count" />
      </Group>

      <ListError error={list.error} />

      <ListFrame>
        <div ref={tableRef} tabIndex={0} onKeyDown={onKey} style={{ outline: 'none' }}>
          <ListTable label={query.tab === 'toBeBilled' ? 'To be billed' : 'Estimates and orders'}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={150}>Number</Table.Th>
                <Table.Th w={110}>Kind</Table.Th>
                <Table.Th>Customer</Table.Th>
                <Table.Th w={104}>Date</Table.Th>
                <Table.Th w={170}>Reference</Table.Th>
                <Table.Th w={104}>Status</Table.Th>
                <Table.Th w={140} ta="right">
                  Value (ex GST)
                </Table.Th>
                <Table.Th w={140} ta="right">
                  Left to bill
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.rows.map((o, i) => {
                const left = leftToBillTaxable(o);
                return (
                  <Table.Tr
                    key={o.id}
                    data-testid="order-row"
                    aria-selected={i === active}
                    onClick={() => {
                      setActive(i);
                      onOpen(o);
                    }}
                  >
                    <Table.Td className="bahi-mono" fw={600}>
                      {o.number}
                    </Table.Td>
                    <Table.Td>
                      <OrderKindBadge kind={o.kind} />
                    </Table.Td>
                    <Table.Td>
                      <Text span size="sm" className="bahi-mono" c="dimmed" mr={8}>
                        {o.customerCode}
                      </Text>
                      {o.customerName}
                    </Table.Td>
                    <Table.Td className="bahi-number">{dateText(o.date)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" truncate>
                        {o.customerReference ?? ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <OrderStatusBadge status={o.status} />
                    </Table.Td>
                    <Table.Td ta="right" className="bahi-number">
                      {money(orderTaxable(o))}
                    </Table.Td>
                    <Table.Td
                      ta="right"
                      className="bahi-number"
                      c={left === 0 ? 'dimmed' : undefined}
                      fw={left ? 600 : undefined}
                    >
                      {money(left)}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </ListTable>
        </div>
        {list.known && list.rows.length === 0 && (
          <EmptyState
            testId="orders-empty"
            icon={IconClipboardList}
            title={query.tab === 'toBeBilled' || filtered ? null : 'No estimates or orders yet'}
          >
            {query.tab === 'toBeBilled' ? (
              'Nothing left to bill'
            ) : filtered ? (
              'No estimate or order matches these filters'
            ) : (
              <>
                Start an estimate with <Kbd size="xs">Alt</Kbd>+<Kbd size="xs">N</Kbd>.
              </>
            )}
          </EmptyState>
        )}
        <ListLimit count={list.rows.length} limit={ORDER_LIMIT}>
          Showing the newest {ORDER_LIMIT.toLocaleString('en-IN')}; filter to narrow.
        </ListLimit>
      </ListFrame>

      <Text size="xs" c="dimmed">
        Amounts before GST · <Kbd size="xs">↑</Kbd>
        <Kbd size="xs">↓</Kbd> move · <Kbd size="xs">Enter</Kbd> open · <Kbd size="xs">Alt</Kbd>+
        <Kbd size="xs">N</Kbd> new estimate
      </Text>
    </Stack>
  );
}
