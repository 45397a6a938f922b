import {
  ActionIcon,
  Alert,
  Badge,
  Box,
  Button,
  Checkbox,
  Group,
  Kbd,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconArrowLeft, IconDeviceFloppy, IconSend, IconTrash } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { todayIso } from '../../../shared/dates';
import type { CustomerSummary } from '../../../shared/customers/contract';
import type { CreditCheck, DocumentSummary, GstDocument } from '../../../shared/invoices/contract';
import { gstRateOn, type Item } from '../../../shared/items/contract';
import { paise } from '../../../shared/money';
import { useApi } from '../api/context';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { parseDateText } from '../ui/dates';
import { focusField, formKeyHandler } from '../ui/keys';
import { moneyText } from '../ui/money';
import { notifyError, notifySuccess } from '../ui/notify';
import { useEscapeToClose } from '../ui/useEscapeToClose';
import { useForm } from '../ui/useForm';
import type { CreditOverride } from '../../../shared/credit/contract';
import { CreditCheckDialog } from './CreditCheckDialog';
import { DraftHeader } from './DraftHeader';
import {
  customerLabel,
  draftErrorOf,
  factsOfSummary,
  draftInputOf,
  isDraftField,
  newLine,
  withoutBlankLines,
  type CustomerFacts,
  type DraftKind,
  type InvoiceFormValues,
  type LineValues,
} from './invoiceForm';
import { KIND_LABEL } from './labels';
import { liveTotals } from './lineMath';
import { LinesGrid } from './LinesGrid';
import { TaxSummaryTable, TotalsBox } from './Totals';

const KIND_OPTIONS: { value: DraftKind; label: string }[] = [
  { value: 'invoice', label: 'Invoice' },
  { value: 'credit_note', label: 'Credit note' },
  { value: 'debit_note', label: 'Debit note' },
];

const dateOf = (text: string) => {
  const d = parseDateText(text);
  return d.ok ? d.iso : null;
};

export interface DraftFormProps {
  initial: InvoiceFormValues;
  /** The saved draft, or null before the first save. */
  draft: GstDocument | null;
  customer: CustomerFacts | null;
  companyState: string;
  /** Items already on the lines, so a date change can re-read their GST rates. */
  items: Item[];
  loadCustomer: (id: number) => Promise<CustomerFacts | null>;
  onBack: () => void;
  /** Alt+I: a fresh document. */
  onNew: () => void;
  onIssued: (doc: GstDocument) => void;
  onDeleted: () => void;
}

