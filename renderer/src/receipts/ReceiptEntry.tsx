import {
  ActionIcon,
  Alert,
  Badge,
  Box,
  Button,
  Center,
  Group,
  Kbd,
  Loader,
  Paper,
  ScrollArea,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconArrowLeft, IconCalendarDue, IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { CustomerSummary } from '../../../shared/customers/contract';
import { formatINR, paise } from '../../../shared/money';
import {
  CASH_LIMIT_PAISE,
  type BankAccount,
  type OpenItemRow,
  type Receipt,
  type ReceiptMode,
} from '../../../shared/receipts/contract';
import type { SuggestionBasis } from '../../../shared/receipts/suggest';
import { TDS_SECTIONS } from '../../../shared/receipts/tds';
import type { Api } from '../api/api';
import { useApi } from '../api/context';
import { withoutError } from '../api/errors';
import { customerLabel } from '../invoices/invoiceForm';
import { CustomerPicker } from '../invoices/pickers';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { DateInput } from '../ui/DateInput';
import { parseDateText } from '../ui/dates';
import { formKeyHandler } from '../ui/keys';
import { moneyText } from '../ui/money';
import { MoneyInput } from '../ui/MoneyInput';
import { notifySuccess } from '../ui/notify';
import { useEscapeToClose } from '../ui/useEscapeToClose';
import { useForm } from '../ui/useForm';
import { AllocationGrid } from './AllocationGrid';
import { referenceLabel } from './labels';
import {
  allocationTotals,
  bpsToPercent,
  isPostDated,
  isReceiptField,
  paiseOf,
  rateBpsOf,
  receiptErrorOf,
  receiptInputOf,
  tdsOnAllocations,
  type ReceiptFormValues,
} from './receiptForm';
import { BankAccountSelect, ModeSelect, TdsSectionSelect } from './selects';

/** Wait this long after the last keystroke in the amount before asking for a suggestion. */
export const SUGGEST_DELAY_MS = 150;

type Basis = { basis: SuggestionBasis; rateBps: number | null } | 'by_hand' | null;

export function basisText(basis: Basis): string | null {
  if (basis === null) return null;
  if (basis === 'by_hand') return 'Allocated by hand';
  switch (basis.basis) {
    case 'exact':
      return 'Exact match';
    case 'exact_net_of_tds':
      return `Matches net of TDS ${bpsToPercent(basis.rateBps ?? 0)}%`;
    case 'oldest_first':
      return 'Oldest due first';
    case 'nothing_open':
      return 'Nothing open: all on account';
  }
}

interface Proposal {
  basis: SuggestionBasis;
  allocations: { documentId: number; amount: number }[];
  tdsAmount: number;
}

/**
 * How to spread the amount: the ledger's suggestion; with a TDS rate but no TDS keyed, the TDS
 * on the allocated invoices' taxable value is proposed and the spread asked for again with it.
 */
async function propose(
  api: Api,
  q: {
    customerId: number;
    amount: number;
    rateBps: number | null;
    tdsKeyed: number | null;
    items: OpenItemRow[];
  },
): Promise<Proposal | null> {
  const ask = (tdsAmount: number) =>
    api.receipts.suggest({
      customerId: q.customerId,
      amount: q.amount,
      tdsAmount,
      tdsRateBps: q.rateBps,
    });
  const first = await ask(q.tdsKeyed ?? 0);
  if (!first.ok) return null;
  if (q.tdsKeyed !== null || !q.rateBps || first.data.basis === 'exact_net_of_tds') {
    return first.data;
  }
  const tds = tdsOnAllocations(first.data.allocations, q.items, q.rateBps);
  if (tds <= 0) return first.data;
  const second = await ask(tds);
  return second.ok ? second.data : first.data;
}

const allocationTexts = (allocations: { documentId: number; amount: number }[]) =>
  Object.fromEntries(allocations.map((a) => [a.documentId, moneyText(paise(a.amount))]));

interface ReceiptEntryProps {
  initial: ReceiptFormValues;
  accounts: BankAccount[];
  onBack: () => void;
  onNew: () => void;
  onSaved: (receipt: Receipt) => void;
}

/**
 * A receipt from the keyboard: Enter walks date, customer, mode, account, instrument, amount,
 * TDS, charges and narration, then the open invoices; Ctrl+S (or Ctrl+Enter) records it.
 */
export function ReceiptEntry({ initial, accounts, onBack, onNew, onSaved }: ReceiptEntryProps) {
  const api = useApi();
  const bankAccounts = accounts.filter((a) => a.kind === 'bank');
  const cashAccounts = accounts.filter((a) => a.kind === 'cash');
  const accountFor = (mode: ReceiptMode) =>
    (mode === 'cash' ? cashAccounts[0] : bankAccounts[0])?.id ?? null;
  const [start] = useState(() => ({
    ...initial,
    instrumentDate: initial.mode === 'cheque' ? initial.date : initial.instrumentDate,
    bankAccountId: initial.bankAccountId ?? accountFor(initial.mode),
  }));
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
  } = useForm(() => start, isReceiptField);
  const [items, setItems] = useState<OpenItemRow[]>([]);
  const [itemsFor, setItemsFor] = useState<number | null>(null);
  const [basis, setBasis] = useState<Basis>(null);
  const [allocByHand, setAllocByHand] = useState(false);
  const [tdsByHand, setTdsByHand] = useState(false);
  const [busy, setBusy] = useState(false);
  const [confirm, setConfirm] = useState<null | 'leave' | 'new'>(null);
  const customerRequest = useRef(0);
  const suggestion = useRef(0);

  const dirty = JSON.stringify(values) !== JSON.stringify(start);
  const postDated = isPostDated(values);
  const receiptDate = parseDateText(values.date);
  const asOf = receiptDate.ok ? receiptDate.iso : null;
  const totals = allocationTotals(values, items);
  const isCheque = values.mode === 'cheque';
  const reference = referenceLabel(values.mode);

  // ---- Suggestions: re-asked whenever what they depend on changes, unless allocated by hand.
  const customerId = values.customerId;
  const amount = paiseOf(values.amount);
  const rateBps = rateBpsOf(values.tdsRate);
  const tdsKeyed = tdsByHand ? paiseOf(values.tdsAmount) : null;
  const ready = customerId !== null && itemsFor === customerId && !postDated;
  useEffect(() => {
    if (!ready || allocByHand || customerId === null) return;
    const gen = ++suggestion.current;
    const timer = setTimeout(() => {
      if (amount <= 0) {
        setValues((v) => ({ ...v, allocations: {} }));
        setBasis(null);
        return;
      }
      void propose(api, { customerId, amount, rateBps, tdsKeyed, items }).then((s) => {
        if (!s || gen !== suggestion.current) return;
        setValues((v) => ({
          ...v,
          allocations: allocationTexts(s.allocations),
          tdsAmount:
            tdsKeyed === null ? (s.tdsAmount ? moneyText(paise(s.tdsAmount)) : '') : v.tdsAmount,
        }));
        setErrors((e) =>
          Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith('allocations'))),
        );
        setBasis({ basis: s.basis, rateBps });
      });
    }, SUGGEST_DELAY_MS);
    return () => clearTimeout(timer);
  }, [api, ready, allocByHand, customerId, amount, rateBps, tdsKeyed, items, setValues, setErrors]);

  /** Allocated by hand: the TDS (unless keyed) follows the taxable value of what is allocated. */
  const followTds = (v: ReceiptFormValues, byHand: boolean): ReceiptFormValues => {
    if (!byHand || tdsByHand || isPostDated(v)) return v;
    const rate = rateBpsOf(v.tdsRate);
    const allocated = items.map((i) => ({
      documentId: i.documentId,
      amount: paiseOf(v.allocations[i.documentId] ?? ''),
    }));
    const tds = rate ? tdsOnAllocations(allocated, items, rate) : 0;
    return { ...v, tdsAmount: tds ? moneyText(paise(tds)) : '' };
  };

  const back = () => (dirty ? setConfirm('leave') : onBack());
  useEscapeToClose(confirm === null, rootRef, back);

  const pickCustomer = (c: CustomerSummary) => {
    const request = ++customerRequest.current;
    setValues((v) => ({
      ...v,
      customerId: c.id,
      customerLabel: customerLabel(c),
      allocations: {},
    }));
    setErrors((e) =>
      Object.fromEntries(
        Object.entries(e).filter(([k]) => k !== 'customerId' && !k.startsWith('allocations')),
      ),
    );
    setItems([]);
    setItemsFor(null);
    setBasis(null);
    setAllocByHand(false);
    void api.receipts.openItems({ customerId: c.id }).then((r) => {
      if (request !== customerRequest.current) return;
      setItems(r.ok ? r.data.debits : []);
      setItemsFor(c.id);
    });
  };

  const changeDate = (text: string) => {
    setValues((v) => ({
      ...v,
      date: text,
      // The cheque date follows the receipt date until it is typed on its own.
      instrumentDate: v.mode === 'cheque' && v.instrumentDate === v.date ? text : v.instrumentDate,
    }));
    clearError('date');
  };

  const changeMode = (mode: ReceiptMode) => {
    setValues((v) => {
      const wasCheque = v.mode === 'cheque';
      const account = accounts.find((a) => a.id === v.bankAccountId);
      const fits = account && (account.kind === 'cash') === (mode === 'cash');
      return {
        ...v,
        mode,
        bankAccountId: fits ? v.bankAccountId : accountFor(mode),
        // A cheque number is no UTR, and the other way round.
        instrumentNumber: wasCheque === (mode === 'cheque') ? v.instrumentNumber : '',
        instrumentDate: mode === 'cheque' ? v.instrumentDate || v.date : '',
        draweeBank: mode === 'cheque' ? v.draweeBank : '',
      };
    });
    setErrors((e) =>
      ['mode', 'bankAccountId', 'instrumentNumber', 'instrumentDate', 'draweeBank'].reduce(
        withoutError,
        e,
      ),
    );
  };

  const changeSection = (section: string | null) => {
    const known = TDS_SECTIONS.find((s) => s.section === section);
    setValues((v) =>
      followTds(
        {
          ...v,
          tdsSection: section,
          tdsRate: known ? bpsToPercent(known.rateBps) : section === null ? '' : v.tdsRate,
        },
        allocByHand,
      ),
    );
    setErrors((e) => ['tdsSection', 'tdsRateBps'].reduce(withoutError, e));
  };

  const changeTds = (text: string) => {
    // Leaving the field regroups the figure; only a different amount counts as keyed by hand.
    if (paiseOf(text) !== paiseOf(values.tdsAmount) || text.trim() === '') {
      setTdsByHand(text.trim() !== '');
    }
    set('tdsAmount', text);
  };

  const changeRate = (text: string) => {
    setValues((v) => followTds({ ...v, tdsRate: text }, allocByHand));
    clearError('tdsRateBps');
  };

  const changeAllocation = (documentId: number, text: string) => {
    const before = values.allocations[documentId] ?? '';
    // Leaving the cell regroups the figure; only a different amount is allocating by hand.
    const changed =
      paiseOf(text) !== paiseOf(before) || (text.trim() === '') !== (before.trim() === '');
    if (changed) {
      setAllocByHand(true);
      setBasis('by_hand');
    }
    setValues((v) =>
      followTds(
        { ...v, allocations: { ...v.allocations, [documentId]: text } },
        allocByHand || changed,
      ),
    );
    const row = items.findIndex((i) => i.documentId === documentId);
    setErrors((e) => withoutError(withoutError(e, `allocations.${row}.amount`), 'allocations'));
  };

  const suggestAgain = () => {
    setAllocByHand(false);
    setBasis(null);
  };

  const save = async () => {
    if (busy) return;
    const checked = receiptInputOf(values, items);
    if (!checked.ok) {
      showFieldErrors(checked.errors);
      return;
    }
    setBusy(true);
    const r = await api.receipts.record(checked.input);
    setBusy(false);
    if (!r.ok) {
      showError(receiptErrorOf(r.error, checked.sentRows));
      return;
    }
    notifySuccess(
      r.data.number
        ? `Receipt ${r.data.number} recorded`
        : `Post-dated cheque ${r.data.instrumentNumber ?? ''} put in the register`,
    );
    onSaved(r.data);
  };

  const formKeys = formKeyHandler(
    () => void save(),
    () => void save(),
  );

  const cashOverLimit = values.mode === 'cash' && amount >= CASH_LIMIT_PAISE;
  const modeAccounts = values.mode === 'cash' ? cashAccounts : bankAccounts;
  const shownBasis = basisText(basis);

  return (
    <Box
      ref={rootRef}
      data-form-root
      data-testid="receipt-editor"
      onKeyDown={(e) => {
        // F6 from inside a changed receipt asks first; the shell would start afresh at once.
        if (dirty && e.key === 'F6' && !e.ctrlKey && !e.altKey && !e.metaKey) {
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
            New receipt
          </Title>
          <Badge variant="light" color="gray" radius="sm" tt="none">
            {dirty ? 'Unsaved' : 'Not saved'}
          </Badge>
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Button variant="subtle" color="gray" onClick={back}>
            Cancel
          </Button>
          <Button
            loading={busy}
            leftSection={<IconDeviceFloppy size={16} />}
            rightSection={<Kbd size="xs">Ctrl+S</Kbd>}
            onClick={() => void save()}
          >
            Save
          </Button>
        </Group>
      </Group>

      <ScrollArea style={{ flex: 1 }} offsetScrollbars>
        <Stack gap="sm" pb="sm">
          <Paper withBorder radius="sm" px="md" py="sm">
            <Box
              style={{
                display: 'grid',
                gridTemplateColumns: 'repeat(6, minmax(0, 1fr))',
                gap: '8px 12px',
                alignItems: 'start',
              }}
            >
              <DateInput
                label="Date"
                withAsterisk
                autoFocus
                value={values.date}
                onChange={changeDate}
                onFocus={(e) => e.currentTarget.select()}
                error={errors.date}
              />
              <Box style={{ gridColumn: 'span 3' }}>
                <CustomerPicker
                  label="Customer"
                  withAsterisk
                  placeholder="Search code, name or GSTIN"
                  openOnFocus
                  pickedLabel={values.customerLabel}
                  onPick={pickCustomer}
                  error={errors.customerId}
                  data-testid="customer-picker"
                />
              </Box>
              <ModeSelect
                label="Mode"
                withAsterisk
                value={values.mode}
                onChange={changeMode}
                error={errors.mode}
              />
              <BankAccountSelect
                label={values.mode === 'cash' ? 'Cash account' : 'Bank account'}
                withAsterisk
                accounts={modeAccounts}
                value={values.bankAccountId}
                onChange={(id) => set('bankAccountId', id)}
                error={errors.bankAccountId}
                placeholder={modeAccounts.length === 0 ? 'No bank account yet' : undefined}
              />

              {isCheque && (
                <>
                  <TextInput
                    label="Cheque number"
                    withAsterisk
                    inputMode="numeric"
                    maxLength={6}
                    classNames={{ input: 'bahi-mono' }}
                    value={values.instrumentNumber}
                    onChange={(e) =>
                      set('instrumentNumber', e.currentTarget.value.replace(/\D/g, ''))
                    }
                    error={errors.instrumentNumber}
                  />
                  <DateInput
                    label="Cheque date"
                    withAsterisk
                    value={values.instrumentDate}
                    onChange={(t) => set('instrumentDate', t)}
                    error={errors.instrumentDate}
                  />
                  <Box style={{ gridColumn: 'span 2' }}>
                    <TextInput
                      label="Drawee bank"
                      placeholder="Bank the cheque is drawn on"
                      maxLength={100}
                      value={values.draweeBank}
                      onChange={(e) => set('draweeBank', e.currentTarget.value)}
                      error={errors.draweeBank}
                    />
                  </Box>
                </>
              )}
              {reference && (
                <Box style={{ gridColumn: 'span 2' }}>
                  <TextInput
                    label={reference}
                    maxLength={40}
                    classNames={{ input: 'bahi-mono' }}
                    value={values.instrumentNumber}
                    onChange={(e) => set('instrumentNumber', e.currentTarget.value)}
                    error={errors.instrumentNumber}
                  />
                </Box>
              )}
              <Box style={{ gridColumn: 'span 2' }}>
                <MoneyInput
                  label="Amount received"
                  withAsterisk
                  value={values.amount}
                  onChange={(t) => set('amount', t)}
                  error={errors.amount}
                  description={
                    cashOverLimit
                      ? 'Section 269ST: ₹2,00,000 or more in cash from one person in a day is barred'
                      : undefined
                  }
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                />
              </Box>

              <Box style={{ gridColumn: '1 / span 2' }}>
                <TdsSectionSelect
                  label="TDS section"
                  placeholder="None"
                  value={values.tdsSection}
                  onChange={changeSection}
                  error={errors.tdsSection}
                />
              </Box>
              <TextInput
                label="TDS rate (%)"
                inputMode="decimal"
                classNames={{ input: 'bahi-number' }}
                value={values.tdsRate}
                onChange={(e) => changeRate(e.currentTarget.value)}
                error={errors.tdsRateBps}
              />
              <MoneyInput
                label="TDS amount"
                value={values.tdsAmount}
                onChange={changeTds}
                error={errors.tdsAmount}
              />
              <MoneyInput
                label="Bank charges"
                value={values.bankCharges}
                onChange={(t) => set('bankCharges', t)}
                error={errors.bankCharges}
              />
              <Box style={{ gridColumn: '1 / -1' }}>
                <TextInput
                  label="Narration"
                  maxLength={500}
                  value={values.narration}
                  onChange={(e) => set('narration', e.currentTarget.value)}
                  error={errors.narration}
                />
              </Box>
            </Box>
          </Paper>

          {postDated && (
            <Alert
              color="grape"
              icon={<IconCalendarDue size={18} />}
              title="Post-dated cheque"
              data-testid="pdc-note"
            >
              The cheque is dated {values.instrumentDate}, after the receipt date. It goes to the
              post-dated register and is allocated to invoices when it is deposited; nothing is
              allocated now.
            </Alert>
          )}

          {errors.allocations && (
            <Alert color="red" py={6} role="alert" data-testid="allocations-error">
              <Text size="sm">{errors.allocations}</Text>
            </Alert>
          )}

          {customerId !== null && !postDated && (
            <Paper withBorder radius="sm">
              <Group justify="space-between" px="md" py={8}>
                <Text className="bahi-section-title">Allocate to open invoices</Text>
                <Group gap="xs">
                  {shownBasis && (
                    <Badge
                      variant="light"
                      color={basis === 'by_hand' ? 'gray' : 'teal'}
                      radius="sm"
                      tt="none"
                      data-testid="suggestion-basis"
                    >
                      {shownBasis}
                    </Badge>
                  )}
                  {allocByHand && (
                    <Button size="compact-xs" variant="subtle" onClick={suggestAgain}>
                      Suggest again
                    </Button>
                  )}
                </Group>
              </Group>
              {itemsFor !== customerId ? (
                <Center p="md">
                  <Loader size="xs" />
                </Center>
              ) : items.length === 0 ? (
                <Text size="sm" c="dimmed" px="md" pb="sm" data-testid="nothing-open">
                  Nothing is open for this customer: the whole amount stays on account.
                </Text>
              ) : (
                <AllocationGrid
                  items={items}
                  amounts={values.allocations}
                  errors={errors}
                  asOf={asOf}
                  totals={totals}
                  disabled={postDated}
                  onAmount={changeAllocation}
                />
              )}
            </Paper>
          )}
          {customerId !== null && (postDated || items.length === 0) && (
            <Text size="sm" c="dimmed" ta="right" className="bahi-number">
              On account{' '}
              <Text span fw={600} data-testid="receipt-on-account">
                {formatINR(paise(totals.credit))}
              </Text>
            </Text>
          )}
          <Group justify="flex-end">
            <Button
              variant="default"
              data-enter-stop
              loading={busy}
              leftSection={<IconDeviceFloppy size={16} />}
              onClick={() => void save()}
            >
              Save receipt
            </Button>
          </Group>
        </Stack>
      </ScrollArea>

      <Text size="xs" c="dimmed">
        <Kbd size="xs">Enter</Kbd> next field · <Kbd size="xs">Ctrl+S</Kbd> save ·{' '}
        <Kbd size="xs">Esc</Kbd> cancel · <Kbd size="xs">F6</Kbd> new receipt
      </Text>

      <ConfirmDialog
        opened={confirm !== null}
        title="Discard this receipt?"
        confirmLabel="Discard"
        danger
        onConfirm={confirm === 'new' ? onNew : onBack}
        onCancel={() => setConfirm(null)}
      >
        Nothing has been recorded yet. What you typed will be lost.
      </ConfirmDialog>
    </Box>
  );
}
