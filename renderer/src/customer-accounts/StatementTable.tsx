import { Anchor, Paper, Table, Text } from '@mantine/core';
import type { CustomerLedger, LedgerEntry } from '../../../shared/receipts/contract';
import { dateText } from '../ui/dates';
import { column, drCr, kindLabel } from './format';
import { AmountCell, AmountHeadings, BalanceLine, NothingPostedRow } from './RunningBalance';

interface StatementTableProps {
  ledger: CustomerLedger;
  onOpen: (entry: { documentId: number; kind: string | null }) => void;
}

/** The account as the auditor reads it: opening, every posting in date order, closing. */
export function StatementTable({ ledger, onOpen }: StatementTableProps) {
  const debit = ledger.entries.reduce((s, e) => s + e.debit, 0);
  const credit = ledger.entries.reduce((s, e) => s + e.credit, 0);
  return (
    <Paper withBorder radius="sm">
      <Table
        verticalSpacing={4}
        horizontalSpacing={10}
        fz="sm"
        aria-label="Account"
        data-testid="ledger"
        highlightOnHover
      >
        <Table.Thead bg="gray.1">
          <Table.Tr>
            <Table.Th w={100}>Date</Table.Th>
            <Table.Th w={130}>Type</Table.Th>
            <Table.Th w={150}>Number</Table.Th>
            <Table.Th>Narration</Table.Th>
            <AmountHeadings />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <BalanceLine
            data-testid="ledger-opening"
            date={ledger.from}
            label="Opening balance"
            balance={ledger.opening}
            testId="ledger-opening-balance"
          />
          {ledger.entries.map((e, i) => (
            <EntryRow key={i} entry={e} onOpen={onOpen} />
          ))}
          {ledger.entries.length === 0 && <NothingPostedRow />}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr data-testid="ledger-closing" fw={700}>
            <Table.Td className="bahi-number">{dateText(ledger.to)}</Table.Td>
            <Table.Td colSpan={3}>Closing balance</Table.Td>
            <AmountCell testId="ledger-total-debit">{column(debit)}</AmountCell>
            <AmountCell testId="ledger-total-credit">{column(credit)}</AmountCell>
            <AmountCell testId="ledger-closing-balance">{drCr(ledger.closing)}</AmountCell>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Paper>
  );
}

function EntryRow({
  entry: e,
  onOpen,
}: {
  entry: LedgerEntry;
  onOpen: StatementTableProps['onOpen'];
}) {
  const id = e.documentId;
  return (
    <Table.Tr data-testid="ledger-row">
      <Table.Td className="bahi-number">{dateText(e.date)}</Table.Td>
      <Table.Td>{kindLabel(e.kind)}</Table.Td>
      <Table.Td className="bahi-mono">
        {id !== null && e.number ? (
          <Anchor
            component="button"
            type="button"
            size="sm"
            className="bahi-mono"
            onClick={() => onOpen({ documentId: id, kind: e.kind })}
          >
            {e.number}
          </Anchor>
        ) : (
          (e.number ?? '')
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" lineClamp={1} title={e.narration}>
          {e.narration}
        </Text>
      </Table.Td>
      <AmountCell>{column(e.debit)}</AmountCell>
      <AmountCell>{column(e.credit)}</AmountCell>
      <AmountCell testId="ledger-balance">{drCr(e.balance)}</AmountCell>
    </Table.Tr>
  );
}
