import { Anchor, Badge, Button, Paper, Stack, Table, Text } from '@mantine/core';
import type { AllocationRow } from '../../../shared/receipts/contract';
import { dateText } from '../ui/dates';
import { inr, kindLabel, NOWRAP } from './format';

/** The ledger undoes only what the desk made: a receipt or credit note against an invoice. */
const UNDOABLE_CREDITS: ReadonlySet<string> = new Set(['receipt', 'credit_note']);
const UNDOABLE_DEBITS: ReadonlySet<string> = new Set(['invoice', 'debit_note', 'opening_invoice']);

export const canUndo = (a: AllocationRow): boolean =>
  a.amount > 0 &&
  !a.reversed &&
  UNDOABLE_CREDITS.has(a.creditKind) &&
  UNDOABLE_DEBITS.has(a.debitKind);

interface AllocationsTableProps {
  allocations: AllocationRow[];
  onOpen: (item: { documentId: number; kind: string }) => void;
  onUndo: (allocation: AllocationRow) => void;
}

/**
 * What was allocated where. An undone allocation stays, struck through, with the date and
 * reason of its undoing: the reversing rows are folded into the rows they reverse.
 */
export function AllocationsTable({ allocations, onOpen, onUndo }: AllocationsTableProps) {
  const reversal = new Map(
    allocations.filter((a) => a.reversesId !== null).map((a) => [a.reversesId!, a]),
  );
  const rows = allocations.filter((a) => a.reversesId === null);
  return (
    <Stack gap={4}>
      <Text className="bahi-section-title">Allocations</Text>
      <Paper withBorder radius="sm">
        <Table
          style={NOWRAP}
          verticalSpacing={4}
          horizontalSpacing={10}
          fz="sm"
          aria-label="Allocations"
        >
          <Table.Thead bg="gray.1">
            <Table.Tr>
              <Table.Th w={100}>Date</Table.Th>
              <Table.Th>Credit</Table.Th>
              <Table.Th>Settles</Table.Th>
              <Table.Th w={140} ta="right">
                Amount
              </Table.Th>
              <Table.Th>Undone</Table.Th>
              <Table.Th w={80} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((a) => {
              const undo = reversal.get(a.id);
              return (
                <Table.Tr
                  key={a.id}
                  data-testid="allocation-row"
                  data-reversed={a.reversed ? 'true' : undefined}
                  c={a.reversed ? 'dimmed' : undefined}
                >
                  <Table.Td className="bahi-number">{dateText(a.date)}</Table.Td>
                  <Table.Td>
                    {kindLabel(a.creditKind)}{' '}
                    <Anchor
                      component="button"
                      type="button"
                      size="sm"
                      className="bahi-mono"
                      onClick={() => onOpen({ documentId: a.creditId, kind: a.creditKind })}
                    >
                      {a.creditNumber}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {kindLabel(a.debitKind)}{' '}
                    <Anchor
                      component="button"
                      type="button"
                      size="sm"
                      className="bahi-mono"
                      onClick={() => onOpen({ documentId: a.debitId, kind: a.debitKind })}
                    >
                      {a.debitNumber}
                    </Anchor>
                  </Table.Td>
                  <Table.Td
                    ta="right"
                    className="bahi-number"
                    td={a.reversed ? 'line-through' : undefined}
                  >
                    {inr(a.amount)}
                  </Table.Td>
                  <Table.Td data-testid="allocation-undone" style={{ whiteSpace: 'normal' }}>
                    {undo && (
                      <Text size="sm" c="dark.4">
                        <Badge size="xs" color="orange" variant="light" mr={6} tt="none">
                          Undone {dateText(undo.date)}
                        </Badge>
                        {undo.reason}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    {canUndo(a) && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="orange"
                        aria-label={`Undo ${a.creditNumber} against ${a.debitNumber}`}
                        onClick={() => onUndo(a)}
                      >
                        Undo
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
            {rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={6} c="dimmed" ta="center">
                  Nothing allocated yet
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
