import { LineChart } from '@mantine/charts';
import { Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Output } from '../../../../shared/contract';
import { monthEndOf, monthLabel } from '../../../../shared/reports/mis-contract';
import { useApi } from '../../api/context';
import { pickHighlighted } from '../../ui/selectKeys';
import { Figure } from './CollectionsTab';
import { moneyColumn } from './columns';
import { useReportTab } from './hooks';
import { days, inr, monthOptions } from './mis';
import { ReportToolbar } from './ReportToolbar';
import { SortableTable, type SortColumn } from './SortableTable';

type Month = Output<'reports.dso'>['months'][number];

const MONTHS = 12;

const daysColumn = (
  key: 'simple' | 'countback',
  header: string,
  width: number,
): SortColumn<Month> => ({
  key,
  header,
  numeric: true,
  width,
  sortValue: (m) => m[key],
  render: (m) => days(m[key]),
});

const columns: SortColumn<Month>[] = [
  { key: 'month', header: 'Month', sortValue: (m) => m.month, render: (m) => monthLabel(m.month) },
  moneyColumn('sales', 'Credit sales', (m) => m.sales),
  moneyColumn('closingAr', 'Closing AR', (m) => m.closingAr),
  daysColumn('simple', 'DSO simple', 130),
  daysColumn('countback', 'DSO countback', 150),
];

/** Days sales outstanding for the twelve months up to a chosen one, simple and countback. */
export function DsoTab({ today }: { today: string }) {
  const api = useApi();
  const [options] = useState(() => monthOptions(today));
  const [month, setMonth] = useState(today.slice(0, 7));
  const query = { to: monthEndOf(month), months: MONTHS };
  const tab = useReportTab(
    query,
    (q) => api.reports.dso(q),
    (q) => api.reports.exportDso(q),
    'DSO could not be loaded',
  );
  const rows = tab.data?.months ?? [];
  const last = rows.at(-1);

  return (
    <Stack gap="sm">
      <ReportToolbar tab={tab}>
        <Select
          label="Up to month"
          w={180}
          searchable
          selectFirstOptionOnChange
          allowDeselect={false}
          data={options}
          value={month}
          onChange={(v) => {
            if (v) setMonth(v);
            tab.clearErrors();
          }}
          onKeyDown={pickHighlighted}
          error={tab.errors.to}
          comboboxProps={{ withinPortal: true }}
        />
      </ReportToolbar>
      {last && (
        <Group gap="xl">
          <Figure
            label={`DSO countback, ${monthLabel(last.month)}`}
            value={`${days(last.countback)} days`}
            testId="dso-countback"
          />
          <Figure
            label={`DSO simple, ${monthLabel(last.month)}`}
            value={last.simple === null ? '—' : `${days(last.simple)} days`}
            testId="dso-simple"
          />
          <Figure label="Closing AR" value={inr(last.closingAr)} testId="dso-closing-ar" />
        </Group>
      )}
      {tab.data && (
        <>
          <Paper withBorder radius="sm" p="sm">
            <LineChart
              h={220}
              data={rows.map((m) => ({
                month: monthLabel(m.month),
                'DSO simple': m.simple,
                'DSO countback': m.countback,
              }))}
              dataKey="month"
              series={[
                { name: 'DSO countback', color: 'indigo.6' },
                { name: 'DSO simple', color: 'orange.6' },
              ]}
              valueFormatter={(v) => `${v.toFixed(1)} days`}
              connectNulls={false}
              withLegend
              aria-label="DSO over time"
              data-testid="dso-chart"
            />
          </Paper>
          <Paper withBorder radius="sm">
            <SortableTable
              label="DSO by month"
              testId="dso-table"
              rowTestId="dso-row"
              columns={columns}
              rows={rows}
              rowKey={(m) => m.month}
            />
            <Text size="xs" c="dimmed" p="xs">
              Simple: closing AR ÷ the month’s credit sales × days in the month. Countback: the days
              of the latest sales that make up closing AR. — where a month had no credit sales.
            </Text>
          </Paper>
        </>
      )}
    </Stack>
  );
}
