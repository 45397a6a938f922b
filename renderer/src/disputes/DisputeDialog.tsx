import { Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { todayIso } from '../../../shared/dates';
import {
  DISPUTE_REASON_LABELS,
  DISPUTE_REASONS,
  type Dispute,
  type DisputeReason,
} from '../../../shared/disputes/contract';
import { paise } from '../../../shared/money';
import { useApi } from '../api/context';
import type { FieldErrors } from '../api/errors';
import { inr, notBefore } from '../customer-accounts/format';
import { DateInput } from '../ui/DateInput';
import { dateText, parseDateText } from '../ui/dates';
import { LedgerDialog, useDialogForm } from '../ui/LedgerDialog';
import { MoneyInput } from '../ui/MoneyInput';
import { moneyText, parseMoneyText } from '../ui/money';
import { pickHighlighted } from '../ui/selectKeys';

export const REASON_OPTIONS = DISPUTE_REASONS.map((r) => ({
  value: r,
  label: DISPUTE_REASON_LABELS[r],
}));
const FIELDS = new Set(['reason', 'amount', 'raisedOn', 'owner', 'notes']);

/** The invoice a dispute is about, as the dialog needs it. */
export interface DisputedInvoice {
  id: number;
  number: string | null;
  date: string;
  openBalance: number;
}

interface DisputeDialogProps {
  invoice: DisputedInvoice;
  /** An open dispute to change; none to raise a new one. */
  dispute?: Dispute;
  onClose: () => void;
  onSaved: (dispute: Dispute) => void;
}

/** Raise a dispute on an invoice, or change an open one: reason, amount, owner, notes. */
export function DisputeDialog({ invoice, dispute, onClose, onSaved }: DisputeDialogProps) {
  const api = useApi();
  const [reason, setReason] = useState<DisputeReason>(dispute?.reason ?? 'pricing');
  const [amount, setAmount] = useState(() =>
    moneyText(paise(dispute?.amount ?? invoice.openBalance)),
  );
  const [raisedOn, setRaisedOn] = useState(() => dateText(notBefore(todayIso(), invoice.date)));
  const [owner, setOwner] = useState(dispute?.owner ?? '');
  const [notes, setNotes] = useState(dispute?.notes ?? '');
  const { errors, general, busy, edit, submit } = useDialogForm(FIELDS);

  const save = () => {
    const found: FieldErrors = {};
    const money = parseMoneyText(amount, 'Disputed amount');
    if (!money.ok) found.amount = money.message;
    else if (!money.paise) found.amount = 'Enter the amount the customer disputes';
    const date = parseDateText(raisedOn, 'Date raised');
    if (!date.ok) found.raisedOn = date.message;
    else if (!date.iso) found.raisedOn = 'Enter the date the customer raised it';
    const values = { reason, amount: money.ok ? (money.paise ?? 0) : 0, owner, notes };
    void submit(
      found,
      () =>
        dispute
          ? api.disputes.update({ id: dispute.id, ...values })
          : api.disputes.raise({
              documentId: invoice.id,
              raisedOn: date.ok ? (date.iso ?? '') : '',
              ...values,
            }),
      onSaved,
    );
  };

  return (
    <LedgerDialog
      title={`${dispute ? 'Change the dispute on' : 'Dispute on'} ${invoice.number ?? ''}`}
      intro={`${inr(invoice.openBalance)} is open on ${invoice.number ?? 'the invoice'}. A disputed invoice stays in ageing, flagged, until the dispute is resolved.`}
      general={general}
      busy={busy}
      action={dispute ? 'Save dispute' : 'Raise dispute'}
      actionColor="orange"
      onAction={save}
      onClose={onClose}
    >
      <SimpleGrid cols={2} spacing="sm">
        <Select
          label="Reason"
          withAsterisk
          data-autofocus
          data={REASON_OPTIONS}
          allowDeselect={false}
          value={reason}
          onChange={(v) => {
            if (v) setReason(v as DisputeReason);
            edit('reason');
          }}
          onKeyDown={pickHighlighted}
          error={errors.reason}
          comboboxProps={{ withinPortal: true }}
        />
        <MoneyInput
          label="Disputed amount"
          withAsterisk
          value={amount}
          onChange={(t) => {
            setAmount(t);
            edit('amount');
          }}
          error={errors.amount}
        />
        {!dispute && (
          <DateInput
            label="Date raised"
            withAsterisk
            value={raisedOn}
            onChange={(t) => {
              setRaisedOn(t);
              edit('raisedOn');
            }}
            error={errors.raisedOn}
          />
        )}
        <TextInput
          label="Owner"
          placeholder="Who is resolving it"
          maxLength={80}
          value={owner}
          onChange={(e) => {
            setOwner(e.currentTarget.value);
            edit('owner');
          }}
          error={errors.owner}
        />
      </SimpleGrid>
      <Textarea
        label="Notes"
        placeholder="What the customer says, and what we have checked"
        autosize
        minRows={2}
        maxLength={2000}
        value={notes}
        onChange={(e) => {
          setNotes(e.currentTarget.value);
          edit('notes');
        }}
        error={errors.notes}
      />
    </LedgerDialog>
  );
}
