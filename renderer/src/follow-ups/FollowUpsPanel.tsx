import { Anchor, Badge, Button, Group, Paper, Table, Text } from '@mantine/core';
import { IconPhoneCall } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { TimelineEntry, TimelineSource } from '../../../shared/follow-ups/contract';
import type { OpenItemRow } from '../../../shared/receipts/contract';
import { useApi } from '../api/context';
import { inr } from '../customer-accounts/format';
import { dateText } from '../ui/dates';
import { notifySuccess } from '../ui/notify';
import { FollowUpDialog } from './FollowUpDialog';

const SOURCES: Record<TimelineSource, { label: string; color: string }> = {
  follow_up: { label: 'Follow-up', color: 'blue' },
  document: { label: 'Document', color: 'gray' },
  promise: { label: 'Promise', color: 'teal' },
  dispute: { label: 'Dispute', color: 'orange' },
};

interface FollowUpsPanelProps {
  customerId: number;
  customerName: string;
  openItems: OpenItemRow[];
  onOpenDocument: (d: { documentId: number; kind: string | null }) => void;
}

/** The customer's story, newest first: calls, bills, receipts, promises, disputes; log a call. */
export function FollowUpsPanel({
  customerId,
  customerName,
  openItems,
  onOpenDocument,
}: FollowUpsPanelProps) {
  const api = useApi();
  const [entries, setEntries] = useState<TimelineEntry[]>([]);
  const [logging, setLogging] = useState(false);
  // Bumped after a follow-up is logged, so the timeline is read again from the ledger.
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    void api.followUps.timeline({ customerId, limit: 200 }).then((r) => {
      if (live && r.ok) setEntries(r.data);
    });
    return () => {
      live = false;
    };
    // openItems too: a new set means the account was read again (a receipt, an allocation),
    // which may have kept a promise or added to the timeline.
  }, [api, customerId, version, openItems]);

  return (
    <div data-testid="timeline-panel">
      <Group justify="space-between" mb={4}>
        <Text className="bahi-section-title">Follow-ups and timeline</Text>
        <Button
          size="compact-sm"
          variant="default"
          leftSection={<IconPhoneCall size={14} />}
          onClick={() => setLogging(true)}
        >
          Log follow-up
        </Button>
      </Group>
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing is on record for this customer yet.
        </Text>
      ) : (
        <Paper withBorder radius="sm">
          <Table verticalSpacing={4} horizontalSpacing={10} fz="sm" aria-label="Timeline">
            <Table.Tbody className="bahi-number">
              {entries.map((e) => (
                <Table.Tr key={`${e.source}-${e.id}-${e.date}`} data-testid="timeline-entry">
                  <Table.Td w={100}>{dateText(e.date)}</Table.Td>
                  <Table.Td w={100}>
                    <Badge variant="light" color={SOURCES[e.source].color}>
                      {SOURCES[e.source].label}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {e.source === 'document' && e.documentId !== null ? (
                      <Anchor
                        component="button"
                        type="button"
                        size="sm"
                        onClick={() =>
                          onOpenDocument({ documentId: e.documentId!, kind: e.documentKind })
                        }
                      >
                        {e.title}
                      </Anchor>
                    ) : (
                      <Text size="sm">{e.title}</Text>
                    )}
                    {e.detail && (
                      <Text size="xs" c="dimmed">
                        {e.detail}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td w={130} ta="right">
                    {e.amount !== null && inr(e.amount)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {logging && (
        <FollowUpDialog
          customerId={customerId}
          customerName={customerName}
          openItems={openItems}
          onClose={() => setLogging(false)}
          onSaved={() => {
            setLogging(false);
            notifySuccess(`Follow-up with ${customerName} logged`);
            setVersion((v) => v + 1);
          }}
        />
      )}
    </div>
  );
}
