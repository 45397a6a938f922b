import { Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';

export interface SortColumn<T> {
  key: string;
  header: string;
  /** Money and counts sit right, by digit. */
  numeric?: boolean;
  width?: number;
  sortValue: (row: T) => string | number | null;
  render: (row: T) => ReactNode;
}

export interface SortState {
  key: string;
  dir: 'asc' | 'desc';
}

export interface SortableTableProps<T> {
  label: string;
  columns: SortColumn<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** Until a header is clicked the rows keep the order the ledger gave. */
  initialSort?: SortState | null;
  /** One cell per column in the footer (totals), or nothing. */
  footer?: ReactNode[];
  testId?: string;
  rowTestId?: string;
  empty?: string;
}

/** Nulls last whichever way; numbers as numbers, text as the reader's alphabet. */
export function sortRows<T>(rows: T[], column: SortColumn<T>, dir: 'asc' | 'desc'): T[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = column.sortValue(a);
    const y = column.sortValue(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const c =
      typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return c * sign;
  });
}

/**
 * A report table whose headers sort it: a header is a button (Tab to it, Enter or Space), the
 * first press sorts numbers largest first and text A to Z, the next press reverses.
 */
export function SortableTable<T>({
  label,
  columns,
  rows,
  rowKey,
  initialSort = null,
  footer,
  testId,
  rowTestId,
  empty,
}: SortableTableProps<T>) {
  const [sort, setSort] = useState<SortState | null>(initialSort);
  const column = sort ? columns.find((c) => c.key === sort.key) : undefined;
  const shown = column && sort ? sortRows(rows, column, sort.dir) : rows;
  const press = (c: SortColumn<T>) =>
    setSort((s) =>
      s?.key === c.key
        ? { key: c.key, dir: s.dir === 'asc' ? 'desc' : 'asc' }
        : { key: c.key, dir: c.numeric ? 'desc' : 'asc' },
    );

  return (
    <>
      <Table striped highlightOnHover stickyHeader aria-label={label} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => {
              const dir = sort?.key === c.key ? sort.dir : null;
              const Icon =
                dir === 'asc' ? IconArrowUp : dir === 'desc' ? IconArrowDown : IconSelector;
              return (
                <Table.Th
                  key={c.key}
                  w={c.width}
                  ta={c.numeric ? 'right' : 'left'}
                  aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}
                >
                  <UnstyledButton
                    onClick={() => press(c)}
                    fz="sm"
                    fw={600}
                    style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
                    aria-label={`Sort by ${c.header}`}
                  >
                    {c.header}
                    <Icon size={12} stroke={1.6} opacity={dir ? 1 : 0.4} />
                  </UnstyledButton>
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((row) => (
            <Table.Tr key={rowKey(row)} data-testid={rowTestId}>
              {columns.map((c) => (
                <Table.Td
                  key={c.key}
                  ta={c.numeric ? 'right' : 'left'}
                  className={c.numeric ? 'bahi-number' : undefined}
                >
                  {c.render(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {footer && rows.length > 0 && (
          <Table.Tfoot>
            <Table.Tr fw={700} data-testid={testId ? `${testId}-totals` : undefined}>
              {footer.map((cell, i) => (
                <Table.Td
                  key={columns[i]?.key ?? i}
                  ta={columns[i]?.numeric ? 'right' : 'left'}
                  className={columns[i]?.numeric ? 'bahi-number' : undefined}
                >
                  {cell}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
      {rows.length === 0 && empty && (
        <Text size="sm" c="dimmed" p="md">
          {empty}
        </Text>
      )}
    </>
  );
}
