// The parts every searchable list screen (invoices, receipts, orders, items) is built from: its
// count, its load error, and a table that fills the rest of the screen with its header in view.
import { Group, Loader, Paper, ScrollArea, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { plural } from './format';

/** How many the list holds; a spinner while a newer answer is on its way (the old rows stay). */
export function ListCount({
  list,
  count,
  noun,
  testId,
  minWidth = 110,
}: {
  list: { loading: boolean; known: boolean };
  count: number;
  noun: string;
  testId: string;
  minWidth?: number;
}) {
  return (
    <Group gap={6} miw={minWidth} justify="flex-end" wrap="nowrap">
      {list.loading && <Loader size={12} />}
      <Text size="sm" c="dimmed" data-testid={testId} className="bahi-number">
        {list.known ? plural(count, noun) : '…'}
      </Text>
    </Group>
  );
}

/** Why the list could not be read, where the rows would be. */
export function ListError({ error }: { error: string | null | undefined }) {
  return error ? (
    <Text size="sm" c="red" role="alert">
      {error}
    </Text>
  ) : null;
}

/** A bordered panel taking the rest of the screen; what is inside scrolls. */
export function ListFrame({ children }: { children: ReactNode }) {
  return (
    <Paper
      withBorder
      radius="sm"
      style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
    >
      <ScrollArea style={{ flex: 1 }}>{children}</ScrollArea>
    </Paper>
  );
}

/** The list's table: dense, its header kept in view, rows lit under the pointer. */
export function ListTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table
      stickyHeader
      highlightOnHover
      verticalSpacing={6}
      fz="sm"
      aria-label={label}
      className="bahi-table"
    >
      {children}
    </Table>
  );
}

/** Under a list cut at `limit` rows: says so, and how to find the rest. */
export function ListLimit({
  count,
  limit,
  children,
}: {
  count: number;
  limit: number;
  children: ReactNode;
}) {
  return count === limit ? (
    <Text size="xs" c="dimmed" ta="center" py="xs">
      {children}
    </Text>
  ) : null;
}
