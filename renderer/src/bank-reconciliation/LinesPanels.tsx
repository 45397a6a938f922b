import { Badge, Button, ScrollArea, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { BankLine } from '../../../shared/bank-reconciliation/contract';
import type { Output } from '../../../shared/contract';
import { column, inr, NOWRAP } from '../customer-accounts/format';
import { dateText } from '../ui/dates';

export type QueueLine = Output<'bankReconciliation.queue'>[number];
export type MatchedLine = Output<'bankReconciliation.matched'>[number];

/** A table of bank lines: date, narration and reference first, then what the caller adds. */
function LinesTable({
  label,
  head,
  rows,
  empty,
}: {
  label: string;
  head: { title: string; right?: boolean; w?: number }[];
  rows: { key: number; cells: ReactNode[] }[];
  empty: string;
}) {
  return (
    <ScrollArea style={{ flex: 1, minHeight: 0 }}>
      <Table stickyHeader striped fz="sm" verticalSpacing={4} aria-label={label}>
        <Table.Thead bg="gray.1">
          <Table.Tr>
            {head.map((h) => (
              <Table.Th key={h.title} ta={h.right ? 'right' : undefined} w={h.w}>
                {h.title}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key} data-testid={`${label.toLowerCase().replace(/\s+/g, '-')}-row`}>
              {r.cells.map((c, i) => (
                <Table.Td key={i} ta={head[i]?.right ? 'right' : undefined}>
                  {c}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed" p="md">
          {empty}
        </Text>
      )}
    </ScrollArea>
  );
}

const lineCells = (line: BankLine): ReactNode[] => [
  <span className="bahi-number" style={NOWRAP}>
    {dateText(line.date)}
  </span>,
  <span className="bahi-mono">{line.narration}</span>,
  <span className="bahi-mono">{line.reference}</span>,
];

/** Lines no receipt explains yet, oldest first, with how long each has waited. */
export function UnmatchedTable({
  lines,
  onCreateReceipt,
}: {
  lines: QueueLine[];
  onCreateReceipt: (line: BankLine) => void;
}) {
  return (
    <LinesTable
      label="Unmatched lines"
      empty="Nothing waits: every line on the statement is matched."
      head={[
        { title: 'Date', w: 110 },
        { title: 'Narration' },
        { title: 'Reference', w: 140 },
        { title: 'Age (days)', right: true, w: 100 },
        { title: 'Money in', right: true, w: 140 },
        { title: 'Money out', right: true, w: 140 },
        { title: '', w: 150 },
      ]}
      rows={lines.map((l) => ({
        key: l.id,
        cells: [
          ...lineCells(l),
          <Badge
            variant="light"
            color={l.ageDays > 30 ? 'red' : l.ageDays > 7 ? 'orange' : 'gray'}
            data-testid="age-days"
          >
            {l.ageDays}
          </Badge>,
          <span className="bahi-number">{l.direction === 'credit' ? column(l.amount) : ''}</span>,
          <span className="bahi-number">{l.direction === 'debit' ? column(l.amount) : ''}</span>,
          l.direction === 'credit' ? (
            <Button size="compact-sm" variant="default" onClick={() => onCreateReceipt(l)}>
              Create receipt…
            </Button>
          ) : null,
        ],
      }))}
    />
  );
}

/** Lines matched to receipts, newest first, each with why; any can be un-matched with a reason. */
export function MatchedTable({
  lines,
  onUnmatch,
}: {
  lines: MatchedLine[];
  onUnmatch: (m: MatchedLine) => void;
}) {
  return (
    <LinesTable
      label="Matched lines"
      empty="No line is matched yet."
      head={[
        { title: 'Date', w: 110 },
        { title: 'Narration' },
        { title: 'Reference', w: 140 },
        { title: 'Amount', right: true, w: 140 },
        { title: 'Receipt', w: 220 },
        { title: 'Score', right: true, w: 70 },
        { title: '', w: 120 },
      ]}
      rows={lines.map((m) => ({
        key: m.line.id,
        cells: [
          ...lineCells(m.line),
          <span className="bahi-number">{inr(m.line.amount)}</span>,
          <>
            <Text size="sm" className="bahi-mono">
              {m.match.receiptNumber ?? `#${m.match.receiptId}`}
            </Text>
            <Text size="xs" c="dimmed" title={m.match.reasons.join('; ')}>
              {m.match.customerName}
            </Text>
          </>,
          <span className="bahi-number">{m.match.score}</span>,
          <Button size="compact-sm" variant="subtle" color="red" onClick={() => onUnmatch(m)}>
            Un-match…
          </Button>,
        ],
      }))}
    />
  );
}
