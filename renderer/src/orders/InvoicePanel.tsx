import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import {
  IconEdit,
  IconFileInvoice,
  IconFileTypePdf,
  IconSend,
  IconTrash,
} from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { CreditCheck, GstDocument } from '../../../shared/invoices/contract';
import { formatINR, paise } from '../../../shared/money';
import type { Variance } from '../../../shared/orders/contract';
import { formatGstRate, formatQuantity } from '../../../shared/tax/gst';
import { useApi } from '../api/context';
import type { CreditOverride } from '../../../shared/credit/contract';
import { CreditCheckDialog } from '../invoices/CreditCheckDialog';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { dateText } from '../ui/dates';
import { downloadBase64 } from '../ui/files';
import { notifyError, notifySuccess } from '../ui/notify';
import { DraftLinesEditor } from './DraftLinesEditor';
import { VarianceList } from './VarianceList';

const inr = (p: number) => formatINR(paise(p));

interface InvoicePanelProps {
  doc: GstDocument;
  onChanged: (doc: GstDocument) => void;
  onIssued: (doc: GstDocument) => void;
  onDiscarded: (id: number) => void;
}

type Busy = null | 'issue' | 'pdf' | 'discard';

/**
 * An invoice made from this order. As a draft: how it differs from the order, its lines to
 * correct, and Issue. Once issued: its number and the PDF.
 */
export function InvoicePanel({ doc, onChanged, onIssued, onDiscarded }: InvoicePanelProps) {
  const api = useApi();
  const [variance, setVariance] = useState<{ for: GstDocument; rows: Variance[] } | null>(null);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState<Busy>(null);
  const [check, setCheck] = useState<CreditCheck | null>(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const draft = doc.status === 'draft';

  // Asked again whenever the draft changes: the variance is the ledger's view of the saved lines.
  useEffect(() => {
    if (doc.status !== 'draft') return;
    let live = true;
    void api.orders.variance({ invoiceId: doc.id }).then((r) => {
      if (!live) return;
      if (r.ok) setVariance({ for: doc, rows: r.data });
      else notifyError(r.error.message, 'Could not compare the draft with the order');
    });
    return () => {
      live = false;
    };
  }, [api, doc]);

  const issueNow = async (override: CreditOverride | null = null) => {
    setBusy('issue');
    const r = await api.invoices.issue(override ? { id: doc.id, override } : { id: doc.id });
    setBusy(null);
    setCheck(null);
    if (!r.ok) return notifyError(r.error.message, 'Not issued');
    for (const w of r.data.warnings) notifyError(w, 'Issued with a warning');
    notifySuccess(`Invoice ${r.data.document.number ?? ''} issued`);
    onIssued(r.data.document);
  };

  /** The credit check first: the number is taken only when nothing stands in the way. */
  const issue = async () => {
    if (busy) return;
    setBusy('issue');
    const c = await api.invoices.creditCheck({ id: doc.id });
    if (!c.ok) {
      setBusy(null);
      return notifyError(c.error.message, 'Not issued');
    }
    if (c.data.problems.length > 0) {
      setBusy(null);
      return setCheck(c.data);
    }
    await issueNow();
  };

  const downloadPdf = async () => {
    setBusy('pdf');
    const r = await api.invoices.print({ id: doc.id, format: 'pdf' });
    setBusy(null);
    if (!r.ok) return notifyError(r.error.message, 'Could not make the PDF');
    downloadBase64(r.data.fileName, r.data.mimeType, r.data.contentBase64);
    notifySuccess(`Saved ${r.data.fileName}`);
  };

  const discard = async () => {
    setBusy('discard');
    const r = await api.invoices.deleteDraft({ id: doc.id });
    setBusy(null);
    setConfirmDiscard(false);
    if (!r.ok) return notifyError(r.error.message, 'Not discarded');
    notifySuccess('Draft invoice discarded');
    onDiscarded(doc.id);
  };

  const rows = variance?.for === doc ? variance.rows : null;

  return (
    <Paper
      withBorder
      radius="sm"
      p="sm"
      data-testid="invoice-panel"
      style={{
        borderLeft: `3px solid var(--mantine-color-${draft ? 'orange-5' : 'teal-6'})`,
      }}
    >
      <Group justify="space-between" wrap="nowrap" mb={8}>
        <Group gap={10} wrap="nowrap">
          <IconFileInvoice size={18} stroke={1.6} />
          <Text fw={650} size="sm" data-testid="invoice-number">
            {doc.number ? `Invoice ${doc.number}` : 'Draft invoice'}
          </Text>
          <Badge
            size="sm"
            radius="sm"
            variant="light"
            color={draft ? 'orange' : 'teal'}
            tt="none"
            data-testid="invoice-status"
          >
            {draft ? 'Draft · no number yet' : 'Issued'}
          </Badge>
          <Text size="xs" c="dimmed" className="bahi-number">
            dated {dateText(doc.date)}
            {doc.dueDate ? ` · due ${dateText(doc.dueDate)}` : ''} · {doc.lines.length}{' '}
            {doc.lines.length === 1 ? 'line' : 'lines'} · total{' '}
            <Text span size="xs" fw={700} c="dark" data-testid="invoice-total">
              {inr(doc.totals.total)}
            </Text>
          </Text>
        </Group>
        <Group gap="xs" wrap="nowrap">
          {draft && !editing && (
            <>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={14} />}
                onClick={() => setConfirmDiscard(true)}
              >
                Discard draft
              </Button>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconEdit size={14} />}
                onClick={() => setEditing(true)}
              >
                Edit lines
              </Button>
              <Button
                size="xs"
                loading={busy === 'issue'}
                leftSection={<IconSend size={14} />}
                onClick={() => void issue()}
              >
                Issue
              </Button>
            </>
          )}
          {!draft && (
            <Button
              size="xs"
              variant="default"
              loading={busy === 'pdf'}
              leftSection={<IconFileTypePdf size={14} />}
              onClick={() => void downloadPdf()}
            >
              Download PDF
            </Button>
          )}
        </Group>
      </Group>

      {editing ? (
        <DraftLinesEditor
          doc={doc}
          onCancel={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            onChanged(saved);
          }}
        />
      ) : (
        <Stack gap={8}>
          <DraftLines doc={doc} />
          {draft && <VarianceList variances={rows} />}
        </Stack>
      )}

      <CreditCheckDialog
        check={check}
        customerName={doc.customerName}
        busy={busy === 'issue'}
        onIssueAnyway={(override) => void issueNow(override)}
        onClose={() => setCheck(null)}
      />
      <ConfirmDialog
        opened={confirmDiscard}
        title="Discard the draft invoice?"
        confirmLabel="Discard"
        danger
        busy={busy === 'discard'}
        onConfirm={() => void discard()}
        onCancel={() => setConfirmDiscard(false)}
      >
        It has no number and posted nothing; the order stays as it is, ready to convert again.
      </ConfirmDialog>
    </Paper>
  );
}

