import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { todayIso } from '../../../shared/dates';
import type { PaymentPlan } from '../../../shared/payment-plans/contract';
import { useApi } from '../api/context';
import type { FieldErrors } from '../api/errors';
import { inr, notBefore } from '../customer-accounts/format';
import { DateInput } from '../ui/DateInput';
import { dateText, parseDateText } from '../ui/dates';
import { LedgerDialog, useDialogForm } from '../ui/LedgerDialog';

const FIELDS = new Set(['cancelledOn', 'reason']);

interface CancelPlanDialogProps {
  plan: PaymentPlan;
  onClose: () => void;
  onCancelled: (plan: PaymentPlan) => void;
}

/** Cancel a plan with why: what is unpaid goes back onto its invoices; paid instalments stay. */
export function CancelPlanDialog({ plan, onClose, onCancelled }: CancelPlanDialogProps) {
  const api = useApi();
  const [cancelledOn, setCancelledOn] = useState(() =>
    dateText(notBefore(todayIso(), plan.planOn)),
  );
  const [reason, setReason] = useState('');
  const { errors, general, busy, edit, submit } = useDialogForm(FIELDS);

  const cancel = () => {
    const found: FieldErrors = {};
    const date = parseDateText(cancelledOn, 'Cancelled on');
    if (!date.ok) found.cancelledOn = date.message;
    else if (!date.iso) found.cancelledOn = 'Enter the date the plan is cancelled';
    if (!reason.trim()) found.reason = 'Say why the plan is cancelled';
    void submit(
      found,
      () =>
        api.paymentPlans.cancel({
          id: plan.id,
          cancelledOn: date.ok ? (date.iso ?? '') : '',
          reason,
        }),
      onCancelled,
    );
  };

  return (
    <LedgerDialog
      title={`Cancel payment plan ${plan.number}`}
      intro={`${inr(plan.outstanding)} unpaid on its instalments goes back onto ${plan.items.map((d) => d.number).join(', ')}. Instalments already paid stay paid.`}
      general={general}
      busy={busy}
      action="Cancel plan"
      actionColor="red"
      cancelLabel="Keep it"
      onAction={cancel}
      onClose={onClose}
    >
      <DateInput
        label="Cancelled on"
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
        placeholder="e.g. Customer stopped paying; agreed a new plan"
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
