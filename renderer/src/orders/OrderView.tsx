import {
  ActionIcon,
  Alert,
  Box,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  ScrollArea,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import {
  IconArrowLeft,
  IconCheck,
  IconEdit,
  IconFileInvoice,
  IconLock,
  IconMailForward,
  IconX,
} from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { GstDocument } from '../../../shared/invoices/contract';
import { formatINR, paise } from '../../../shared/money';
import type { Order } from '../../../shared/orders/contract';
import { formatGstRate, formatQuantity } from '../../../shared/tax/gst';
import type { Api } from '../api/api';
import { useApi } from '../api/context';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { factsOf, type CustomerFacts } from '../invoices/invoiceForm';
import { TotalsBox } from '../invoices/Totals';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { dateText } from '../ui/dates';
import { stateLabel } from '../ui/format';
import { notifyError, notifySuccess } from '../ui/notify';
import { useEscapeToClose } from '../ui/useEscapeToClose';
import { InvoicePanel } from './InvoicePanel';
import {
  isBillable,
  isEditable,
  KIND_LABEL,
  OrderKindBadge,
  OrderStatusBadge,
  orderTitle,
  REFERENCE_LABEL,
  STATUS_LABEL,
} from './labels';
import { ApproveDialog, ConvertDialog } from './OrderDialogs';
import { orderTax, taxableOf } from './orderMath';

type Loaded =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; order: Order; companyState: string; customer: CustomerFacts | null };

type Dialog = null | 'approve' | 'reject' | 'close' | 'convert';

const inr = (p: number) => formatINR(paise(p));

/**
 * Draft invoices that bill this order's lines. The contract has no "invoices of an order", so
 * the customer's drafts are read and matched by order line; drafts are few.
 */
async function draftsBilling(api: Api, order: Order): Promise<GstDocument[]> {
  const lineIds = new Set(order.lines.map((l) => l.id));
  const list = await api.invoices.list({
    customerId: order.customerId,
    kind: 'invoice',
    status: 'draft',
    limit: 50,
  });
  if (!list.ok) return [];
  const docs = await Promise.all(list.data.map((d) => api.invoices.get({ id: d.id })));
  return docs.flatMap((r) =>
    r.ok && r.data.lines.some((l) => l.orderLineId != null && lineIds.has(l.orderLineId))
      ? [r.data]
      : [],
  );
}

async function load(api: Api, id: number): Promise<Loaded> {
  const [order, company] = await Promise.all([api.orders.get({ id }), api.company.get()]);
  if (!order.ok) return { state: 'error', message: order.error.message };
  if (!company.ok) return { state: 'error', message: company.error.message };
  const customer = await api.customers.get({ id: order.data.customerId });
  return {
    state: 'ready',
    order: order.data,
    companyState: company.data?.stateCode ?? '',
    customer: customer.ok ? factsOf(customer.data) : null,
  };
}

interface OrderViewProps {
  id: number;
  onBack: () => void;
  onEdit: (id: number) => void;
}

