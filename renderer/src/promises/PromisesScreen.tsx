import {
  Anchor,
  Box,
  Button,
  Group,
  Paper,
  ScrollArea,
  SegmentedControl,
  Table,
  Text,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import {
  PROMISE_STATUS_LABELS,
  PROMISE_STATUSES,
  type PaymentPromise,
} from '../../../shared/promises/contract';
import { useApi } from '../api/context';
import { ScreenHeader } from '../app/ScreenHeader';
import { ExcelExportButton } from '../follow-ups/ExcelExportButton';
import { inr } from '../customer-accounts/format';
import { useOpenCustomerAccount } from '../customer-accounts/navigation';
import { customerLabel } from '../invoices/invoiceForm';
import { CustomerPicker } from '../invoices/pickers';
import { dateText } from '../ui/dates';
import { notifyError, notifySuccess } from '../ui/notify';
import { CancelPromiseDialog } from './CancelPromiseDialog';
import { cancellable, promiseDetail, PromiseStatusBadge } from './PromisesPanel';

type Filter = (typeof PROMISE_STATUSES)[number] | 'all';
const FILTERS = [
  { value: 'all', label: 'All' },
  ...PROMISE_STATUSES.map((s) => ({ value: s, label: PROMISE_STATUS_LABELS[s] })),
];

/** Every promise to pay as of today: broken first, then pending by the date promised. */
export function PromisesScreen() {
  const api = useApi();
  const openAccount = useOpenCustomerAccount();
  const [status, setStatus] = useState<Filter>('all');
  const [customer, setCustomer] = useState<{ id: number; label: string } | null>(null);
  const [rows, setRows] = useState<PaymentPromise[] | null>(null);
  const [cancelling, setCancelling] = useState<PaymentPromise | null>(null);

  // Bumped after a cancellation, so the list is read again from the ledger.
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    void api.promises.list({ status, customerId: customer?.id ?? null }).then((r) => {
      if (!live) return;
      if (r.ok) setRows(r.data);
      else notifyError(r.error.message, 'Promises not loaded');
    });
    return () => {
      live = false;
    };
  }, [api, status, customer, version]);

  const broken = rows?.filter((p) => p.status === 'broken') ?? [];
  const short = broken.reduce((s, p) => s + p.amount - p.received, 0);

  return (
    <Box style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', gap: 12 }}>
      <ScreenHeader
        title="Promises"
        subtitle="What customers promised to pay, and whether the money came in by the date"
      >
        <Text size="sm" className="bahi-number" data-testid="promises-total">
          {broken.length} broken · {inr(short)} short
        </Text>
        <ExcelExportButton
          label="Export to Excel"
          run={() => api.reports.exportPromises({ status, customerId: customer?.id ?? null })}
        />
      </ScreenHeader>
      <Group align="flex-end" gap="sm">
        <SegmentedControl
          aria-label="Status"
          data-testid="promise-filter"
          value={status}
          onChange={(v) => setStatus(v as Filter)}
          data={FILTERS}
        />
        <CustomerPicker
          label="Customer"
          placeholder="All customers"
          w={380}
          pickedLabel={customer?.label ?? ''}
          onPick={(c) => setCustomer({ id: c.id, label: customerLabel(c) })}
          onClear={() => setCustomer(null)}
        />
      </Group>
      <Paper withBorder radius="sm" style={{ flex: 1, minHeight: 0 }}>
        <ScrollArea h="100%">
          <Table
            stickyHeader
            verticalSpacing={5}
            horizontalSpacing={10}
            fz="sm"
            aria-label="Promises"
            highlightOnHover
          >
            <Table.Thead bg="gray.1">
              <Table.Tr>
                <Table.Th w={110}>Status</Table.Th>
                <Table.Th w={110}>Promised by</Table.Th>
                <Table.Th w={240}>Customer</Table.Th>
                <Table.Th w={130} ta="right">
                  Amount
                </Table.Th>
                <Table.Th w={130} ta="right">
                  Received
                </Table.Th>
                <Table.Th>Made</Table.Th>
                <Table.Th w={90} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody className="bahi-number">
              {rows?.map((p) => (
                <Table.Tr key={p.id} data-testid="promise-row">
                  <Table.Td>
                    <PromiseStatusBadge status={p.status} />
                  </Table.Td>
                  <Table.Td>{dateText(p.promisedOn)}</Table.Td>
                  <Table.Td>
                    <Anchor
                      component="button"
                      type="button"
                      size="sm"
                      onClick={() => openAccount?.(p.customerId)}
                    >
                      {p.customerName}
                    </Anchor>
                    <Text size="xs" c="dimmed" className="bahi-mono">
                      {p.customerCode}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{inr(p.amount)}</Table.Td>
                  <Table.Td ta="right">{inr(p.received)}</Table.Td>
                  <Table.Td>
                    <Text size="xs">{promiseDetail(p)}</Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    {cancellable(p) && (
                      <Button size="compact-xs" variant="light" onClick={() => setCancelling(p)}>
                        Cancel
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {rows?.length === 0 && (
            <Text size="sm" c="dimmed" p="md">
              {status === 'all'
                ? 'No promise to pay is on record. Record one from the customer’s account.'
                : 'No promise matches.'}
            </Text>
          )}
        </ScrollArea>
      </Paper>
      {cancelling && (
        <CancelPromiseDialog
          promise={cancelling}
          onClose={() => setCancelling(null)}
          onCancelled={() => {
            notifySuccess(`Promise from ${cancelling.customerName} cancelled`);
            setCancelling(null);
            setVersion((v) => v + 1);
          }}
        />
      )}
    </Box>
  );
}
