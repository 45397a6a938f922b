import { Badge, Box, Group, Kbd, Paper, ScrollArea, Table, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { todayIso } from '../../../shared/dates';
import {
  FOLLOW_UP_KIND_LABELS,
  FOLLOW_UP_OUTCOME_LABELS,
  type WorklistRow,
} from '../../../shared/follow-ups/contract';
import type { OpenItemRow } from '../../../shared/receipts/contract';
import { useApi } from '../api/context';
import { ScreenHeader } from '../app/ScreenHeader';
import { inr } from '../customer-accounts/format';
import { useOpenCustomerAccount } from '../customer-accounts/navigation';
import { PromiseStatusBadge } from '../promises/PromisesPanel';
import { customerColumn } from '../reports/collections/columns';
import { AsOfInput } from '../ui/AsOfInput';
import { dateText } from '../ui/dates';
import { notifyError, notifySuccess } from '../ui/notify';
import { ExcelExportButton } from './ExcelExportButton';
import { FollowUpDialog } from './FollowUpDialog';

/** The customer's name with the code under it, as every collections table shows it. */
const customerCell = customerColumn<WorklistRow>().render;

interface Logging {
  row: WorklistRow;
  openItems: OpenItemRow[];
}

/**
 * Who to chase today, in the order that matters. ↑ ↓ move, Enter opens the account, L logs a
 * follow-up and moves on to the next customer.
 */
export function WorklistScreen() {
  const api = useApi();
  const openAccount = useOpenCustomerAccount();
  const [asOf, setAsOf] = useState(() => todayIso());
  const [rows, setRows] = useState<WorklistRow[] | null>(null);
  const [cursor, setCursor] = useState(0);
  const [logging, setLogging] = useState<Logging | null>(null);
  // After a follow-up is logged, the cursor goes to this customer (the one after) once reloaded.
  const nextCustomer = useRef<number | null>(null);
  const grid = useRef<HTMLDivElement>(null);

  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    void api.followUps.worklist({ asOf }).then((r) => {
      if (!live) return;
      if (!r.ok) return notifyError(r.error.message, 'Worklist not loaded');
      setRows(r.data.rows);
      const at = r.data.rows.findIndex((x) => x.customerId === nextCustomer.current);
      nextCustomer.current = null;
      setCursor((c) => (at >= 0 ? at : Math.min(c, Math.max(r.data.rows.length - 1, 0))));
    });
    return () => {
      live = false;
    };
  }, [api, asOf, version]);

  // Back on the list whenever no dialog is open, so the arrows work straight after a log.
  useEffect(() => {
    if (!logging) grid.current?.focus();
  }, [logging]);

  const startLog = async (row: WorklistRow) => {
    const r = await api.receipts.openItems({ customerId: row.customerId });
    if (!r.ok) return notifyError(r.error.message, 'Open items not loaded');
    setLogging({ row, openItems: r.data.debits });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!rows?.length || e.ctrlKey || e.altKey || e.metaKey) return;
    const row = rows[cursor];
    if (e.key === 'ArrowDown') setCursor((c) => Math.min(c + 1, rows.length - 1));
    else if (e.key === 'ArrowUp') setCursor((c) => Math.max(c - 1, 0));
    else if (e.key === 'Home') setCursor(0);
    else if (e.key === 'End') setCursor(rows.length - 1);
    else if (e.key === 'Enter' && row) openAccount?.(row.customerId);
    else if ((e.key === 'l' || e.key === 'L') && row) void startLog(row);
    else return;
    e.preventDefault();
  };

  return (
    <Box style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', gap: 12 }}>
      <ScreenHeader
        title="Worklist"
        subtitle="Broken promises first, then the most overdue (less what is disputed) the longest"
      >
        <ExcelExportButton
          label="Export to Excel"
          leftSection={<IconFileSpreadsheet size={15} />}
          run={() => api.reports.exportWorklist({ asOf })}
        />
      </ScreenHeader>
      <Group align="flex-end" gap="md">
        <AsOfInput asOf={asOf} onAsOf={setAsOf} />
        <Text size="xs" c="dimmed" pb={8}>
          <Kbd>↑</Kbd> <Kbd>↓</Kbd> move · <Kbd>Enter</Kbd> open account · <Kbd>L</Kbd> log a
          follow-up and go on to the next
        </Text>
        <Text size="sm" ml="auto" pb={8} className="bahi-number" data-testid="worklist-count">
          {rows ? `${rows.length} to chase` : ''}
        </Text>
      </Group>
      <Paper withBorder radius="sm" style={{ flex: 1, minHeight: 0 }}>
        <ScrollArea h="100%">
          <div
            ref={grid}
            tabIndex={0}
            role="grid"
            aria-label="Worklist"
            onKeyDown={onKeyDown}
            style={{ outline: 'none' }}
          >
            <Table stickyHeader verticalSpacing={5} horizontalSpacing={10} fz="sm">
              <Table.Thead bg="gray.1">
                <Table.Tr>
                  <Table.Th>Customer</Table.Th>
                  <Table.Th ta="right">Balance</Table.Th>
                  <Table.Th ta="right">Overdue</Table.Th>
                  <Table.Th ta="right">Disputed</Table.Th>
                  <Table.Th>Oldest due</Table.Th>
                  <Table.Th>Last contact</Table.Th>
                  <Table.Th>Next action</Table.Th>
                  <Table.Th>Promise</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody className="bahi-number">
                {rows?.map((r, i) => (
                  <Table.Tr
                    key={r.customerId}
                    data-testid="worklist-row"
                    aria-selected={i === cursor}
                    bg={i === cursor ? 'ledger.0' : undefined}
                    onClick={() => setCursor(i)}
                    onDoubleClick={() => openAccount?.(r.customerId)}
                    ref={(el) => {
                      if (el && i === cursor) el.scrollIntoView?.({ block: 'nearest' });
                    }}
                  >
                    <Table.Td>
                      <Group gap={8} wrap="nowrap" justify="space-between">
                        {customerCell(r)}
                        {r.escalationId !== null && (
                          <Badge color="red" variant="light" size="sm" data-testid="escalated">
                            Escalated
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td ta="right">{inr(r.balance)}</Table.Td>
                    <Table.Td ta="right">{inr(r.overdue)}</Table.Td>
                    <Table.Td ta="right">{r.disputed ? inr(r.disputed) : ''}</Table.Td>
                    <Table.Td>
                      {r.oldestDueDate && `${dateText(r.oldestDueDate)} · ${r.oldestDays} days`}
                      {r.plan && (
                        <Badge
                          ml={6}
                          size="xs"
                          color="grape"
                          variant="light"
                          title={`Payment plan ${r.plan.number}: ${r.plan.overdueCount} instalment(s) overdue`}
                          data-testid="on-plan"
                        >
                          On a plan
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {r.lastContact && (
                        <Text size="xs">
                          {dateText(r.lastContact.loggedOn)} ·{' '}
                          {FOLLOW_UP_KIND_LABELS[r.lastContact.kind]} ·{' '}
                          {FOLLOW_UP_OUTCOME_LABELS[r.lastContact.outcome]}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {r.nextActionOn && (
                        <Text size="xs" c={r.followUpDue ? 'red.8' : undefined}>
                          {dateText(r.nextActionOn)} · {r.nextAction}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {r.promise && (
                        <Group gap={6} wrap="nowrap">
                          <PromiseStatusBadge status={r.promise.status} />
                          <Text size="xs">
                            {inr(r.promise.amount)} by {dateText(r.promise.promisedOn)}
                          </Text>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
          {rows?.length === 0 && (
            <Text size="sm" c="dimmed" p="md">
              Nobody to chase: nothing is overdue and no follow-up is due.
            </Text>
          )}
        </ScrollArea>
      </Paper>
      {logging && (
        <FollowUpDialog
          customerId={logging.row.customerId}
          customerName={logging.row.customerName}
          openItems={logging.openItems}
          onClose={() => setLogging(null)}
          onSaved={() => {
            const at = rows?.findIndex((x) => x.customerId === logging.row.customerId) ?? -1;
            nextCustomer.current = rows?.[at + 1]?.customerId ?? logging.row.customerId;
            notifySuccess(`Follow-up with ${logging.row.customerName} logged`);
            setLogging(null);
            setVersion((v) => v + 1);
          }}
        />
      )}
    </Box>
  );
}
