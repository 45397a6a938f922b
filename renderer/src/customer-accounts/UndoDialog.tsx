import { Alert, Box, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { todayIso } from '../../../shared/dates';
import type { AllocationRow } from '../../../shared/receipts/contract';
import { useApi } from '../api/context';
import { splitErrors, withoutError, type FieldErrors } from '../api/errors';
import { DateInput } from '../ui/DateInput';
import { dateText, parseDateText } from '../ui/dates';
import { formKeyHandler } from '../ui/keys';
import { inr, notBefore } from './format';

interface UndoDialogProps {
  allocation: AllocationRow;
  onClose: () => void;
  onUndone: (reversal: AllocationRow) => void;
}

/** Undoing an allocation adds a reversing row; the auditor will ask why, so a reason is a must. */
export function UndoDialog({ allocation: a, onClose, onUndone }: UndoDialogProps) {
  const api = useApi();
  const [date, setDate] = useState(() => dateText(notBefore(todayIso(), a.date)));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const undo = async () => {
    if (busy) return;
    const found: FieldErrors = {};
    const parsed = parseDateText(date, 'Date');
    if (!parsed.ok) found.date = parsed.message;
    else if (!parsed.iso) found.date = 'Enter the date the allocation is undone';
    if (!reason.trim())
      found.reason = 'Say why the allocation is undone (it goes in the audit trail)';
    setErrors(found);
    setGeneral(null);
    if (Object.keys(found).length || !parsed.ok || !parsed.iso) return;
    setBusy(true);
    const r = await api.receipts.unallocate({ allocationId: a.id, date: parsed.iso, reason });
    setBusy(false);
    if (r.ok) return onUndone(r.data);
    const split = splitErrors(r.error, (p) => p === 'date' || p === 'reason');
    setErrors(split.fields);
    setGeneral(split.general);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={<Text fw={600}>Undo allocation</Text>}
      centered
      size="md"
    >
      <Box data-form-root onKeyDown={formKeyHandler(() => void undo())}>
        <Stack gap="sm">
          <Text size="sm">
            {inr(a.amount)} of {a.creditNumber} set against {a.debitNumber} on {dateText(a.date)}{' '}
            goes back on account, and {a.debitNumber} opens again by that much.
          </Text>
          {general && (
            <Alert color="red" py={6} role="alert">
              <Text size="sm">{general}</Text>
            </Alert>
          )}
          <DateInput
            label="Date"
            withAsterisk
            value={date}
            onChange={(t) => {
              setDate(t);
              setErrors((e) => withoutError(e, 'date'));
            }}
            error={errors.date}
          />
          <TextInput
            label="Reason"
            withAsterisk
            data-autofocus
            placeholder="e.g. Allocated to the wrong invoice"
            maxLength={300}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setErrors((x) => withoutError(x, 'reason'));
            }}
            error={errors.reason}
          />
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose}>
              Keep it
            </Button>
            <Button data-enter-stop color="orange" loading={busy} onClick={() => void undo()}>
              Undo allocation
            </Button>
          </Group>
        </Stack>
      </Box>
    </Modal>
  );
}
