import { BarChart } from '@mantine/charts';
import { Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Output } from '../../../../shared/contract';
import { MODE_LABELS, type ReceiptMode } from '../../../../shared/receipts/contract';
import { useApi } from '../../api/context';
import { customerColumn, moneyColumn } from './columns';
import { usePeriodInput, useReportTab } from './hooks';
import { compactINR, inr, periodLabel, type GroupBy } from './mis';
import { PeriodDates, ReportToolbar } from './ReportToolbar';
import { SortableTable, type SortColumn } from './SortableTable';

type Report = Output<'reports.collections'>;
type PeriodRow = Report['byPeriod'][number];
type ModeRow = Report['byMode'][number];
type CustomerRow = Report['byCustomer'][number];

const GROUPS: { value: GroupBy; label: string }[] = [
  { value: 'day', label: 'Day' },
  { value: 'week', label: 'Week' },
  { value: 'month', label: 'Month' },
];

const money = <T,>(key: string, header: string, get: (r: T) => number) =>
  moneyColumn(key, header, get, 160);
const count = <T,>(get: (r: T) => number): SortColumn<T> => ({
  key: 'receipts',
  header: 'Receipts',
  numeric: true,
  width: 100,
  sortValue: get,
  render: get,
});

const periodColumns = (groupBy: GroupBy): SortColumn<PeriodRow>[] => [
  {
    key: 'period',
    header: groupBy === 'month' ? 'Month' : groupBy === 'week' ? 'Week' : 'Date',
    sortValue: (r) => r.period,
    render: (r) => periodLabel(r.period, groupBy),
  },
  money('received', 'Received', (r) => r.received),
  money('tds', 'TDS', (r) => r.tds),
  money('total', 'Total', (r) => r.total),
  count((r) => r.receipts),
];

const modeName = (mode: string) => MODE_LABELS[mode as ReceiptMode] ?? mode;
const modeColumns: SortColumn<ModeRow>[] = [
  {
    key: 'mode',
    header: 'Mode',
    sortValue: (r) => modeName(r.mode),
    render: (r) => modeName(r.mode),
  },
  money('received', 'Received', (r) => r.received),
  count((r) => r.receipts),
];

const customerColumns: SortColumn<CustomerRow>[] = [
  customerColumn(),
  money('received', 'Received', (r) => r.received),
  money('tds', 'TDS', (r) => r.tds),
  money('total', 'Total', (r) => r.total),
  count((r) => r.receipts),
];

const sum = <T,>(rows: T[], get: (r: T) => number) => rows.reduce((s, r) => s + get(r), 0);

/** Money in by day, week or month, by mode and by customer; a returned cheque counts back. */
export function CollectionsTab({ initial }: { initial: { from: string; to: string } }) {
  const api = useApi();
  const input = usePeriodInput(initial);
  const [groupBy, setGroupBy] = useState<GroupBy>('month');
  const query = input.period ? { ...input.period, groupBy } : null;
  const tab = useReportTab(
    query,
    (q) => api.reports.collections(q),
    (q) => api.reports.exportCollections(q),
    'Collections could not be loaded',
  );
  const r = tab.data;

  return (
    <Stack gap="sm">
      <ReportToolbar tab={tab}>
        <PeriodDates input={input} tab={tab} />
        <SegmentedControl
          aria-label="Group by"
          data={GROUPS}
          value={groupBy}
          onChange={(v) => setGroupBy(v as GroupBy)}
        />
      </ReportToolbar>

      {r && (
        <>
          <Group gap="xl" data-testid="collections-totals">
            <Figure label="Received" value={inr(r.totals.received)} testId="collections-received" />
            <Figure label="TDS deducted" value={inr(r.totals.tds)} testId="collections-tds" />
            <Figure
              label="Total collected"
              value={inr(r.totals.total)}
              testId="collections-total"
            />
          </Group>
          <Paper withBorder radius="sm" p="sm">
            <BarChart
              h={220}
              data={r.byPeriod.map((p) => ({
                period: periodLabel(p.period, r.groupBy),
                Received: p.received,
                TDS: p.tds,
              }))}
              dataKey="period"
              type="stacked"
              series={[
                { name: 'Received', color: 'teal.6' },
                { name: 'TDS', color: 'orange.5' },
              ]}
              valueFormatter={inr}
              yAxisProps={{ tickFormatter: compactINR, width: 80 }}
              withLegend
              aria-label="Collections per period"
              data-testid="collections-chart"
            />
          </Paper>
          <Paper withBorder radius="sm">
            <SortableTable
              label="Collections by period"
              testId="collections-by-period"
              rowTestId="collections-period-row"
              columns={periodColumns(r.groupBy)}
              rows={r.byPeriod}
              rowKey={(p) => p.period}
              footer={[
                'Total',
                inr(r.totals.received),
                inr(r.totals.tds),
                inr(r.totals.total),
                sum(r.byPeriod, (p) => p.receipts),
              ]}
              empty="No receipts in this period."
            />
          </Paper>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="sm">
            <Paper withBorder radius="sm">
              <Title order={5} p="xs">
                By mode
              </Title>
              <SortableTable
                label="Collections by mode"
                testId="collections-by-mode"
                columns={modeColumns}
                rows={r.byMode}
                rowKey={(m) => m.mode}
              />
            </Paper>
            <Paper withBorder radius="sm">
              <Title order={5} p="xs">
                By customer
              </Title>
              <SortableTable
                label="Collections by customer"
                testId="collections-by-customer"
                columns={customerColumns}
                rows={r.byCustomer}
                rowKey={(c) => String(c.customerId)}
              />
            </Paper>
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}

export function Figure({
  label,
  value,
  testId,
}: {
  label: string;
  value: string;
  testId?: string;
}) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="lg" fw={650} className="bahi-number" data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}
