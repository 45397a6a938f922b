import { Group, Paper, Stack, Table, Text } from '@mantine/core';
import type { StatementOfAccount } from '../../../../shared/reports/contract';
import { column, drCr, inr, NOWRAP } from '../../customer-accounts/format';
import {
  AmountCell,
  AmountHeadings,
  BalanceLine,
  NothingPostedRow,
} from '../../customer-accounts/RunningBalance';
import { dateText } from '../../ui/dates';

/** The statement as the customer will read it: opening, every entry with its balance, closing. */
export function StatementTable({ statement: s }: { statement: StatementOfAccount }) {
  return (
    <Paper withBorder radius="sm">
      <Table
        verticalSpacing={4}
        horizontalSpacing={10}
        fz="sm"
        stickyHeader
        aria-label="Statement of account"
        data-testid="statement-table"
      >
        <Table.Thead bg="gray.1">
          <Table.Tr>
            <Table.Th w={100}>Date</Table.Th>
            <Table.Th>Particulars</Table.Th>
            <Table.Th w={150}>Document</Table.Th>
            <Table.Th w={100}>Due date</Table.Th>
            <AmountHeadings />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <BalanceLine
            date={s.from}
            label="Opening balance"
            balance={s.opening}
            testId="statement-opening"
          />
          {s.entries.map((e, i) => (
            <Table.Tr key={i} data-testid="statement-row">
              <Table.Td className="bahi-number">{dateText(e.date)}</Table.Td>
              <Table.Td>{e.particulars}</Table.Td>
              <Table.Td className="bahi-mono" style={NOWRAP}>
                {e.number ?? ''}
              </Table.Td>
              <Table.Td className="bahi-number">{dateText(e.dueDate)}</Table.Td>
              <AmountCell>{column(e.debit)}</AmountCell>
              <AmountCell>{column(e.credit)}</AmountCell>
              <AmountCell testId="statement-balance">{drCr(e.balance)}</AmountCell>
            </Table.Tr>
          ))}
          {s.entries.length === 0 && <NothingPostedRow />}
          <Table.Tr fw={700}>
            <Table.Td />
            <Table.Td colSpan={3}>Total for the period</Table.Td>
            <AmountCell testId="statement-total-debit">{inr(s.totals.debit)}</AmountCell>
            <AmountCell testId="statement-total-credit">{inr(s.totals.credit)}</AmountCell>
            <Table.Td />
          </Table.Tr>
          <BalanceLine
            date={s.to}
            label="Closing balance"
            balance={s.closing}
            testId="statement-closing"
            fw={700}
            bg="gray.0"
          />
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** The closing balance by days past due, as printed under the statement. */
export function StatementAgeing({ statement: s }: { statement: StatementOfAccount }) {
  const cells = [
    ...s.ageing.buckets.map((b, i) => ({ label: b.label, value: inr(s.ageing.amounts[i] ?? 0) })),
    { label: 'On account', value: inr(s.ageing.onAccount) },
    { label: 'Total', value: drCr(s.ageing.total) },
  ];
  return (
    <Paper withBorder radius="sm" p="sm" data-testid="statement-ageing">
      <Text size="xs" c="dimmed" mb={6}>
        Ageing of the closing balance on {dateText(s.to)} (days past due)
      </Text>
      <Group gap="xl" wrap="wrap">
        {cells.map((c) => (
          <Stack key={c.label} gap={0} align="flex-end">
            <Text size="xs" c="dimmed">
              {c.label}
            </Text>
            <Text
              size="sm"
              fw={c.label === 'Total' ? 700 : 500}
              className="bahi-number"
              data-testid={`ageing-${c.label}`}
            >
              {c.value}
            </Text>
          </Stack>
        ))}
      </Group>
    </Paper>
  );
}
