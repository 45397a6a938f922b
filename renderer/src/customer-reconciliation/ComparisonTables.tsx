import {
  Badge,
  Checkbox,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { Output } from '../../../shared/contract';
import { drCr, inr, kindLabel, NOWRAP } from '../customer-accounts/format';
import { dateText } from '../ui/dates';
import { Fact } from '../ui/Fact';

export type Comparison = Output<'customerReconciliation.compare'>;
type Matched = Comparison['matched'][number];

const BASIS: Record<Matched['basis'], { label: string; color: string }> = {
  document: { label: 'Document no.', color: 'green' },
  reference: { label: 'Payment ref.', color: 'teal' },
  'amount-date': { label: 'Amount & date', color: 'blue' },
  tds: { label: 'TDS kept', color: 'grape' },
};

/** A side's amount as one signed figure: ₹11,800.00 Dr, or Cr for money in. */
const signed = (l: { debit: number; credit: number }) => drCr(l.debit - l.credit);
const cell = (p: number) => (p === 0 ? '' : inr(p));

/** Both closings, their gap, and what the gap is made of: the lines add up to it. */
export function DifferenceExplained({ r }: { r: Comparison }) {
  const s = r.summary;
  const parts: [string, number, string][] = [
    ['Opening balances differ', s.openingDifference, 'opening'],
    ['Only in our books', s.onlyOurs, 'only-ours'],
    ['Only in their ledger', -s.onlyTheirs, 'only-theirs'],
    ['Amounts that differ', s.amountDifferences, 'amounts'],
    ['TDS kept by them', s.tds, 'tds'],
  ];
  return (
    <Paper withBorder radius="sm" p="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Group gap="xl" align="flex-start">
          <Fact
            size="lg"
            label="Closing per our books"
            value={drCr(r.ourClosing)}
            testId="our-closing"
          />
          <Fact
            size="lg"
            label="Closing per their ledger"
            value={drCr(r.theirClosing)}
            testId="their-closing"
          />
          <Fact
            size="lg"
            label="Difference (ours − theirs)"
            value={inr(s.difference)}
            testId="difference"
          />
        </Group>
        <Table
          fz="sm"
          verticalSpacing={2}
          aria-label="Difference explained"
          className="bahi-number"
        >
          <Table.Tbody>
            {parts.map(([label, value, id]) => (
              <Table.Tr key={id} data-testid={`explained-${id}`}>
                <Table.Td>{label}</Table.Td>
                <Table.Td ta="right" style={NOWRAP}>
                  {inr(value)}
                </Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr fw={700}>
              <Table.Td>Difference</Table.Td>
              <Table.Td ta="right" style={NOWRAP}>
                {inr(s.difference)}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </SimpleGrid>
    </Paper>
  );
}

/** One list of the comparison: its title and count, the table with its heads, a line when empty. */
function LinesTable({
  title,
  count,
  heads,
  rows,
  empty,
  extra,
}: {
  title: string;
  count: number;
  heads: ReactNode;
  /** The rows shown; none shows `empty` across the table. */
  rows: ReactNode[];
  empty: string;
  extra?: ReactNode;
}) {
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Title order={5}>
          {title}{' '}
          <Text span c="dimmed" fw={400}>
            ({count})
          </Text>
        </Title>
        {extra}
      </Group>
      <Table fz="sm" verticalSpacing={4} aria-label={title} withTableBorder>
        <Table.Thead bg="gray.1">
          <Table.Tr>{heads}</Table.Tr>
        </Table.Thead>
        <Table.Tbody className="bahi-number">
          {rows}
          {rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={99}>
                <Text size="sm" c="dimmed">
                  {empty}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** A line's debit and credit, each blank when nothing moved that way. */
const DebitCredit = ({ l }: { l: { debit: number; credit: number } }) => (
  <>
    <Table.Td ta="right">{cell(l.debit)}</Table.Td>
    <Table.Td ta="right">{cell(l.credit)}</Table.Td>
  </>
);

export function OnlyOurs({ r }: { r: Comparison }) {
  return (
    <LinesTable
      title="Only in our books"
      count={r.onlyOurs.length}
      empty="Every line of ours is in their ledger."
      heads={
        <>
          <Table.Th w={110}>Date</Table.Th>
          <Table.Th w={170}>Document</Table.Th>
          <Table.Th>Particulars</Table.Th>
          <Table.Th w={150} ta="right">
            Debit
          </Table.Th>
          <Table.Th w={150} ta="right">
            Credit
          </Table.Th>
        </>
      }
      rows={r.onlyOurs.map((l, i) => (
        <Table.Tr key={i} data-testid="only-ours-row">
          <Table.Td style={NOWRAP}>{dateText(l.date)}</Table.Td>
          <Table.Td className="bahi-mono" style={NOWRAP}>
            {l.number ?? kindLabel(l.kind)}
          </Table.Td>
          <Table.Td>{l.particulars}</Table.Td>
          <DebitCredit l={l} />
        </Table.Tr>
      ))}
    />
  );
}

export function OnlyTheirs({ r }: { r: Comparison }) {
  return (
    <LinesTable
      title="Only in their ledger"
      count={r.onlyTheirs.length}
      empty="Every line of theirs is in our books."
      heads={
        <>
          <Table.Th w={70}>Line</Table.Th>
          <Table.Th w={110}>Date</Table.Th>
          <Table.Th w={170}>Their reference</Table.Th>
          <Table.Th>Particulars</Table.Th>
          <Table.Th w={150} ta="right" title="Their credit: what they owe us more">
            Debit (our side)
          </Table.Th>
          <Table.Th w={150} ta="right" title="Their debit: what they paid us">
            Credit (our side)
          </Table.Th>
        </>
      }
      rows={r.onlyTheirs.map((l) => (
        <Table.Tr key={l.line} data-testid="only-theirs-row">
          <Table.Td>{l.line}</Table.Td>
          <Table.Td style={NOWRAP}>{dateText(l.date)}</Table.Td>
          <Table.Td className="bahi-mono">{l.reference}</Table.Td>
          <Table.Td>
            {l.particulars}
            {l.voucherType && (
              <Text span size="xs" c="dimmed">
                {' '}
                · {l.voucherType}
              </Text>
            )}
          </Table.Td>
          <DebitCredit l={l} />
        </Table.Tr>
      ))}
    />
  );
}

export function MatchedPairs({ r }: { r: Comparison }) {
  const [onlyDifferent, setOnlyDifferent] = useState(false);
  const differing = r.matched.filter((m) => m.difference !== 0);
  const shown = onlyDifferent ? differing : r.matched;
  return (
    <LinesTable
      title="Matched"
      count={r.matched.length}
      empty="Nothing matched."
      extra={
        <Checkbox
          size="xs"
          label={`Only those that differ (${differing.length})`}
          checked={onlyDifferent}
          onChange={(e) => setOnlyDifferent(e.currentTarget.checked)}
        />
      }
      heads={
        <>
          <Table.Th w={150}>Matched by</Table.Th>
          <Table.Th w={110}>Our date</Table.Th>
          <Table.Th>Our document</Table.Th>
          <Table.Th w={150} ta="right">
            Ours
          </Table.Th>
          <Table.Th w={60}>Line</Table.Th>
          <Table.Th w={110}>Their date</Table.Th>
          <Table.Th>Their reference</Table.Th>
          <Table.Th w={150} ta="right">
            Theirs
          </Table.Th>
          <Table.Th w={130} ta="right">
            Difference
          </Table.Th>
        </>
      }
      rows={shown.map((m) => (
        <Table.Tr
          key={m.theirs.line}
          data-testid="matched-row"
          bg={m.difference !== 0 ? 'red.0' : undefined}
        >
          <Table.Td>
            <Badge variant="light" color={BASIS[m.basis].color}>
              {BASIS[m.basis].label}
            </Badge>
          </Table.Td>
          <Table.Td style={NOWRAP}>{dateText(m.ours.date)}</Table.Td>
          <Table.Td className="bahi-mono">{m.ours.number ?? m.ours.particulars}</Table.Td>
          <Table.Td ta="right">{signed(m.ours)}</Table.Td>
          <Table.Td>{m.theirs.line}</Table.Td>
          <Table.Td style={NOWRAP}>{dateText(m.theirs.date)}</Table.Td>
          <Table.Td className="bahi-mono">{m.theirs.reference || m.theirs.particulars}</Table.Td>
          <Table.Td ta="right">{signed(m.theirs)}</Table.Td>
          <Table.Td ta="right" fw={m.difference !== 0 ? 700 : undefined}>
            {m.difference === 0 ? '' : inr(m.difference)}
          </Table.Td>
        </Table.Tr>
      ))}
    />
  );
}
