import { SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { todayIso } from '../../../shared/dates';
import {
  FOLLOW_UP_KIND_LABELS,
  FOLLOW_UP_KINDS,
  FOLLOW_UP_OUTCOME_LABELS,
  FOLLOW_UP_OUTCOMES,
  type FollowUp,
  type FollowUpInput,
  type FollowUpKind,
  type FollowUpOutcome,
} from '../../../shared/follow-ups/contract';
import type { OpenItemRow } from '../../../shared/receipts/contract';
import { useApi } from '../api/context';
import type { FieldErrors } from '../api/errors';
import { inr } from '../customer-accounts/format';
import { TypeableSelect } from '../receipts/selects';
import { DateInput } from '../ui/DateInput';
import { dateText, parseDateText } from '../ui/dates';
import { LedgerDialog, useDialogForm } from '../ui/LedgerDialog';
import { MoneyInput } from '../ui/MoneyInput';
import { parseMoneyText } from '../ui/money';

const KIND_OPTIONS = FOLLOW_UP_KINDS.map((k) => ({ value: k, label: FOLLOW_UP_KIND_LABELS[k] }));
const OUTCOME_OPTIONS = FOLLOW_UP_OUTCOMES.map((o) => ({
  value: o,
  label: FOLLOW_UP_OUTCOME_LABELS[o],
}));
const ACCOUNT = 'account';
const FIELDS = new Set([
  'loggedOn',
  'kind',
  'outcome',
  'contactPerson',
  'documentId',
  'notes',
  'nextActionOn',
  'nextAction',
  'promise.amount',
  'promise.promisedOn',
]);

interface FollowUpDialogProps {
  customerId: number;
  customerName: string;
  /** The customer's open debit items, to say which invoice it was about. */
  openItems: OpenItemRow[];
  onClose: () => void;
  onSaved: (followUp: FollowUp) => void;
}

/**
 * The promise made on the call, when the outcome is "Promised to pay" and an amount was named:
 * recorded with the follow-up. Problems go into `found` under the promise's fields.
 */
function promiseOf(
  outcome: FollowUpOutcome | null,
  amountText: string,
  byText: string,
  found: FieldErrors,
): FollowUpInput['promise'] {
  if (outcome !== 'promised' || !amountText.trim()) return null;
  const amount = parseMoneyText(amountText, 'Promised amount');
  if (!amount.ok) found['promise.amount'] = amount.message;
  else if (!amount.paise) found['promise.amount'] = 'Enter the amount the customer promised';
  const by = parseDateText(byText, 'Promised date');
  if (!by.ok) found['promise.promisedOn'] = by.message;
  else if (!by.iso) found['promise.promisedOn'] = 'Enter the date the customer will pay by';
  return amount.ok && amount.paise && by.ok && by.iso
    ? { amount: amount.paise, promisedOn: by.iso }
    : null;
}

/** Log what happened when the customer was chased, and what to do next. Enter walks, Ctrl+S logs. */
export function FollowUpDialog({
  customerId,
  customerName,
  openItems,
  onClose,
  onSaved,
}: FollowUpDialogProps) {
  const api = useApi();
  const [kind, setKind] = useState<FollowUpKind>('call');
  const [outcome, setOutcome] = useState<FollowUpOutcome | null>(null);
  const [contactPerson, setContactPerson] = useState('');
  const [loggedOn, setLoggedOn] = useState(() => dateText(todayIso()));
  const [documentId, setDocumentId] = useState<string>(ACCOUNT);
  const [notes, setNotes] = useState('');
  const [nextActionOn, setNextActionOn] = useState('');
  const [nextAction, setNextAction] = useState('');
  const [promiseAmount, setPromiseAmount] = useState('');
  const [promisedOn, setPromisedOn] = useState('');
  const { errors, general, busy, edit, submit } = useDialogForm(FIELDS);
  const invoiceOptions = [
    { value: ACCOUNT, label: 'The whole account' },
    ...openItems.map((d) => ({
      value: String(d.documentId),
      label: `${d.number} · ${inr(d.openBalance)} open`,
    })),
  ];

  const save = () => {
    const found: FieldErrors = {};
    if (!outcome) found.outcome = 'Choose the outcome';
    const on = parseDateText(loggedOn, 'Logged on');
    if (!on.ok) found.loggedOn = on.message;
    else if (!on.iso) found.loggedOn = 'Enter the day of the follow-up';
    const next = parseDateText(nextActionOn, 'Next action date');
    if (!next.ok) found.nextActionOn = next.message;
    const promise = promiseOf(outcome, promiseAmount, promisedOn, found);
    void submit(
      found,
      () =>
        api.followUps.log({
          customerId,
          documentId: documentId === ACCOUNT ? null : Number(documentId),
          loggedOn: on.ok ? (on.iso ?? '') : '',
          kind,
          outcome: outcome ?? 'other',
          contactPerson,
          notes,
          nextActionOn: next.ok ? next.iso : null,
          nextAction,
          promise,
        }),
      onSaved,
    );
  };

  const text = (set: (v: string) => void, field: string) => (v: string) => {
    set(v);
    edit(field);
  };

  return (
    <LedgerDialog
      title={`Follow-up with ${customerName}`}
      general={general}
      busy={busy}
      action="Log follow-up"
      onAction={save}
      onClose={onClose}
    >
      <SimpleGrid cols={2} spacing="sm">
        <TypeableSelect
          label="Kind"
          withAsterisk
          data-autofocus
          data={KIND_OPTIONS}
          value={kind}
          onChange={(v) => {
            if (v) setKind(v as FollowUpKind);
            edit('kind');
          }}
          error={errors.kind}
        />
        <TypeableSelect
          label="Outcome"
          withAsterisk
          data={OUTCOME_OPTIONS}
          value={outcome}
          onChange={(v) => {
            setOutcome(v as FollowUpOutcome | null);
            edit('outcome');
          }}
          error={errors.outcome}
        />
        <TextInput
          label="Contact person"
          placeholder="Who you spoke to"
          maxLength={80}
          value={contactPerson}
          onChange={(e) => text(setContactPerson, 'contactPerson')(e.currentTarget.value)}
          error={errors.contactPerson}
        />
        <DateInput
          label="Logged on"
          withAsterisk
          value={loggedOn}
          onChange={text(setLoggedOn, 'loggedOn')}
          error={errors.loggedOn}
        />
      </SimpleGrid>
      <TypeableSelect
        label="About"
        data={invoiceOptions}
        value={documentId}
        onChange={(v) => {
          setDocumentId(v ?? ACCOUNT);
          edit('documentId');
        }}
        error={errors.documentId}
      />
      <Textarea
        label="Notes"
        placeholder="What was said"
        autosize
        minRows={2}
        maxLength={2000}
        value={notes}
        onChange={(e) => text(setNotes, 'notes')(e.currentTarget.value)}
        error={errors.notes}
      />
      {outcome === 'promised' && (
        <SimpleGrid cols={2} spacing="sm">
          <MoneyInput
            label="Promised amount"
            placeholder="Leave blank if no amount was named"
            value={promiseAmount}
            onChange={text(setPromiseAmount, 'promise.amount')}
            error={errors['promise.amount']}
          />
          <DateInput
            label="Promised date"
            value={promisedOn}
            onChange={text(setPromisedOn, 'promise.promisedOn')}
            error={errors['promise.promisedOn']}
          />
        </SimpleGrid>
      )}
      <SimpleGrid cols={2} spacing="sm">
        <DateInput
          label="Next action date"
          value={nextActionOn}
          onChange={text(setNextActionOn, 'nextActionOn')}
          error={errors.nextActionOn}
        />
        <TextInput
          label="Next action"
          placeholder="e.g. Call the accounts head"
          maxLength={200}
          value={nextAction}
          onChange={(e) => text(setNextAction, 'nextAction')(e.currentTarget.value)}
          error={errors.nextAction}
        />
      </SimpleGrid>
    </LedgerDialog>
  );
}
