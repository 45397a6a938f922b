import { Badge, Box, Button, Paper, ScrollArea, Table, Tabs, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Appraisal, CreditGrade, CreditHold } from '../../../shared/credit/contract';
import { useApi } from '../api/context';
import { ScreenHeader } from '../app/ScreenHeader';
import { inr } from '../customer-accounts/format';
import { ExcelExportButton } from '../follow-ups/ExcelExportButton';
import { dateText } from '../ui/dates';
import { notifyError, notifySuccess } from '../ui/notify';
import { HoldDialog, ReleaseDialog } from './HoldDialogs';

const GRADE_COLOR: Record<CreditGrade, string> = {
  A: 'green',
  B: 'teal',
  C: 'yellow',
  D: 'orange',
  E: 'red',
};

export function GradeBadge({ grade }: { grade: CreditGrade | null }) {
  return grade ? (
    <Badge color={GRADE_COLOR[grade]} variant="light" data-testid="credit-grade">
      {grade}
    </Badge>
  ) : (
    <Badge color="gray" variant="light">
      New
    </Badge>
  );
}

/** Credit control: who is on hold (for dispatch), and the high-risk list for management. */
export function CreditScreen() {
  const api = useApi();
  const [holds, setHolds] = useState<CreditHold[] | null>(null);
  const [risk, setRisk] = useState<Appraisal[] | null>(null);
  const [holding, setHolding] = useState(false);
  const [releasing, setReleasing] = useState<CreditHold | null>(null);
  // Bumped after a hold or release, so both lists are read again from the ledger.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    void api.credit.holds({}).then((r) => {
      if (!live) return;
      if (r.ok) setHolds(r.data);
      else notifyError(r.error.message, 'Hold list not loaded');
    });
    void api.credit.riskList({}).then((r) => {
      if (!live) return;
      if (r.ok) setRisk(r.data);
      else notifyError(r.error.message, 'Risk list not loaded');
    });
    return () => {
      live = false;
    };
  }, [api, version]);

  const reload = () => setVersion((v) => v + 1);

  return (
    <Box style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', gap: 12 }}>
      <ScreenHeader
        title="Credit control"
        subtitle="Customers on hold for dispatch, and the high-risk list with grade and suggested limit"
      >
        <Button color="red" variant="light" onClick={() => setHolding(true)}>
          Put on hold…
        </Button>
        <ExcelExportButton label="Risk list to Excel" run={() => api.credit.exportRiskList({})} />
      </ScreenHeader>
      <Tabs
        defaultValue="holds"
        style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
      >
        <Tabs.List>
          <Tabs.Tab value="holds">On hold ({holds?.length ?? 0})</Tabs.Tab>
          <Tabs.Tab value="risk">High risk ({risk?.length ?? 0})</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="holds" pt="sm" style={{ flex: 1, minHeight: 0 }}>
          <Paper withBorder radius="sm" h="100%">
            <ScrollArea h="100%">
              <Table stickyHeader fz="sm" verticalSpacing={5} aria-label="Customers on hold">
                <Table.Thead bg="gray.1">
                  <Table.Tr>
                    <Table.Th w={240}>Customer</Table.Th>
                    <Table.Th w={110}>Held since</Table.Th>
                    <Table.Th w={110}>By</Table.Th>
                    <Table.Th>Reason</Table.Th>
                    <Table.Th w={140} ta="right">
                      Balance
                    </Table.Th>
                    <Table.Th w={90} />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody className="bahi-number">
                  {holds?.map((h) => (
                    <Table.Tr key={h.id} data-testid="hold-row">
                      <Table.Td>
                        {h.customerName}
                        <Text size="xs" c="dimmed" className="bahi-mono">
                          {h.customerCode}
                        </Text>
                      </Table.Td>
                      <Table.Td>{dateText(h.heldOn)}</Table.Td>
                      <Table.Td>{h.heldBy}</Table.Td>
                      <Table.Td>{h.reason}</Table.Td>
                      <Table.Td ta="right">{inr(h.openBalance)}</Table.Td>
                      <Table.Td ta="right">
                        <Button size="compact-xs" variant="light" onClick={() => setReleasing(h)}>
                          Release
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {holds?.length === 0 && (
                <Text size="sm" c="dimmed" p="md">
                  No customer is on credit hold: dispatch may release materials to all.
                </Text>
              )}
            </ScrollArea>
          </Paper>
        </Tabs.Panel>
        <Tabs.Panel value="risk" pt="sm" style={{ flex: 1, minHeight: 0 }}>
          <Paper withBorder radius="sm" h="100%">
            <ScrollArea h="100%">
              <Table stickyHeader fz="sm" verticalSpacing={5} aria-label="High-risk customers">
                <Table.Thead bg="gray.1">
                  <Table.Tr>
                    <Table.Th w={240}>Customer</Table.Th>
                    <Table.Th w={70}>Grade</Table.Th>
                    <Table.Th w={70} ta="right">
                      Score
                    </Table.Th>
                    <Table.Th w={90} ta="right">
                      Days late
                    </Table.Th>
                    <Table.Th>Lapses</Table.Th>
                    <Table.Th w={130} ta="right">
                      Exposure
                    </Table.Th>
                    <Table.Th w={130} ta="right">
                      Limit
                    </Table.Th>
                    <Table.Th w={130} ta="right">
                      Suggested
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody className="bahi-number">
                  {risk?.map((a) => (
                    <Table.Tr key={a.customerId} data-testid="risk-row">
                      <Table.Td>
                        {a.customerName}
                        {a.onHold && (
                          <Badge ml={6} size="xs" color="red">
                            On hold
                          </Badge>
                        )}
                        <Text size="xs" c="dimmed" className="bahi-mono">
                          {a.customerCode}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <GradeBadge grade={a.grade} />
                      </Table.Td>
                      <Table.Td ta="right">{a.score?.toFixed(1) ?? '—'}</Table.Td>
                      <Table.Td ta="right">{a.avgDaysLate.toFixed(1)}</Table.Td>
                      <Table.Td>
                        <Text size="xs">
                          {Math.round(a.shareLate * 100)}% paid late · {a.bouncedCheques} bounced ·{' '}
                          {a.disputedInvoices} disputed · {a.brokenPromises} broken promises
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">{inr(a.exposure)}</Table.Td>
                      <Table.Td ta="right">
                        {a.creditLimit === null ? 'No limit' : inr(a.creditLimit)}
                      </Table.Td>
                      <Table.Td ta="right">
                        {a.suggestedLimit === null ? '—' : inr(a.suggestedLimit)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {risk?.length === 0 && (
                <Text size="sm" c="dimmed" p="md">
                  No customer is graded D or E, on hold, or over their limit.
                </Text>
              )}
            </ScrollArea>
          </Paper>
        </Tabs.Panel>
      </Tabs>
      {holding && (
        <HoldDialog
          onClose={() => setHolding(false)}
          onHeld={(h) => {
            notifySuccess(`${h.customerName} is on credit hold`);
            setHolding(false);
            reload();
          }}
        />
      )}
      {releasing && (
        <ReleaseDialog
          hold={releasing}
          onClose={() => setReleasing(null)}
          onReleased={(h) => {
            notifySuccess(`${h.customerName} released from credit hold`);
            setReleasing(null);
            reload();
          }}
        />
      )}
    </Box>
  );
}
