import { ActionIcon, Button, Group, Paper, Table, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { paise } from '../../../shared/money';
import type { FieldErrors } from '../api/errors';
import { inr, NOWRAP } from '../customer-accounts/format';
import { DateInput } from '../ui/DateInput';
import { dateText } from '../ui/dates';
import { MoneyInput } from '../ui/MoneyInput';
import { parseMoneyText } from '../ui/money';
import type { InstalmentText } from './planForm';

interface Scheduled {
  position: number;
  dueOn: string;
  amount: number;
}

/** The schedule the ledger worked out (weekly, monthly): read only. */
export function ScheduleTable({ instalments }: { instalments: Scheduled[] }) {
  const total = instalments.reduce((s, x) => s + x.amount, 0);
  return (
    <Paper withBorder radius="sm">
      <Table verticalSpacing={3} horizontalSpacing={10} fz="sm" aria-label="Instalments">
        <Table.Thead bg="gray.1">
          <Table.Tr>
            <Table.Th w={50}>#</Table.Th>
            <Table.Th>Due</Table.Th>
            <Table.Th ta="right">Amount</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody className="bahi-number">
          {instalments.map((x) => (
            <Table.Tr key={x.position} data-testid="plan-instalment">
              <Table.Td>{x.position}</Table.Td>
              <Table.Td>{dateText(x.dueOn)}</Table.Td>
              <Table.Td ta="right">{inr(x.amount)}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Td />
            <Table.Td fw={600}>{instalments.length} instalments</Table.Td>
            <Table.Td ta="right" fw={600} data-testid="plan-instalments-total">
              {inr(total)}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

interface EditableProps {
  rows: InstalmentText[];
  /** The plan amount, to say how far the typed instalments are from it. */
  planAmount: number | null;
  errors: FieldErrors;
  onChange: (rows: InstalmentText[], field: string) => void;
}

/** A custom schedule, typed row by row: a due date and an amount each. */
export function EditableInstalments({ rows, planAmount, errors, onChange }: EditableProps) {
  const set = (i: number, patch: Partial<InstalmentText>, field: string) =>
    onChange(
      rows.map((r, k) => (k === i ? { ...r, ...patch } : r)),
      `instalments.${i}.${field}`,
    );
  const total = rows.reduce((s, r) => {
    const m = parseMoneyText(r.amount);
    return s + (m.ok ? (m.paise ?? 0) : 0);
  }, 0);
  const nextKey = Math.max(0, ...rows.map((r) => r.key)) + 1;
  return (
    <Paper withBorder radius="sm" p={6}>
      <Table verticalSpacing={2} horizontalSpacing={6} fz="sm" aria-label="Instalments">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>#</Table.Th>
            <Table.Th>Due</Table.Th>
            <Table.Th>Amount</Table.Th>
            <Table.Th w={40} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => (
            <Table.Tr key={r.key} data-testid="plan-instalment">
              <Table.Td className="bahi-number">{i + 1}</Table.Td>
              <Table.Td>
                <DateInput
                  aria-label={`Instalment ${i + 1} due`}
                  size="xs"
                  value={r.dueOn}
                  onChange={(t) => set(i, { dueOn: t }, 'dueOn')}
                  error={errors[`instalments.${i}.dueOn`]}
                />
              </Table.Td>
              <Table.Td>
                <MoneyInput
                  aria-label={`Instalment ${i + 1} amount`}
                  size="xs"
                  value={r.amount}
                  onChange={(t) => set(i, { amount: t }, 'amount')}
                  error={errors[`instalments.${i}.amount`]}
                />
              </Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Remove instalment ${i + 1}`}
                  disabled={rows.length === 1}
                  onClick={() =>
                    onChange(
                      rows.filter((_, k) => k !== i),
                      'instalments',
                    )
                  }
                >
                  <IconTrash size={14} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="space-between" mt={4}>
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconPlus size={12} />}
          onClick={() =>
            onChange([...rows, { key: nextKey, dueOn: '', amount: '' }], 'instalments')
          }
        >
          Add instalment
        </Button>
        <Text
          size="xs"
          className="bahi-number"
          style={NOWRAP}
          c={planAmount !== null && total !== planAmount ? 'red.8' : 'dimmed'}
          data-testid="plan-instalments-total"
        >
          {inr(paise(total))}
          {planAmount !== null && ` of ${inr(planAmount)}`}
        </Text>
      </Group>
      {errors.instalments && (
        <Text size="xs" c="red.8" mt={4} role="alert">
          {errors.instalments}
        </Text>
      )}
    </Paper>
  );
}
