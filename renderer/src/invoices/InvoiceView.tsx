import {
  ActionIcon,
  Alert,
  Anchor,
  Box,
  Button,
  Center,
  Group,
  Loader,
  Menu,
  Paper,
  ScrollArea,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import {
  IconArrowLeft,
  IconChevronDown,
  IconCircleX,
  IconFileTypePdf,
  IconPrinter,
} from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { todayIso } from '../../../shared/dates';
import {
  NOTE_REASON_LABELS,
  type GstDocument,
  type JournalEntry,
  type Party,
} from '../../../shared/invoices/contract';
import { formatINR, paise } from '../../../shared/money';
import { formatGstRate, formatQuantity, summariseTax } from '../../../shared/tax/gst';
import { useApi } from '../api/context';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { DisputesPanel } from '../disputes/DisputesPanel';
import { dateText } from '../ui/dates';
import { formatTimestamp, stateLabel } from '../ui/format';
import { downloadBase64 } from '../ui/files';
import { notifyError, notifySuccess } from '../ui/notify';
import { useEscapeToClose } from '../ui/useEscapeToClose';
import { CancelDialog } from './CancelDialog';
import { JournalTable } from './JournalTable';
import { documentTitle, KindBadge, statusOf, StatusBadge } from './labels';
import { TaxSummaryTable, TotalsBox } from './Totals';

type Loaded =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; doc: GstDocument; journal: JournalEntry[] };

interface InvoiceViewProps {
  id: number;
  onBack: () => void;
  onOpen: (id: number) => void;
}

const inr = (p: number) => formatINR(paise(p));