/** One estimate or sales order: what was agreed, what is billed, and what can be done next. */
export function OrderView({ id, onBack, onEdit }: OrderViewProps) {
  const api = useApi();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [invoices, setInvoices] = useState<GstDocument[]>([]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    void load(api, id).then(async (l) => {
      if (!live) return;
      setLoaded(l);
      if (l.state !== 'ready') return;
      const drafts = await draftsBilling(api, l.order);
      if (live) setInvoices(drafts);
    });
    return () => {
      live = false;
    };
  }, [api, id]);

  const setOrder = useCallback(
    (order: Order) => setLoaded((l) => (l.state === 'ready' ? { ...l, order } : l)),
    [],
  );

  /** Invoiced so far and the status move when an invoice is issued. */
  const reloadOrder = async () => {
    const r = await api.orders.get({ id });
    if (r.ok) setOrder(r.data);
  };

  useEscapeToClose(dialog === null, rootRef, onBack);

  if (loaded.state === 'loading') {
    return (
      <Center p="xl">
        <Loader size="sm" />
      </Center>
    );
  }
  if (loaded.state === 'error') return <Alert color="red">{loaded.message}</Alert>;
  const { order, customer, companyState } = loaded;

  const setStatus = async (status: 'sent' | 'rejected' | 'closed') => {
    setBusy(true);
    const r = await api.orders.setStatus({ id: order.id, status });
    setBusy(false);
    setDialog(null);
    if (!r.ok) return notifyError(r.error.message, 'Status not changed');
    setOrder(r.data);
    notifySuccess(`${orderTitle(r.data)} marked ${STATUS_LABEL[r.data.status].toLowerCase()}`);
  };

  const estimate = order.kind === 'estimate';
  const canSend = estimate && order.status === 'draft';
  const canDecide = estimate && (order.status === 'draft' || order.status === 'sent');
  const canClose = !estimate && order.status === 'open';
  const billable = isBillable(order) && order.lines.some((l) => l.remainingMilli > 0);
  const drafts = invoices.filter((d) => d.status === 'draft').length;
  const intraState = (customer?.supplyStateCode ?? companyState) === companyState;
  const tax = orderTax(order, intraState);

  return (
    <Box
      ref={rootRef}
      data-testid="order-view"
      style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
    >
      <Group justify="space-between" wrap="nowrap" mb="sm">
        <Group gap="sm" wrap="nowrap">
          <Tooltip label="Back to the list (Esc)">
            <ActionIcon variant="subtle" color="gray" aria-label="Back" onClick={onBack}>
              <IconArrowLeft size={18} />
            </ActionIcon>
          </Tooltip>
          <Title order={3} fw={650} data-testid="order-title">
            {orderTitle(order)}
          </Title>
          <OrderKindBadge kind={order.kind} />
          <OrderStatusBadge status={order.status} />
        </Group>
        <Group gap="xs" wrap="nowrap">
          {/* A draft invoice points at the order's lines, which an edit would replace. */}
          {isEditable(order) && drafts === 0 && (
            <Button
              variant="default"
              leftSection={<IconEdit size={16} />}
              onClick={() => onEdit(order.id)}
            >
              Edit
            </Button>
          )}
          {canDecide && (
            <Button
              variant="default"
              color="red"
              leftSection={<IconX size={16} />}
              onClick={() => setDialog('reject')}
            >
              Reject
            </Button>
          )}
          {canSend && (
            <Button
              variant="default"
              loading={busy}
              leftSection={<IconMailForward size={16} />}
              onClick={() => void setStatus('sent')}
            >
              Mark sent
            </Button>
          )}
          {canDecide && (
            <Button
              color="teal"
              leftSection={<IconCheck size={16} />}
              onClick={() => setDialog('approve')}
            >
              Approve
            </Button>
          )}
          {canClose && (
            <Button
              variant="default"
              leftSection={<IconLock size={16} />}
              onClick={() => setDialog('close')}
            >
              Close
            </Button>
          )}
          {billable && (
            <Button
              variant={drafts > 0 ? 'default' : 'filled'}
              leftSection={<IconFileInvoice size={16} />}
              onClick={() => setDialog('convert')}
            >
              Convert to invoice
            </Button>
          )}
        </Group>
      </Group>

      <ScrollArea style={{ flex: 1 }} offsetScrollbars>
        <Stack gap="sm" pb="md">
          <Paper withBorder radius="sm" px="md" py="sm">
            <Group align="flex-start" wrap="nowrap" gap="xl">
              <Stack gap={2} w={340} style={{ flexShrink: 0 }}>
                <Text className="bahi-section-title" mt={0}>
                  Customer
                </Text>
                <Text size="sm" fw={600}>
                  {order.customerName}
                </Text>
                <Text size="xs" c="dimmed" className="bahi-mono">
                  {order.customerCode}
                  {customer?.gstin ? ` · GSTIN ${customer.gstin}` : ' · Unregistered'}
                </Text>
                {customer && (
                  <Text size="xs" c="dimmed">
                    {stateLabel(customer.supplyStateCode)} ·{' '}
                    {intraState ? 'intra-state: CGST + SGST' : 'inter-state: IGST'}
                  </Text>
                )}
              </Stack>
              <dl className="bahi-facts" data-testid="order-facts" style={{ margin: 0 }}>
                <dt>Date</dt>
                <dd className="bahi-number">{dateText(order.date)}</dd>
                {estimate && (
                  <>
                    <dt>Valid until</dt>
                    <dd className="bahi-number">{dateText(order.validUntil) || '—'}</dd>
                  </>
                )}
                <dt>{REFERENCE_LABEL[order.kind]}</dt>
                <dd data-testid="order-reference">{order.customerReference ?? '—'}</dd>
                {estimate && (
                  <>
                    <dt>Approved on</dt>
                    <dd className="bahi-number" data-testid="order-approved-on">
                      {dateText(order.approvedOn) || '—'}
                    </dd>
                  </>
                )}
              </dl>
              {order.notes && (
                <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                  <Text className="bahi-section-title" mt={0}>
                    Notes
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {order.notes}
                  </Text>
                </Stack>
              )}
            </Group>
          </Paper>

          <OrderLines order={order} />

          {invoices.map((doc) => (
            <InvoicePanel
              key={doc.id}
              doc={doc}
              onChanged={(next) =>
                setInvoices((all) => all.map((d) => (d.id === next.id ? next : d)))
              }
              onIssued={(issued) => {
                setInvoices((all) => all.map((d) => (d.id === issued.id ? issued : d)));
                void reloadOrder();
              }}
              onDiscarded={(gone) => setInvoices((all) => all.filter((d) => d.id !== gone))}
            />
          ))}

          <Group align="flex-start" wrap="nowrap" gap="md">
            <Box style={{ flex: 1, minWidth: 0 }}>
              <AttachmentsPanel ownerKind="order" ownerId={order.id} />
            </Box>
            <Stack gap={4} w={330} style={{ flexShrink: 0 }}>
              {tax ? (
                <TotalsBox totals={tax.totals} intraState={intraState} roundOff />
              ) : (
                <Text size="xs" c="red">
                  The totals cannot be worked out: a discount is larger than its line.
                </Text>
              )}
              <Text size="xs" c="dimmed">
                The whole {KIND_LABEL[order.kind].toLowerCase()}, with GST as it will be invoiced.
              </Text>
            </Stack>
          </Group>
        </Stack>
      </ScrollArea>

      {dialog === 'approve' && (
        <ApproveDialog
          order={order}
          onClose={() => setDialog(null)}
          onApproved={(o) => {
            setDialog(null);
            setOrder(o);
            notifySuccess(`${orderTitle(o)} approved`);
          }}
        />
      )}
      {dialog === 'convert' && (
        <ConvertDialog
          order={order}
          openDrafts={drafts}
          onClose={() => setDialog(null)}
          onConverted={(doc) => {
            setDialog(null);
            setInvoices((all) => [doc, ...all]);
            notifySuccess('Draft invoice made; check the differences, then issue');
          }}
        />
      )}
      <ConfirmDialog
        opened={dialog === 'reject'}
        title={`Reject ${orderTitle(order)}?`}
        confirmLabel="Reject"
        danger
        busy={busy}
        onConfirm={() => void setStatus('rejected')}
        onCancel={() => setDialog(null)}
      >
        The customer declined. A rejected estimate cannot be approved or invoiced later; make a new
        one if they come back.
      </ConfirmDialog>
      <ConfirmDialog
        opened={dialog === 'close'}
        title={`Close ${orderTitle(order)}?`}
        confirmLabel="Close order"
        busy={busy}
        onConfirm={() => void setStatus('closed')}
        onCancel={() => setDialog(null)}
      >
        Nothing more will be billed against it; what is left on it is dropped from “To be billed”.
      </ConfirmDialog>
    </Box>
  );
}

