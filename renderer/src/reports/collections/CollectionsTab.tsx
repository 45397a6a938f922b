import { BarChart } from '@mantine/charts';
import {
  Button,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import type { Output } from '../../../../shared/contract';
import { MODE_LABELS, type ReceiptMode } from '../../../../shared/receipts/contract';
import { useApi } from '../../api/context';
import { DateInput } from '../../ui/DateInput';
import { formKeyHandler } from '../../ui/keys';
import { useExport, usePeriodInput, useReport } from './hooks';
import { compactINR, inr, periodLabel, type GroupBy } from './mis';
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

const money = <T,>(key: string, header: string, get: (r: T) => number): SortColumn<T> => ({
  key,
  header,
  numeric: true,
  width: 160,
  sortValue: get,
  render: (r) => inr(get(r)),
});
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
  {
    key: 'customer',
    header: 'Customer',
    sortValue: (r) => r.customerName,
    render: (r) => (
      <>
        <Text size="sm" fw={500}>
          {r.customerName}
        </Text>
        <Text size="xs" c="dimmed" className="bahi-mono">
          {r.customerCode}
        </Text>
      </>
    ),
  },
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
  const report = useReport(
    query && JSON.stringify(query),
    () => api.reports.collections(query!),
    'Collections could not be loaded',
  );
  const [exportErrors, setExportErrors] = useState<Record<string, string>>({});
  const exporter = useExport(setExportErrors);
  const errors = { ...input.errors, ...report.errors, ...exportErrors };
  const r = report.data;
  const exportExcel = () => {
    if (query) void exporter.run(() => api.reports.exportCollections(query));
  };
  const changed = () => {
    report.clearErrors();
    setExportErrors({});
  };

  return (
    <Stack gap="sm">
      <Group
        gap="sm"
        align="flex-end"
        wrap="nowrap"
        data-form-root
        onKeyDown={formKeyHandler(exportExcel)}
      >
        <DateInput
          label="From"
          w={150}
          value={input.from}
          onChange={(t) => {
            input.setFrom(t);
            changed();
          }}
          error={errors.from}
        />
        <DateInput
          label="To"
          w={150}
          value={input.to}
          onChange={(t) => {
            input.setTo(t);
            changed();
          }}
          error={errors.to}
        />
        <SegmentedControl
          aria-label="Group by"
          data={GROUPS}
          value={groupBy}
          onChange={(v) => setGroupBy(v as GroupBy)}
        />
        <Button
          ml="auto"
          variant="default"
          leftSection={<IconFileSpreadsheet size={16} />}
          disabled={!query}
          loading={exporter.busy}
          onClick={exportExcel}
        >
          Export to Excel
        </Button>
      </Group>

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