/** A document, read-only: what it says, what it posted, its files, and what can still be done. */
export function InvoiceView({ id, onBack, onOpen }: InvoiceViewProps) {
  const api = useApi();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [cancelling, setCancelling] = useState(false);

  useEffect(() => {
    let current = true;
    void Promise.all([api.invoices.get({ id }), api.invoices.journal({ id })]).then(
      ([doc, journal]) => {
        if (!current) return;
        if (!doc.ok) return setLoaded({ state: 'error', message: doc.error.message });
        setLoaded({ state: 'ready', doc: doc.data, journal: journal.ok ? journal.data : [] });
      },
    );
    return () => {
      current = false;
    };
  }, [api, id]);

  const rootRef = useRef<HTMLDivElement>(null);
  useEscapeToClose(!cancelling, rootRef, onBack);

  if (loaded.state === 'loading') {
    return (
      <Center p="xl">
        <Loader size="sm" />
      </Center>
    );
  }
  if (loaded.state === 'error') return <Alert color="red">{loaded.message}</Alert>;
  const { doc, journal } = loaded;
  const canCancel = doc.kind === 'invoice' && doc.status === 'issued';

  return (
    <Box ref={rootRef} style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
      <Group justify="space-between" wrap="nowrap" mb="sm">
        <Group gap="sm" wrap="nowrap">
          <Tooltip label="Back to the list (Esc)">
            <ActionIcon variant="subtle" color="gray" aria-label="Back" onClick={onBack}>
              <IconArrowLeft size={18} />
            </ActionIcon>
          </Tooltip>
          <Title order={3} fw={650} data-testid="document-title">
            {documentTitle(doc)}
          </Title>
          <KindBadge kind={doc.kind} />
          <StatusBadge status={statusOf({ ...doc, total: doc.totals.total }, todayIso())} />
        </Group>
        <Group gap="xs" wrap="nowrap">
          {doc.status === 'issued' && <PrintButton doc={doc} />}
          {canCancel && (
            <Button
              variant="default"
              color="red"
              leftSection={<IconCircleX size={16} />}
              onClick={() => setCancelling(true)}
            >
              Cancel invoice
            </Button>
          )}
        </Group>
      </Group>

      <ScrollArea style={{ flex: 1 }} offsetScrollbars>
        <Stack gap="md" pb="md">
          <Paper withBorder radius="sm" p="md">
            <SimpleGrid cols={3} spacing="xl">
              <PartyBlock title="Bill to" party={doc.billTo} />
              {doc.shipTo ? <PartyBlock title="Ship to" party={doc.shipTo} /> : <Box />}
              <dl className="bahi-facts" data-testid="document-facts">
                <dt>Date</dt>
                <dd className="bahi-number">{dateText(doc.date)}</dd>
                {doc.dueDate && (
                  <>
                    <dt>Due</dt>
                    <dd className="bahi-number">{dateText(doc.dueDate)}</dd>
                  </>
                )}
                <dt>Place of supply</dt>
                <dd>
                  {doc.placeOfSupply} · {stateLabel(doc.placeOfSupply)} (
                  {doc.intraState ? 'intra-state' : 'inter-state'})
                </dd>
                <dt>Reverse charge</dt>
                <dd>{doc.reverseCharge ? 'Yes' : 'No'}</dd>
                {doc.reference && (
                  <>
                    <dt>PO / reference</dt>
                    <dd>{doc.reference}</dd>
                  </>
                )}
                {doc.reason && (
                  <>
                    <dt>Reason</dt>
                    <dd>{NOTE_REASON_LABELS[doc.reason]}</dd>
                  </>
                )}
                {doc.referenced.length > 0 && (
                  <>
                    <dt>Against</dt>
                    <dd>
                      {doc.referenced.map((r, i) => (
                        <span key={r.id}>
                          {i > 0 && ', '}
                          <Anchor
                            component="button"
                            type="button"
                            size="sm"
                            className="bahi-mono"
                            onClick={() => onOpen(r.id)}
                          >
                            {r.number ?? `#${r.id}`}
                          </Anchor>{' '}
                          of {dateText(r.date)}
                        </span>
                      ))}
                    </dd>
                  </>
                )}
                <dt>Open balance</dt>
                <dd className="bahi-number" data-testid="open-balance">
                  {inr(doc.openBalance)}
                </dd>
                {doc.issuedAt && (
                  <>
                    <dt>Issued</dt>
                    <dd className="bahi-number">{formatTimestamp(doc.issuedAt)}</dd>
                  </>
                )}
              </dl>
            </SimpleGrid>
          </Paper>

          <Paper withBorder radius="sm">
            <Table
              verticalSpacing={5}
              horizontalSpacing={10}
              fz="sm"
              aria-label="Lines"
              className="bahi-number"
            >
              <Table.Thead bg="gray.1">
                <Table.Tr>
                  <Table.Th w={36} ta="right">
                    #
                  </Table.Th>
                  <Table.Th>Description</Table.Th>
                  <Table.Th w={90}>HSN/SAC</Table.Th>
                  <Table.Th w={110} ta="right">
                    Qty
                  </Table.Th>
                  <Table.Th w={120} ta="right">
                    Rate
                  </Table.Th>
                  <Table.Th w={100} ta="right">
                    Discount
                  </Table.Th>
                  <Table.Th w={130} ta="right">
                    Taxable
                  </Table.Th>
                  <Table.Th w={64} ta="right">
                    GST
                  </Table.Th>
                  <Table.Th w={120} ta="right">
                    Tax
                  </Table.Th>
                  <Table.Th w={130} ta="right">
                    Amount
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {doc.lines.map((l) => (
                  <Table.Tr key={l.position} data-testid="document-line">
                    <Table.Td ta="right" c="dimmed">
                      {l.position}
                    </Table.Td>
                    <Table.Td>{l.description}</Table.Td>
                    <Table.Td className="bahi-mono">{l.hsnSac}</Table.Td>
                    <Table.Td ta="right">
                      {formatQuantity(l.quantityMilli)} {l.unit}
                    </Table.Td>
                    <Table.Td ta="right">{inr(l.rate)}</Table.Td>
                    <Table.Td ta="right">{l.discount ? inr(l.discount) : ''}</Table.Td>
                    <Table.Td ta="right">{inr(l.taxable)}</Table.Td>
                    <Table.Td ta="right">{formatGstRate(l.gstRateBps)}</Table.Td>
                    <Table.Td ta="right">{inr(l.cgst + l.sgst + l.igst)}</Table.Td>
                    <Table.Td ta="right" fw={600}>
                      {inr(l.total)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>

          <Group align="flex-start" wrap="nowrap" gap="md">
            <Stack gap="md" style={{ flex: 1, minWidth: 0 }}>
              <TaxSummaryTable
                rows={summariseTax(doc.lines.map((l) => ({ ...l, ...paiseOf(l) })))}
                intraState={doc.intraState}
              />
              {doc.notes && (
                <Stack gap={2}>
                  <Text className="bahi-section-title">Notes</Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {doc.notes}
                  </Text>
                </Stack>
              )}
              {/* Kept beside the document, not in it: attaching never changes an issued one. */}
              <AttachmentsPanel ownerKind="document" ownerId={doc.id} />
              {doc.status === 'issued' && doc.kind !== 'credit_note' && (
                <DisputesPanel invoice={doc} />
              )}
            </Stack>
            <Box w={330} style={{ flexShrink: 0 }}>
              <TotalsBox totals={doc.totals} intraState={doc.intraState} roundOff={doc.roundOff} />
            </Box>
          </Group>

          <JournalTable entries={journal} />
        </Stack>
      </ScrollArea>

      {canCancel && (
        <CancelDialog
          invoice={doc}
          opened={cancelling}
          onClose={() => setCancelling(false)}
          onCancelled={(note) => {
            setCancelling(false);
            notifySuccess(
              `Invoice ${doc.number ?? ''} cancelled by credit note ${note.number ?? ''}`,
            );
            onOpen(note.id);
          }}
        />
      )}
    </Box>
  );
}

const paiseOf = (l: GstDocument['lines'][number]) => ({
  taxable: paise(l.taxable),
  cgst: paise(l.cgst),
  sgst: paise(l.sgst),
  igst: paise(l.igst),
});

function PartyBlock({ title, party }: { title: string; party: Party }) {
  const a = party.address;
  return (
    <Stack gap={2}>
      <Text className="bahi-section-title">{title}</Text>
      <Text size="sm" fw={600}>
        {party.name}
      </Text>
      {[a.line1, a.line2, [a.city, a.pincode].filter(Boolean).join(' ')]
        .filter(Boolean)
        .map((line) => (
          <Text key={line} size="sm">
            {line}
          </Text>
        ))}
      <Text size="sm">
        {stateLabel(party.stateCode)} ({party.stateCode})
      </Text>
      <Text size="sm" className="bahi-mono">
        {party.gstin ? `GSTIN ${party.gstin}` : 'Unregistered'}
      </Text>
    </Stack>
  );
}

// ---- Print / Save PDF: the ledger renders the A4 document; the renderer only saves the bytes.
function PrintButton({ doc }: { doc: GstDocument }) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const desktop = typeof window !== 'undefined' && window.bahi !== undefined;

  const savePdf = async (all: boolean) => {
    setBusy(true);
    const r = await api.invoices.print({
      id: doc.id,
      format: 'pdf',
      copies: all
        ? ['ORIGINAL FOR RECIPIENT', 'DUPLICATE FOR TRANSPORTER', 'TRIPLICATE FOR SUPPLIER']
        : ['ORIGINAL FOR RECIPIENT'],
    });
    setBusy(false);
    if (!r.ok) return notifyError(r.error.message, 'Could not make the PDF');
    downloadBase64(r.data.fileName, r.data.mimeType, r.data.contentBase64);
    notifySuccess(`Saved ${r.data.fileName}`);
  };

  const print = async () => {
    const r = await api.invoices.printDialog({ id: doc.id });
    if (!r.ok) notifyError(r.error.message, 'Not printed');
  };

  return (
    <Group gap={0} wrap="nowrap">
      <Button
        variant="default"
        loading={busy}
        leftSection={<IconFileTypePdf size={16} />}
        onClick={() => void savePdf(false)}
        style={{ borderTopRightRadius: 0, borderBottomRightRadius: 0 }}
      >
        Print / Save PDF
      </Button>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            px={8}
            aria-label="More print options"
            style={{ borderTopLeftRadius: 0, borderBottomLeftRadius: 0, borderLeft: 0 }}
          >
            <IconChevronDown size={16} />
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void savePdf(false)}>PDF: original for recipient</Menu.Item>
          <Menu.Item onClick={() => void savePdf(true)}>
            PDF: original, duplicate and triplicate
          </Menu.Item>
          {desktop && (
            <Menu.Item leftSection={<IconPrinter size={14} />} onClick={() => void print()}>
              Print…
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
