import { Anchor, Box, Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { daysBetween, todayIso, type IsoDate } from '../../../shared/dates';
import { DISPUTE_REASON_LABELS, type Dispute } from '../../../shared/disputes/contract';
import { useApi } from '../api/context';
import { ScreenHeader } from '../app/ScreenHeader';
import {
  CollectionsTable,
  StatusCustomerFilters,
  useStatusList,
} from '../follow-ups/CollectionsList';
import { ExcelExportButton } from '../follow-ups/ExcelExportButton';
import { inr } from '../customer-accounts/format';
import { dateText } from '../ui/dates';
import { notifySuccess } from '../ui/notify';
import { DisputeStatus } from './DisputesPanel';
import { ResolveDialog } from './ResolveDialog';

type Status = 'open' | 'resolved' | 'all';

interface DisputesScreenProps {
  onOpenDocument: (id: number) => void;
}

/** How long a dispute has been (or was) open, in days. */
const daysOpen = (d: Dispute) =>
  daysBetween(d.raisedOn as IsoDate, (d.resolvedOn ?? todayIso()) as IsoDate);

/** Every dispute, open first and oldest first: what is holding up collection, and who owns it. */
export function DisputesScreen({ onOpenDocument }: DisputesScreenProps) {
  const api = useApi();
  const { status, setStatus, customer, setCustomer, rows, reload } = useStatusList<Status, Dispute>(
    'open',
    (q) => api.disputes.list(q),
    'Disputes not loaded',
  );
  const [resolving, setResolving] = useState<Dispute | null>(null);

  const open = rows?.filter((d) => d.status === 'open') ?? [];
  const inDispute = open.reduce((s, d) => s + Math.min(d.amount, d.openBalance), 0);

  return (
    <Box style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', gap: 12 }}>
      <ScreenHeader
        title="Disputes"
        subtitle="Invoices customers object to: still aged, flagged, until resolved"
      >
        <Text size="sm" className="bahi-number" data-testid="disputes-total">
          {open.length} open · {inr(inDispute)} in dispute
        </Text>
        <ExcelExportButton
          label="Export to Excel"
          run={() => api.reports.exportDisputes({ status, customerId: customer?.id ?? null })}
        />
      </ScreenHeader>
      <StatusCustomerFilters<Status>
        statuses={[
          { value: 'open', label: 'Open' },
          { value: 'resolved', label: 'Resolved' },
          { value: 'all', label: 'All' },
        ]}
        status={status}
        onStatus={setStatus}
        customer={customer}
        onCustomer={setCustomer}
      />
      <CollectionsTable
        label="Disputes"
        rows={rows}
        empty={
          status === 'open'
            ? 'No dispute is open. Raise one from the invoice the customer objects to.'
            : 'No dispute matches.'
        }
        head={
          <>
            <Table.Th w={170}>Status</Table.Th>
            <Table.Th w={100}>Raised</Table.Th>
            <Table.Th>Customer</Table.Th>
            <Table.Th w={160}>Invoice</Table.Th>
            <Table.Th w={100}>Due</Table.Th>
            <Table.Th w={140}>Reason</Table.Th>
            <Table.Th w={130} ta="right">
              Disputed
            </Table.Th>
            <Table.Th w={130} ta="right">
              Open
            </Table.Th>
            <Table.Th w={120}>Owner</Table.Th>
            <Table.Th w={70} ta="right">
              Days
            </Table.Th>
            <Table.Th w={90} />
          </>
        }
      >
        {rows?.map((d) => (
          <Table.Tr key={d.id} data-testid="dispute-row">
            <Table.Td>
              <DisputeStatus dispute={d} />
            </Table.Td>
            <Table.Td>{dateText(d.raisedOn)}</Table.Td>
            <Table.Td>
              <Text size="sm" truncate>
                {d.customerName}
              </Text>
              <Text size="xs" c="dimmed" className="bahi-mono">
                {d.customerCode}
              </Text>
            </Table.Td>
            <Table.Td>
              <Anchor
                component="button"
                type="button"
                size="sm"
                className="bahi-mono"
                onClick={() => onOpenDocument(d.documentId)}
              >
                {d.documentNumber}
              </Anchor>
            </Table.Td>
            <Table.Td>{dateText(d.dueDate)}</Table.Td>
            <Table.Td title={d.notes ?? undefined}>{DISPUTE_REASON_LABELS[d.reason]}</Table.Td>
            <Table.Td ta="right">{inr(d.amount)}</Table.Td>
            <Table.Td ta="right">{inr(d.openBalance)}</Table.Td>
            <Table.Td>{d.owner}</Table.Td>
            <Table.Td ta="right">{daysOpen(d)}</Table.Td>
            <Table.Td ta="right">
              {d.status === 'open' && (
                <Button size="compact-xs" variant="light" onClick={() => setResolving(d)}>
                  Resolve
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </CollectionsTable>
      {resolving && (
        <ResolveDialog
          dispute={resolving}
          onClose={() => setResolving(null)}
          onResolved={() => {
            notifySuccess(`Dispute on ${resolving.documentNumber ?? 'the invoice'} resolved`);
            setResolving(null);
            reload();
          }}
        />
      )}
    </Box>
  );
}
