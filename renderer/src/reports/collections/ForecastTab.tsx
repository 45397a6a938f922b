import { BarChart } from '@mantine/charts';
import { Group, Paper, Stack, Text } from '@mantine/core';
import { addDays, type IsoDate } from '../../../../shared/dates';
import { forecastLines, type ForecastLine } from '../../../../shared/reports/forecast';
import { useApi } from '../../api/context';
import { dateText } from '../../ui/dates';
import { DateInput } from '../../ui/DateInput';
import { Figure } from './CollectionsTab';
import { moneyColumn } from './columns';
import { useDateInput, useReportTab } from './hooks';
import { compactINR, inr } from './mis';
import { ReportToolbar } from './ReportToolbar';
import { SortableTable, type SortColumn } from './SortableTable';

const WEEKS = 13;

const when = (l: ForecastLine) =>
  l.from === null
    ? `due before ${dateText(addDays(l.to as IsoDate, 1))}`
    : l.to === null
      ? `from ${dateText(l.from)}`
      : `${dateText(l.from)} to ${dateText(l.to)}`;

const blankOr = (p: number | null) => (p === null ? '—' : inr(p));

const columns: SortColumn<ForecastLine & { order: number }>[] = [
  { key: 'line', header: 'Line', width: 100, sortValue: (l) => l.order, render: (l) => l.line },
  { key: 'when', header: 'Dates', sortValue: (l) => l.order, render: when },
  moneyColumn('due', 'Due', (l) => l.due, 150),
  {
    key: 'dueInvoices',
    header: 'Invoices due',
    numeric: true,
    width: 110,
    sortValue: (l) => l.dueInvoices,
    render: (l) => l.dueInvoices ?? '—',
  },
  {
    key: 'expected',
    header: 'Expected',
    numeric: true,
    width: 150,
    sortValue: (l) => l.expected,
    render: (l) => blankOr(l.expected),
  },
  {
    key: 'promised',
    header: 'Of which promised',
    numeric: true,
    width: 150,
    sortValue: (l) => l.promised,
    render: (l) => blankOr(l.promised),
  },
];

/** What falls due and what is expected to come in over the next thirteen weeks. */
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
  const lines = tab.data ? forecastLines(tab.data).map((l, order) => ({ ...l, order })) : [];
  const sum = (f: (l: ForecastLine) => number | null) => lines.reduce((s, l) => s + (f(l) ?? 0), 0);

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
              label={`Expected in ${WEEKS} weeks`}
              value={inr(tab.data.weeks.reduce((s, w) => s + w.expected, 0))}
              testId="forecast-weeks"
            />
            <Figure
              label="Of which promised"
              value={inr(tab.data.weeks.reduce((s, w) => s + w.promised, 0))}
              testId="forecast-promised"
            />
            <Figure
              label="Expected later"
              value={inr(tab.data.later.expected)}
              testId="forecast-later"
            />
            <Figure
              label="In dispute, not expected"
              value={inr(tab.data.disputed)}
              testId="forecast-disputed"
            />
          </Group>
          <Paper withBorder radius="sm" p="sm">
            <BarChart
              h={220}
              data={lines
                .filter((l) => l.expected !== null)
                .map((l) => ({
                  line: l.line,
                  Promised: l.promised ?? 0,
                  Predicted: (l.expected ?? 0) - (l.promised ?? 0),
                }))}
              dataKey="line"
              type="stacked"
              series={[
                { name: 'Promised', color: 'teal.7' },
                { name: 'Predicted', color: 'teal.3' },
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
              footer={[
                'Total',
                null,
                inr(sum((l) => l.due)),
                sum((l) => l.dueInvoices),
                inr(sum((l) => l.expected)),
                inr(sum((l) => l.promised)),
              ]}
            />
            <Text size="xs" c="dimmed" p="xs">
              Due: each open invoice on its due date. Expected: on the date the customer promised,
              else the date their own payment history predicts (never before today); what is in
              dispute is not expected until resolved. Weeks run Monday to Sunday.
            </Text>
          </Paper>
        </>
      )}
    </Stack>
  );
}
