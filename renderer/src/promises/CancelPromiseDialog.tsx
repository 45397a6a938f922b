import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { todayIso } from '../../../shared/dates';
import type { PaymentPromise } from '../../../shared/promises/contract';
import { useApi } from '../api/context';
import type { FieldErrors } from '../api/errors';
import { inr, notBefore } from '../customer-accounts/format';
import { DateInput } from '../ui/DateInput';
import { dateText, parseDateText } from '../ui/dates';
import { LedgerDialog, useDialogForm } from '../ui/LedgerDialog';

const FIELDS = new Set(['cancelledOn', 'reason']);

interface CancelPromiseDialogProps {
  promise: PaymentPromise;
  onClose: () => void;
  onCancelled: (promise: PaymentPromise) => void;
}

/** Withdraw a promise not kept, with why; it stays on record, marked cancelled. */
export function CancelPromiseDialog({ promise, onClose, onCancelled }: CancelPromiseDialogProps) {
  const api = useApi();
  const [cancelledOn, setCancelledOn] = useState(() =>
    dateText(notBefore(todayIso(), promise.madeOn)),
  );
  const [reason, setReason] = useState('');
  const { errors, general, busy, edit, submit } = useDialogForm(FIELDS);

  const cancel = () => {
    const found: FieldErrors = {};
    const date = parseDateText(cancelledOn, 'Date withdrawn');
    if (!date.ok) found.cancelledOn = date.message;
    else if (!date.iso) found.cancelledOn = 'Enter the date it was withdrawn';
    if (!reason.trim()) found.reason = 'Say why the promise is withdrawn';
    void submit(
      found,
      () =>
        api.promises.cancel({
          id: promise.id,
          cancelledOn: date.ok ? (date.iso ?? '') : '',
          reason,
        }),
      onCancelled,
    );
  };

  return (
    <LedgerDialog
      title={`Cancel the promise from ${promise.customerName}`}
      intro={`${inr(promise.amount)} promised by ${dateText(promise.promisedOn)}. A cancelled promise is kept on record and is never counted as broken.`}
      general={general}
      busy={busy}
      action="Cancel promise"
      actionColor="red"
      cancelLabel="Keep it"
      onAction={cancel}
      onClose={onClose}
    >
      <DateInput
        label="Date withdrawn"
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
        placeholder="e.g. Customer will pay with the next order; recorded against the wrong customer"
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
