import { Textarea } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { Result } from '../../../shared/result';
import type { FieldErrors } from '../api/errors';
import { DateInput } from './DateInput';
import { dateText, parseDateText } from './dates';
import { LedgerDialog, useDialogForm } from './LedgerDialog';

const FIELDS = new Set(['cancelledOn', 'reason']);

interface CancelDialogProps<T> {
  title: ReactNode;
  intro: ReactNode;
  /** The date input's label, and the message when it is left blank. */
  dateLabel: string;
  dateRequired: string;
  /** The date to offer: today, or the record's own date if that is later. */
  initialDate: string;
  /** The message when no reason is given. */
  reasonRequired: string;
  reasonPlaceholder: string;
  action: string;
  send: (q: { cancelledOn: string; reason: string }) => Promise<Result<T>>;
  onClose: () => void;
  onDone: (data: T) => void;
}

/** Withdraw or cancel a record once, with the date and why; it stays on record, marked so. */
export function CancelDialog<T>({
  title,
  intro,
  dateLabel,
  dateRequired,
  initialDate,
  reasonRequired,
  reasonPlaceholder,
  action,
  send,
  onClose,
  onDone,
}: CancelDialogProps<T>) {
  const [cancelledOn, setCancelledOn] = useState(() => dateText(initialDate));
  const [reason, setReason] = useState('');
  const { errors, general, busy, edit, submit } = useDialogForm(FIELDS);

  const cancel = () => {
    const found: FieldErrors = {};
    const date = parseDateText(cancelledOn, dateLabel);
    if (!date.ok) found.cancelledOn = date.message;
    else if (!date.iso) found.cancelledOn = dateRequired;
    if (!reason.trim()) found.reason = reasonRequired;
    void submit(
      found,
      () => send({ cancelledOn: date.ok ? (date.iso ?? '') : '', reason }),
      onDone,
    );
  };

  return (
    <LedgerDialog
      title={title}
      intro={intro}
      general={general}
      busy={busy}
      action={action}
      actionColor="red"
      cancelLabel="Keep it"
      onAction={cancel}
      onClose={onClose}
    >
      <DateInput
        label={dateLabel}
        withAsterisk
        value={cancelledOn}
        onChange={(t) => {
          setCancelledOn(t);
          edit('cancelledOn');
        }}
        error={errors.cancelledOn}
      />
      <Textarea
        label="Reason"
        withAsterisk
        data-autofocus
        placeholder={reasonPlaceholder}
        autosize
        minRows={2}
        maxLength={500}
        value={reason}
        onChange={(e) => {
          setReason(e.currentTarget.value);
          edit('reason');
        }}
        error={errors.reason}
      />
    </LedgerDialog>
  );
}
