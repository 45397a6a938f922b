import {
  Checkbox,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { addMonths, todayIso } from '../../../shared/dates';
import { paise } from '../../../shared/money';
import type { PaymentPlan, PlanPreview } from '../../../shared/payment-plans/contract';
import {
  PLAN_FREQUENCIES,
  PLAN_FREQUENCY_LABELS,
  type PlanFrequency,
} from '../../../shared/payment-plans/schedule';
import type { OpenItemRow } from '../../../shared/receipts/contract';
import { useApi } from '../api/context';
import { inr } from '../customer-accounts/format';
import { DateInput } from '../ui/DateInput';
import { dateText } from '../ui/dates';
import { LedgerDialog, useDialogForm } from '../ui/LedgerDialog';
import { MoneyInput } from '../ui/MoneyInput';
import { moneyText, parseMoneyText } from '../ui/money';
import { EditableInstalments, ScheduleTable } from './InstalmentsTable';
import { PLAN_FIELDS, readPlan, type PlanText } from './planForm';

const FREQUENCIES = PLAN_FREQUENCIES.map((f) => ({ value: f, label: PLAN_FREQUENCY_LABELS[f] }));

interface PaymentPlanDialogProps {
  customerId: number;
  customerName: string;
  /** The customer's open debit items; those already past due are ticked to begin with. */
  openItems: OpenItemRow[];
  onClose: () => void;
  onSaved: (plan: PaymentPlan) => void;
}

type Preview = { ok: true; data: PlanPreview } | { ok: false; message: string } | null;

/**
 * Split what the customer owes into instalments: tick the invoices, choose weekly, monthly or
 * custom, see the instalments as the ledger will make them, and save (Ctrl+S).
 */
export function PaymentPlanDialog({
  customerId,
  customerName,
  openItems,
  onClose,
  onSaved,
}: PaymentPlanDialogProps) {
  const api = useApi();
  const today = todayIso();
  const items = openItems.filter((d) => d.kind !== 'instalment');
  const sumOf = (ids: number[]) =>
    items.filter((d) => ids.includes(d.documentId)).reduce((s, d) => s + d.openBalance, 0);
  const [form, setForm] = useState<PlanText>(() => {
    const overdue = items.filter((d) => (d.dueDate ?? d.date) < today).map((d) => d.documentId);
    return {
      planOn: dateText(today),
      documentIds: overdue,
      amount: overdue.length ? moneyText(paise(sumOf(overdue))) : '',
      frequency: 'monthly',
      by: 'count',
      count: '3',
      each: '',
      firstDueOn: dateText(addMonths(today, 1)),
      rows: [],
      notes: '',
    };
  });
  const { errors, general, busy, edit, submit } = useDialogForm(PLAN_FIELDS);
  const change = (patch: Partial<PlanText>, field: string) => {
    setForm((f) => ({ ...f, ...patch }));
    edit(field);
  };

  const tick = (next: number[]) => {
    // The amount follows the ticks while it is blank or still what the ticks added up to.
    const typed = parseMoneyText(form.amount);
    const follows = !form.amount.trim() || (typed.ok && typed.paise === sumOf(form.documentIds));
    change(
      {
        documentIds: next,
        ...(follows ? { amount: next.length ? moneyText(paise(sumOf(next))) : '' } : {}),
      },
      'documentIds',
    );
  };

  // What the ledger would make of the form as it stands, asked a moment after the typing stops.
  const draft = readPlan(customerId, form);
  const previewKey = Object.keys(draft.found).length ? null : JSON.stringify(draft.input);
  const [preview, setPreview] = useState<Preview>(null);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      if (previewKey === null) return setPreview(null);
      void api.paymentPlans.preview(JSON.parse(previewKey)).then((r) => {
        if (live) setPreview(r.ok ? r : { ok: false, message: r.error.message });
      });
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, previewKey]);

  const toFrequency = (frequency: PlanFrequency) => {
    // Custom starts from the schedule on screen, so only the rows to change need typing.
    const seed =
      frequency === 'custom' && form.rows.length === 0
        ? preview?.ok
          ? preview.data.instalments.map((x) => ({
              key: x.position,
              dueOn: dateText(x.dueOn),
              amount: moneyText(paise(x.amount)),
            }))
          : [{ key: 1, dueOn: form.firstDueOn, amount: form.amount }]
        : form.rows;
    change({ frequency, rows: seed }, 'frequency');
  };

  const save = () => {
    const { input, found } = readPlan(customerId, form);
    void submit(found, () => api.paymentPlans.create(input), onSaved);
  };

  const planAmount = parseMoneyText(form.amount);
  return (
    <LedgerDialog
      title={`Payment plan for ${customerName}`}
      intro="The ticked invoices move into instalments, each due on its own date; the balance owed stays the same."
      general={general}
      busy={busy}
      size="xl"
      action="Save plan"
      onAction={save}
      onClose={onClose}
    >
      <Group align="flex-start" gap="lg" wrap="nowrap">
        <Stack gap="sm" style={{ flex: 1 }}>
          <Checkbox.Group
            label="Invoices"
            value={form.documentIds.map(String)}
            onChange={(v) => tick(v.map(Number))}
            error={errors.documentIds}
          >
            <Stack gap={4} mt={4} mah={160} style={{ overflowY: 'auto' }}>
              {items.map((d) => (
                <Checkbox
                  key={d.documentId}
                  value={String(d.documentId)}
                  label={
                    <Text size="sm" className="bahi-number">
                      {d.number} due {dateText(d.dueDate ?? d.date)} · {inr(d.openBalance)} open
                    </Text>
                  }
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <SimpleGrid cols={2} spacing="sm">
            <DateInput
              label="Plan date"
              withAsterisk
              value={form.planOn}
              onChange={(t) => change({ planOn: t }, 'planOn')}
              error={errors.planOn}
            />
            <MoneyInput
              label="Plan amount"
              withAsterisk
              value={form.amount}
              onChange={(t) => change({ amount: t }, 'amount')}
              error={errors.amount}
            />
          </SimpleGrid>
          <SegmentedControl
            aria-label="Frequency"
            data={FREQUENCIES}
            value={form.frequency}
            onChange={(v) => toFrequency(v as PlanFrequency)}
          />
          {form.frequency !== 'custom' && (
            <SimpleGrid cols={2} spacing="sm">
              <DateInput
                label="First due date"
                withAsterisk
                value={form.firstDueOn}
                onChange={(t) => change({ firstDueOn: t }, 'firstDueOn')}
                error={errors.firstDueOn}
              />
              <Stack gap={4}>
                <SegmentedControl
                  size="xs"
                  aria-label="Split by"
                  data={[
                    { value: 'count', label: 'Number' },
                    { value: 'amount', label: 'Amount each' },
                  ]}
                  value={form.by}
                  onChange={(v) => change({ by: v as PlanText['by'] }, 'count')}
                />
                {form.by === 'count' ? (
                  <TextInput
                    aria-label="Number of instalments"
                    inputMode="numeric"
                    value={form.count}
                    onChange={(e) => change({ count: e.currentTarget.value }, 'count')}
                    error={errors.count}
                  />
                ) : (
                  <MoneyInput
                    aria-label="Amount each"
                    value={form.each}
                    onChange={(t) => change({ each: t }, 'instalmentAmount')}
                    error={errors.instalmentAmount}
                  />
                )}
              </Stack>
            </SimpleGrid>
          )}
          <Textarea
            label="Notes"
            placeholder="What was agreed, and with whom"
            autosize
            minRows={2}
            maxLength={2000}
            value={form.notes}
            onChange={(e) => change({ notes: e.currentTarget.value }, 'notes')}
            error={errors.notes}
          />
        </Stack>
        <Stack gap={6} style={{ flex: 1 }} data-testid="plan-preview">
          <Text size="sm" fw={500}>
            Instalments
          </Text>
          {form.frequency === 'custom' ? (
            <EditableInstalments
              rows={form.rows}
              planAmount={planAmount.ok ? planAmount.paise : null}
              errors={errors}
              onChange={(rows, field) => change({ rows }, field)}
            />
          ) : preview?.ok ? (
            <ScheduleTable instalments={preview.data.instalments} />
          ) : null}
          {preview && !preview.ok && (
            <Text size="xs" c="red.8" data-testid="plan-preview-problem">
              {preview.message}
            </Text>
          )}
        </Stack>
      </Group>
    </LedgerDialog>
  );
}
