import { Alert, Box, Button, Group, Paper, Radio, Stack, Table, Text } from '@mantine/core';
import { IconDeviceFloppy, IconWand } from '@tabler/icons-react';
import { useState } from 'react';
import { todayIso } from '../../../shared/dates';
import { paise } from '../../../shared/money';
import type { AllocationRow, OpenItemRow, OpenItems } from '../../../shared/receipts/contract';
import { suggestAllocation } from '../../../shared/receipts/suggest';
import { useApi } from '../api/context';
import { fieldErrorsOf } from '../api/errors';
import { DateInput } from '../ui/DateInput';
import { dateText, parseDateText } from '../ui/dates';
import { formKeyHandler } from '../ui/keys';
import { MoneyInput } from '../ui/MoneyInput';
import { moneyText, parseMoneyText } from '../ui/money';
import { daysOverdue, inr, kindLabel, notBefore, NOWRAP } from './format';
import { DocumentLink } from './OpenItemsTables';

interface AllocatePanelProps {
  open: OpenItems;
  creditId: number | null;
  onCredit: (creditId: number) => void;
  onAllocated: (rows: AllocationRow[], credit: OpenItemRow) => void;
  onOpen: (item: { documentId: number; kind: string }) => void;
  onRefund: (credit: OpenItemRow) => void;
}

/**
 * The reconciliation desk: money on account on the left, what is owed on the right. Choose a
 * credit, type amounts against invoices (or let Bahi suggest oldest due first) and save.
 */
