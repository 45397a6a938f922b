import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { ControlReport } from '../../../shared/books-reconciliation/contract';
import { drCr, inr } from '../customer-accounts/format';
import { dateText } from '../ui/dates';

function TraceTable({
  title,
  label,
  head,
  rows,
}: {
  title: string;
  label: string;
  head: string[];
  rows: ReactNode[][];
}) {
  if (rows.length === 0) return null;
  return (
    <Stack gap={4}>
      <Title order={6}>{title}</Title>
      <Table fz="sm" verticalSpacing={4} aria-label={label} withTableBorder>
        <Table.Thead bg="gray.1">
          <Table.Tr>
            {head.map((h, i) => (
              <Table.Th key={h} ta={i >= head.length - 3 ? 'right' : undefined}>
                {h}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody className="bahi-number">
          {rows.map((cells, r) => (
            <Table.Tr key={r} data-testid="trace-row">
              {cells.map((c, i) => (
                <Table.Td key={i} ta={i >= head.length - 3 ? 'right' : undefined}>
                  {c}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** The AR control account against the sub-ledger: green when equal, the trace when not. */
export function ControlPanel({
  report,
  onCheckDocuments,
}: {
  report: ControlReport;
  /** Ask for the document-by-document checks when the totals agree. */
  onCheckDocuments: () => void;
}) {
  const { trace } = report;
  return (
    <Paper withBorder radius="sm" p="sm" data-testid="control-panel">
      <Stack gap="sm">
        <Alert
          color={report.balanced ? 'green' : 'red'}
          icon={report.balanced ? <IconCircleCheck size={18} /> : <IconAlertTriangle size={18} />}
          title={
            report.balanced
              ? 'The AR control account equals the customer balances'
              : `The AR control account differs from the customer balances by ${inr(report.difference)}`
          }
          data-testid="control-result"
        >
          <Group gap="xl" className="bahi-number">
            <Text size="sm">
              AR control on {dateText(report.asOf)}: <b>{drCr(report.arControl)}</b>
            </Text>
            <Text size="sm">
              Sum of {report.customerCount} customer balances: <b>{drCr(report.subLedger)}</b>
            </Text>
            <Text size="sm">
              Difference: <b data-testid="control-difference">{inr(report.difference)}</b>
            </Text>
          </Group>
          {report.documentsChecked ? (
            <Text size="xs" c="dimmed" mt={6}>
              Every document was checked against its journal and its allocations.
            </Text>
          ) : (
            <Group gap="xs" mt={6}>
              <Text size="xs" c="dimmed">
                Every customer agrees with the journal; documents are checked one by one when
                something differs.
              </Text>
              <Button size="compact-xs" variant="light" onClick={onCheckDocuments}>
                Check every document
              </Button>
            </Group>
          )}
        </Alert>
        <TraceTable
          title="Customers whose journal lines differ from their open items"
          label="Customers with a difference"
          head={['Code', 'Customer', 'Journal (AR)', 'Sub-ledger', 'Difference']}
          rows={trace.customers.map((c) => [
            c.customerCode,
            c.customerName,
            drCr(c.journal),
            drCr(c.subLedger),
            inr(c.difference),
          ])}
        />
        <TraceTable
          title="AR control lines without a customer"
          label="AR lines without a customer"
          head={['Journal', 'Date', 'Narration', 'Amount']}
          rows={trace.unassigned.map((u) => [
            String(u.journalId),
            dateText(u.date),
            u.narration,
            drCr(u.amount),
          ])}
        />
        <TraceTable
          title="Documents whose journal does not carry their total"
          label="Documents off the journal"
          head={['Document', 'Customer', 'Total', 'Journal (AR)', 'Difference']}
          rows={trace.documents.map((d) => [
            d.number ?? `#${d.documentId}`,
            `${d.customerCode} · ${d.customerName}`,
            drCr(d.expected),
            drCr(d.journal),
            inr(d.difference),
          ])}
        />
        <TraceTable
          title="Documents whose open balance is not their total less allocations"
          label="Documents with a drifted open balance"
          head={['Document', 'Customer', 'Total', 'Open balance', 'Short by']}
          rows={trace.openBalances.map((d) => [
            d.number ?? `#${d.documentId}`,
            `${d.customerCode} · ${d.customerName}`,
            inr(d.total),
            inr(d.openBalance),
            inr(d.difference),
          ])}
        />
      </Stack>
    </Paper>
  );
}
