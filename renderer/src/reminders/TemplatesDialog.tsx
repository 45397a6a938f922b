import { NumberInput, Select, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import {
  REMINDER_LEVELS,
  REMINDER_LEVEL_LABELS,
  REMINDER_PLACEHOLDERS,
  type ReminderLevel,
  type ReminderTemplate,
} from '../../../shared/reminders/contract';
import { useApi } from '../api/context';
import { LedgerDialog, useDialogForm } from '../ui/LedgerDialog';
import { notifyError, notifySuccess } from '../ui/notify';

const FIELDS = new Set(['days', 'emailSubject', 'emailBody', 'whatsappText', 'letterBody']);

/** Edit one level's threshold and wording; the shipped default stands until it is saved. */
export function TemplatesDialog({ onClose }: { onClose: () => void }) {
  const api = useApi();
  const [all, setAll] = useState<ReminderTemplate[] | null>(null);
  const [level, setLevel] = useState<ReminderLevel>('first');
  // What has been typed per level, over the saved template.
  const [edits, setEdits] = useState<Partial<Record<ReminderLevel, ReminderTemplate>>>({});
  const form = useDialogForm(FIELDS);

  useEffect(() => {
    void api.reminders.templates({}).then((r) => {
      if (!r.ok) return notifyError(r.error.message, 'Templates not loaded');
      setAll(r.data);
    });
  }, [api]);
  const draft = edits[level] ?? all?.find((t) => t.level === level) ?? null;

  const set = <K extends keyof ReminderTemplate>(k: K, v: ReminderTemplate[K]) => {
    form.edit(k);
    if (draft) setEdits((e) => ({ ...e, [level]: { ...draft, [k]: v } }));
  };

  const save = () =>
    draft &&
    void form.submit(
      {},
      () =>
        api.reminders.saveTemplate({
          level: draft.level,
          days: draft.days,
          emailSubject: draft.emailSubject,
          emailBody: draft.emailBody,
          whatsappText: draft.whatsappText,
          letterBody: draft.letterBody,
        }),
      (saved) => {
        setAll((xs) => xs?.map((x) => (x.level === saved.level ? saved : x)) ?? null);
        notifySuccess(`${REMINDER_LEVEL_LABELS[saved.level]} saved`);
      },
    );

  return (
    <LedgerDialog
      title="Reminder templates"
      intro={`Placeholders: ${REMINDER_PLACEHOLDERS.map((p) => `{{${p}}}`).join(' ')}`}
      general={form.general}
      busy={form.busy}
      action="Save level"
      cancelLabel="Close"
      onAction={save}
      onClose={onClose}
    >
      <Select
        label="Level"
        value={level}
        allowDeselect={false}
        onChange={(v) => v && setLevel(v as ReminderLevel)}
        data={REMINDER_LEVELS.map((l) => ({ value: l, label: REMINDER_LEVEL_LABELS[l] }))}
      />
      {draft && (
        <>
          <NumberInput
            label={level === 'friendly' ? 'Days from due (negative: before)' : 'Days past due'}
            value={draft.days}
            onChange={(v) => set('days', typeof v === 'number' ? v : Number(v))}
            error={form.errors.days}
          />
          <TextInput
            label="E-mail subject"
            value={draft.emailSubject}
            onChange={(e) => set('emailSubject', e.currentTarget.value)}
            error={form.errors.emailSubject}
          />
          <Textarea
            label="E-mail body"
            autosize
            minRows={4}
            maxRows={10}
            value={draft.emailBody}
            onChange={(e) => set('emailBody', e.currentTarget.value)}
            error={form.errors.emailBody}
          />
          <Textarea
            label="WhatsApp text"
            autosize
            minRows={2}
            maxRows={6}
            value={draft.whatsappText}
            onChange={(e) => set('whatsappText', e.currentTarget.value)}
            error={form.errors.whatsappText}
          />
          <Textarea
            label="Letter"
            autosize
            minRows={4}
            maxRows={10}
            value={draft.letterBody}
            onChange={(e) => set('letterBody', e.currentTarget.value)}
            error={form.errors.letterBody}
          />
          <Text size="xs" c="dimmed">
            {draft.edited ? `Edited by ${draft.actor ?? ''}` : 'As shipped'}
          </Text>
        </>
      )}
    </LedgerDialog>
  );
}
