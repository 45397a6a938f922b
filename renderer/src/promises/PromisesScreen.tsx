import { Box, Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import {
  PROMISE_STATUS_LABELS,
  PROMISE_STATUSES,
  type PaymentPromise,
} from '../../../shared/promises/contract';
import { useApi } from '../api/context';
import { ScreenHeader } from '../app/ScreenHeader';
import {
  CollectionsTable,
  CustomerLink,
  statusFilters,
  StatusCustomerFilters,
  useStatusList,
} from '../follow-ups/CollectionsList';
import { ExcelExportButton } from '../follow-ups/ExcelExportButton';
import { inr } from '../customer-accounts/format';
import { dateText } from '../ui/dates';
import { notifySuccess } from '../ui/notify';
import { CancelPromiseDialog } from './CancelPromiseDialog';
import { cancellable, promiseDetail, PromiseStatusBadge } from './PromisesPanel';

type Filter = (typeof PROMISE_STATUSES)[number] | 'all';
const FILTERS = statusFilters(PROMISE_STATUSES, PROMISE_STATUS_LABELS);

/** Every promise to pay as of today: broken first, then pending by the date promised. */
export function PromisesScreen() {
  const api = useApi();
  const { status, setStatus, customer, setCustomer, rows, reload } = useStatusList<
    Filter,
    PaymentPromise
  >('all', (q) => api.promises.list(q), 'Promises not loaded');
  const [cancelling, setCancelling] = useState<PaymentPromise | null>(null);

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
      <StatusCustomerFilters
        statuses={FILTERS}
        status={status}
        onStatus={setStatus}
        customer={customer}
        onCustomer={setCustomer}
        testId="promise-filter"
      />
      <CollectionsTable
        label="Promises"
        rows={rows}
        empty={
          status === 'all'
            ? 'No promise to pay is on record. Record one from the customer’s account.'
            : 'No promise matches.'
        }
        head={
          <>
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
          </>
        }
      >
        {rows?.map((p) => (
          <Table.Tr key={p.id} data-testid="promise-row">
            <Table.Td>
              <PromiseStatusBadge status={p.status} />
            </Table.Td>
            <Table.Td>{dateText(p.promisedOn)}</Table.Td>
            <Table.Td>
              <CustomerLink row={p} />
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
      </CollectionsTable>
      {cancelling && (
        <CancelPromiseDialog
          promise={cancelling}
          onClose={() => setCancelling(null)}
          onCancelled={() => {
            notifySuccess(`Promise from ${cancelling.customerName} cancelled`);
            setCancelling(null);
            reload();
          }}
        />
      )}
    </Box>
  );
}
