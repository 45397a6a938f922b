import { Badge, Group, Table, Text } from '@mantine/core';
import { formatINR, paise } from '../../../shared/money';
import type { OpenItemRow } from '../../../shared/receipts/contract';
import type { FieldErrors } from '../api/errors';
import { dateText } from '../ui/dates';
import { MoneyInput } from '../ui/MoneyInput';
import { documentLabel } from './labels';
import { overdueDays, type AllocationTotals } from './receiptForm';

const inr = (p: number) => formatINR(paise(p));

interface AllocationGridProps {
  items: OpenItemRow[];
  /** Rupees as typed, by document id. */
  amounts: Record<number, string>;
  errors: FieldErrors;
  /** The receipt's date: how overdue each item is on it. */
  asOf: string | null;
  totals: AllocationTotals;
  /** A post-dated cheque allocates nothing now. */
  disabled: boolean;
  onAmount: (documentId: number, text: string) => void;
}

/** The customer's open invoices with what this receipt settles on each, row by row. */
export function AllocationGrid({
  items,
  amounts,
  errors,
  asOf,
  totals,
  disabled,
  onAmount,
}: AllocationGridProps) {
  return (
    <Table
      stickyHeader
      verticalSpacing={3}
      horizontalSpacing={10}
      fz="sm"
      aria-label="Open invoices"
      data-testid="allocation-grid"
    >
      <Table.Thead bg="gray.1">
        <Table.Tr>
          <Table.Th>Number</Table.Th>
          <Table.Th w={110}>Date</Table.Th>
          <Table.Th w={110}>Due</Table.Th>
          <Table.Th w={90} ta="right">
            Overdue
          </Table.Th>
          <Table.Th w={140} ta="right">
            Total
          </Table.Th>
          <Table.Th w={140} ta="right">
            Open balance
          </Table.Th>
          <Table.Th w={170} ta="right">
            Allocate
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item, row) => {
          const error = errors[`allocations.${row}.amount`];
          const days = overdueDays(item, asOf);
          const errorId = `allocation-${item.documentId}-error`;
          return [
            <Table.Tr key={item.documentId} data-testid="allocation-row">
              <Table.Td>
                <Text span size="sm" className="bahi-mono" fw={600}>
                  {item.number}
                </Text>
                {item.kind !== 'invoice' && (
                  <Badge ml={8} size="xs" radius="sm" variant="light" color="gray" tt="none">
                    {documentLabel(item.kind)}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td className="bahi-number">{dateText(item.date)}</Table.Td>
              <Table.Td className="bahi-number">{dateText(item.dueDate)}</Table.Td>
              <Table.Td ta="right" className="bahi-number" c={days > 0 ? 'red.7' : 'dimmed'}>
                {days > 0 ? `${days} d` : '—'}
              </Table.Td>
              <Table.Td ta="right" className="bahi-number">
                {inr(item.total)}
              </Table.Td>
              <Table.Td ta="right" className="bahi-number">
                {inr(item.openBalance)}
              </Table.Td>
              <Table.Td>
                <MoneyInput
                  size="xs"
                  aria-label={`Allocate to ${item.number}`}
                  value={amounts[item.documentId] ?? ''}
                  onChange={(text) => onAmount(item.documentId, text)}
                  disabled={disabled}
                  error={error ? true : undefined}
                  // The message sits in a row under the invoice, described by id.
                  {...{ withAria: false }}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                  styles={{ input: { textAlign: 'right' } }}
                />
              </Table.Td>
            </Table.Tr>,
            error && (
              <Table.Tr key={`${item.documentId}-error`}>
                <Table.Td colSpan={7} pt={0} style={{ borderTop: 0 }}>
                  <Text id={errorId} size="xs" c="red.7" ta="right" role="alert">
                    <span aria-hidden>↑ </span>
                    {error}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ),
          ];
        })}
      </Table.Tbody>
      <Table.Tfoot bg="gray.0">
        <Table.Tr>
          <Table.Td colSpan={7}>
            <Group justify="flex-end" gap="xl" className="bahi-number">
              <Text size="sm">
                Received + TDS{' '}
                <Text span fw={600} data-testid="allocation-credit">
                  {inr(totals.credit)}
                </Text>
              </Text>
              <Text size="sm">
                Allocated{' '}
                <Text span fw={600} data-testid="allocation-allocated">
                  {inr(totals.allocated)}
                </Text>
              </Text>
              <Text size="sm" c={totals.onAccount < 0 ? 'red.7' : undefined}>
                {totals.onAccount < 0 ? 'Over-allocated by' : 'On account'}{' '}
                <Text span fw={600} data-testid="allocation-on-account">
                  {inr(Math.abs(totals.onAccount))}
                </Text>
              </Text>
            </Group>
          </Table.Td>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}