/** The agreed lines with how much of each is invoiced and what remains. */
function OrderLines({ order }: { order: Order }) {
  return (
    <Paper withBorder radius="sm">
      <Table
        verticalSpacing={5}
        horizontalSpacing={10}
        fz="sm"
        aria-label="Order lines"
        className="bahi-number"
      >
        <Table.Thead bg="gray.1">
          <Table.Tr>
            <Table.Th w={36} ta="right">
              #
            </Table.Th>
            <Table.Th>Description</Table.Th>
            <Table.Th w={86}>HSN/SAC</Table.Th>
            <Table.Th w={110} ta="right">
              Rate
            </Table.Th>
            <Table.Th w={86} ta="right">
              Discount
            </Table.Th>
            <Table.Th w={56} ta="right">
              GST
            </Table.Th>
            <Table.Th w={100} ta="right">
              Ordered
            </Table.Th>
            <Table.Th w={100} ta="right">
              Invoiced
            </Table.Th>
            <Table.Th w={100} ta="right">
              Remaining
            </Table.Th>
            <Table.Th w={130} ta="right">
              Value (ex GST)
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {order.lines.map((l) => {
            const value = taxableOf(l, l.quantityMilli);
            return (
              <Table.Tr key={l.id} data-testid="order-line">
                <Table.Td ta="right" c="dimmed">
                  {l.position}
                </Table.Td>
                <Table.Td>{l.description}</Table.Td>
                <Table.Td className="bahi-mono">{l.hsnSac}</Table.Td>
                <Table.Td ta="right">{inr(l.rate)}</Table.Td>
                <Table.Td ta="right">
                  {l.discountPercentBps
                    ? formatGstRate(l.discountPercentBps)
                    : l.discountAmount
                      ? inr(l.discountAmount)
                      : ''}
                </Table.Td>
                <Table.Td ta="right">{formatGstRate(l.gstRateBps)}</Table.Td>
                <Table.Td ta="right" data-testid="line-ordered">
                  {formatQuantity(l.quantityMilli)} {l.unit}
                </Table.Td>
                <Table.Td
                  ta="right"
                  data-testid="line-invoiced"
                  c={l.invoicedMilli ? undefined : 'dimmed'}
                >
                  {formatQuantity(l.invoicedMilli)}
                </Table.Td>
                <Table.Td
                  ta="right"
                  data-testid="line-remaining"
                  fw={l.remainingMilli ? 600 : undefined}
                  c={l.remainingMilli ? undefined : 'dimmed'}
                >
                  {formatQuantity(l.remainingMilli)}
                </Table.Td>
                <Table.Td ta="right">{value === null ? '—' : inr(value)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