/** The draft editor: header, lines grid, live tax and totals; Ctrl+S saves, Ctrl+Enter issues. */
export function DraftForm({
  initial,
  draft,
  customer: initialCustomer,
  companyState,
  items: initialItems,
  loadCustomer,
  onBack,
  onNew,
  onIssued,
  onDeleted,
}: DraftFormProps) {
  const api = useApi();
  const {
    values,
    setValues,
    set,
    errors,
    setErrors,
    clearError,
    showError,
    showFieldErrors,
    rootRef,
  } = useForm(() => initial, isDraftField);
  const [docId, setDocId] = useState<number | null>(draft?.id ?? null);
  const [customer, setCustomer] = useState<CustomerFacts | null>(initialCustomer);
  const [saved, setSaved] = useState(() => JSON.stringify(initial));
  const [busy, setBusy] = useState<null | 'save' | 'issue' | 'delete'>(null);
  const [check, setCheck] = useState<CreditCheck | null>(null);
  const [confirm, setConfirm] = useState<null | 'leave' | 'new' | 'delete'>(null);
  const [adjustable, setAdjustable] = useState<DocumentSummary[]>([]);
  const items = useRef(new Map(initialItems.map((i) => [i.id, i])));
  const customerRequest = useRef(0);
  const ratedOn = useRef<string | null>(dateOf(initial.date));
  const notesRef = useRef<HTMLTextAreaElement>(null);

  const dirty = JSON.stringify(values) !== saved;
  const isNote = values.kind !== 'invoice';
  // The place of supply the ledger derives when none is chosen: ship-to state, else the customer's.
  const derivedSupply = values.shipTo?.stateCode ?? customer?.supplyStateCode ?? null;
  const supply = values.placeOfSupply ?? derivedSupply ?? companyState;
  const intraState = supply === companyState;
  const live = useMemo(
    () => liveTotals(values.lines, { intraState, roundOff: values.roundOff }),
    [values.lines, intraState, values.roundOff],
  );

  // A note adjusts issued invoices of its customer: offer them.
  const customerId = values.customerId;
  useEffect(() => {
    if (!isNote || customerId === null) return;
    let current = true;
    void api.invoices.list({ customerId, status: 'issued', limit: 500 }).then((r) => {
      if (current && r.ok) setAdjustable(r.data.filter((d) => d.kind !== 'credit_note'));
    });
    return () => {
      current = false;
    };
  }, [api, customerId, isNote]);

  const back = () => (dirty ? setConfirm('leave') : onBack());
  useEscapeToClose(confirm === null && check === null, rootRef, back);

  const setLines = (lines: (old: LineValues[]) => LineValues[]) =>
    setValues((v) => ({ ...v, lines: lines(v.lines) }));

  const updateLine = (i: number, patch: Partial<LineValues>, cell: string) => {
    setLines((lines) => lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
    clearError(`lines.${i}.${cell}`);
  };

  const pickItem = (i: number, item: Item) => {
    items.current.set(item.id, item);
    const gst = gstRateOn(item, ratedOn.current ?? todayIso());
    setLines((lines) =>
      lines.map((l, j) => {
        if (j !== i) return l;
        const ownDescription = l.description.trim() !== '' && l.description !== l.itemName;
        return {
          ...l,
          itemId: item.id,
          itemName: item.name,
          description: ownDescription ? l.description : item.name,
          hsnSac: item.hsnSac,
          unit: item.unit,
          rate: item.defaultRate > 0 ? moneyText(paise(item.defaultRate)) : l.rate,
          gstRateBps: gst === null ? l.gstRateBps : String(gst),
        };
      }),
    );
    setErrors((e) =>
      Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith(`lines.${i}.`))),
    );
  };

  /** A new date re-reads each item's GST rate, unless the user chose a rate by hand. */
  const changeDate = (text: string) => {
    const parsed = parseDateText(text);
    const to = parsed.ok ? parsed.iso : null;
    // Rates follow the last date that read, so half-typed dates in between change nothing.
    const from = ratedOn.current;
    if (to) ratedOn.current = to;
    setValues((v) => ({
      ...v,
      date: text,
      lines:
        to && to !== from
          ? v.lines.map((l) => {
              const item = l.itemId === null ? undefined : items.current.get(l.itemId);
              if (!item) return l;
              const was = from ? gstRateOn(item, from) : null;
              const now = gstRateOn(item, to);
              const byHand = l.gstRateBps !== null && l.gstRateBps !== String(was);
              return now === null || byHand ? l : { ...l, gstRateBps: String(now) };
            })
          : v.lines,
    }));
    clearError('date');
  };

  const pickCustomer = (c: CustomerSummary) => {
    setValues((v) => ({
      ...v,
      customerId: c.id,
      customerLabel: customerLabel(c),
      referencedIds: v.customerId === c.id ? v.referencedIds : [],
      shipTo: v.customerId === c.id ? v.shipTo : null,
    }));
    setErrors((e) => {
      const rest = { ...e };
      delete rest.customerId;
      delete rest.referencedIds;
      return rest;
    });
    setCustomer(factsOfSummary(c));
    // The summary lacks the shipping state, which decides the place of supply.
    const request = ++customerRequest.current;
    void loadCustomer(c.id).then((facts) => {
      if (facts && request === customerRequest.current) setCustomer(facts);
    });
  };

  /** Save the draft as it stands; the saved document, or null with the problems on screen. */
  const persist = async (): Promise<GstDocument | null> => {
    const cleaned = withoutBlankLines(values);
    setValues(cleaned);
    const checked = draftInputOf(cleaned);
    if (!checked.ok) {
      showFieldErrors(checked.errors);
      return null;
    }
    const r =
      docId === null
        ? await api.invoices.createDraft(checked.input)
        : await api.invoices.updateDraft({ id: docId, draft: checked.input });
    if (!r.ok) {
      showError(draftErrorOf(r.error));
      return null;
    }
    setDocId(r.data.id);
    setSaved(JSON.stringify(cleaned));
    setErrors({});
    return r.data;
  };

  const save = async () => {
    if (busy) return;
    setBusy('save');
    const doc = await persist();
    setBusy(null);
    if (doc) notifySuccess(`${KIND_LABEL[doc.kind]} draft saved`);
  };

  const issueNow = async (id: number, override: CreditOverride | null = null) => {
    setBusy('issue');
    const r = await api.invoices.issue(override ? { id, override } : { id });
    setBusy(null);
    setCheck(null);
    if (!r.ok) {
      notifyError(r.error.message, 'Not issued');
      return;
    }
    const doc = r.data.document;
    notifySuccess(`${KIND_LABEL[doc.kind]} ${doc.number ?? ''} issued`);
    onIssued(doc);
  };

  /** Save, check credit, then issue: the number is taken only when nothing stands in the way. */
  const issue = async () => {
    if (busy) return;
    setBusy('issue');
    const doc = await persist();
    if (!doc) return setBusy(null);
    const c = await api.invoices.creditCheck({ id: doc.id });
    if (!c.ok) {
      setBusy(null);
      notifyError(c.error.message, 'Not issued');
      return;
    }
    if (c.data.problems.length > 0) {
      setBusy(null);
      setCheck(c.data);
      return;
    }
    await issueNow(doc.id);
  };

  const remove = async () => {
    if (docId === null) return onBack();
    setBusy('delete');
    const r = await api.invoices.deleteDraft({ id: docId });
    setBusy(null);
    setConfirm(null);
    if (r.ok) {
      notifySuccess('Draft deleted');
      onDeleted();
    } else notifyError(r.error.message, 'Not deleted');
  };

  const formKeys = formKeyHandler(
    () => void save(),
    () => void issue(),
  );

  const title =
    docId === null
      ? `New ${KIND_LABEL[values.kind].toLowerCase()}`
      : `Draft ${KIND_LABEL[values.kind].toLowerCase()}`;

  return (
    <Box
      ref={rootRef}
      data-form-root
      data-testid="invoice-editor"
      onKeyDown={(e) => {
        // Alt+I from inside a changed draft asks first; the shell would start afresh at once.
        if (dirty && e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyI') {
          e.preventDefault();
          setConfirm('new');
          return;
        }
        formKeys(e);
      }}
      style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', gap: 10 }}
    >
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <Tooltip label="Back to the list (Esc)">
            <ActionIcon variant="subtle" color="gray" aria-label="Back" onClick={back}>
              <IconArrowLeft size={18} />
            </ActionIcon>
          </Tooltip>
          <Title order={3} fw={650}>
            {title}
          </Title>
          <Badge variant="light" color="gray" radius="sm" tt="none">
            {dirty ? 'Unsaved changes' : docId === null ? 'Not saved' : 'Saved · no number yet'}
          </Badge>
          <SegmentedControl
            size="xs"
            aria-label="Document kind"
            data={KIND_OPTIONS}
            value={values.kind}
            onChange={(k) => set('kind', k as DraftKind)}
          />
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={() => (docId === null ? back() : setConfirm('delete'))}
          >
            {docId === null ? 'Discard' : 'Delete draft'}
          </Button>
          <Button
            variant="default"
            loading={busy === 'save'}
            leftSection={<IconDeviceFloppy size={16} />}
            rightSection={<Kbd size="xs">Ctrl+S</Kbd>}
            onClick={() => void save()}
          >
            Save draft
          </Button>
          <Button
            loading={busy === 'issue'}
            leftSection={<IconSend size={16} />}
            rightSection={<Kbd size="xs">Ctrl+Enter</Kbd>}
            onClick={() => void issue()}
          >
            Issue
          </Button>
        </Group>
      </Group>

      <Paper withBorder radius="sm" px="md" py="sm">
        <DraftHeader
          values={values}
          errors={errors}
          customer={customer}
          intraState={intraState}
          derivedSupply={derivedSupply}
          adjustable={adjustable.filter((d) => d.customerId === values.customerId)}
          autoFocusCustomer={draft === null}
          set={set}
          onDate={changeDate}
          onCustomer={pickCustomer}
        />
      </Paper>

      {errors.lines && (
        <Alert color="red" py={6} role="alert" data-testid="lines-error">
          <Text size="sm">{errors.lines}</Text>
        </Alert>
      )}

      <Paper
        withBorder
        radius="sm"
        style={{ flex: 1, minHeight: 140, overflow: 'auto' }}
        data-testid="lines-scroll"
      >
        <LinesGrid
          lines={values.lines}
          taxed={live.lines}
          intraState={intraState}
          errors={errors}
          onLine={updateLine}
          onPickItem={pickItem}
          onAdd={() => setLines((lines) => [...lines, newLine()])}
          onRemove={(i) => {
            setLines((lines) => (lines.length > 1 ? lines.filter((_, j) => j !== i) : lines));
            // Removing a line renumbers the rest, so their old errors no longer fit.
            setErrors((e) =>
              Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith('lines.'))),
            );
          }}
          onDone={() => focusField(notesRef.current)}
        />
      </Paper>

      <Group align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={6} w={330} style={{ flexShrink: 0 }}>
          <Textarea
            ref={notesRef}
            label="Notes (printed on the document)"
            autosize
            minRows={3}
            maxRows={5}
            maxLength={2000}
            value={values.notes}
            onChange={(e) => set('notes', e.currentTarget.value)}
            error={errors.notes}
          />
          {live.incomplete > 0 && (
            <Text size="xs" c="orange.8" data-testid="incomplete-lines">
              {live.incomplete === 1 ? '1 line is' : `${live.incomplete} lines are`} not in the
              totals yet: fill in quantity, rate and GST rate.
            </Text>
          )}
        </Stack>
        <Box style={{ flex: 1, minWidth: 0 }}>
          <TaxSummaryTable rows={live.summary} intraState={intraState} />
        </Box>
        <Stack gap={6} w={330} style={{ flexShrink: 0 }}>
          <TotalsBox totals={live.totals} intraState={intraState} roundOff={values.roundOff} />
          <Checkbox
            size="xs"
            label="Round off to the rupee"
            checked={values.roundOff}
            onChange={(e) => set('roundOff', e.currentTarget.checked)}
          />
        </Stack>
      </Group>

      <CreditCheckDialog
        check={check}
        customerName={customer?.name ?? 'the customer'}
        busy={busy === 'issue'}
        onIssueAnyway={(override) => docId !== null && void issueNow(docId, override)}
        onClose={() => setCheck(null)}
      />
      <ConfirmDialog
        opened={confirm === 'leave' || confirm === 'new'}
        title="Discard changes?"
        confirmLabel="Discard"
        danger
        onConfirm={confirm === 'new' ? onNew : onBack}
        onCancel={() => setConfirm(null)}
      >
        The changes since the last save will be lost. Save the draft with Ctrl+S to keep them.
      </ConfirmDialog>
      <ConfirmDialog
        opened={confirm === 'delete'}
        title="Delete draft?"
        confirmLabel="Delete"
        danger
        busy={busy === 'delete'}
        onConfirm={() => void remove()}
        onCancel={() => setConfirm(null)}
      >
        The draft was never issued, so it has no number and nothing was posted. It will be removed.
      </ConfirmDialog>
    </Box>
  );
}
