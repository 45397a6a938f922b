import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { todayIso } from '../../../shared/dates';
import { paise } from '../../../shared/money';
import type { OpenItemRow, writeOffKinds } from '../../../shared/receipts/contract';
import { useApi } from '../api/context';
import type { FieldErrors } from '../api/errors';
import { DateInput } from '../ui/DateInput';
import { dateText, parseDateText } from '../ui/dates';
import { LedgerDialog, useDialogForm } from '../ui/LedgerDialog';
import { MoneyInput } from '../ui/MoneyInput';
import { moneyText, parseMoneyText } from '../ui/money';
import { pickHighlighted } from '../ui/selectKeys';
import { inr, kindLabel, notBefore } from './format';

type WriteOffKind = (typeof writeOffKinds)[number];
const KIND_OPTIONS: { value: WriteOffKind; label: string }[] = [
  { value: 'small_balance', label: 'Small balance' },
  { value: 'bad_debt', label: 'Bad debt' },
];
const FIELDS = new Set(['amount', 'date', 'kind', 'reason']);

interface WriteOffDialogProps {
  item: OpenItemRow;
  onClose: () => void;
  onWrittenOff: (doc: { id: number; number: string }) => void;
}

/** Write off what is left of an invoice: a few rupees within the company's tolerance, or a bad debt. */
export function WriteOffDialog({ item, onClose, onWrittenOff }: WriteOffDialogProps) {
  const api = useApi();
  const [amount, setAmount] = useState(() => moneyText(paise(item.openBalance)));
  const [date, setDate] = useState(() => dateText(notBefore(todayIso(), item.date)));
  const [kind, setKind] = useState<WriteOffKind>('small_balance');
  const [reason, setReason] = useState('');
  const [tolerance, setTolerance] = useState<number | null>(null);
  const { errors, general, busy, edit, submit } = useDialogForm(FIELDS);

  useEffect(() => {
    let live = true;
    void api.company.get().then((r) => {
      if (live && r.ok && r.data) setTolerance(r.data.writeOffTolerance);
    });
    return () => {
      live = false;
    };
  }, [api]);

  const writeOff = () => {
    const found: FieldErrors = {};
    const money = parseMoneyText(amount, 'Write-off amount');
    if (!money.ok) found.amount = money.message;
    else if (!money.paise) found.amount = 'Enter the amount to write off';
    const parsed = parseDateText(date, 'Write-off date');
    if (!parsed.ok) found.date = parsed.message;
    else if (!parsed.iso) found.date = 'Enter the write-off date';
    if (!reason.trim()) found.reason = 'Say why this is written off';
    // The tolerance refusal names the amount: it is shown there, in the ledger's own words.
    void submit(
      found,
      () =>
        api.receipts.writeOff({
          documentId: item.documentId,
          amount: money.ok ? (money.paise ?? 0) : 0,
          date: parsed.ok ? (parsed.iso ?? '') : '',
          kind,
          reason,
        }),
      onWrittenOff,
    );
  };

  return (
    <LedgerDialog
      title={`Write off ${item.number}`}
      intro={`${kindLabel(item.kind)} ${item.number} has ${inr(item.openBalance)} open.`}
      general={general}
      busy={busy}
      action="Write off"
      actionColor="red"
      onAction={writeOff}
      onClose={onClose}
    >
      <SimpleGrid cols={2} spacing="sm">
        <MoneyInput
          label="Write-off amount"
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
          label="Write-off date"
          withAsterisk
          value={date}
          onChange={(t) => {
            setDate(t);
            edit('date');
          }}
          error={errors.date}
        />
      </SimpleGrid>
      <Select
        label="Kind"
        withAsterisk
        data={KIND_OPTIONS}
        allowDeselect={false}
        value={kind}
        onChange={(v) => {
          if (v) setKind(v as WriteOffKind);
          edit('kind');
        }}
        onKeyDown={pickHighlighted}
        description={
          tolerance !== null
            ? `A small balance is at most ${inr(tolerance)} (company setting)`
            : undefined
        }
        error={errors.kind}
        comboboxProps={{ withinPortal: true }}
      />
      <TextInput
        label="Reason"
        withAsterisk
        placeholder="e.g. Short payment of a few rupees; customer in liquidation"
        maxLength={300}
        value={reason}
        onChange={(e) => {
          setReason(e.currentTarget.value);
          edit('reason');
        }}
        error={errors.reason}
      />
    </LedgerDialog>
  );
}
