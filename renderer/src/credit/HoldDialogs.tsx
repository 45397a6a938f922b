import { useState } from 'react';
import type { CreditHold } from '../../../shared/credit/contract';
import { todayIso } from '../../../shared/dates';
import { useApi } from '../api/context';
import type { FieldErrors } from '../api/errors';
import { customerLabel } from '../invoices/invoiceForm';
import { CustomerPicker } from '../invoices/pickers';
import { DateAndText, requiredDay } from '../ui/DateAndText';
import { dateText } from '../ui/dates';
import { LedgerDialog, useDialogForm } from '../ui/LedgerDialog';

const HOLD_FIELDS = new Set(['customerId', 'heldOn', 'reason']);

/** Stop invoices and approvals for a customer until released: dispatch holds the materials. */
export function HoldDialog(props: { onClose: () => void; onHeld: (h: CreditHold) => void }) {
  const api = useApi();
  const [customer, setCustomer] = useState<{ id: number; label: string } | null>(null);
  const [heldOn, setHeldOn] = useState(() => dateText(todayIso()));
  const [reason, setReason] = useState('');
  const { errors, general, busy, edit, submit } = useDialogForm(HOLD_FIELDS);
  const hold = () => {
    const found: FieldErrors = {};
    if (!customer) found.customerId = 'Choose the customer to hold';
    const on = requiredDay(heldOn, 'Date held', 'heldOn', found, 'Enter the date of the hold');
    if (!reason.trim()) found.reason = 'Say why the customer is on hold';
    void submit(
      found,
      () =>
        api.credit.hold({
          customerId: customer?.id ?? 0,
          heldOn: on,
          reason,
        }),
      props.onHeld,
    );
  };
  return (
    <LedgerDialog
      title="Put a customer on credit hold"
      intro="No invoice is issued and no estimate approved for them without an override until the hold is released. Dispatch sees them on the hold list."
      general={general}
      busy={busy}
      action="Put on hold"
      actionColor="red"
      onAction={hold}
      onClose={props.onClose}
    >
      <CustomerPicker
        label="Customer"
        withAsterisk
        pickedLabel={customer?.label ?? ''}
        onPick={(c) => {
          setCustomer({ id: c.id, label: customerLabel(c) });
          edit('customerId');
        }}
        onClear={() => setCustomer(null)}
        error={errors.customerId}
      />
      <DateAndText
        dateLabel="Date held"
        date={heldOn}
        onDate={(t) => {
          setHeldOn(t);
          edit('heldOn');
        }}
        dateError={errors.heldOn}
        placeholder="e.g. Two cheques returned; 90 days overdue"
        text={reason}
        onText={(v) => {
          setReason(v);
          edit('reason');
        }}
        textError={errors.reason}
      />
    </LedgerDialog>
  );
}

const RELEASE_FIELDS = new Set(['releasedOn', 'reason']);

export function ReleaseDialog(props: {
  hold: CreditHold;
  onClose: () => void;
  onReleased: (h: CreditHold) => void;
}) {
  const api = useApi();
  const [releasedOn, setReleasedOn] = useState(() => dateText(todayIso()));
  const [reason, setReason] = useState('');
  const { errors, general, busy, edit, submit } = useDialogForm(RELEASE_FIELDS);
  const release = () => {
    const found: FieldErrors = {};
    const on = requiredDay(
      releasedOn,
      'Date released',
      'releasedOn',
      found,
      'Enter the date of the release',
    );
    if (!reason.trim()) found.reason = 'Say why the hold is released';
    void submit(
      found,
      () =>
        api.credit.release({
          customerId: props.hold.customerId,
          releasedOn: on,
          reason,
        }),
      props.onReleased,
    );
  };
  return (
    <LedgerDialog
      title={`Release ${props.hold.customerName}`}
      intro={`On hold since ${dateText(props.hold.heldOn)} (${props.hold.reason}). The release is logged with your name.`}
      general={general}
      busy={busy}
      action="Release hold"
      onAction={release}
      onClose={props.onClose}
    >
      <DateAndText
        dateLabel="Date released"
        date={releasedOn}
        onDate={(t) => {
          setReleasedOn(t);
          edit('releasedOn');
        }}
        dateError={errors.releasedOn}
        placeholder="e.g. Overdue cleared by RTGS; new limit agreed"
        text={reason}
        onText={(v) => {
          setReason(v);
          edit('reason');
        }}
        textError={errors.reason}
      />
    </LedgerDialog>
  );
}
