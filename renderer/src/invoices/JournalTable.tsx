import { Stack, Table, Text } from '@mantine/core';
import type { JournalEntry } from '../../../shared/invoices/contract';
import { formatINR, paise, sumPaise } from '../../../shared/money';
import { dateText } from '../ui/dates';

const inr = (p: number) => (p === 0 ? '' : formatINR(paise(p)));

/** What the document posted: every entry balances, debits equal credits to the paisa. */
export function JournalTable({ entries }: { entries: JournalEntry[] }) {
  const lines = entries.flatMap((e) =>
    e.lines.map((l, i) => ({ entry: e, line: l, first: i === 0 })),
  );
  const debit = sumPaise(lines.map((l) => paise(l.line.debit)));
  const credit = sumPaise(lines.map((l) => paise(l.line.credit)));
  return (
    <Stack gap={4}>
      <Text className="bahi-section-title">Posted to the ledger</Text>
      <Table
        withTableBorder
        verticalSpacing={4}
        horizontalSpacing={10}
        fz="sm"
        aria-label="Journal"
        data-testid="journal"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={100}>Date</Table.Th>
            <Table.Th>Account</Table.Th>
            <Table.Th w={150} ta="right">
              Debit
            </Table.Th>
            <Table.Th w={150} ta="right">
              Credit
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map(({ entry, line, first }, i) => (
            <Table.Tr key={`${entry.id}-${i}`} data-testid="journal-line">
              <Table.Td className="bahi-number">{first ? dateText(entry.date) : ''}</Table.Td>
              <Table.Td>
                <Text span size="sm" className="bahi-mono" c="dimmed" mr={8}>
                  {line.accountCode}
                </Text>
                {line.accountName}
                {line.customerCode && (
                  <Text span size="sm" c="dimmed">
                    {' '}
                    · {line.customerCode}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right" className="bahi-number">
                {inr(line.debit)}
              </Table.Td>
              <Table.Td ta="right" className="bahi-number">
                {inr(line.credit)}
              </Table.Td>
            </Table.Tr>
          ))}
          {lines.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={4} c="dimmed" ta="center">
                Nothing posted
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
        {lines.length > 0 && (
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Td />
              <Table.Td>Total</Table.Td>
              <Table.Td ta="right" className="bahi-number" data-testid="journal-debit">
                {formatINR(debit)}
              </Table.Td>
              <Table.Td ta="right" className="bahi-number" data-testid="journal-credit">
                {formatINR(credit)}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
      {entries.map((e) => (
        <Text key={e.id} size="xs" c="dimmed">
          {e.narration}
        </Text>
      ))}
    </Stack>
  );
}
