import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconCalendarDollar } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import {
  PROMISE_CHANNEL_LABELS,
  PROMISE_STATUS_LABELS,
  type PaymentPromise,
  type PromiseStatus,
} from '../../../shared/promises/contract';
import type { OpenItemRow } from '../../../shared/receipts/contract';
import { useApi } from '../api/context';
import { inr } from '../customer-accounts/format';
import { dateText } from '../ui/dates';
import { notifySuccess } from '../ui/notify';
import { CancelPromiseDialog } from './CancelPromiseDialog';
import { PromiseDialog } from './PromiseDialog';

const COLORS: Record<PromiseStatus, string> = {
  pending: 'blue',
  kept: 'teal',
  broken: 'red',
  cancelled: 'gray',
};

export function PromiseStatusBadge({ status }: { status: PromiseStatus }) {
  return (
    <Badge color={COLORS[status]} variant="light" data-testid="promise-status">
      {PROMISE_STATUS_LABELS[status]}
    </Badge>
  );
}

/** How, who, and for which bills: the line under a promise's amount. */
export const promiseDetail = (p: PaymentPromise): string =>
  [
    `${PROMISE_CHANNEL_LABELS[p.how]} on ${dateText(p.madeOn)}`,
    p.contactPerson,
    p.invoices.length ? `for ${p.invoices.map((i) => i.number).join(', ')}` : 'on account',
    p.cancelReason ? `cancelled: ${p.cancelReason}` : p.notes,
  ]
    .filter(Boolean)
    .join(' · ');

/** Promises are open to withdrawal until they are kept. */
export const cancellable = (p: PaymentPromise) => p.status === 'pending' || p.status === 'broken';

interface PromisesPanelProps {
  customerId: number;
  customerName: string;
  openItems: OpenItemRow[];
}

/** A customer's promises to pay beside their open items: record one, see which were kept. */
export function PromisesPanel({ customerId, customerName, openItems }: PromisesPanelProps) {
  const api = useApi();
  const [promises, setPromises] = useState<PaymentPromise[]>([]);
  const [recording, setRecording] = useState(false);
  const [cancelling, setCancelling] = useState<PaymentPromise | null>(null);

  // Bumped after every change, so the list is read again from the ledger.
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    void api.promises.list({ customerId }).then((r) => {
      if (live && r.ok) setPromises(r.data);
    });
    return () => {
      live = false;
    };
    // openItems too: a new set means the account was read again (a receipt, an allocation),
    // which may have kept a promise or added to the timeline.
  }, [api, customerId, version, openItems]);

  const saved = (message: string) => {
    setRecording(false);
    setCancelling(null);
    notifySuccess(message);
    setVersion((v) => v + 1);
  };

  return (
    <Stack gap={4} data-testid="promises-panel">
      <Group justify="space-between">
        <Text className="bahi-section-title">Promises to pay</Text>
        {openItems.length > 0 && (
          <Button
            size="compact-sm"
            variant="default"
            leftSection={<IconCalendarDollar size={14} />}
            onClick={() => setRecording(true)}
          >
            Record promise
          </Button>
        )}
      </Group>
      {promises.length === 0 ? (
        <Text size="sm" c="dimmed">
          No promise to pay is on record for this customer.
        </Text>
      ) : (
        <Paper withBorder radius="sm">
          <Table verticalSpacing={4} horizontalSpacing={10} fz="sm" aria-label="Promises to pay">
            <Table.Tbody className="bahi-number">
              {promises.map((p) => (
                <Table.Tr key={p.id} data-testid="promise">
                  <Table.Td w={110}>
                    <PromiseStatusBadge status={p.status} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {inr(p.amount)} by {dateText(p.promisedOn)}
                      {p.received > 0 && ` · ${inr(p.received)} received`}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {promiseDetail(p)}
                    </Text>
                  </Table.Td>
                  <Table.Td w={90} ta="right">
                    {cancellable(p) && (
                      <Button size="compact-xs" variant="subtle" onClick={() => setCancelling(p)}>
                        Cancel
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {recording && (
        <PromiseDialog
          customerId={customerId}
          customerName={customerName}
          openItems={openItems}
          onClose={() => setRecording(false)}
          onSaved={(p) =>
            saved(`Promise of ${inr(p.amount)} by ${dateText(p.promisedOn)} recorded`)
          }
        />
      )}
      {cancelling && (
        <CancelPromiseDialog
          promise={cancelling}
          onClose={() => setCancelling(null)}
          onCancelled={() => saved('Promise cancelled')}
        />
      )}
    </Stack>
  );
}
