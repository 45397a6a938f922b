import { Anchor, Paper, Table, Text } from '@mantine/core';
import type { CustomerLedger, LedgerEntry } from '../../../shared/receipts/contract';
import { dateText } from '../ui/dates';
import { column, drCr, kindLabel } from './format';

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
          <Table.Tr data-testid="ledger-opening" fw={600}>
            <Table.Td className="bahi-number">{dateText(ledger.from)}</Table.Td>
            <Table.Td colSpan={5}>Opening balance</Table.Td>
            <Table.Td ta="right" className="bahi-number" data-testid="ledger-opening-balance">
              {drCr(ledger.opening)}
            </Table.Td>
          </Table.Tr>
          {ledger.entries.map((e, i) => (
            <EntryRow key={i} entry={e} onOpen={onOpen} />
          ))}
          {ledger.entries.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={7} c="dimmed" ta="center">
                Nothing posted in this period
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr data-testid="ledger-closing" fw={700}>
            <Table.Td className="bahi-number">{dateText(ledger.to)}</Table.Td>
            <Table.Td colSpan={3}>Closing balance</Table.Td>
            <Table.Td ta="right" className="bahi-number" data-testid="ledger-total-debit">
              {column(debit)}
            </Table.Td>
            <Table.Td ta="right" className="bahi-number" data-testid="ledger-total-credit">
              {column(credit)}
            </Table.Td>
            <Table.Td ta="right" className="bahi-number" data-testid="ledger-closing-balance">
              {drCr(ledger.closing)}
            </Table.Td>
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
      <Table.Td ta="right" className="bahi-number">
        {column(e.debit)}
      </Table.Td>
      <Table.Td ta="right" className="bahi-number">
        {column(e.credit)}
      </Table.Td>
      <Table.Td ta="right" className="bahi-number" data-testid="ledger-balance">
        {drCr(e.balance)}
      </Table.Td>
    </Table.Tr>
  );
}
