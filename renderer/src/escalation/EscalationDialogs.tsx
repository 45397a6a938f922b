import { NumberInput, SimpleGrid, TextInput } from '@mantine/core';
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
import type { Result } from '../../../shared/result';
import { useApi } from '../api/context';
import type { FieldErrors } from '../api/errors';
import { DateAndText, requiredDay } from '../ui/DateAndText';
import { dateText } from '../ui/dates';
import { LedgerDialog, useDialogForm } from '../ui/LedgerDialog';
import { MoneyInput } from '../ui/MoneyInput';
import { moneyText, parseMoneyText } from '../ui/money';

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
      <DateAndText
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
        maxLength={2000}
      />
    </LedgerDialog>
  );
}

/** A dated text on an open case: a note added, or the resolution that closes it. */
function CaseTextDialog(props: {
  title: string;
  intro?: string;
  action: string;
  dateLabel: string;
  dateField: string;
  textLabel: string;
  textField: string;
  placeholder: string;
  /** What to say when the text is left blank. */
  missing: string;
  send: (on: string, text: string) => Promise<Result<EscalationCase>>;
  onClose: () => void;
  onDone: (c: EscalationCase) => void;
}) {
  const [on, setOn] = useState(() => dateText(todayIso()));
  const [text, setText] = useState('');
  const { errors, general, busy, edit, submit } = useDialogForm(
    new Set(['id', props.dateField, props.textField]),
  );
  const send = () => {
    const found: FieldErrors = {};
    const iso = requiredDay(on, props.dateLabel, props.dateField, found);
    if (!text.trim()) found[props.textField] = props.missing;
    void submit(found, () => props.send(iso, text), props.onDone);
  };
  return (
    <LedgerDialog
      title={props.title}
      intro={props.intro}
      general={general}
      busy={busy}
      action={props.action}
      onAction={send}
      onClose={props.onClose}
    >
      <DateAndText
        dateLabel={props.dateLabel}
        date={on}
        onDate={(v) => {
          setOn(v);
          edit(props.dateField);
        }}
        dateError={errors[props.dateField]}
        textLabel={props.textLabel}
        text={text}
        onText={(v) => {
          setText(v);
          edit(props.textField);
        }}
        textError={errors[props.textField]}
        placeholder={props.placeholder}
        maxLength={2000}
      />
    </LedgerDialog>
  );
}

interface CaseDialogProps {
  escalation: EscalationCase;
  onClose: () => void;
  onDone: (c: EscalationCase) => void;
}

/** What was done on the case today: a note is added, never changed. */
export function NoteDialog({ escalation, ...rest }: CaseDialogProps) {
  const api = useApi();
  return (
    <CaseTextDialog
      {...rest}
      title={`Note on ${escalation.customerName}`}
      action="Add note"
      dateLabel="Date of the note"
      dateField="notedOn"
      textLabel="Note"
      textField="note"
      placeholder="e.g. Spoke to their CFO; cheque for half by Friday"
      missing="Write what was done or agreed"
      send={(notedOn, note) => api.escalation.addNote({ id: escalation.id, notedOn, note })}
    />
  );
}

/** Close the case with what came of it. */
export function CloseDialog({ escalation, ...rest }: CaseDialogProps) {
  const api = useApi();
  return (
    <CaseTextDialog
      {...rest}
      title={`Close the case of ${escalation.customerName}`}
      intro="A closed case is kept as it is; the broken promises before it no longer count."
      action="Close case"
      dateLabel="Date closed"
      dateField="closedOn"
      textLabel="Resolution"
      textField="resolution"
      placeholder="e.g. Paid in full; payment plan agreed; sent to legal"
      missing="Say how the case was resolved"
      send={(closedOn, resolution) =>
        api.escalation.close({ id: escalation.id, closedOn, resolution })
      }
    />
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
    if (days === '') found.overdueDays = 'Enter the number of days overdue';
    if (broken === '') found.brokenPromises = 'Enter how many broken promises escalate';
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