/** What the invoice bills, compactly: the order's own table sits just above. */
function DraftLines({ doc }: { doc: GstDocument }) {
  return (
    <Table
      verticalSpacing={3}
      horizontalSpacing={8}
      fz="xs"
      withTableBorder
      aria-label="Invoice lines"
      className="bahi-number"
    >
      <Table.Thead bg="gray.0">
        <Table.Tr>
          <Table.Th w={36} ta="right">
            #
          </Table.Th>
          <Table.Th>Description</Table.Th>
          <Table.Th w={110} ta="right">
            Qty
          </Table.Th>
          <Table.Th w={110} ta="right">
            Rate
          </Table.Th>
          <Table.Th w={90} ta="right">
            Discount
          </Table.Th>
          <Table.Th w={120} ta="right">
            Taxable
          </Table.Th>
          <Table.Th w={56} ta="right">
            GST
          </Table.Th>
          <Table.Th w={120} ta="right">
            Amount
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {doc.lines.map((l) => (
          <Table.Tr key={l.position} data-testid="invoice-panel-line">
            <Table.Td ta="right" c="dimmed">
              {l.position}
            </Table.Td>
            <Table.Td>{l.description}</Table.Td>
            <Table.Td ta="right">
              {formatQuantity(l.quantityMilli)} {l.unit}
            </Table.Td>
            <Table.Td ta="right">{inr(l.rate)}</Table.Td>
            <Table.Td ta="right">{l.discount ? inr(l.discount) : ''}</Table.Td>
            <Table.Td ta="right">{inr(l.taxable)}</Table.Td>
            <Table.Td ta="right">{formatGstRate(l.gstRateBps)}</Table.Td>
            <Table.Td ta="right" fw={600}>
              {inr(l.total)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
