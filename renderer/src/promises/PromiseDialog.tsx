import { Checkbox, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { todayIso } from '../../../shared/dates';
import { paise } from '../../../shared/money';
import {
  PROMISE_CHANNEL_LABELS,
  PROMISE_CHANNELS,
  type PaymentPromise,
  type PromiseChannel,
} from '../../../shared/promises/contract';
import type { OpenItemRow } from '../../../shared/receipts/contract';
import { useApi } from '../api/context';
import type { FieldErrors } from '../api/errors';
import { inr } from '../customer-accounts/format';
import { TypeableSelect } from '../receipts/selects';
import { DateInput } from '../ui/DateInput';
import { dateText, parseDateText } from '../ui/dates';
import { LedgerDialog, useDialogForm } from '../ui/LedgerDialog';
import { MoneyInput } from '../ui/MoneyInput';
import { moneyText, parseMoneyText } from '../ui/money';

const HOW_OPTIONS = PROMISE_CHANNELS.map((c) => ({ value: c, label: PROMISE_CHANNEL_LABELS[c] }));
const FIELDS = new Set([
  'amount',
  'promisedOn',
  'madeOn',
  'how',
  'contactPerson',
  'invoiceIds',
  'notes',
]);

interface PromiseDialogProps {
  customerId: number;
  customerName: string;
  /** The customer's open debit items, to tick the ones the promise is for. */
  openItems: OpenItemRow[];
  onClose: () => void;
  onSaved: (promise: PaymentPromise) => void;
}

/** Record what the customer promised: how much, by when, how they said it, and for which bills. */
export function PromiseDialog({
  customerId,
  customerName,
  openItems,
  onClose,
  onSaved,
}: PromiseDialogProps) {
  const api = useApi();
  const today = todayIso();
  const [amount, setAmount] = useState('');
  const [promisedOn, setPromisedOn] = useState(() => dateText(today));
  const [madeOn, setMadeOn] = useState(() => dateText(today));
  const [how, setHow] = useState<PromiseChannel>('call');
  const [contactPerson, setContactPerson] = useState('');
  const [invoiceIds, setInvoiceIds] = useState<number[]>([]);
  const [notes, setNotes] = useState('');
  const { errors, general, busy, edit, submit } = useDialogForm(FIELDS);
  const owed = openItems.reduce((s, d) => s + d.openBalance, 0);

  const tick = (next: number[]) => {
    const sumOf = (ids: number[]) =>
      openItems.filter((d) => ids.includes(d.documentId)).reduce((s, d) => s + d.openBalance, 0);
    // Follow the ticks while the amount is blank or still what the ticks added up to.
    const typed = parseMoneyText(amount, 'Promised amount');
    if (!amount.trim() || (typed.ok && typed.paise === sumOf(invoiceIds))) {
      setAmount(next.length ? moneyText(paise(sumOf(next))) : '');
    }
    setInvoiceIds(next);
    edit('invoiceIds');
  };

  const save = () => {
    const found: FieldErrors = {};
    const money = parseMoneyText(amount, 'Promised amount');
    if (!money.ok) found.amount = money.message;
    else if (!money.paise) found.amount = 'Enter the amount the customer promised';
    const by = parseDateText(promisedOn, 'Promised date');
    if (!by.ok) found.promisedOn = by.message;
    else if (!by.iso) found.promisedOn = 'Enter the date the customer will pay by';
    const made = parseDateText(madeOn, 'Made on');
    if (!made.ok) found.madeOn = made.message;
    else if (!made.iso) found.madeOn = 'Enter the date the promise was made';
    void submit(
      found,
      () =>
        api.promises.record({
          customerId,
          amount: money.ok ? (money.paise ?? 0) : 0,
          promisedOn: by.ok ? (by.iso ?? '') : '',
          madeOn: made.ok ? (made.iso ?? '') : '',
          how,
          contactPerson,
          invoiceIds,
          notes,
        }),
      onSaved,
    );
  };

  return (
    <LedgerDialog
      title={`Promise to pay from ${customerName}`}
      intro={`${inr(owed)} is open. Left unticked, the promise is against the account: any receipt between the day it was made and the promised date counts.`}
      general={general}
      busy={busy}
      action="Record promise"
      onAction={save}
      onClose={onClose}
    >
      <SimpleGrid cols={2} spacing="sm">
        <MoneyInput
          label="Promised amount"
          withAsterisk
          data-autofocus
          value={amount}
          onChange={(t) => {
            setAmount(t);
            edit('amount');
          }}
          error={errors.amount}
        />
        <DateInput
          label="Promised date"
          withAsterisk
          value={promisedOn}
          onChange={(t) => {
            setPromisedOn(t);
            edit('promisedOn');
          }}
          error={errors.promisedOn}
        />
        <DateInput
          label="Made on"
          withAsterisk
          value={madeOn}
          onChange={(t) => {
            setMadeOn(t);
            edit('madeOn');
          }}
          error={errors.madeOn}
        />
        <TypeableSelect
          label="How"
          withAsterisk
          data={HOW_OPTIONS}
          value={how}
          onChange={(v) => {
            if (v) setHow(v as PromiseChannel);
            edit('how');
          }}
          error={errors.how}
        />
      </SimpleGrid>
      <TextInput
        label="Contact person"
        placeholder="Who made the promise"
        maxLength={80}
        value={contactPerson}
        onChange={(e) => {
          setContactPerson(e.currentTarget.value);
          edit('contactPerson');
        }}
        error={errors.contactPerson}
      />
      {openItems.length > 0 && (
        <Checkbox.Group
          label="For invoices (optional)"
          value={invoiceIds.map(String)}
          onChange={(v) => tick(v.map(Number))}
          error={errors.invoiceIds}
        >
          <Stack gap={4} mt={4} mah={180} style={{ overflowY: 'auto' }}>
            {openItems.map((d) => (
              <Checkbox
                key={d.documentId}
                value={String(d.documentId)}
                label={
                  <Text size="sm" className="bahi-number">
                    {d.number} of {dateText(d.date)} · {inr(d.openBalance)} open
                  </Text>
                }
              />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      <Textarea
        label="Notes"
        placeholder="What the customer said"
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
