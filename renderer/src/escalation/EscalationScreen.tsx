import { Badge, Box, Button, Group, Paper, ScrollArea, Table, Tabs, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { todayIso } from '../../../shared/dates';
import {
  firedText,
  ruleText,
  type EscalationCase,
  type EscalationProposal,
  type EscalationProposals,
  type EscalationRule,
} from '../../../shared/escalation/contract';
import { useApi } from '../api/context';
import { ScreenHeader } from '../app/ScreenHeader';
import { inr } from '../customer-accounts/format';
import { ExcelExportButton } from '../follow-ups/ExcelExportButton';
import { customerColumn } from '../reports/collections/columns';
import { AsOfInput } from '../ui/AsOfInput';
import { dateText } from '../ui/dates';
import { notifyError, notifySuccess } from '../ui/notify';
import { CloseDialog, EscalateDialog, NoteDialog, RulesDialog } from './EscalationDialogs';

type Dialog =
  | { kind: 'escalate'; proposal: EscalationProposal }
  | { kind: 'note'; escalation: EscalationCase }
  | { kind: 'close'; escalation: EscalationCase }
  | { kind: 'rules' };

const customerCell = customerColumn<{ customerCode: string; customerName: string }>().render;

const RULE_LABEL: Record<EscalationRule, string> = {
  overdue: 'Overdue',
  broken_promises: 'Broken promises',
};

/** Each rule that fired, as a badge, with the customer's own figures beside it. */
function Why({ r }: { r: EscalationProposal | EscalationCase }) {
  return (
    <Box>
      {r.rules.map((k) => (
        <Group key={k} gap={6} wrap="nowrap">
          <Badge size="sm" variant="light" color={k === 'overdue' ? 'orange' : 'red'}>
            {RULE_LABEL[k]}
          </Badge>
          <Text size="xs">{firedText(k, r)}</Text>
        </Group>
      ))}
    </Box>
  );
}

/** The one-page case summary, as of the screen's date, downloaded as a PDF. */
function SummaryButton({ customerId, asOf }: { customerId: number; asOf: string }) {
  const api = useApi();
  return (
    <ExcelExportButton
      size="compact-xs"
      label="Case summary"
      leftSection={<IconFileTypePdf size={13} />}
      run={() => api.escalation.printSummary({ customerId, asOf })}
    />
  );
}

/** A tab's list: a bordered, scrolling table, and a line saying so when it is empty. */
function ListPanel(props: {
  value: string;
  label: string;
  head: ReactNode;
  empty: string | null;
  children: ReactNode;
}) {
  return (
    <Tabs.Panel value={props.value} pt="sm" style={{ flex: 1, minHeight: 0 }}>
      <Paper withBorder radius="sm" h="100%">
        <ScrollArea h="100%">
          <Table stickyHeader fz="sm" verticalSpacing={5} aria-label={props.label}>
            <Table.Thead bg="gray.1">
              <Table.Tr>{props.head}</Table.Tr>
            </Table.Thead>
            <Table.Tbody className="bahi-number">{props.children}</Table.Tbody>
          </Table>
          {props.empty && (
            <Text size="sm" c="dimmed" p="md">
              {props.empty}
            </Text>
          )}
        </ScrollArea>
      </Paper>
    </Tabs.Panel>
  );
}

/**
 * The escalation list for the accounts manager: who the rules propose as of a date (and why),
 * the cases open, and the dialogs to escalate, add a note and close. Rules are company settings.
 */
export function EscalationScreen() {
  const api = useApi();
  const [asOf, setAsOf] = useState(() => todayIso());
  const [list, setList] = useState<EscalationProposals | null>(null);
  const [cases, setCases] = useState<EscalationCase[] | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [tab, setTab] = useState<string | null>('proposed');
  // Bumped after every command, so both lists are read again from the ledger.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    void api.escalation.proposals({ asOf }).then((r) => {
      if (!live) return;
      if (r.ok) setList(r.data);
      else notifyError(r.error.message, 'Escalation list not loaded');
    });
    void api.escalation.list({ status: 'open' }).then((r) => {
      if (!live) return;
      if (r.ok) setCases(r.data);
      else notifyError(r.error.message, 'Open cases not loaded');
    });
    return () => {
      live = false;
    };
  }, [api, asOf, version]);

  const done = (message: string) => {
    notifySuccess(message);
    setDialog(null);
    setVersion((v) => v + 1);
  };
  const rules = list?.rules;

  return (
    <Box style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', gap: 12 }}>
      <ScreenHeader
        title="Escalations"
        subtitle={
          rules
            ? `${ruleText('overdue', rules)}, or ${ruleText('broken_promises', rules).toLowerCase()}`
            : undefined
        }
      >
        <Button variant="default" size="sm" onClick={() => setDialog({ kind: 'rules' })}>
          Rules…
        </Button>
        <ExcelExportButton
          label="Export to Excel"
          leftSection={<IconFileSpreadsheet size={15} />}
          run={() => api.escalation.export({ asOf })}
        />
      </ScreenHeader>
      <Group align="flex-end" gap="md">
        <AsOfInput asOf={asOf} onAsOf={setAsOf} />
      </Group>
      <Tabs
        value={tab}
        onChange={setTab}
        style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
      >
        <Tabs.List>
          <Tabs.Tab value="proposed">Proposed ({list?.proposals.length ?? 0})</Tabs.Tab>
          <Tabs.Tab value="open">Open cases ({cases?.length ?? 0})</Tabs.Tab>
        </Tabs.List>
        <ListPanel
          value="proposed"
          label="Proposed for escalation"
          head={
            <>
              <Table.Th w={210}>Customer</Table.Th>
              <Table.Th miw={280}>Why</Table.Th>
              <Table.Th w={130} ta="right">
                Overdue less disputes
              </Table.Th>
              <Table.Th w={110} ta="right">
                Disputed
              </Table.Th>
              <Table.Th w={130} ta="right">
                Balance
              </Table.Th>
              <Table.Th w={100}>Last case</Table.Th>
              <Table.Th w={200} />
            </>
          }
          empty={
            list?.proposals.length === 0
              ? `No customer meets an escalation rule on ${dateText(asOf)}.`
              : null
          }
        >
          {list?.proposals.map((p) => (
            <Table.Tr key={p.customerId} data-testid="proposal-row">
              <Table.Td>{customerCell(p)}</Table.Td>
              <Table.Td>
                <Why r={p} />
              </Table.Td>
              <Table.Td ta="right">{inr(p.overdue)}</Table.Td>
              <Table.Td ta="right">{p.disputed ? inr(p.disputed) : ''}</Table.Td>
              <Table.Td ta="right">{inr(p.balance)}</Table.Td>
              <Table.Td>{p.lastClosedOn && `closed ${dateText(p.lastClosedOn)}`}</Table.Td>
              <Table.Td ta="right">
                <Group gap={6} justify="flex-end" wrap="nowrap">
                  <SummaryButton customerId={p.customerId} asOf={asOf} />
                  <Button
                    size="compact-xs"
                    color="red"
                    variant="light"
                    onClick={() => setDialog({ kind: 'escalate', proposal: p })}
                  >
                    Escalate…
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </ListPanel>
        <ListPanel
          value="open"
          label="Open escalation cases"
          head={
            <>
              <Table.Th w={240}>Customer</Table.Th>
              <Table.Th w={100}>Opened</Table.Th>
              <Table.Th>Why (on that day)</Table.Th>
              <Table.Th w={150}>Assigned to</Table.Th>
              <Table.Th>Last note</Table.Th>
              <Table.Th w={260} />
            </>
          }
          empty={cases?.length === 0 ? 'No case is open.' : null}
        >
          {cases?.map((c) => (
            <Table.Tr key={c.id} data-testid="case-row">
              <Table.Td>{customerCell(c)}</Table.Td>
              <Table.Td>{dateText(c.openedOn)}</Table.Td>
              <Table.Td>
                <Why r={c} />
              </Table.Td>
              <Table.Td>{c.assignedTo}</Table.Td>
              <Table.Td>
                {c.notes.at(-1) && (
                  <Text size="xs" lineClamp={2}>
                    {dateText(c.notes.at(-1)!.notedOn)} · {c.notes.at(-1)!.note}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">
                <Group gap={6} justify="flex-end" wrap="nowrap">
                  <SummaryButton customerId={c.customerId} asOf={asOf} />
                  <Button
                    size="compact-xs"
                    variant="light"
                    onClick={() => setDialog({ kind: 'note', escalation: c })}
                  >
                    Note…
                  </Button>
                  <Button
                    size="compact-xs"
                    variant="light"
                    color="gray"
                    onClick={() => setDialog({ kind: 'close', escalation: c })}
                  >
                    Close…
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </ListPanel>
      </Tabs>
      {dialog?.kind === 'escalate' && (
        <EscalateDialog
          proposal={dialog.proposal}
          asOf={asOf}
          onClose={() => setDialog(null)}
          onDone={(c) => {
            done(`${c.customerName} escalated to ${c.assignedTo}`);
            setTab('open');
          }}
        />
      )}
      {dialog?.kind === 'note' && (
        <NoteDialog
          escalation={dialog.escalation}
          onClose={() => setDialog(null)}
          onDone={(c) => done(`Note added to ${c.customerName}’s case`)}
        />
      )}
      {dialog?.kind === 'close' && (
        <CloseDialog
          escalation={dialog.escalation}
          onClose={() => setDialog(null)}
          onDone={(c) => done(`${c.customerName}’s case closed`)}
        />
      )}
      {dialog?.kind === 'rules' && rules && (
        <RulesDialog
          rules={rules}
          onClose={() => setDialog(null)}
          onDone={() => done('Escalation rules saved')}
        />
      )}
    </Box>
  );
}