export function AllocatePanel({
  open,
  creditId,
  onCredit,
  onAllocated,
  onOpen,
  onRefund,
}: AllocatePanelProps) {
  const credit = open.credits.find((c) => c.documentId === creditId) ?? null;
  return (
    <Group align="flex-start" gap="md" wrap="nowrap" data-testid="allocate">
      <Stack gap={4} w={460} style={{ flexShrink: 0 }}>
        <Text className="bahi-section-title">Money to allocate</Text>
        <Paper withBorder radius="sm">
          <Radio.Group
            value={creditId === null ? null : String(creditId)}
            onChange={(v) => onCredit(Number(v))}
            aria-label="Money to allocate"
          >
            <Table
              style={NOWRAP}
              verticalSpacing={4}
              horizontalSpacing={10}
              fz="sm"
              aria-label="Credits"
            >
              <Table.Thead bg="gray.1">
                <Table.Tr>
                  <Table.Th w={32} />
                  <Table.Th>Document</Table.Th>
                  <Table.Th>Date</Table.Th>
                  <Table.Th ta="right">Unallocated</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {open.credits.map((c) => (
                  <Table.Tr
                    key={c.documentId}
                    data-testid="credit-row"
                    aria-selected={c.documentId === creditId}
                    bg={c.documentId === creditId ? 'ledger.0' : undefined}
                    onClick={() => onCredit(c.documentId)}
                    style={{ cursor: 'pointer' }}
                  >
                    <Table.Td>
                      <Radio
                        size="xs"
                        value={String(c.documentId)}
                        aria-label={`Allocate ${kindLabel(c.kind)} ${c.number}`}
                      />
                    </Table.Td>
                    <Table.Td>
                      <DocumentLink item={c} onOpen={onOpen} />
                    </Table.Td>
                    <Table.Td className="bahi-number">{dateText(c.date)}</Table.Td>
                    <Table.Td ta="right" className="bahi-number" fw={600}>
                      {inr(c.openBalance)}
                    </Table.Td>
                    <Table.Td ta="right">
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="grape"
                        aria-label={`Refund ${c.number}`}
                        onClick={(e) => {
                          e.stopPropagation();
                          onRefund(c);
                        }}
                      >
                        Refund
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
                {open.credits.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={5} c="dimmed" ta="center">
                      No money on account to allocate
                    </Table.Td>
                  </Table.Tr>
                )}
              </Table.Tbody>
            </Table>
          </Radio.Group>
        </Paper>
      </Stack>
      <Box style={{ flex: 1, minWidth: 0 }}>
        {credit ? (
          <AllocateForm
            key={credit.documentId}
            credit={credit}
            debits={open.debits}
            onAllocated={(rows) => onAllocated(rows, credit)}
            onOpen={onOpen}
          />
        ) : (
          <Text size="sm" c="dimmed" py="xl" ta="center">
            {open.credits.length
              ? 'Choose the receipt or credit note to allocate'
              : 'Nothing to allocate: every receipt and credit note is matched'}
          </Text>
        )}
      </Box>
    </Group>
  );
}

interface AllocateFormProps {
  credit: OpenItemRow;
  debits: OpenItemRow[];
  onAllocated: (rows: AllocationRow[]) => void;
  onOpen: (item: { documentId: number; kind: string }) => void;
}

function AllocateForm({ credit, debits, onAllocated, onOpen }: AllocateFormProps) {
  const api = useApi();
  const today = todayIso();
  const [amounts, setAmounts] = useState<Record<number, string>>({});
  const [date, setDate] = useState(() => dateText(notBefore(today, credit.date)));
  const [rowErrors, setRowErrors] = useState<Record<number, string>>({});
  const [dateError, setDateError] = useState<string | undefined>(undefined);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const typed = debits.map((d) => {
    const parsed = parseMoneyText(amounts[d.documentId] ?? '', `Amount for ${d.number}`);
    return { debit: d, parsed };
  });
  const allocating = typed.reduce((s, t) => s + (t.parsed.ok ? (t.parsed.paise ?? 0) : 0), 0);
  const left = credit.openBalance - allocating;

  const clearErrors = () => {
    setRowErrors({});
    setGeneral(null);
  };

  const setAmount = (id: number, text: string) => {
    setAmounts((a) => ({ ...a, [id]: text }));
    setRowErrors(({ [id]: _gone, ...rest }) => rest);
    setGeneral(null);
  };

  const suggest = () => {
    const s = suggestAllocation({
      amount: credit.openBalance,
      tdsAmount: 0,
      tdsRateBps: null,
      items: debits,
    });
    setAmounts(
      Object.fromEntries(s.allocations.map((a) => [a.documentId, moneyText(paise(a.amount))])),
    );
    clearErrors();
  };

  const save = async () => {
    if (busy) return;
    const errs: Record<number, string> = {};
    const lines: { documentId: number; amount: number }[] = [];
    for (const { debit, parsed } of typed) {
      if (!parsed.ok) errs[debit.documentId] = parsed.message;
      else if (parsed.paise && parsed.paise > debit.openBalance) {
        errs[debit.documentId] =
          `${debit.number} has only ${inr(debit.openBalance)} open: allocate at most that`;
      } else if (parsed.paise) lines.push({ documentId: debit.documentId, amount: parsed.paise });
    }
    const when = parseDateText(date, 'Allocation date');
    const dateProblem = !when.ok
      ? when.message
      : !when.iso
        ? 'Enter the allocation date'
        : undefined;
    let problem: string | null = null;
    if (Object.keys(errs).length === 0 && lines.length === 0) {
      problem = 'Type an amount against at least one invoice, or press Suggest';
    } else if (allocating > credit.openBalance) {
      problem = `${credit.number} has ${inr(credit.openBalance)} unallocated: you are allocating ${inr(allocating)}`;
    }
    setRowErrors(errs);
    setDateError(dateProblem);
    setGeneral(problem);
    if (Object.keys(errs).length || dateProblem || problem || !when.ok || !when.iso) return;

    setBusy(true);
    const r = await api.receipts.allocate({
      creditId: credit.documentId,
      date: when.iso,
      allocations: lines,
    });
    setBusy(false);
    if (r.ok) {
      setAmounts({});
      return onAllocated(r.data);
    }
    // `allocations.2.amount` names the third line sent: put it on that invoice's row.
    const fields = fieldErrorsOf(r.error);
    const onRows: Record<number, string> = {};
    const rest: string[] = [];
    for (const [path, message] of Object.entries(fields)) {
      const m = /^allocations\.(\d+)\./.exec(path);
      const line = m ? lines[Number(m[1])] : undefined;
      if (line) onRows[line.documentId] = message;
      else if (path === 'date') setDateError(message);
      else rest.push(message);
    }
    setRowErrors(onRows);
    const placed = Object.keys(onRows).length > 0 || 'date' in fields;
    setGeneral(rest[0] ?? (placed ? null : r.error.message));
  };

  return (
    <Stack
      gap={6}
      data-form-root
      data-testid="allocate-form"
      onKeyDown={formKeyHandler(() => void save())}
    >
      <Group justify="space-between" align="flex-end">
        <Text className="bahi-section-title">
          Allocate {kindLabel(credit.kind).toLowerCase()} {credit.number}
        </Text>
        <Group gap="lg" className="bahi-number" wrap="nowrap">
          <Text size="sm">
            Unallocated <b data-testid="allocate-available">{inr(credit.openBalance)}</b>
          </Text>
          <Text size="sm">
            Allocating <b data-testid="allocate-allocating">{inr(allocating)}</b>
          </Text>
          <Text size="sm" c={left < 0 ? 'red.8' : undefined}>
            Left on account <b data-testid="allocate-left">{inr(left)}</b>
          </Text>
        </Group>
      </Group>
      {general && (
        <Alert color="red" py={6} role="alert" data-testid="allocate-error">
          <Text size="sm">{general}</Text>
        </Alert>
      )}
      <Paper withBorder radius="sm">
        <Table
          style={NOWRAP}
          verticalSpacing={4}
          horizontalSpacing={10}
          fz="sm"
          aria-label="Open invoices"
        >
          <Table.Thead bg="gray.1">
            <Table.Tr>
              <Table.Th>Document</Table.Th>
              <Table.Th w={100}>Date</Table.Th>
              <Table.Th w={100}>Due</Table.Th>
              <Table.Th w={80} ta="right">
                Overdue
              </Table.Th>
              <Table.Th w={130} ta="right">
                Open
              </Table.Th>
              <Table.Th w={170}>Allocate</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {debits.map((d) => {
              const overdue = daysOverdue(d.dueDate, today);
              return (
                <Table.Tr
                  key={d.documentId}
                  data-testid="debit-row"
                  style={{ verticalAlign: 'top' }}
                >
                  <Table.Td pt={10}>
                    <DocumentLink item={d} onOpen={onOpen} />
                  </Table.Td>
                  <Table.Td pt={10} className="bahi-number">
                    {dateText(d.date)}
                  </Table.Td>
                  <Table.Td pt={10} className="bahi-number">
                    {dateText(d.dueDate)}
                  </Table.Td>
                  <Table.Td
                    pt={10}
                    ta="right"
                    className="bahi-number"
                    c={overdue ? 'red.8' : 'dimmed'}
                  >
                    {overdue ? `${overdue} d` : '—'}
                  </Table.Td>
                  <Table.Td pt={10} ta="right" className="bahi-number" fw={600}>
                    {inr(d.openBalance)}
                  </Table.Td>
                  <Table.Td>
                    <MoneyInput
                      size="xs"
                      aria-label={`Allocate to ${d.number}`}
                      value={amounts[d.documentId] ?? ''}
                      onChange={(t) => setAmount(d.documentId, t)}
                      error={rowErrors[d.documentId]}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
            {debits.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={6} c="dimmed" ta="center">
                  Nothing open to allocate against
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Paper>
      <Group justify="space-between" align="flex-start" mt={4}>
        <DateInput
          label="Allocation date"
          w={180}
          value={date}
          onChange={(t) => {
            setDate(t);
            setDateError(undefined);
          }}
          error={dateError}
        />
        <Group gap="sm" mt={24}>
          <Button
            variant="default"
            leftSection={<IconWand size={16} />}
            onClick={suggest}
            disabled={debits.length === 0}
          >
            Suggest
          </Button>
          <Button
            data-enter-stop
            leftSection={<IconDeviceFloppy size={16} />}
            loading={busy}
            onClick={() => void save()}
          >
            Save allocation
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
