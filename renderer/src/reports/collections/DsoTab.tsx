import { LineChart } from '@mantine/charts';
import { Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import type { Output } from '../../../../shared/contract';
import { monthEndOf, monthLabel } from '../../../../shared/reports/mis-contract';
import { useApi } from '../../api/context';
import { formKeyHandler } from '../../ui/keys';
import { pickHighlighted } from '../../ui/selectKeys';
import { Figure } from './CollectionsTab';
import { useExport, useReport } from './hooks';
import { days, inr, monthOptions } from './mis';
import { SortableTable, type SortColumn } from './SortableTable';

type Month = Output<'reports.dso'>['months'][number];

const MONTHS = 12;

const columns: SortColumn<Month>[] = [
  { key: 'month', header: 'Month', sortValue: (m) => m.month, render: (m) => monthLabel(m.month) },
  {
    key: 'sales',
    header: 'Credit sales',
    numeric: true,
    sortValue: (m) => m.sales,
    render: (m) => inr(m.sales),
  },
  {
    key: 'closingAr',
    header: 'Closing AR',
    numeric: true,
    sortValue: (m) => m.closingAr,
    render: (m) => inr(m.closingAr),
  },
  {
    key: 'simple',
    header: 'DSO simple',
    numeric: true,
    width: 130,
    sortValue: (m) => m.simple,
    render: (m) => days(m.simple),
  },
  {
    key: 'countback',
    header: 'DSO countback',
    numeric: true,
    width: 150,
    sortValue: (m) => m.countback,
    render: (m) => days(m.countback),
  },
];

/** Days sales outstanding for the twelve months up to a chosen one, simple and countback. */
export function DsoTab({ today }: { today: string }) {
  const api = useApi();
  const [options] = useState(() => monthOptions(today));
  const [month, setMonth] = useState(today.slice(0, 7));
  const query = { to: monthEndOf(month), months: MONTHS };
  const report = useReport(
    JSON.stringify(query),
    () => api.reports.dso(query),
    'DSO could not be loaded',
  );
  const [exportErrors, setExportErrors] = useState<Record<string, string>>({});
  const exporter = useExport(setExportErrors);
  const errors = { ...report.errors, ...exportErrors };
  const exportExcel = () => void exporter.run(() => api.reports.exportDso(query));
  const rows = report.data?.months ?? [];
  const last = rows.at(-1);

  return (
    <Stack gap="sm">
      <Group
        gap="sm"
        align="flex-end"
        wrap="nowrap"
        data-form-root
        onKeyDown={formKeyHandler(exportExcel)}
      >
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
            report.clearErrors();
            setExportErrors({});
          }}
          onKeyDown={pickHighlighted}
          error={errors.to}
          comboboxProps={{ withinPortal: true }}
        />
        <Button
          ml="auto"
          variant="default"
          leftSection={<IconFileSpreadsheet size={16} />}
          loading={exporter.busy}
          onClick={exportExcel}
        >
          Export to Excel
        </Button>
      </Group>
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
      {report.data && (
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
