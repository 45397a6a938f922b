import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Group,
  List,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { todayIso } from '../../../shared/dates';
import { formatINR, paise } from '../../../shared/money';
import type { ReceiptSummary } from '../../../shared/receipts/contract';
import type { BahiErrorShape, Result } from '../../../shared/result';
import { taxLine } from '../../../shared/tax/gst';
import { useApi } from '../api/context';
import { fieldErrorsOf, type FieldErrors } from '../api/errors';
import { DateInput } from '../ui/DateInput';
import { dateText, parseDateText } from '../ui/dates';
import { plural } from '../ui/format';
import { formKeyHandler } from '../ui/keys';
import { MoneyInput } from '../ui/MoneyInput';
import { parseMoneyText } from '../ui/money';
import {
  chequeDateOf,
  chequeName,
  depositAll,
  reopenedBy,
  type BulkDepositResult,
} from './cheques';

/** The cheque an action is about, as the executive checks it against the paper in hand. */
function ChequeFacts({ cheque }: { cheque: ReceiptSummary }) {
  return (
    <Text size="sm" data-testid="cheque-facts">
      Cheque <b className="bahi-mono">{cheque.instrumentNumber}</b> dated{' '}
      {dateText(chequeDateOf(cheque))}
      {cheque.draweeBank ? ` on ${cheque.draweeBank}` : ''} from {cheque.customerName} for{' '}
      <b>{formatINR(paise(cheque.amount))}</b>
      {cheque.number ? ` (receipt ${cheque.number})` : ''}
    </Text>
  );
}

/** Field errors for the inputs a dialog has; anything else is shown above its buttons. */
function splitFor(error: BahiErrorShape, fields: string[], alias: Record<string, string> = {}) {
  const placed: FieldErrors = {};
  for (const [path, message] of Object.entries(fieldErrorsOf(error))) {
    const field = alias[path] ?? path;
    if (fields.includes(field) && !(field in placed)) placed[field] = message;
  }
  return { placed, general: Object.keys(placed).length ? null : error.message };
}

interface ShellProps {
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  submitLabel: string;
  busy: boolean;
  danger?: boolean;
  general: string | null;
  children: ReactNode;
}

/** A small form in a modal: Enter walks the fields and lands on the action, Ctrl+S submits. */
function ActionModal(p: ShellProps) {
  return (
    <Modal opened onClose={p.onClose} title={<Text fw={600}>{p.title}</Text>} centered size="md">
      <Box onKeyDown={formKeyHandler(p.onSubmit)}>
        <Stack gap="sm">
          {p.children}
          {p.general && (
            <Alert color="red" py={6} data-testid="cheque-action-error">
              <Text size="sm">{p.general}</Text>
            </Alert>
          )}
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={p.onClose}>
              Cancel
            </Button>
            <Button
              data-enter-stop
              color={p.danger ? 'red' : undefined}
              loading={p.busy}
              onClick={p.onSubmit}
            >
              {p.submitLabel}
            </Button>
          </Group>
        </Stack>
      </Box>
    </Modal>
  );
}

/** Typed day-first text → ISO, or the message to show under the field. */
function isoOf(text: string, label: string): { iso: string } | { error: string } {
  const parsed = parseDateText(text, label);
  if (!parsed.ok) return { error: parsed.message };
  return parsed.iso ? { iso: parsed.iso } : { error: `Enter the ${label.toLowerCase()}` };
}

