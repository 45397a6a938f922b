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
  IconArrowBackUp,
  IconArrowLeft,
  IconBuildingBank,
  IconChecks,
  IconChevronDown,
  IconCircleX,
  IconFileTypePdf,
  IconMessage,
  IconPrinter,
} from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { amountInWords, formatINR, paise } from '../../../shared/money';
import type { AllocationRow, OpenItemRow, Receipt } from '../../../shared/receipts/contract';
import type { Api } from '../api/api';
import { useApi } from '../api/context';
import { dateText } from '../ui/dates';
import { downloadBase64 } from '../ui/files';
import { notifyError, notifySuccess } from '../ui/notify';
import { useEscapeToClose } from '../ui/useEscapeToClose';
import { ConfirmationDialog } from './ConfirmationDialog';
import {
  BounceDialog,
  ChequeEventDialog,
  UndoAllocationDialog,
  type DebitNoteRef,
} from './ReceiptDialogs';
import {
  ChequeStatusBadge,
  documentLabel,
  INVOICE_SCREEN_KINDS,
  instrumentText,
  receiptTitle,
} from './labels';

const inr = (p: number) => formatINR(paise(p));

type Loaded =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; receipt: Receipt; open: OpenItemRow[] };

type Action = null | 'deposit' | 'clear' | 'bounce' | 'confirm' | { undo: AllocationRow };

/** The receipt, and what is open for its customer now (to show what a bounce reopened). */
async function fetchReceipt(api: Api, id: number): Promise<Loaded> {
  const r = await api.receipts.get({ id });
  if (!r.ok) return { state: 'error', message: r.error.message };
  const open = await api.receipts.openItems({ customerId: r.data.customerId });
  return { state: 'ready', receipt: r.data, open: open.ok ? open.data.debits : [] };
}

interface ReceiptViewProps {
  id: number;
  onBack: () => void;
  /** Open an invoice or note on the Invoices screen. */
  onOpenDocument: (id: number) => void;
}

