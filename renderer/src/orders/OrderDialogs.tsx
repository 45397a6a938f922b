import { Alert, Box, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck, IconFileInvoice } from '@tabler/icons-react';
import { useState } from 'react';
import { todayIso } from '../../../shared/dates';
import type { GstDocument } from '../../../shared/invoices/contract';
import type { Order } from '../../../shared/orders/contract';
import { useApi } from '../api/context';
import { splitErrors, type FieldErrors } from '../api/errors';
import { DateInput } from '../ui/DateInput';
import { dateText, parseDateText } from '../ui/dates';
import { formKeyHandler } from '../ui/keys';
import { orderTitle } from './labels';

interface ApproveDialogProps {
  order: Order;
  onClose: () => void;
  onApproved: (order: Order) => void;
}

/** The customer said yes: when, and on what (their mail, letter or PO). Both are kept. */
export function ApproveDialog({ order, onClose, onApproved }: ApproveDialogProps) {
  const api = useApi();
  const [date, setDate] = useState(() => dateText(todayIso()));
  const [reference, setReference] = useState(order.customerReference ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const approve = async () => {
    if (busy) return;
    const found: FieldErrors = {};
    const approvedOn = parseDateText(date, 'Approval date');
    if (!approvedOn.ok) found.approvedOn = approvedOn.message;
    else if (!approvedOn.iso) found.approvedOn = 'Enter the date the customer approved';
    else if (approvedOn.iso < order.date) {
      found.approvedOn = `Approval cannot be before the estimate's date (${dateText(order.date)})`;
    }
    if (!reference.trim()) {
      found.approvalReference =
        "Enter the customer's approval reference (their mail, letter or PO)";
    }
    setErrors(found);
    setGeneral(null);
    if (Object.keys(found).length || !approvedOn.ok || !approvedOn.iso) return;
    setBusy(true);
    const r = await api.orders.setStatus({
      id: order.id,
      status: 'approved',
      approvedOn: approvedOn.iso,
      approvalReference: reference,
    });
    setBusy(false);
    if (r.ok) return onApproved(r.data);
    const split = splitErrors(r.error, (p) => p === 'approvedOn' || p === 'approvalReference');
    setErrors(split.fields);
    setGeneral(split.general);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={<Text fw={600}>Approve {orderTitle(order)}</Text>}
      centered
      size="sm"
    >
      <Box data-form-root onKeyDown={formKeyHandler(() => void approve())}>
        <Stack gap="sm">
          {general && (
            <Alert color="red" py={6} role="alert">
              <Text size="sm">{general}</Text>
            </Alert>
          )}
          <DateInput
            label="Approval date"
            withAsterisk
            data-autofocus
            value={date}
            onChange={(t) => {
              setDate(t);
              setErrors(({ approvedOn: _gone, ...rest }) => rest);
            }}
            error={errors.approvedOn}
          />
          <TextInput
            label="Approval reference"
            withAsterisk
            placeholder="e.g. Mail of 5 May, PO/4512"
            maxLength={100}
            value={reference}
            onChange={(e) => {
              setReference(e.currentTarget.value);
              setErrors(({ approvalReference: _gone, ...rest }) => rest);
            }}
            error={errors.approvalReference}
          />
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              data-enter-stop
              color="teal"
              loading={busy}
              leftSection={<IconCheck size={16} />}
              onClick={() => void approve()}
            >
              Approve
            </Button>
          </Group>
        </Stack>
      </Box>
    </Modal>
  );
}

interface ConvertDialogProps {
  order: Order;
  /** Drafts already billing this order: a second one would bill the same quantities again. */
  openDrafts: number;
  onClose: () => void;
  onConverted: (draft: GstDocument) => void;
}

/** Draft an invoice of everything still to bill, at the agreed prices, dated as the user says. */
export function ConvertDialog({ order, openDrafts, onClose, onConverted }: ConvertDialogProps) {
  const api = useApi();
  const [date, setDate] = useState(() => dateText(todayIso()));
  const [error, setError] = useState<string | null>(null);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const convert = async () => {
    if (busy) return;
    const parsed = parseDateText(date, 'Invoice date');
    if (!parsed.ok) return setError(parsed.message);
    if (!parsed.iso) return setError('Enter the invoice date');
    setBusy(true);
    const r = await api.orders.toInvoice({ id: order.id, date: parsed.iso });
    setBusy(false);
    if (r.ok) return onConverted(r.data);
    const split = splitErrors(r.error, (p) => p === 'date');
    setError(split.fields.date ?? null);
    setGeneral(split.general);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={<Text fw={600}>Convert {orderTitle(order)} to an invoice</Text>}
      centered
      size="sm"
    >
      <Box data-form-root onKeyDown={formKeyHandler(() => void convert())}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            A draft invoice is made of every line still to bill, at the agreed rate and discount.
            Check it against the order before you issue it.
          </Text>
          {openDrafts > 0 && (
            <Alert color="orange" py={6}>
              <Text size="sm">
                {openDrafts === 1 ? 'A draft invoice' : `${openDrafts} draft invoices`} already bill
                this order. Issue or discard {openDrafts === 1 ? 'it' : 'them'} first, or the same
                quantities will be billed twice.
              </Text>
            </Alert>
          )}
          {general && (
            <Alert color="red" py={6} role="alert">
              <Text size="sm">{general}</Text>
            </Alert>
          )}
          <DateInput
            label="Invoice date"
            withAsterisk
            data-autofocus
            value={date}
            onChange={(t) => {
              setDate(t);
              setError(null);
            }}
            error={error ?? undefined}
          />
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              data-enter-stop
              loading={busy}
              leftSection={<IconFileInvoice size={16} />}
              onClick={() => void convert()}
            >
              Make draft invoice
            </Button>
          </Group>
        </Stack>
      </Box>
    </Modal>
  );
}
