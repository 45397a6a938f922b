import {
  Alert,
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { todayIso } from '../../../shared/dates';
import {
  NOTE_REASON_LABELS,
  NOTE_REASONS,
  type GstDocument,
} from '../../../shared/invoices/contract';
import { formatINR, paise } from '../../../shared/money';
import { useApi } from '../api/context';
import { fieldErrorsOf, type FieldErrors } from '../api/errors';
import { DateInput } from '../ui/DateInput';
import { dateText, parseDateText } from '../ui/dates';
import { notifyError } from '../ui/notify';
import type { NoteReason } from './invoiceForm';

const REASON_OPTIONS = NOTE_REASONS.map((r) => ({ value: r, label: NOTE_REASON_LABELS[r] }));

interface CancelDialogProps {
  invoice: GstDocument;
  opened: boolean;
  onClose: () => void;
  /** The credit note that cancelled the invoice. */
  onCancelled: (creditNote: GstDocument) => void;
}

/** An issued invoice is never deleted: a full credit note is issued against it. */
export function CancelDialog({ invoice, opened, onClose, onCancelled }: CancelDialogProps) {
  const api = useApi();
  const [date, setDate] = useState(() =>
    dateText(todayIso() < invoice.date ? invoice.date : todayIso()),
  );
  const [reason, setReason] = useState<NoteReason>('other');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const settled = invoice.totals.total - invoice.openBalance;

  const cancel = async () => {
    const parsed = parseDateText(date, 'Credit note date');
    if (!parsed.ok || !parsed.iso) {
      setErrors({ date: parsed.ok ? 'Enter the credit note date' : parsed.message });
      return;
    }
    setBusy(true);
    const r = await api.invoices.cancel({ id: invoice.id, date: parsed.iso, reason, notes });
    setBusy(false);
    if (r.ok) return onCancelled(r.data);
    const fields = fieldErrorsOf(r.error);
    if (fields.date || fields.notes || fields.reason) setErrors(fields);
    else notifyError(r.error.message, 'Not cancelled');
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={<Text fw={600}>Cancel invoice {invoice.number}?</Text>}
      centered
      size="md"
    >
      <Stack gap="md">
        <Text size="sm">
          A credit note for the full {formatINR(paise(invoice.totals.total))} is issued against the
          invoice and posted; the invoice itself stays in the books.
        </Text>
        {settled > 0 && (
          <Alert color="orange" py={6}>
            <Text size="sm">
              {formatINR(paise(settled))} of this invoice is already settled; that part of the
              credit note stays as credit for the customer.
            </Text>
          </Alert>
        )}
        <SimpleGrid cols={2} spacing="sm">
          <DateInput
            label="Credit note date"
            withAsterisk
            data-autofocus
            value={date}
            onChange={(t) => {
              setDate(t);
              setErrors({});
            }}
            error={errors.date}
          />
          <Select
            label="Reason"
            data={REASON_OPTIONS}
            allowDeselect={false}
            value={reason}
            onChange={(r) => setReason((r as NoteReason | null) ?? 'other')}
            error={errors.reason}
            comboboxProps={{ withinPortal: true }}
          />
        </SimpleGrid>
        <Textarea
          label="Notes"
          placeholder={`Cancellation of invoice ${invoice.number ?? ''}`}
          autosize
          minRows={2}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          error={errors.notes}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Keep invoice
          </Button>
          <Button color="red" loading={busy} onClick={() => void cancel()}>
            Cancel invoice
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
