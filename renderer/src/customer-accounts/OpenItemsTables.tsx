import { Anchor, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import type { OpenItemRow, OpenItems } from '../../../shared/receipts/contract';
import { dateText } from '../ui/dates';
import { daysOverdue, inr, kindLabel, NOWRAP } from './format';

/** What a write-off may settle (the ledger's own list). */
const WRITE_OFF_KINDS: ReadonlySet<string> = new Set([
  'invoice',
  'debit_note',
  'opening_invoice',
  'cheque_return',
  'instalment',
]);

interface OpenItemsProps {
  open: OpenItems;
  onAccount: number;
  today: string;
  onOpen: (item: { documentId: number; kind: string }) => void;
  onWriteOff: (item: OpenItemRow) => void;
  onAllocate: (credit: OpenItemRow) => void;
  onRefund: (credit: OpenItemRow) => void;
}

/** What the customer still owes, item by item, and the money of theirs not yet matched. */
export function OpenItemsTables({
  open,
  onAccount,
  today,
  onOpen,
  onWriteOff,
  onAllocate,
  onRefund,
}: OpenItemsProps) {
  const owed = open.debits.reduce((s, d) => s + d.openBalance, 0);
  // Side by side on a wide screen; on account drops below when both would not fit.
  return (
    <Group align="flex-start" gap="md">
      <Stack gap={4} style={{ flex: '3 1 760px' }}>
        <Group justify="space-between">
          <Text className="bahi-section-title">Open items</Text>
          <Text size="sm" className="bahi-number" data-testid="open-total">
            {inr(owed)} owed
          </Text>
        </Group>
        <Paper withBorder radius="sm">
          <Table
            style={NOWRAP}
            verticalSpacing={4}
            horizontalSpacing={10}
            fz="sm"
            aria-label="Open items"
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
                  Amount
                </Table.Th>
                <Table.Th w={130} ta="right">
                  Open
                </Table.Th>
                <Table.Th w={100} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {open.debits.map((d) => {
                const overdue = daysOverdue(d.dueDate, today);
                return (
                  <Table.Tr key={d.documentId} data-testid="open-item">
                    <Table.Td>
                      <DocumentLink item={d} onOpen={onOpen} />
                    </Table.Td>
                    <Table.Td className="bahi-number">{dateText(d.date)}</Table.Td>
                    <Table.Td className="bahi-number">{dateText(d.dueDate)}</Table.Td>
                    <Table.Td
                      ta="right"
                      className="bahi-number"
                      c={overdue > 0 ? 'red.8' : 'dimmed'}
                      data-testid="open-item-overdue"
                    >
                      {overdue > 0 ? `${overdue} d` : '—'}
                    </Table.Td>
                    <Table.Td ta="right" className="bahi-number">
                      {inr(d.total)}
                    </Table.Td>
                    <Table.Td
                      ta="right"
                      className="bahi-number"
                      fw={600}
                      data-testid="open-item-balance"
                    >
                      {inr(d.openBalance)}
                    </Table.Td>
                    <Table.Td ta="right">
                      {WRITE_OFF_KINDS.has(d.kind) && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          aria-label={`Write off ${d.number}`}
                          onClick={() => onWriteOff(d)}
                        >
                          Write off
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
              {open.debits.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={7} c="dimmed" ta="center">
                    Nothing open: every invoice is settled
                  </Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Paper>
      </Stack>

      <Stack gap={4} style={{ flex: '1 1 440px' }}>
        <Group justify="space-between">
          <Text className="bahi-section-title">On account</Text>
          <Text size="sm" className="bahi-number" data-testid="on-account-total">
            {inr(onAccount)} unallocated
          </Text>
        </Group>
        <Paper withBorder radius="sm">
          <Table
            style={NOWRAP}
            verticalSpacing={4}
            horizontalSpacing={10}
            fz="sm"
            aria-label="On account"
          >
            <Table.Thead bg="gray.1">
              <Table.Tr>
                <Table.Th>Document</Table.Th>
                <Table.Th>Date</Table.Th>
                <Table.Th ta="right">Unallocated</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {open.credits.map((c) => (
                <Table.Tr key={c.documentId} data-testid="on-account-item">
                  <Table.Td>
                    <DocumentLink item={c} onOpen={onOpen} />
                  </Table.Td>
                  <Table.Td className="bahi-number">{dateText(c.date)}</Table.Td>
                  <Table.Td ta="right" className="bahi-number" fw={600}>
                    {inr(c.openBalance)}
                  </Table.Td>
                  <Table.Td ta="right">
                    <Group gap={2} justify="flex-end" wrap="nowrap">
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        aria-label={`Allocate ${c.number}`}
                        onClick={() => onAllocate(c)}
                      >
                        Allocate
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="grape"
                        aria-label={`Refund ${c.number}`}
                        onClick={() => onRefund(c)}
                      >
                        Refund
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
              {open.credits.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={4} c="dimmed" ta="center">
                    No money on account
                  </Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Paper>
      </Stack>
    </Group>
  );
}

export function DocumentLink({
  item,
  onOpen,
}: {
  item: { documentId: number; kind: string; number: string };
  onOpen: (item: { documentId: number; kind: string }) => void;
}) {
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {kindLabel(item.kind)}
      </Text>
      <Anchor
        component="button"
        type="button"
        size="sm"
        className="bahi-mono"
        onClick={() => onOpen({ documentId: item.documentId, kind: item.kind })}
      >
        {item.number}
      </Anchor>
    </Group>
  );
}
