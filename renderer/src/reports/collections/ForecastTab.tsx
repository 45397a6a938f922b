import { BarChart } from '@mantine/charts';
import { Group, Paper, Stack, Text } from '@mantine/core';
import type { Output } from '../../../../shared/contract';
import { addDays, type IsoDate } from '../../../../shared/dates';
import { useApi } from '../../api/context';
import { dateText } from '../../ui/dates';
import { DateInput } from '../../ui/DateInput';
import { Figure } from './CollectionsTab';
import { moneyColumn } from './columns';
import { useDateInput, useReportTab } from './hooks';
import { compactINR, inr } from './mis';
import { ReportToolbar } from './ReportToolbar';
import { SortableTable, type SortColumn } from './SortableTable';

type Report = Output<'reports.forecast'>;

const WEEKS = 13;

interface Line {
  key: string;
  order: number;
  line: string;
  when: string;
  expected: number;
  invoices: number | null;
}

/** Overdue first (already late), then each week Monday to Sunday, then whatever falls later. */
export function forecastLines(r: Report): Line[] {
  const lastEnd = r.weeks.at(-1)?.weekEnd ?? r.asOf;
  return [
    {
      key: 'overdue',
      order: 0,
      line: 'Overdue',
      when: `due before ${dateText(r.asOf)}`,
      expected: r.overdue.amount,
      invoices: r.overdue.invoices,
    },
    ...r.weeks.map((w, i) => ({
      key: w.weekStart,
      order: i + 1,
      line: `Week ${i + 1}`,
      when: `${dateText(w.weekStart)} to ${dateText(w.weekEnd)}`,
      expected: w.expected,
      invoices: w.invoices,
    })),
    {
      key: 'later',
      order: r.weeks.length + 1,
      line: 'Later',
      when: `from ${dateText(addDays(lastEnd as IsoDate, 1))}`,
      expected: r.later,
      invoices: null,
    },
  ];
}

const columns: SortColumn<Line>[] = [
  { key: 'line', header: 'Line', width: 120, sortValue: (l) => l.order, render: (l) => l.line },
  { key: 'when', header: 'Due', sortValue: (l) => l.order, render: (l) => l.when },
  moneyColumn('expected', 'Expected', (l) => l.expected, 170),
  {
    key: 'invoices',
    header: 'Invoices',
    numeric: true,
    width: 110,
    sortValue: (l) => l.invoices,
    render: (l) => l.invoices ?? '—',
  },
];

/** What should come in over the next thirteen weeks, from the due dates of open invoices. */
export function ForecastTab({ today }: { today: string }) {
  const api = useApi();
  const asOf = useDateInput(today);
  const query = asOf.iso ? { asOf: asOf.iso, weeks: WEEKS } : null;
  const tab = useReportTab(
    query,
    (q) => api.reports.forecast(q),
    (q) => api.reports.exportForecast(q),
    'The forecast could not be loaded',
  );
  const lines = tab.data ? forecastLines(tab.data) : [];
  const total = lines.reduce((s, l) => s + l.expected, 0);

  return (
    <Stack gap="sm">
      <ReportToolbar tab={tab}>
        <DateInput
          label="As of"
          w={150}
          value={asOf.text}
          onChange={(t) => {
            asOf.setText(t);
            tab.clearErrors();
          }}
          error={tab.errors.asOf}
        />
      </ReportToolbar>
      {tab.data && (
        <>
          <Group gap="xl">
            <Figure
              label="Overdue"
              value={inr(tab.data.overdue.amount)}
              testId="forecast-overdue"
            />
            <Figure
              label={`Next ${WEEKS} weeks`}
              value={inr(tab.data.weeks.reduce((s, w) => s + w.expected, 0))}
              testId="forecast-weeks"
            />
            <Figure label="Later" value={inr(tab.data.later)} testId="forecast-later" />
          </Group>
          <Paper withBorder radius="sm" p="sm">
            <BarChart
              h={220}
              data={lines.map((l) => ({
                line: l.line,
                Overdue: l.key === 'overdue' ? l.expected : 0,
                Expected: l.key === 'overdue' ? 0 : l.expected,
              }))}
              dataKey="line"
              type="stacked"
              series={[
                { name: 'Overdue', color: 'red.6' },
                { name: 'Expected', color: 'teal.6' },
              ]}
              valueFormatter={inr}
              yAxisProps={{ tickFormatter: compactINR, width: 80 }}
              aria-label="Expected collections per week"
              data-testid="forecast-chart"
            />
          </Paper>
          <Paper withBorder radius="sm">
            <SortableTable
              label="Collections forecast"
              testId="forecast-table"
              rowTestId="forecast-row"
              columns={columns}
              rows={lines}
              rowKey={(l) => l.key}
              footer={['Total', null, inr(total), lines.reduce((s, l) => s + (l.invoices ?? 0), 0)]}
            />
            <Text size="xs" c="dimmed" p="xs">
              Each open invoice on its due date; weeks run Monday to Sunday.
            </Text>
          </Paper>
        </>
      )}
    </Stack>
  );
}
