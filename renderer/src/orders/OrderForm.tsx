import {
  ActionIcon,
  Alert,
  Badge,
  Box,
  Button,
  Group,
  Kbd,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconArrowLeft, IconDeviceFloppy } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import type { CustomerSummary } from '../../../shared/customers/contract';
import type { Item } from '../../../shared/items/contract';
import { formatINR, paise } from '../../../shared/money';
import type { Order } from '../../../shared/orders/contract';
import { useApi } from '../api/context';
import {
  customerLabel,
  factsOf,
  factsOfSummary,
  isBlankLine,
  newLine,
  type CustomerFacts,
  type LineValues,
} from '../invoices/invoiceForm';
import { liveTotals } from '../invoices/lineMath';
import { LinesGrid } from '../invoices/LinesGrid';
import { CustomerPicker } from '../invoices/pickers';
import { TaxSummaryTable, TotalsBox } from '../invoices/Totals';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { DateInput } from '../ui/DateInput';
import { stateLabel } from '../ui/format';
import { focusField, formKeyHandler } from '../ui/keys';
import { notifySuccess } from '../ui/notify';
import { useEscapeToClose } from '../ui/useEscapeToClose';
import { useForm } from '../ui/useForm';
import { KIND_LABEL, REFERENCE_LABEL } from './labels';
import {
  isOrderField,
  orderErrorOf,
  orderInputOf,
  withItem,
  type OrderFormValues,
} from './orderForm';

export interface OrderFormProps {
  initial: OrderFormValues;
  /** The saved order, or null for a new one. */
  order: Order | null;
  customer: CustomerFacts | null;
  companyState: string;
  onBack: () => void;
  onSaved: (order: Order) => void;
}

const factsLine = (c: CustomerFacts) =>
  [
    c.gstin ? `GSTIN ${c.gstin}` : 'Unregistered',
    stateLabel(c.supplyStateCode),
    `${c.paymentTermsDays} days`,
    c.creditLimit === null ? null : `limit ${formatINR(paise(c.creditLimit))}`,
  ]
    .filter(Boolean)
    .join(' · ');

