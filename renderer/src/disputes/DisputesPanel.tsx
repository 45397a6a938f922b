import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconFlag } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { DISPUTE_REASON_LABELS, type Dispute } from '../../../shared/disputes/contract';
import { useApi } from '../api/context';
import { inr } from '../customer-accounts/format';
import { dateText } from '../ui/dates';
import { notifySuccess } from '../ui/notify';
import { DisputeDialog, type DisputedInvoice } from './DisputeDialog';
import { ResolveDialog } from './ResolveDialog';

type Open = { dialog: 'raise' } | { dialog: 'change' | 'resolve'; dispute: Dispute } | null;

export function DisputeStatus({ dispute }: { dispute: Dispute }) {
  return dispute.status === 'open' ? (
    <Badge color="orange" variant="light" leftSection={<IconFlag size={12} />}>
      In dispute
    </Badge>
  ) : (
    <Badge color="gray" variant="light">
      Resolved {dateText(dispute.resolvedOn)}
    </Badge>
  );
}

/**
 * An invoice's disputes beside the document (never in it): raise one while something is open,
 * change or resolve the open one, and see how earlier ones ended.
 */
export function DisputesPanel({ invoice }: { invoice: DisputedInvoice }) {
  const api = useApi();
  const [disputes, setDisputes] = useState<Dispute[]>([]);
  const [open, setOpen] = useState<Open>(null);

  // Bumped after every change, so the list is read again from the ledger.
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    void api.disputes.list({ documentId: invoice.id, status: 'all' }).then((r) => {
      if (live && r.ok) setDisputes(r.data);
    });
    return () => {
      live = false;
    };
  }, [api, invoice.id, version]);

  const current = disputes.find((d) => d.status === 'open');
  const saved = (message: string) => {
    setOpen(null);
    notifySuccess(message);
    setVersion((v) => v + 1);
  };

  return (
    <Stack gap={4} data-testid="disputes-panel">
      <Group justify="space-between">
        <Text className="bahi-section-title">Disputes</Text>
        {!current && invoice.openBalance > 0 && (
          <Button
            size="compact-sm"
            variant="default"
            leftSection={<IconFlag size={14} />}
            onClick={() => setOpen({ dialog: 'raise' })}
          >
            Raise dispute
          </Button>
        )}
      </Group>
      {disputes.length === 0 ? (
        <Text size="sm" c="dimmed">
          The customer has raised no dispute on this document.
        </Text>
      ) : (
        <Paper withBorder radius="sm">
          <Table verticalSpacing={4} horizontalSpacing={10} fz="sm" aria-label="Disputes">
            <Table.Tbody>
              {disputes.map((d) => (
                <Table.Tr key={d.id} data-testid="dispute">
                  <Table.Td w={150}>
                    <DisputeStatus dispute={d} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {DISPUTE_REASON_LABELS[d.reason]} · {inr(d.amount)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      Raised {dateText(d.raisedOn)}
                      {d.owner ? ` · ${d.owner}` : ''}
                      {d.notes ? ` · ${d.notes}` : ''}
                    </Text>
                    {d.resolution && (
                      <Text size="xs">
                        {d.resolution}
                        {d.creditNoteNumber ? ` (credit note ${d.creditNoteNumber})` : ''}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td w={170} ta="right">
                    {d.status === 'open' && (
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => setOpen({ dialog: 'change', dispute: d })}
                        >
                          Change
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="light"
                          onClick={() => setOpen({ dialog: 'resolve', dispute: d })}
                        >
                          Resolve
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {open?.dialog === 'raise' && (
        <DisputeDialog
          invoice={invoice}
          onClose={() => setOpen(null)}
          onSaved={() => saved(`Dispute raised on ${invoice.number ?? 'the invoice'}`)}
        />
      )}
      {open?.dialog === 'change' && (
        <DisputeDialog
          invoice={invoice}
          dispute={open.dispute}
          onClose={() => setOpen(null)}
          onSaved={() => saved('Dispute saved')}
        />
      )}
      {open?.dialog === 'resolve' && (
        <ResolveDialog
          dispute={open.dispute}
          onClose={() => setOpen(null)}
          onResolved={() => saved(`Dispute on ${invoice.number ?? 'the invoice'} resolved`)}
        />
      )}
    </Stack>
  );
}