interface DateActionProps {
  cheque: ReceiptSummary;
  action: 'deposit' | 'clear';
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Deposit a cheque, or mark a deposited one cleared, on a date. */
export function DateActionDialog({ cheque, action, onClose, onDone }: DateActionProps) {
  const api = useApi();
  const label = action === 'deposit' ? 'Deposit date' : 'Clearing date';
  const [date, setDate] = useState(() => dateText(todayIso()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const postDated = cheque.chequeStatus === 'post_dated';

  const submit = async () => {
    if (busy) return;
    const d = isoOf(date, label);
    if ('error' in d) return setErrors({ date: d.error });
    setBusy(true);
    const r: Result<unknown> =
      action === 'deposit'
        ? await api.receipts.deposit({ id: cheque.id, date: d.iso })
        : await api.receipts.clear({ id: cheque.id, date: d.iso });
    setBusy(false);
    if (r.ok) {
      return onDone(
        action === 'deposit'
          ? `Cheque ${cheque.instrumentNumber} deposited`
          : `Cheque ${cheque.instrumentNumber} cleared`,
      );
    }
    const { placed, general } = splitFor(r.error, ['date']);
    setErrors(placed);
    setGeneral(general);
  };

  return (
    <ActionModal
      title={
        action === 'deposit'
          ? `Deposit ${chequeName(cheque)}`
          : `Mark ${chequeName(cheque)} cleared`
      }
      onClose={onClose}
      onSubmit={() => void submit()}
      submitLabel={action === 'deposit' ? 'Deposit' : 'Mark cleared'}
      busy={busy}
      general={general}
    >
      <ChequeFacts cheque={cheque} />
      {postDated && (
        <Text size="sm" c="dimmed">
          A post-dated cheque can be deposited on or after {dateText(chequeDateOf(cheque))}. It is
          then recorded on the deposit date and set against the customer’s oldest invoices.
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
          setGeneral(null);
        }}
        error={errors.date}
      />
    </ActionModal>
  );
}

const BOUNCE_REASONS = [
  'Funds insufficient',
  'Exceeds arrangement',
  'Payment stopped by drawer',
  'Signature differs',
  'Account closed',
  'Drawer’s signature required',
  'Cheque stale',
  'Amount in words and figures differ',
];

const CHARGES_GST_BPS = 1800;

/** What the debit note for bounce charges comes to with GST at 18%. */
function chargesWithGst(amount: number) {
  const line = taxLine(
    {
      hsnSac: '9971',
      quantityMilli: 1000,
      rate: paise(amount),
      discount: null,
      gstRateBps: CHARGES_GST_BPS,
    },
    false,
  );
  return { gst: line.igst, total: line.total };
}

interface BounceDialogProps {
  cheque: ReceiptSummary;
  onClose: () => void;
  /** The register reloads; the dialog may stay open to show what was raised. */
  onBounced: () => void;
}

interface Bounced {
  reopened: string[];
  debitNote: { number: string; total: number } | null;
}

/** A cheque came back: reverse it, open its invoices again, optionally bill the charges. */
export function BounceDialog({ cheque, onClose, onBounced }: BounceDialogProps) {
  const api = useApi();
  const [date, setDate] = useState(() => dateText(todayIso()));
  const [reason, setReason] = useState('');
  const [charges, setCharges] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Bounced | null>(null);
  const typedCharges = parseMoneyText(charges, 'Bounce charges');
  const chargesPaise = typedCharges.ok ? (typedCharges.paise ?? 0) : 0;
  const preview = chargesPaise > 0 ? chargesWithGst(chargesPaise) : null;

  const edit = (field: string, apply: () => void) => {
    apply();
    setErrors(({ [field]: _gone, ...rest }) => rest);
    setGeneral(null);
  };

  const submit = async () => {
    if (busy) return;
    const d = isoOf(date, 'Bounce date');
    if ('error' in d || !typedCharges.ok) {
      const local: FieldErrors = {};
      if ('error' in d) local.date = d.error;
      if (!typedCharges.ok) local.charges = typedCharges.message;
      return setErrors(local);
    }
    setBusy(true);
    const r = await api.receipts.bounce({
      id: cheque.id,
      date: d.iso,
      reason,
      charges: chargesPaise > 0 ? { amount: chargesPaise, gstRateBps: CHARGES_GST_BPS } : null,
    });
    if (!r.ok) {
      setBusy(false);
      const { placed, general } = splitFor(r.error, ['date', 'reason', 'charges'], {
        'charges.amount': 'charges',
      });
      setErrors(placed);
      setGeneral(general);
      return;
    }
    let debitNote: Bounced['debitNote'] = null;
    if (r.data.debitNoteId !== null) {
      const note = await api.invoices.get({ id: r.data.debitNoteId });
      if (note.ok) debitNote = { number: note.data.number ?? '', total: note.data.totals.total };
    }
    setBusy(false);
    setDone({ reopened: reopenedBy(r.data.receipt), debitNote });
    onBounced();
  };

  if (done) {
    return (
      <Modal
        opened
        onClose={onClose}
        title={<Text fw={600}>Cheque {cheque.instrumentNumber} returned</Text>}
        centered
        size="md"
      >
        <Stack gap="sm" data-testid="bounce-result">
          <Text size="sm">
            Receipt {cheque.number} is reversed in the books
            {done.reopened.length > 0
              ? `; ${done.reopened.join(', ')} ${done.reopened.length === 1 ? 'is' : 'are'} open again.`
              : '.'}
          </Text>
          {done.debitNote && (
            <Alert color="orange" py={6}>
              <Text size="sm">
                Debit note <b>{done.debitNote.number}</b> raised for{' '}
                {formatINR(paise(done.debitNote.total))} (bounce charges with GST 18%).
              </Text>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button data-autofocus onClick={onClose}>
              Close
            </Button>
          </Group>
        </Stack>
      </Modal>
    );
  }

  return (
    <ActionModal
      title={`Bounce ${chequeName(cheque)}`}
      onClose={onClose}
      onSubmit={() => void submit()}
      submitLabel="Bounce cheque"
      danger
      busy={busy}
      general={general}
    >
      <ChequeFacts cheque={cheque} />
      <Text size="sm" c="dimmed">
        The receipt is reversed and the invoices it paid open again.
      </Text>
      <SimpleGrid cols={2} spacing="sm">
        <DateInput
          label="Bounce date"
          withAsterisk
          data-autofocus
          value={date}
          onChange={(t) => edit('date', () => setDate(t))}
          error={errors.date}
        />
        <MoneyInput
          label="Bounce charges (before GST)"
          placeholder="None"
          value={charges}
          onChange={(t) => edit('charges', () => setCharges(t))}
          error={errors.charges}
        />
      </SimpleGrid>
      <Autocomplete
        label="Reason for return"
        withAsterisk
        data={BOUNCE_REASONS}
        value={reason}
        onChange={(t) => edit('reason', () => setReason(t))}
        error={errors.reason}
        comboboxProps={{ withinPortal: true }}
      />
      {preview && (
        <Text size="sm" data-testid="bounce-charges-preview">
          A debit note is raised against the invoices: {formatINR(paise(chargesPaise))} + GST 18%{' '}
          {formatINR(preview.gst)} = <b>{formatINR(preview.total)}</b>
        </Text>
      )}
    </ActionModal>
  );
}

interface RemoveDialogProps {
  cheque: ReceiptSummary;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** A post-dated cheque handed back before its date: it was never posted, so it simply goes. */
export function RemoveDialog({ cheque, onClose, onDone }: RemoveDialogProps) {
  const api = useApi();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    setBusy(true);
    const r = await api.receipts.cancelPostDated({ id: cheque.id, reason });
    setBusy(false);
    if (r.ok) return onDone(`Post-dated cheque ${cheque.instrumentNumber} removed`);
    const { placed, general } = splitFor(r.error, ['reason']);
    setErrors(placed);
    setGeneral(general);
  };

  return (
    <ActionModal
      title={`Remove post-dated ${chequeName(cheque)}`}
      onClose={onClose}
      onSubmit={() => void submit()}
      submitLabel="Remove cheque"
      danger
      busy={busy}
      general={general}
    >
      <ChequeFacts cheque={cheque} />
      <TextInput
        label="Reason"
        placeholder="Returned to the customer, replaced by NEFT"
        withAsterisk
        data-autofocus
        value={reason}
        onChange={(e) => {
          setReason(e.currentTarget.value);
          setErrors({});
          setGeneral(null);
        }}
        error={errors.reason}
      />
    </ActionModal>
  );
}

interface BulkDepositProps {
  cheques: ReceiptSummary[];
  onClose: () => void;
  /** Some or all went in: the register reloads; those that failed stay selected. */
  onDeposited: (result: BulkDepositResult) => void;
}

/** Several cheques in hand paid in on one slip, one date. */
export function BulkDepositDialog({ cheques, onClose, onDeposited }: BulkDepositProps) {
  const api = useApi();
  const [date, setDate] = useState(() => dateText(todayIso()));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<BulkDepositResult | null>(null);
  const total = cheques.reduce((s, c) => s + c.amount, 0);

  const submit = async () => {
    if (busy) return;
    const d = isoOf(date, 'Deposit date');
    if ('error' in d) return setError(d.error);
    setBusy(true);
    const r = await depositAll(api, cheques, d.iso);
    setBusy(false);
    onDeposited(r);
    if (r.failed.length) setResult(r);
  };

  return (
    <ActionModal
      title={`Deposit ${plural(cheques.length, 'cheque')}`}
      onClose={onClose}
      onSubmit={() => void submit()}
      submitLabel={result ? 'Try again' : 'Deposit all'}
      busy={busy}
      general={null}
    >
      {result ? (
        <Stack gap="xs" data-testid="bulk-deposit-result">
          <Text size="sm">
            {result.deposited.length} deposited; {result.failed.length} not deposited:
          </Text>
          <List size="sm" spacing={4}>
            {result.failed.map((f) => (
              <List.Item key={f.cheque.id}>
                Cheque <b className="bahi-mono">{f.cheque.instrumentNumber}</b> (
                {f.cheque.customerName}): {f.message}
              </List.Item>
            ))}
          </List>
        </Stack>
      ) : (
        <Text size="sm">
          {plural(cheques.length, 'cheque')} in hand for {formatINR(paise(total))}, on one deposit
          slip.
        </Text>
      )}
      <DateInput
        label="Deposit date"
        withAsterisk
        data-autofocus
        value={date}
        onChange={(t) => {
          setDate(t);
          setError(null);
        }}
        error={error ?? undefined}
      />
    </ActionModal>
  );
}