/** An estimate or sales order: who, when, the customer's reference, and the agreed lines. */
export function OrderForm({
  initial,
  order,
  customer: initialCustomer,
  companyState,
  onBack,
  onSaved,
}: OrderFormProps) {
  const api = useApi();
  const {
    values,
    setValues,
    set,
    errors,
    setErrors,
    clearError,
    showError,
    showFieldErrors,
    rootRef,
  } = useForm(() => initial, isOrderField);
  const [customer, setCustomer] = useState<CustomerFacts | null>(initialCustomer);
  const [saved, setSaved] = useState(() => JSON.stringify(initial));
  const [busy, setBusy] = useState(false);
  const [confirmLeave, setConfirmLeave] = useState(false);
  const customerRequest = useRef(0);
  const notesRef = useRef<HTMLTextAreaElement>(null);

  const dirty = JSON.stringify(values) !== saved;
  const intraState = (customer?.supplyStateCode ?? companyState) === companyState;
  const live = useMemo(
    () => liveTotals(values.lines, { intraState, roundOff: true }),
    [values.lines, intraState],
  );

  const back = () => (dirty ? setConfirmLeave(true) : onBack());
  useEscapeToClose(!confirmLeave, rootRef, back);

  const setLines = (lines: (old: LineValues[]) => LineValues[]) =>
    setValues((v) => ({ ...v, lines: lines(v.lines) }));

  const updateLine = (i: number, patch: Partial<LineValues>, cell: string) => {
    setLines((lines) => lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
    clearError(`lines.${i}.${cell}`);
  };

  const pickItem = (i: number, item: Item) => {
    setLines((lines) => lines.map((l, j) => (j === i ? withItem(l, item, values.date) : l)));
    setErrors((e) =>
      Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith(`lines.${i}.`))),
    );
  };

  const pickCustomer = (c: CustomerSummary) => {
    setValues((v) => ({ ...v, customerId: c.id, customerLabel: customerLabel(c) }));
    clearError('customerId');
    setCustomer(factsOfSummary(c));
    // The summary lacks the shipping state, which decides CGST+SGST or IGST.
    const request = ++customerRequest.current;
    void api.customers.get({ id: c.id }).then((r) => {
      if (r.ok && request === customerRequest.current) setCustomer(factsOf(r.data));
    });
  };

  const save = async () => {
    if (busy) return;
    const kept = values.lines.filter((l) => !isBlankLine(l));
    const cleaned = { ...values, lines: kept.length ? kept : values.lines.slice(0, 1) };
    setValues(cleaned);
    const checked = orderInputOf(cleaned);
    if (!checked.ok) return showFieldErrors(checked.errors);
    setBusy(true);
    const r = order
      ? await api.orders.update({ id: order.id, order: checked.input })
      : await api.orders.create(checked.input);
    setBusy(false);
    if (!r.ok) return showError(orderErrorOf(r.error));
    setSaved(JSON.stringify(cleaned));
    notifySuccess(`${KIND_LABEL[r.data.kind]} ${r.data.number} saved`);
    onSaved(r.data);
  };

  const kind = KIND_LABEL[values.kind];
  const title = order ? `${kind} ${order.number}` : `New ${kind.toLowerCase()}`;

  return (
    <Box
      ref={rootRef}
      data-form-root
      data-testid="order-editor"
      onKeyDown={formKeyHandler(() => void save())}
      style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', gap: 10 }}
    >
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <Tooltip label="Back (Esc)">
            <ActionIcon variant="subtle" color="gray" aria-label="Back" onClick={back}>
              <IconArrowLeft size={18} />
            </ActionIcon>
          </Tooltip>
          <Title order={3} fw={650}>
            {title}
          </Title>
          <Badge variant="light" color="gray" radius="sm" tt="none">
            {dirty ? 'Unsaved changes' : order ? 'Saved' : 'Not saved'}
          </Badge>
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Button variant="subtle" color="gray" onClick={back}>
            Cancel
          </Button>
          <Button
            data-enter-stop
            loading={busy}
            leftSection={<IconDeviceFloppy size={16} />}
            rightSection={<Kbd size="xs">Ctrl+S</Kbd>}
            onClick={() => void save()}
          >
            Save
          </Button>
        </Group>
      </Group>

      <Paper withBorder radius="sm" px="md" py="sm">
        <Box
          style={{
            display: 'grid',
            gridTemplateColumns: 'minmax(280px, 2fr) 150px 150px minmax(200px, 1.2fr)',
            gap: '8px 12px',
            alignItems: 'start',
          }}
        >
          <CustomerPicker
            label="Customer"
            withAsterisk
            placeholder="Search code, name or GSTIN"
            autoFocus={order === null}
            openOnFocus
            pickedLabel={values.customerLabel}
            onPick={pickCustomer}
            error={errors.customerId}
            description={customer ? factsLine(customer) : ' '}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            data-testid="customer-picker"
          />
          <DateInput
            label="Date"
            withAsterisk
            value={values.date}
            onChange={(t) => set('date', t)}
            error={errors.date}
          />
          {values.kind === 'estimate' ? (
            <DateInput
              label="Valid until"
              value={values.validUntil}
              onChange={(t) => set('validUntil', t)}
              error={errors.validUntil}
            />
          ) : (
            <Box />
          )}
          <TextInput
            label={REFERENCE_LABEL[values.kind]}
            placeholder={values.kind === 'estimate' ? 'e.g. mail of 5 May' : 'e.g. PO/4512'}
            maxLength={100}
            value={values.customerReference}
            onChange={(e) => set('customerReference', e.currentTarget.value)}
            error={errors.customerReference}
          />
        </Box>
      </Paper>

      {errors.lines && (
        <Alert color="red" py={6} role="alert" data-testid="lines-error">
          <Text size="sm">{errors.lines}</Text>
        </Alert>
      )}

      <Paper withBorder radius="sm" style={{ flex: 1, minHeight: 140, overflow: 'auto' }}>
        <LinesGrid
          lines={values.lines}
          taxed={live.lines}
          intraState={intraState}
          errors={errors}
          onLine={updateLine}
          onPickItem={pickItem}
          onAdd={() => setLines((lines) => [...lines, newLine()])}
          onRemove={(i) => {
            setLines((lines) => (lines.length > 1 ? lines.filter((_, j) => j !== i) : lines));
            // Removing a line renumbers the rest, so their old errors no longer fit.
            setErrors((e) =>
              Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith('lines.'))),
            );
          }}
          onDone={() => focusField(notesRef.current)}
        />
      </Paper>

      <Group align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={6} w={330} style={{ flexShrink: 0 }}>
          <Textarea
            ref={notesRef}
            label="Notes"
            autosize
            minRows={3}
            maxRows={5}
            maxLength={2000}
            value={values.notes}
            onChange={(e) => set('notes', e.currentTarget.value)}
            error={errors.notes}
          />
          {live.incomplete > 0 && (
            <Text size="xs" c="orange.8" data-testid="incomplete-lines">
              {live.incomplete === 1 ? '1 line is' : `${live.incomplete} lines are`} not in the
              totals yet: fill in quantity, rate and GST rate.
            </Text>
          )}
        </Stack>
        <Box style={{ flex: 1, minWidth: 0 }}>
          <TaxSummaryTable rows={live.summary} intraState={intraState} />
        </Box>
        <Box w={330} style={{ flexShrink: 0 }}>
          <TotalsBox totals={live.totals} intraState={intraState} roundOff />
        </Box>
      </Group>

      <ConfirmDialog
        opened={confirmLeave}
        title="Discard changes?"
        confirmLabel="Discard"
        danger
        onConfirm={onBack}
        onCancel={() => setConfirmLeave(false)}
      >
        The changes since the last save will be lost. Save with Ctrl+S to keep them.
      </ConfirmDialog>
    </Box>
  );
}
