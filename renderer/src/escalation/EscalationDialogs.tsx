import { NumberInput, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { todayIso } from '../../../shared/dates';
import {
  firedText,
  ruleText,
  type EscalationCase,
  type EscalationProposal,
  type EscalationRulesView,
} from '../../../shared/escalation/contract';
import { paise } from '../../../shared/money';
import { useApi } from '../api/context';
import type { FieldErrors } from '../api/errors';
import { DateInput } from '../ui/DateInput';
import { dateText, parseDateText } from '../ui/dates';
import { LedgerDialog, useDialogForm } from '../ui/LedgerDialog';
import { MoneyInput } from '../ui/MoneyInput';
import { moneyText, parseMoneyText } from '../ui/money';

/** A required day typed the Indian way: its ISO text, or the problem under `field`. */
function requiredDay(text: string, label: string, field: string, found: FieldErrors): string {
  const d = parseDateText(text, label);
  if (!d.ok) found[field] = d.message;
  else if (!d.iso) found[field] = `Enter the ${label.toLowerCase()}`;
  return d.ok ? (d.iso ?? '') : '';
}

/** A date and a text, the shape of every escalation command but the rules. */
function DayAndText(props: {
  dateLabel: string;
  date: string;
  onDate: (v: string) => void;
  dateError: string | undefined;
  textLabel: string;
  text: string;
  onText: (v: string) => void;
  textError: string | undefined;
  placeholder: string;
  required: boolean;
}) {
  return (
    <>
      <DateInput
        label={props.dateLabel}
        withAsterisk
        value={props.date}
        onChange={props.onDate}
        error={props.dateError}
      />
      <Textarea
        label={props.textLabel}
        withAsterisk={props.required}
        placeholder={props.placeholder}
        autosize
        minRows={2}
        maxLength={2000}
        value={props.text}
        onChange={(e) => props.onText(e.currentTarget.value)}
        error={props.textError}
      />
    </>
  );
}

const ESCALATE_FIELDS = new Set(['customerId', 'escalatedOn', 'assignedTo', 'note']);

/** Open a case for a customer the rules put on the list: who has it, and why in a line. */
export function EscalateDialog(props: {
  proposal: EscalationProposal;
  asOf: string;
  onClose: () => void;
  onDone: (c: EscalationCase) => void;
}) {
  const api = useApi();
  const p = props.proposal;
  const [on, setOn] = useState(() => dateText(props.asOf));
  const [assignedTo, setAssignedTo] = useState('');
  const [note, setNote] = useState('');
  const { errors, general, busy, edit, submit } = useDialogForm(ESCALATE_FIELDS);
  const send = () => {
    const found: FieldErrors = {};
    const escalatedOn = requiredDay(on, 'Date escalated', 'escalatedOn', found);
    if (!assignedTo.trim()) found.assignedTo = 'Say who in accounts will take the case';
    void submit(
      found,
      () => api.escalation.escalate({ customerId: p.customerId, escalatedOn, assignedTo, note }),
      props.onDone,
    );
  };
  return (
    <LedgerDialog
      title={`Escalate ${p.customerName}`}
      intro={p.rules.map((r) => firedText(r, p)).join('; ')}
      general={general}
      busy={busy}
      action="Escalate"
      actionColor="red"
      onAction={send}
      onClose={props.onClose}
    >
      <TextInput
        label="Assigned to"
        withAsterisk
        data-autofocus
        placeholder="e.g. R. Kulkarni, accounts manager"
        maxLength={80}
        value={assignedTo}
        onChange={(e) => {
          setAssignedTo(e.currentTarget.value);
          edit('assignedTo');
        }}
        error={errors.assignedTo}
      />
      <DayAndText
        dateLabel="Date escalated"
        date={on}
        onDate={(v) => {
          setOn(v);
          edit('escalatedOn');
        }}
        dateError={errors.escalatedOn}
        textLabel="Note"
        text={note}
        onText={(v) => {
          setNote(v);
          edit('note');
        }}
        textError={errors.note}
        placeholder="What has been tried, what the manager should do"
        required={false}
      />
    </LedgerDialog>
  );
}

const NOTE_FIELDS = new Set(['id', 'notedOn', 'note']);

/** What was done on the case today: a note is added, never changed. */
export function NoteDialog(props: {
  escalation: EscalationCase;
  onClose: () => void;
  onDone: (c: EscalationCase) => void;
}) {
  const api = useApi();
  const [on, setOn] = useState(() => dateText(todayIso()));
  const [note, setNote] = useState('');
  const { errors, general, busy, edit, submit } = useDialogForm(NOTE_FIELDS);
  const send = () => {
    const found: FieldErrors = {};
    const notedOn = requiredDay(on, 'Date of the note', 'notedOn', found);
    if (!note.trim()) found.note = 'Write what was done or agreed';
    void submit(
      found,
      () => api.escalation.addNote({ id: props.escalation.id, notedOn, note }),
      props.onDone,
    );
  };
  return (
    <LedgerDialog
      title={`Note on ${props.escalation.customerName}`}
      general={general}
      busy={busy}
      action="Add note"
      onAction={send}
      onClose={props.onClose}
    >
      <DayAndText
        dateLabel="Date of the note"
        date={on}
        onDate={(v) => {
          setOn(v);
          edit('notedOn');
        }}
        dateError={errors.notedOn}
        textLabel="Note"
        text={note}
        onText={(v) => {
          setNote(v);
          edit('note');
        }}
        textError={errors.note}
        placeholder="e.g. Spoke to their CFO; cheque for half by Friday"
        required
      />
    </LedgerDialog>
  );
}

const CLOSE_FIELDS = new Set(['id', 'closedOn', 'resolution']);

/** Close the case with what came of it. */
export function CloseDialog(props: {
  escalation: EscalationCase;
  onClose: () => void;
  onDone: (c: EscalationCase) => void;
}) {
  const api = useApi();
  const [on, setOn] = useState(() => dateText(todayIso()));
  const [resolution, setResolution] = useState('');
  const { errors, general, busy, edit, submit } = useDialogForm(CLOSE_FIELDS);
  const send = () => {
    const found: FieldErrors = {};
    const closedOn = requiredDay(on, 'Date closed', 'closedOn', found);
    if (!resolution.trim()) found.resolution = 'Say how the case was resolved';
    void submit(
      found,
      () => api.escalation.close({ id: props.escalation.id, closedOn, resolution }),
      props.onDone,
    );
  };
  return (
    <LedgerDialog
      title={`Close the case of ${props.escalation.customerName}`}
      intro="A closed case is kept as it is; the broken promises before it no longer count."
      general={general}
      busy={busy}
      action="Close case"
      onAction={send}
      onClose={props.onClose}
    >
      <DayAndText
        dateLabel="Date closed"
        date={on}
        onDate={(v) => {
          setOn(v);
          edit('closedOn');
        }}
        dateError={errors.closedOn}
        textLabel="Resolution"
        text={resolution}
        onText={(v) => {
          setResolution(v);
          edit('resolution');
        }}
        textError={errors.resolution}
        placeholder="e.g. Paid in full; payment plan agreed; sent to legal"
        required
      />
    </LedgerDialog>
  );
}

const RULE_FIELDS = new Set(['overdueAbove', 'overdueDays', 'brokenPromises']);

/** The company's thresholds: strict on both sides, as the screen's subtitle says. */
export function RulesDialog(props: {
  rules: EscalationRulesView;
  onClose: () => void;
  onDone: (r: EscalationRulesView) => void;
}) {
  const api = useApi();
  const [above, setAbove] = useState(() => moneyText(paise(props.rules.overdueAbove)));
  const [days, setDays] = useState<number | string>(props.rules.overdueDays);
  const [broken, setBroken] = useState<number | string>(props.rules.brokenPromises);
  const { errors, general, busy, edit, submit } = useDialogForm(RULE_FIELDS);
  const send = () => {
    const found: FieldErrors = {};
    const amount = parseMoneyText(above, 'Overdue amount above');
    if (!amount.ok) found.overdueAbove = amount.message;
    else if (amount.paise === null)
      found.overdueAbove = 'Enter the overdue amount above which to escalate';
    void submit(
      found,
      () =>
        api.escalation.saveRules({
          overdueAbove: amount.ok ? (amount.paise ?? 0) : 0,
          overdueDays: Number(days),
          brokenPromises: Number(broken),
        }),
      props.onDone,
    );
  };
  return (
    <LedgerDialog
      title="Escalation rules"
      intro={`${ruleText('overdue', props.rules)}, or ${ruleText('broken_promises', props.rules).toLowerCase()}.`}
      general={general}
      busy={busy}
      action="Save rules"
      onAction={send}
      onClose={props.onClose}
    >
      <SimpleGrid cols={2} spacing="sm">
        <MoneyInput
          label="Overdue amount above"
          withAsterisk
          data-autofocus
          value={above}
          onChange={(v) => {
            setAbove(v);
            edit('overdueAbove');
          }}
          error={errors.overdueAbove}
        />
        <NumberInput
          label="For more than (days)"
          withAsterisk
          allowDecimal={false}
          allowNegative={false}
          value={days}
          onChange={(v) => {
            setDays(v);
            edit('overdueDays');
          }}
          error={errors.overdueDays}
        />
      </SimpleGrid>
      <NumberInput
        label="Or broken promises, at least"
        withAsterisk
        allowDecimal={false}
        allowNegative={false}
        value={broken}
        onChange={(v) => {
          setBroken(v);
          edit('brokenPromises');
        }}
        error={errors.brokenPromises}
      />
    </LedgerDialog>
  );
}
