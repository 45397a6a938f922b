import { Alert, Box, Button, Group, Kbd, Paper, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useMemo, useState, type KeyboardEvent } from 'react';
import type { DocumentDraftInput, GstDocument } from '../../../shared/invoices/contract';
import type { Item } from '../../../shared/items/contract';
import { formatINR } from '../../../shared/money';
import { useApi } from '../api/context';
import { isBlankLine, newLine, type LineValues } from '../invoices/invoiceForm';
import { liveTotals } from '../invoices/lineMath';
import { LinesGrid } from '../invoices/LinesGrid';
import { dateText } from '../ui/dates';
import { formKeyHandler } from '../ui/keys';
import { notifySuccess } from '../ui/notify';
import { useForm } from '../ui/useForm';
import { isOrderField, lineInputsOf, lineValuesOf, orderErrorOf, withItem } from './orderForm';

/** The draft's header exactly as stored, so saving new lines changes nothing else. */
function headerOf(doc: GstDocument): Omit<DocumentDraftInput, 'lines'> {
  const ship = doc.shipTo;
  return {
    kind: doc.kind === 'opening_invoice' ? 'invoice' : doc.kind,
    customerId: doc.customerId,
    date: doc.date,
    dueDate: doc.dueDate,
    placeOfSupply: doc.placeOfSupply,
    reverseCharge: doc.reverseCharge,
    roundOff: doc.roundOff,
    reference: doc.reference,
    notes: doc.notes,
    reason: doc.reason,
    referencedIds: doc.referenced.map((r) => r.id),
    shipTo: ship ? { ...ship.address, stateCode: ship.stateCode } : null,
  };
}

interface DraftLinesEditorProps {
  doc: GstDocument;
  onSaved: (doc: GstDocument) => void;
  onCancel: () => void;
}

/**
 * The draft's lines in the invoice grid. Each line keeps the order line it bills, which is what
 * the variance and the order's "invoiced so far" are counted from.
 */
export function DraftLinesEditor({ doc, onSaved, onCancel }: DraftLinesEditorProps) {
  const api = useApi();
  const { values, setValues, errors, setErrors, clearError, showError, showFieldErrors, rootRef } =
    useForm(() => ({ lines: doc.lines.map(lineValuesOf) }), isOrderField);
  // Line keys are made once, so the link to the order survives edits, removals and additions.
  const [orderLineOf] = useState(
    () => new Map(values.lines.map((l, i) => [l.key, doc.lines[i]?.orderLineId ?? null])),
  );
  const [busy, setBusy] = useState(false);
  const live = useMemo(
    () => liveTotals(values.lines, { intraState: doc.intraState, roundOff: doc.roundOff }),
    [values.lines, doc.intraState, doc.roundOff],
  );

  const setLines = (lines: (old: LineValues[]) => LineValues[]) =>
    setValues((v) => ({ ...v, lines: lines(v.lines) }));

  const save = async () => {
    if (busy) return;
    const kept = values.lines.filter((l) => !isBlankLine(l));
    const lines = kept.length ? kept : values.lines.slice(0, 1);
    setValues({ lines });
    const checked = lineInputsOf(lines);
    if (Object.keys(checked.errors).length) return showFieldErrors(checked.errors);
    setBusy(true);
    const r = await api.invoices.updateDraft({
      id: doc.id,
      draft: {
        ...headerOf(doc),
        lines: checked.inputs.map((l, i) => ({
          ...l,
          orderLineId: orderLineOf.get(lines[i]?.key ?? '') ?? null,
        })),
      },
    });
    setBusy(false);
    if (!r.ok) return showError(orderErrorOf(r.error));
    notifySuccess('Draft invoice saved');
    onSaved(r.data);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (e.key === 'Escape') {
      // Esc leaves the grid (or first closes a dropdown in it), never the order itself.
      e.stopPropagation();
      if (target.getAttribute('aria-expanded') !== 'true') onCancel();
      return;
    }
    formKeyHandler(() => void save())(e);
  };

  return (
    <Box ref={rootRef} data-form-root onKeyDown={onKeyDown} data-testid="draft-lines-editor">
      {errors.lines && (
        <Alert color="red" py={6} mb={6} role="alert">
          <Text size="sm">{errors.lines}</Text>
        </Alert>
      )}
      <Paper withBorder radius="sm" style={{ overflow: 'auto' }}>
        <LinesGrid
          lines={values.lines}
          taxed={live.lines}
          intraState={doc.intraState}
          errors={errors}
          onLine={(i, patch, cell) => {
            setLines((ls) => ls.map((l, j) => (j === i ? { ...l, ...patch } : l)));
            clearError(`lines.${i}.${cell}`);
          }}
          onPickItem={(i: number, item: Item) => {
            setLines((ls) =>
              ls.map((l, j) => (j === i ? withItem(l, item, dateText(doc.date)) : l)),
            );
            clearError(`lines.${i}.item`);
          }}
          onAdd={() => setLines((ls) => [...ls, newLine()])}
          onRemove={(i) => {
            setLines((ls) => (ls.length > 1 ? ls.filter((_, j) => j !== i) : ls));
            setErrors((e) =>
              Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith('lines.'))),
            );
          }}
          onDone={() => rootRef.current?.querySelector<HTMLElement>('[data-enter-stop]')?.focus()}
        />
      </Paper>
      <Group justify="space-between" mt={6} wrap="nowrap">
        <Text size="xs" c="dimmed" className="bahi-number">
          Total as edited: <b>{formatINR(live.totals.total)}</b>
          {live.incomplete > 0 ? ` · ${live.incomplete} line(s) incomplete` : ''}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Button
            size="xs"
            variant="default"
            onClick={onCancel}
            rightSection={<Kbd size="xs">Esc</Kbd>}
          >
            Cancel
          </Button>
          <Button
            size="xs"
            data-enter-stop
            loading={busy}
            leftSection={<IconDeviceFloppy size={14} />}
            rightSection={<Kbd size="xs">Ctrl+S</Kbd>}
            onClick={() => void save()}
          >
            Save draft
          </Button>
        </Group>
      </Group>
    </Box>
  );
}
