import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { todayIso } from '../../../shared/dates';
import { paise } from '../../../shared/money';
import type { BankAccount, OpenItemRow } from '../../../shared/receipts/contract';
import { useApi } from '../api/context';
import type { FieldErrors } from '../api/errors';
import { DateInput } from '../ui/DateInput';
import { dateText, parseDateText } from '../ui/dates';
import { LedgerDialog, useDialogForm } from '../ui/LedgerDialog';
import { MoneyInput } from '../ui/MoneyInput';
import { moneyText, parseMoneyText } from '../ui/money';
import { pickHighlighted } from '../ui/selectKeys';
import { inr, kindLabel, notBefore } from './format';

const FIELDS = new Set(['amount', 'date', 'bankAccountId', 'reference', 'reason']);

interface RefundDialogProps {
  credit: OpenItemRow;
  onClose: () => void;
  onRefunded: (doc: { id: number; number: string }) => void;
}

/** Pay back money the customer has on account (or an unused credit note) from a bank account. */
export function RefundDialog({ credit, onClose, onRefunded }: RefundDialogProps) {
  const api = useApi();
  const [amount, setAmount] = useState(() => moneyText(paise(credit.openBalance)));
  const [date, setDate] = useState(() => dateText(notBefore(todayIso(), credit.date)));
  const [banks, setBanks] = useState<BankAccount[] | null>(null);
  const [bankId, setBankId] = useState<string | null>(null);
  const [reference, setReference] = useState('');
  const [reason, setReason] = useState('');
  const [loadError, setLoadError] = useState<string | null>(null);
  const { errors, general, busy, edit, submit } = useDialogForm(FIELDS);

  useEffect(() => {
    let live = true;
    void api.bankAccounts.list({ includeInactive: false }).then((r) => {
      if (!live) return;
      if (!r.ok) return setLoadError(r.error.message);
      setBanks(r.data);
      // Refunds go out by bank transfer as a rule: offer the first bank account.
      const first = r.data.find((b) => b.kind === 'bank') ?? r.data[0];
      setBankId((current) => current ?? (first ? String(first.id) : null));
    });
    return () => {
      live = false;
    };
  }, [api]);

  const refund = () => {
    const found: FieldErrors = {};
    const money = parseMoneyText(amount, 'Refund amount');
    if (!money.ok) found.amount = money.message;
    else if (!money.paise) found.amount = 'Enter the amount to pay back';
    const parsed = parseDateText(date, 'Refund date');
    if (!parsed.ok) found.date = parsed.message;
    else if (!parsed.iso) found.date = 'Enter the refund date';
    if (!bankId) found.bankAccountId = 'Choose the account the refund is paid from';
    if (!reason.trim()) found.reason = 'Say why the money is paid back';
    void submit(
      found,
      () =>
        api.receipts.refund({
          creditId: credit.documentId,
          amount: money.ok ? (money.paise ?? 0) : 0,
          date: parsed.ok ? (parsed.iso ?? '') : '',
          bankAccountId: Number(bankId),
          reference: reference.trim() || null,
          reason,
        }),
      onRefunded,
    );
  };

  return (
    <LedgerDialog
      title={`Refund from ${credit.number}`}
      intro={`${kindLabel(credit.kind)} ${credit.number} has ${inr(credit.openBalance)} on account.`}
      general={general ?? loadError}
      busy={busy}
      action="Record refund"
      actionColor="grape"
      onAction={refund}
      onClose={onClose}
    >
      <SimpleGrid cols={2} spacing="sm">
        <MoneyInput
          label="Refund amount"
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
          label="Refund date"
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
        label="Paid from"
        withAsterisk
        searchable
        placeholder={banks && banks.length === 0 ? 'No bank account yet' : 'Choose the account'}
        data={(banks ?? []).map((b) => ({
          value: String(b.id),
          label: b.bankName ? `${b.name} · ${b.bankName}` : b.name,
        }))}
        allowDeselect={false}
        value={bankId}
        onChange={(v) => {
          setBankId(v);
          edit('bankAccountId');
        }}
        onKeyDown={pickHighlighted}
        error={errors.bankAccountId}
        comboboxProps={{ withinPortal: true }}
      />
      <TextInput
        label="Reference"
        placeholder="UTR or cheque number"
        maxLength={40}
        value={reference}
        onChange={(e) => {
          setReference(e.currentTarget.value);
          edit('reference');
        }}
        error={errors.reference}
      />
      <TextInput
        label="Reason"
        withAsterisk
        placeholder="e.g. Excess payment returned at the customer's request"
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
