import { Select, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { todayIso } from '../../../shared/dates';
import type { AdjustingNote, Dispute } from '../../../shared/disputes/contract';
import { useApi } from '../api/context';
import type { FieldErrors } from '../api/errors';
import { inr, notBefore } from '../customer-accounts/format';
import { DateInput } from '../ui/DateInput';
import { dateText, parseDateText } from '../ui/dates';
import { LedgerDialog, useDialogForm } from '../ui/LedgerDialog';
import { pickHighlighted } from '../ui/selectKeys';

const FIELDS = new Set(['resolvedOn', 'resolution', 'creditNoteId']);
const NO_NOTE = 'none';

interface ResolveDialogProps {
  dispute: Dispute;
  onClose: () => void;
  onResolved: (dispute: Dispute) => void;
}

/**
 * Close a dispute with what was agreed. When a credit note settled it, the note (issued against
 * the invoice the usual way) is named here; resolving never posts anything itself.
 */
export function ResolveDialog({ dispute, onClose, onResolved }: ResolveDialogProps) {
  const api = useApi();
  const [resolvedOn, setResolvedOn] = useState(() =>
    dateText(notBefore(todayIso(), dispute.raisedOn)),
  );
  const [resolution, setResolution] = useState('');
  const [notes, setNotes] = useState<AdjustingNote[]>([]);
  const [note, setNote] = useState<string>(NO_NOTE);
  const { errors, general, busy, edit, submit } = useDialogForm(FIELDS);

  useEffect(() => {
    let live = true;
    void api.disputes.creditNotes({ documentId: dispute.documentId }).then((r) => {
      if (live && r.ok) setNotes(r.data);
    });
    return () => {
      live = false;
    };
  }, [api, dispute.documentId]);

  const resolve = () => {
    const found: FieldErrors = {};
    const date = parseDateText(resolvedOn, 'Date resolved');
    if (!date.ok) found.resolvedOn = date.message;
    else if (!date.iso) found.resolvedOn = 'Enter the date it was resolved';
    if (!resolution.trim()) found.resolution = 'Say what was agreed';
    void submit(
      found,
      () =>
        api.disputes.resolve({
          id: dispute.id,
          resolvedOn: date.ok ? (date.iso ?? '') : '',
          resolution,
          creditNoteId: note === NO_NOTE ? null : Number(note),
        }),
      onResolved,
    );
  };

  const options = [
    { value: NO_NOTE, label: 'No credit note' },
    ...notes.map((n) => ({
      value: String(n.id),
      label: `${n.number} of ${dateText(n.date)} · ${inr(n.total)}`,
    })),
  ];

  return (
    <LedgerDialog
      title={`Resolve the dispute on ${dispute.documentNumber ?? 'the invoice'}`}
      intro={`${inr(dispute.amount)} disputed since ${dateText(dispute.raisedOn)}. Once resolved, the dispute cannot be changed; a new objection is a new dispute.`}
      general={general}
      busy={busy}
      action="Resolve"
      onAction={resolve}
      onClose={onClose}
    >
      <DateInput
        label="Date resolved"
        withAsterisk
        data-autofocus
        value={resolvedOn}
        onChange={(t) => {
          setResolvedOn(t);
          edit('resolvedOn');
        }}
        error={errors.resolvedOn}
      />
      <Select
        label="Settled by credit note"
        data={options}
        allowDeselect={false}
        value={note}
        onChange={(v) => {
          setNote(v ?? NO_NOTE);
          edit('creditNoteId');
        }}
        onKeyDown={pickHighlighted}
        description={
          notes.length === 0
            ? `No credit note is issued against ${dispute.documentNumber ?? 'the invoice'} yet`
            : undefined
        }
        error={errors.creditNoteId}
        comboboxProps={{ withinPortal: true }}
      />
      <Textarea
        label="Resolution"
        withAsterisk
        placeholder="e.g. Rate corrected by credit note; customer accepted the quantity"
        autosize
        minRows={2}
        maxLength={2000}
        value={resolution}
        onChange={(e) => {
          setResolution(e.currentTarget.value);
          edit('resolution');
        }}
        error={errors.resolution}
      />
    </LedgerDialog>
  );
}
