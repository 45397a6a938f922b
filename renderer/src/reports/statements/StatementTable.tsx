import { Group, Paper, Stack, Table, Text } from '@mantine/core';
import type { StatementOfAccount } from '../../../../shared/reports/contract';
import { column, drCr, inr, NOWRAP } from '../../customer-accounts/format';
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
            <Table.Th w={140} ta="right">
              Debit
            </Table.Th>
            <Table.Th w={140} ta="right">
              Credit
            </Table.Th>
            <Table.Th w={170} ta="right">
              Balance
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr fw={600}>
            <Table.Td className="bahi-number">{dateText(s.from)}</Table.Td>
            <Table.Td colSpan={5}>Opening balance</Table.Td>
            <Table.Td ta="right" className="bahi-number" data-testid="statement-opening">
              {drCr(s.opening)}
            </Table.Td>
          </Table.Tr>
          {s.entries.map((e, i) => (
            <Table.Tr key={i} data-testid="statement-row">
              <Table.Td className="bahi-number">{dateText(e.date)}</Table.Td>
              <Table.Td>{e.particulars}</Table.Td>
              <Table.Td className="bahi-mono" style={NOWRAP}>
                {e.number ?? ''}
              </Table.Td>
              <Table.Td className="bahi-number">{dateText(e.dueDate)}</Table.Td>
              <Table.Td ta="right" className="bahi-number">
                {column(e.debit)}
              </Table.Td>
              <Table.Td ta="right" className="bahi-number">
                {column(e.credit)}
              </Table.Td>
              <Table.Td ta="right" className="bahi-number" data-testid="statement-balance">
                {drCr(e.balance)}
              </Table.Td>
            </Table.Tr>
          ))}
          {s.entries.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={7} c="dimmed" ta="center">
                Nothing posted in this period
              </Table.Td>
            </Table.Tr>
          )}
          <Table.Tr fw={700}>
            <Table.Td />
            <Table.Td colSpan={3}>Total for the period</Table.Td>
            <Table.Td ta="right" className="bahi-number" data-testid="statement-total-debit">
              {inr(s.totals.debit)}
            </Table.Td>
            <Table.Td ta="right" className="bahi-number" data-testid="statement-total-credit">
              {inr(s.totals.credit)}
            </Table.Td>
            <Table.Td />
          </Table.Tr>
          <Table.Tr fw={700} bg="gray.0">
            <Table.Td className="bahi-number">{dateText(s.to)}</Table.Td>
            <Table.Td colSpan={5}>Closing balance</Table.Td>
            <Table.Td ta="right" className="bahi-number" data-testid="statement-closing">
              {drCr(s.closing)}
            </Table.Td>
          </Table.Tr>
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