/** A receipt as recorded: what came in, what it settled, and what can still happen to it. */
export function ReceiptView({ id, onBack, onOpenDocument }: ReceiptViewProps) {
  const api = useApi();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [action, setAction] = useState<Action>(null);
  const [debitNote, setDebitNote] = useState<DebitNoteRef | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  useEscapeToClose(action === null, rootRef, onBack);

  const load = useCallback(() => void fetchReceipt(api, id).then(setLoaded), [api, id]);

  useEffect(() => {
    let current = true;
    void fetchReceipt(api, id).then((l) => {
      if (current) setLoaded(l);
    });
    return () => {
      current = false;
    };
  }, [api, id]);

  if (loaded.state === 'loading') {
    return (
      <Center p="xl">
        <Loader size="sm" />
      </Center>
    );
  }
  if (loaded.state === 'error') return <Alert color="red">{loaded.message}</Alert>;
  const { receipt: r, open } = loaded;
  const status = r.chequeStatus;
  const done = (message: string) => {
    setAction(null);
    notifySuccess(message);
    load();
  };

  // Invoices an undone allocation (a bounce, or by hand) put back: with what is open on them now.
  const reopened = uniqueBy(
    r.allocations.filter(
      (a) => a.amount > 0 && a.reversed && INVOICE_SCREEN_KINDS.has(a.debitKind),
    ),
    (a) => a.debitId,
  );
  const openOf = (debitId: number) => open.find((o) => o.documentId === debitId)?.openBalance ?? 0;

  return (
    <Box
      ref={rootRef}
      data-testid="receipt-view"
      style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
    >
      <Group justify="space-between" wrap="nowrap" mb="sm">
        <Group gap="sm" wrap="nowrap">
          <Tooltip label="Back to the list (Esc)">
            <ActionIcon variant="subtle" color="gray" aria-label="Back" onClick={onBack}>
              <IconArrowLeft size={18} />
            </ActionIcon>
          </Tooltip>
          <Title order={3} fw={650} data-testid="receipt-title">
            {receiptTitle(r)}
          </Title>
          <ChequeStatusBadge status={status} />
        </Group>
        <Group gap="xs" wrap="nowrap">
          {(status === 'post_dated' || status === 'received') && (
            <Button
              variant="default"
              leftSection={<IconBuildingBank size={16} />}
              onClick={() => setAction('deposit')}
            >
              Deposit
            </Button>
          )}
          {status === 'deposited' && (
            <Button
              variant="default"
              leftSection={<IconChecks size={16} />}
              onClick={() => setAction('clear')}
            >
              Mark cleared
            </Button>
          )}
          {(status === 'received' || status === 'deposited' || status === 'cleared') && (
            <Button
              variant="default"
              color="red"
              leftSection={<IconCircleX size={16} />}
              onClick={() => setAction('bounce')}
            >
              Bounce
            </Button>
          )}
          {r.status === 'issued' && (
            <>
              <Button
                variant="default"
                leftSection={<IconMessage size={16} />}
                onClick={() => setAction('confirm')}
              >
                Copy confirmation
              </Button>
              <PrintButton receipt={r} />
            </>
          )}
        </Group>
      </Group>

      <ScrollArea style={{ flex: 1 }} offsetScrollbars>
        <Stack gap="md" pb="md">
          {status === 'bounced' && (
            <Alert color="red" title="Cheque bounced" data-testid="bounced-note">
              <Text size="sm">
                The receipt was reversed: what it had settled is open again
                {reopened.length ? ' (below)' : ''}.
              </Text>
              {debitNote && (
                <Text size="sm" mt={4} data-testid="bounce-debit-note">
                  Debit note{' '}
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    className="bahi-mono"
                    onClick={() => onOpenDocument(debitNote.id)}
                  >
                    {debitNote.number ?? `#${debitNote.id}`}
                  </Anchor>{' '}
                  raised for the bounce charges.
                </Text>
              )}
            </Alert>
          )}
          {status === 'post_dated' && (
            <Alert color="grape" title="Post-dated cheque" data-testid="pdc-note">
              <Text size="sm">
                In the post-dated register until it is deposited on or after{' '}
                {dateText(r.instrumentDate)}; it is numbered, posted and allocated then.
              </Text>
            </Alert>
          )}

          <Paper withBorder radius="sm" p="md">
            <SimpleGrid cols={2} spacing="xl">
              <dl className="bahi-facts" data-testid="receipt-facts">
                <dt>Number</dt>
                <dd className="bahi-mono">{r.number ?? '— (post-dated)'}</dd>
                <dt>Date</dt>
                <dd className="bahi-number">{dateText(r.date)}</dd>
                <dt>Customer</dt>
                <dd>
                  <Text span size="sm" className="bahi-mono" c="dimmed" mr={8}>
                    {r.customerCode}
                  </Text>
                  {r.customerName}
                </dd>
                <dt>Received by</dt>
                <dd>{instrumentText(r)}</dd>
                {r.draweeBank && (
                  <>
                    <dt>Drawee bank</dt>
                    <dd>{r.draweeBank}</dd>
                  </>
                )}
                <dt>Into</dt>
                <dd>{r.bankAccountName}</dd>
                {r.narration && (
                  <>
                    <dt>Narration</dt>
                    <dd>{r.narration}</dd>
                  </>
                )}
              </dl>
              <dl className="bahi-facts" data-testid="receipt-amounts">
                <dt>Amount received</dt>
                <dd className="bahi-number" data-testid="receipt-amount">
                  <b>{inr(r.amount)}</b>
                </dd>
                <dt>In words</dt>
                <dd>{amountInWords(paise(r.amount))}</dd>
                <dt>TDS</dt>
                <dd className="bahi-number" data-testid="receipt-tds">
                  {r.tdsAmount
                    ? `${inr(r.tdsAmount)}${r.tdsSection ? ` u/s ${r.tdsSection}` : ''}${
                        r.tdsRateBps !== null ? ` @ ${r.tdsRateBps / 100}%` : ''
                      }`
                    : '—'}
                </dd>
                <dt>Bank charges</dt>
                <dd className="bahi-number">{r.bankCharges ? inr(r.bankCharges) : '—'}</dd>
                <dt>Total credited</dt>
                <dd className="bahi-number" data-testid="receipt-total">
                  <b>{inr(r.total)}</b>
                </dd>
                <dt>On account</dt>
                <dd className="bahi-number" data-testid="receipt-unallocated">
                  {inr(r.unallocated)}
                </dd>
              </dl>
            </SimpleGrid>
          </Paper>

          {reopened.length > 0 && (
            <Paper withBorder radius="sm" p="md" data-testid="reopened">
              <Text className="bahi-section-title" mb={6}>
                Open again
              </Text>
              <Table fz="sm" verticalSpacing={4} aria-label="Open again">
                <Table.Tbody>
                  {reopened.map((a) => (
                    <Table.Tr key={a.debitId} data-testid="reopened-row">
                      <Table.Td>
                        <Anchor
                          component="button"
                          type="button"
                          size="sm"
                          className="bahi-mono"
                          onClick={() => onOpenDocument(a.debitId)}
                        >
                          {a.debitNumber}
                        </Anchor>
                      </Table.Td>
                      <Table.Td ta="right" className="bahi-number">
                        open {inr(openOf(a.debitId))}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          )}

          <AllocationsTable
            receipt={r}
            onOpenDocument={onOpenDocument}
            onUndo={(a) => setAction({ undo: a })}
          />
        </Stack>
      </ScrollArea>

      {(action === 'deposit' || action === 'clear') && (
        <ChequeEventDialog
          receipt={r}
          event={action}
          onClose={() => setAction(null)}
          onDone={(after) =>
            done(
              action === 'deposit'
                ? `Cheque ${after.instrumentNumber ?? ''} deposited${after.number ? ` as ${after.number}` : ''}`
                : `Cheque ${after.instrumentNumber ?? ''} cleared`,
            )
          }
        />
      )}
      {action === 'bounce' && (
        <BounceDialog
          receipt={r}
          onClose={() => setAction(null)}
          onBounced={(after, note) => {
            setDebitNote(note);
            done(
              `Cheque ${after.instrumentNumber ?? ''} bounced: receipt ${after.number ?? ''} reversed` +
                (note ? `, debit note ${note.number ?? ''} raised for the charges` : ''),
            );
          }}
        />
      )}
      {action !== null && typeof action === 'object' && (
        <UndoAllocationDialog
          allocation={action.undo}
          onClose={() => setAction(null)}
          onUndone={() => done(`Allocation to ${action.undo.debitNumber} undone`)}
        />
      )}
      {action === 'confirm' && (
        <ConfirmationDialog receiptId={r.id} onClose={() => setAction(null)} />
      )}
    </Box>
  );
}

function uniqueBy<T>(xs: T[], key: (x: T) => number): T[] {
  const seen = new Set<number>();
  return xs.filter((x) => {
    if (seen.has(key(x))) return false;
    seen.add(key(x));
    return true;
  });
}

const UNDOABLE = new Set(['invoice', 'debit_note', 'opening_invoice']);

interface AllocationsTableProps {
  receipt: Receipt;
  onOpenDocument: (id: number) => void;
  onUndo: (a: AllocationRow) => void;
}

/** Every allocation the receipt made, in order; an undone one stays, marked, beside its reversal. */
function AllocationsTable({ receipt, onOpenDocument, onUndo }: AllocationsTableProps) {
  const bounced = receipt.chequeStatus === 'bounced';
  return (
    <Paper withBorder radius="sm">
      <Text className="bahi-section-title" px="md" pt="sm" pb={6}>
        Allocations
      </Text>
      {receipt.allocations.length === 0 ? (
        <Text size="sm" c="dimmed" px="md" pb="sm" data-testid="no-allocations">
          {receipt.status === 'draft'
            ? 'Allocated when the cheque is deposited.'
            : 'Nothing allocated: the whole amount is on account.'}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={5} aria-label="Allocations" data-testid="allocations">
          <Table.Thead bg="gray.1">
            <Table.Tr>
              <Table.Th w={110}>Date</Table.Th>
              <Table.Th>Against</Table.Th>
              <Table.Th w={150} ta="right">
                Amount
              </Table.Th>
              <Table.Th>Note</Table.Th>
              <Table.Th w={120} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {receipt.allocations.map((a) => {
              const reversal = a.amount < 0;
              const canUndo = !bounced && !reversal && !a.reversed && UNDOABLE.has(a.debitKind);
              return (
                <Table.Tr
                  key={a.id}
                  data-testid="allocation-line"
                  data-reversed={a.reversed || undefined}
                  c={a.reversed || reversal ? 'dimmed' : undefined}
                >
                  <Table.Td className="bahi-number">{dateText(a.date)}</Table.Td>
                  <Table.Td>
                    <Text span size="sm" c="dimmed" mr={6}>
                      {documentLabel(a.debitKind)}
                    </Text>
                    {INVOICE_SCREEN_KINDS.has(a.debitKind) ? (
                      <Anchor
                        component="button"
                        type="button"
                        size="sm"
                        className="bahi-mono"
                        onClick={() => onOpenDocument(a.debitId)}
                      >
                        {a.debitNumber}
                      </Anchor>
                    ) : (
                      <Text span size="sm" className="bahi-mono">
                        {a.debitNumber}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td
                    ta="right"
                    className="bahi-number"
                    td={a.reversed ? 'line-through' : undefined}
                  >
                    {inr(a.amount)}
                  </Table.Td>
                  <Table.Td>
                    {a.reversed && (
                      <Text span size="xs" c="orange.8" fw={600} mr={6}>
                        Undone
                      </Text>
                    )}
                    {a.reason && (
                      <Text span size="xs" c="dimmed">
                        {a.reason}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    {canUndo && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="orange"
                        leftSection={<IconArrowBackUp size={14} />}
                        aria-label={`Undo allocation to ${a.debitNumber}`}
                        onClick={() => onUndo(a)}
                      >
                        Undo
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

// ---- Print / Save PDF: the ledger renders the A4 receipt; the renderer only saves the bytes.
function PrintButton({ receipt }: { receipt: Receipt }) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const desktop = typeof window !== 'undefined' && window.bahi !== undefined;

  const savePdf = async () => {
    setBusy(true);
    const r = await api.receipts.print({ id: receipt.id, format: 'pdf' });
    setBusy(false);
    if (!r.ok) return notifyError(r.error.message, 'Could not make the PDF');
    downloadBase64(r.data.fileName, r.data.mimeType, r.data.contentBase64);
    notifySuccess(`Saved ${r.data.fileName}`);
  };

  const print = async () => {
    const r = await api.receipts.printDialog({ id: receipt.id });
    if (!r.ok) notifyError(r.error.message, 'Not printed');
  };

  if (!desktop) {
    return (
      <Button
        variant="default"
        loading={busy}
        leftSection={<IconFileTypePdf size={16} />}
        onClick={() => void savePdf()}
      >
        Print / Save PDF
      </Button>
    );
  }
  return (
    <Group gap={0} wrap="nowrap">
      <Button
        variant="default"
        loading={busy}
        leftSection={<IconFileTypePdf size={16} />}
        onClick={() => void savePdf()}
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
          <Menu.Item leftSection={<IconPrinter size={14} />} onClick={() => void print()}>
            Print…
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
