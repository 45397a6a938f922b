import {
  Badge,
  Button,
  Checkbox,
  Group,
  Loader,
  Paper,
  ScrollArea,
  Stack,
  Table,
  Tabs,
  Text,
} from '@mantine/core';
import { IconBuildingBank } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { todayIso } from '../../../shared/dates';
import { formatINR, paise } from '../../../shared/money';
import type { ChequeStatus, ReceiptSummary } from '../../../shared/receipts/contract';
import { useApi } from '../api/context';
import { ScreenHeader } from '../app/ScreenHeader';
import { dateText } from '../ui/dates';
import { plural } from '../ui/format';
import { notifyError, notifySuccess } from '../ui/notify';
import { BounceDialog, BulkDepositDialog, DateActionDialog, RemoveDialog } from './ChequeDialogs';
import {
  CHEQUE_TABS,
  chequeDateOf,
  daysToChequeDate,
  dueLabel,
  STATUS_COLORS,
  STATUS_LABELS,
} from './cheques';

type Action =
  | { kind: 'deposit' | 'clear' | 'bounce' | 'remove'; cheque: ReceiptSummary }
  | { kind: 'bulk' }
  | null;

/** Every cheque by where it stands: post-dated, in hand, deposited, cleared or bounced. */
export function ChequeRegister() {
  const api = useApi();
  const [cheques, setCheques] = useState<ReceiptSummary[] | null>(null);
  const [tab, setTab] = useState<ChequeStatus>('post_dated');
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [action, setAction] = useState<Action>(null);
  const today = todayIso();

  const load = useCallback(async () => {
    const r = await api.receipts.chequeRegister({});
    if (r.ok) setCheques(r.data);
    else notifyError(r.error.message, 'The cheque register could not be loaded');
  }, [api]);

  useEffect(() => {
    let live = true;
    void api.receipts.chequeRegister({}).then((r) => {
      if (!live) return;
      if (r.ok) setCheques(r.data);
      else notifyError(r.error.message, 'The cheque register could not be loaded');
    });
    return () => {
      live = false;
    };
  }, [api]);

  const rows = (cheques ?? []).filter((c) => c.chequeStatus === tab);
  const count = (s: ChequeStatus) => (cheques ?? []).filter((c) => c.chequeStatus === s).length;
  const inHand = tab === 'received';
  const chosen = rows.filter((c) => selected.has(c.id));
  const chosenTotal = chosen.reduce((s, c) => s + c.amount, 0);

  const toggle = (id: number, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const finish = (message: string) => {
    setAction(null);
    notifySuccess(message);
    void load();
  };

  return (
    <Stack gap="sm" style={{ flex: 1, minHeight: 0 }}>
      <ScreenHeader
        title="Cheque register"
        subtitle="Post-dated cheques waiting for their date, cheques to bank, and what became of them"
      />
      <Tabs
        value={tab}
        onChange={(v) => {
          setTab((v as ChequeStatus | null) ?? 'post_dated');
          setSelected(new Set());
        }}
      >
        <Tabs.List>
          {CHEQUE_TABS.map((t) => (
            <Tabs.Tab
              key={t.status}
              value={t.status}
              rightSection={
                <Badge size="sm" variant="light" color={STATUS_COLORS[t.status]} circle>
                  {cheques ? count(t.status) : '·'}
                </Badge>
              }
            >
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>

      {inHand && (
        <Group gap="sm" justify="space-between">
          <Text size="sm" c="dimmed">
            {chosen.length
              ? `${plural(chosen.length, 'cheque')} selected · ${formatINR(paise(chosenTotal))}`
              : 'Tick the cheques going on one deposit slip'}
          </Text>
          <Button
            leftSection={<IconBuildingBank size={16} />}
            disabled={chosen.length === 0}
            onClick={() => setAction({ kind: 'bulk' })}
          >
            Deposit selected
          </Button>
        </Group>
      )}

      <Paper withBorder radius="sm" style={{ flex: 1, minHeight: 0, display: 'flex' }}>
        <ScrollArea style={{ flex: 1 }}>
          {cheques === null ? (
            <Loader size="sm" m="md" />
          ) : (
            <Table striped highlightOnHover stickyHeader data-testid="cheque-register">
              <Table.Thead>
                <Table.Tr>
                  {inHand && (
                    <Table.Th w={36}>
                      <Checkbox
                        aria-label="Select every cheque in hand"
                        checked={rows.length > 0 && chosen.length === rows.length}
                        indeterminate={chosen.length > 0 && chosen.length < rows.length}
                        onChange={(e) =>
                          setSelected(new Set(e.currentTarget.checked ? rows.map((c) => c.id) : []))
                        }
                      />
                    </Table.Th>
                  )}
                  <Table.Th>Cheque no.</Table.Th>
                  <Table.Th>Cheque date</Table.Th>
                  {tab === 'post_dated' && <Table.Th>Due</Table.Th>}
                  <Table.Th>Drawee bank</Table.Th>
                  <Table.Th>Customer</Table.Th>
                  <Table.Th ta="right">Amount</Table.Th>
                  <Table.Th>Receipt</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((c) => {
                  const days = daysToChequeDate(c, today);
                  const dueToday = c.chequeStatus === 'post_dated' && days === 0;
                  return (
                    <Table.Tr
                      key={c.id}
                      data-testid="cheque-row"
                      data-due-today={dueToday || undefined}
                      bg={dueToday ? 'yellow.0' : undefined}
                    >
                      {inHand && (
                        <Table.Td>
                          <Checkbox
                            aria-label={`Select cheque ${c.instrumentNumber}`}
                            checked={selected.has(c.id)}
                            onChange={(e) => toggle(c.id, e.currentTarget.checked)}
                          />
                        </Table.Td>
                      )}
                      <Table.Td className="bahi-mono">{c.instrumentNumber}</Table.Td>
                      <Table.Td className="bahi-number">{dateText(chequeDateOf(c))}</Table.Td>
                      {tab === 'post_dated' && (
                        <Table.Td data-testid="cheque-due">
                          {dueToday ? (
                            <Badge color="yellow" variant="filled" c="dark.8">
                              Due today
                            </Badge>
                          ) : (
                            <Text size="sm" c={days < 0 ? 'orange.8' : undefined}>
                              {dueLabel(days)}
                            </Text>
                          )}
                        </Table.Td>
                      )}
                      <Table.Td>{c.draweeBank ?? ''}</Table.Td>
                      <Table.Td>
                        <Text size="sm" fw={500} truncate>
                          {c.customerName}
                        </Text>
                        <Text size="xs" c="dimmed" className="bahi-mono">
                          {c.customerCode}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right" className="bahi-number">
                        {formatINR(paise(c.amount))}
                      </Table.Td>
                      <Table.Td className="bahi-mono">{c.number ?? '—'}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={STATUS_COLORS[c.chequeStatus ?? 'received']}>
                          {STATUS_LABELS[c.chequeStatus ?? 'received']}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <RowActions cheque={c} onAction={setAction} />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )}
          {cheques !== null && rows.length === 0 && (
            <Text size="sm" c="dimmed" p="md">
              No {STATUS_LABELS[tab].toLowerCase()} cheques.
            </Text>
          )}
        </ScrollArea>
      </Paper>

      {(action?.kind === 'deposit' || action?.kind === 'clear') && (
        <DateActionDialog
          cheque={action.cheque}
          action={action.kind}
          onClose={() => setAction(null)}
          onDone={finish}
        />
      )}
      {action?.kind === 'bounce' && (
        <BounceDialog
          cheque={action.cheque}
          onClose={() => setAction(null)}
          onBounced={() => void load()}
        />
      )}
      {action?.kind === 'remove' && (
        <RemoveDialog cheque={action.cheque} onClose={() => setAction(null)} onDone={finish} />
      )}
      {action?.kind === 'bulk' && chosen.length > 0 && (
        <BulkDepositDialog
          cheques={chosen}
          onClose={() => setAction(null)}
          onDeposited={(r) => {
            setSelected(new Set(r.failed.map((f) => f.cheque.id)));
            if (r.deposited.length) {
              notifySuccess(`${plural(r.deposited.length, 'cheque')} deposited`);
            }
            if (r.failed.length === 0) setAction(null);
            void load();
          }}
        />
      )}
    </Stack>
  );
}

function RowActions({
  cheque,
  onAction,
}: {
  cheque: ReceiptSummary;
  onAction: (a: Action) => void;
}) {
  const no = cheque.instrumentNumber ?? '';
  const button = (
    kind: 'deposit' | 'clear' | 'bounce' | 'remove',
    label: string,
    danger = false,
  ) => (
    <Button
      key={kind}
      size="xs"
      variant={danger ? 'subtle' : 'light'}
      color={danger ? 'red' : undefined}
      aria-label={`${label} cheque ${no}`}
      onClick={() => onAction({ kind, cheque })}
    >
      {label}
    </Button>
  );
  const buttons = {
    post_dated: [button('deposit', 'Deposit'), button('remove', 'Remove', true)],
    received: [button('deposit', 'Deposit'), button('bounce', 'Bounce', true)],
    deposited: [button('clear', 'Mark cleared'), button('bounce', 'Bounce', true)],
    cleared: [],
    bounced: [],
  }[cheque.chequeStatus ?? 'cleared'];
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      {buttons}
    </Group>
  );
}
