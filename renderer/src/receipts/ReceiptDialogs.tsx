import {
  Alert,
  Box,
  Button,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { todayIso } from '../../../shared/dates';
import { formatINR, paise } from '../../../shared/money';
import type { AllocationRow, Receipt } from '../../../shared/receipts/contract';
import type { BahiErrorShape } from '../../../shared/result';
import { taxLine } from '../../../shared/tax/gst';
import { useApi } from '../api/context';
import { fieldErrorsOf, type FieldErrors } from '../api/errors';
import { DateInput } from '../ui/DateInput';
import { dateText, parseDateText } from '../ui/dates';
import { formKeyHandler } from '../ui/keys';
import { MoneyInput } from '../ui/MoneyInput';
import { parseMoneyText } from '../ui/money';
import { GstRateSelect } from '../ui/TaxSelects';

/** Today, or `earliest` when today is before it (an event cannot precede the receipt). */
const defaultDate = (earliest: string) => dateText(todayIso() < earliest ? earliest : todayIso());

/** The ledger's problems placed on this dialog's fields; the rest shown above its buttons. */
function placeErrors(error: BahiErrorShape, fields: string[]) {
  const placed: FieldErrors = {};
  for (const [path, message] of Object.entries(fieldErrorsOf(error))) {
    const field = fields.find((f) => path === f || path.startsWith(`${f}.`));
    if (field && !(field in placed)) placed[field] = message;
  }
  return { placed, general: Object.keys(placed).length ? null : error.message };
}

interface ActionModalProps {
  title: string;
  submitLabel: string;
  busy: boolean;
  danger?: boolean;
  general: string | null;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}

/** A small form in a modal: Enter walks the fields, Ctrl+S or Ctrl+Enter submits. */
function ActionModal(p: ActionModalProps) {
  return (
    <Modal opened onClose={p.onClose} title={<Text fw={600}>{p.title}</Text>} centered size="md">
      <Box data-form-root onKeyDown={formKeyHandler(p.onSubmit, p.onSubmit)}>
        <Stack gap="sm">
          {p.children}
          {p.general && (
            <Alert color="red" py={6} role="alert" data-testid="receipt-action-error">
              <Text size="sm">{p.general}</Text>
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={p.onClose}>
              Cancel
            </Button>
            <Button
              color={p.danger ? 'red' : undefined}
              loading={p.busy}
              onClick={p.onSubmit}
              data-enter-stop
            >
              {p.submitLabel}
            </Button>
          </Group>
        </Stack>
      </Box>
    </Modal>
  );
}

const isoOrError = (text: string, label: string): { iso: string } | { error: string } => {
  const d = parseDateText(text, label);
  if (!d.ok) return { error: d.message };
  return d.iso ? { iso: d.iso } : { error: `Enter the ${label.toLowerCase()}` };
};

interface ChequeEventDialogProps {
  receipt: Receipt;
  event: 'deposit' | 'clear';
  onClose: () => void;
  onDone: (receipt: Receipt) => void;
}

/** Deposit a cheque, or mark it cleared, on a date. */
export function ChequeEventDialog({ receipt, event, onClose, onDone }: ChequeEventDialogProps) {
  const api = useApi();
  const earliest =
    event === 'deposit' && receipt.instrumentDate && receipt.instrumentDate > receipt.date
      ? receipt.instrumentDate
      : receipt.date;
  const [date, setDate] = useState(() => defaultDate(earliest));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const label = event === 'deposit' ? 'Deposit date' : 'Clearing date';

  const submit = async () => {
    if (busy) return;
    const d = isoOrError(date, label);
    if ('error' in d) return setErrors({ date: d.error });
    setBusy(true);
    const r =
      event === 'deposit'
        ? await api.receipts.deposit({ id: receipt.id, date: d.iso })
        : await api.receipts.clear({ id: receipt.id, date: d.iso });
    setBusy(false);
    if (r.ok) return onDone(r.data);
    const { placed, general: rest } = placeErrors(r.error, ['date']);
    setErrors(placed);
    setGeneral(rest);
  };

  return (
    <ActionModal
      title={
        event === 'deposit'
          ? `Deposit cheque ${receipt.instrumentNumber ?? ''}`
          : `Cheque ${receipt.instrumentNumber ?? ''} cleared`
      }
      submitLabel={event === 'deposit' ? 'Deposit' : 'Mark cleared'}
      busy={busy}
      general={general}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      {event === 'deposit' && receipt.status === 'draft' && (
        <Text size="sm">
          The post-dated cheque is recorded on the deposit date and allocated to the oldest invoices
          due (an exact match first).
        </Text>
      )}
      <DateInput
        label={label}
        withAsterisk
        data-autofocus
        value={date}
        onChange={(t) => {
          setDate(t);
          setErrors({});
        }}
        error={errors.date}
      />
    </ActionModal>
  );
}

export interface DebitNoteRef {
  id: number;
  number: string | null;
}

interface BounceDialogProps {
  receipt: Receipt;
  onClose: () => void;
  onBounced: (receipt: Receipt, debitNote: DebitNoteRef | null) => void;
}

/** The cheque came back: reverse the receipt, and optionally bill the charges with GST. */
export function BounceDialog({ receipt, onClose, onBounced }: BounceDialogProps) {
  const api = useApi();
  const [date, setDate] = useState(() => defaultDate(receipt.date));
  const [reason, setReason] = useState('');
  const [charges, setCharges] = useState('');
  const [gstRate, setGstRate] = useState<string | null>('1800');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reopens = receipt.allocations.filter((a) => a.amount > 0 && !a.reversed);
  const chargesPaise = parseMoneyText(charges);
  const withGst =
    chargesPaise.ok && chargesPaise.paise && gstRate !== null
      ? taxLine(
          {
            hsnSac: '9971',
            quantityMilli: 1000,
            rate: chargesPaise.paise,
            discount: null,
            gstRateBps: Number(gstRate),
          },
          true,
        ).total
      : null;

  const submit = async () => {
    if (busy) return;
    const found: FieldErrors = {};
    const d = isoOrError(date, 'Bounce date');
    if ('error' in d) found.date = d.error;
    if (reason.trim() === '')
      found.reason = 'Enter the reason for return (e.g. funds insufficient)';
    const amount = parseMoneyText(charges, 'Bounce charges');
    if (!amount.ok) found.charges = amount.message;
    if (Object.keys(found).length > 0 || 'error' in d || !amount.ok) return setErrors(found);
    setBusy(true);
    const r = await api.receipts.bounce({
      id: receipt.id,
      date: d.iso,
      reason,
      charges: amount.paise
        ? { amount: amount.paise, gstRateBps: Number(gstRate ?? '1800') }
        : null,
    });
    if (!r.ok) {
      setBusy(false);
      const { placed, general: rest } = placeErrors(r.error, ['date', 'reason', 'charges']);
      setErrors(placed);
      setGeneral(rest);
      return;
    }
    let note: DebitNoteRef | null = null;
    if (r.data.debitNoteId !== null) {
      const doc = await api.invoices.get({ id: r.data.debitNoteId });
      note = { id: r.data.debitNoteId, number: doc.ok ? doc.data.number : null };
    }
    setBusy(false);
    onBounced(r.data.receipt, note);
  };

  return (
    <ActionModal
      title={`Cheque ${receipt.instrumentNumber ?? ''} bounced`}
      submitLabel="Record bounce"
      danger
      busy={busy}
      general={general}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <Text size="sm">
        Receipt {receipt.number} of {formatINR(paise(receipt.total))} is reversed in one step
        {reopens.length > 0
          ? `, and ${reopens.map((a) => a.debitNumber).join(', ')} open again`
          : ''}
        .
      </Text>
      <SimpleGrid cols={2} spacing="sm">
        <DateInput
          label="Bounce date"
          withAsterisk
          data-autofocus
          value={date}
          onChange={(t) => {
            setDate(t);
            setErrors((e) => ({ ...e, date: '' }));
          }}
          error={errors.date || undefined}
        />
        <Box />
      </SimpleGrid>
      <TextInput
        label="Reason for return"
        withAsterisk
        placeholder="Funds insufficient"
        maxLength={300}
        value={reason}
        onChange={(e) => {
          setReason(e.currentTarget.value);
          setErrors((x) => ({ ...x, reason: '' }));
        }}
        error={errors.reason || undefined}
      />
      <SimpleGrid cols={2} spacing="sm">
        <MoneyInput
          label="Bounce charges (optional)"
          value={charges}
          onChange={(t) => {
            setCharges(t);
            setErrors((x) => ({ ...x, charges: '' }));
          }}
          error={errors.charges || undefined}
          description={
            withGst === null
              ? 'Billed to the customer by a debit note'
              : `Debit note of ${formatINR(paise(withGst))} with GST`
          }
          inputWrapperOrder={['label', 'input', 'description', 'error']}
        />
        <GstRateSelect label="GST on charges" value={gstRate} onChange={setGstRate} />
      </SimpleGrid>
    </ActionModal>
  );
}

interface UndoAllocationDialogProps {
  allocation: AllocationRow;
  onClose: () => void;
  onUndone: () => void;
}

/** Undo one allocation with a reason: the invoice opens again, the money goes on account. */
export function UndoAllocationDialog({ allocation, onClose, onUndone }: UndoAllocationDialogProps) {
  const api = useApi();
  const [date, setDate] = useState(() => defaultDate(allocation.date));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    const found: FieldErrors = {};
    const d = isoOrError(date, 'Date');
    if ('error' in d) found.date = d.error;
    if (reason.trim() === '') found.reason = 'Say why the allocation is undone';
    if (Object.keys(found).length > 0 || 'error' in d) return setErrors(found);
    setBusy(true);
    const r = await api.receipts.unallocate({ allocationId: allocation.id, date: d.iso, reason });
    setBusy(false);
    if (r.ok) return onUndone();
    const { placed, general: rest } = placeErrors(r.error, ['date', 'reason']);
    setErrors(placed);
    setGeneral(rest);
  };

  return (
    <ActionModal
      title={`Undo allocation to ${allocation.debitNumber}?`}
      submitLabel="Undo allocation"
      danger
      busy={busy}
      general={general}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <Text size="sm">
        {formatINR(paise(allocation.amount))} of {allocation.creditNumber} comes off{' '}
        {allocation.debitNumber}, which opens again; the money stays with the customer on account.
        The original allocation stays in the books with this reversal beside it.
      </Text>
      <SimpleGrid cols={2} spacing="sm">
        <DateInput
          label="Date"
          withAsterisk
          value={date}
          onChange={(t) => {
            setDate(t);
            setErrors((e) => ({ ...e, date: '' }));
          }}
          error={errors.date || undefined}
        />
        <Box />
      </SimpleGrid>
      <TextInput
        label="Reason"
        withAsterisk
        data-autofocus
        maxLength={300}
        placeholder="Allocated to the wrong invoice"
        value={reason}
        onChange={(e) => {
          setReason(e.currentTarget.value);
          setErrors((x) => ({ ...x, reason: '' }));
        }}
        error={errors.reason || undefined}
      />
    </ActionModal>
  );
}
