import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import type { Output } from '../../../../shared/contract';
import { useApi } from '../../api/context';
import { dateText } from '../../ui/dates';
import { DateInput } from '../../ui/DateInput';
import { formKeyHandler } from '../../ui/keys';
import { useExport, usePeriodInput, useReport } from './hooks';
import { inr } from './mis';
import { SortableTable, type SortColumn } from './SortableTable';

type Schedule = Output<'reports.arSchedule'>;
type Row = Schedule['rows'][number];
type Figure = keyof Schedule['totals'];

const FIGURES: [Figure, string][] = [
  ['opening', 'Opening'],
  ['invoiced', 'Invoiced'],
  ['creditNotes', 'Credit notes'],
  ['collected', 'Collected'],
  ['adjustments', 'Adjustments'],
  ['closing', 'Closing'],
];

const columns: SortColumn<Row>[] = [
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
  ...FIGURES.map(([key, header]): SortColumn<Row> => ({
    key,
    header,
    numeric: true,
    width: 150,
    sortValue: (r) => r[key],
    render: (r) => inr(r[key]),
  })),
];

/** The AR control balance beside the schedule's closing total, and whether they agree. */
function BooksCheck({ schedule }: { schedule: Schedule }) {
  const difference = schedule.totals.closing - schedule.arControl;
  return (
    <Group gap="lg" p="sm" justify="flex-end" data-testid="schedule-books">
      <Text size="sm">
        Closing total{' '}
        <Text span fw={700} className="bahi-number" data-testid="schedule-closing-total">
          {inr(schedule.totals.closing)}
        </Text>
      </Text>
      <Text size="sm">
        AR control on {dateText(schedule.to)} (books){' '}
        <Text span fw={700} className="bahi-number" data-testid="schedule-ar-control">
          {inr(schedule.arControl)}
        </Text>
      </Text>
      {difference === 0 ? (
        <Badge
          color="teal"
          variant="light"
          leftSection={<IconCheck size={12} />}
          data-testid="schedule-agrees"
        >
          Agrees with the books
        </Badge>
      ) : (
        <Badge
          color="red"
          variant="light"
          leftSection={<IconAlertTriangle size={12} />}
          data-testid="schedule-differs"
        >
          Differs from the books by {inr(difference)}
        </Badge>
      )}
    </Group>
  );
}

/** Per customer: opening + invoiced − credit notes − collected + adjustments = closing. */
export function ArScheduleTab({ initial }: { initial: { from: string; to: string } }) {
  const api = useApi();
  const input = usePeriodInput(initial);
  const query = input.period;
  const report = useReport(
    query && JSON.stringify(query),
    () => api.reports.arSchedule(query!),
    'The AR schedule could not be loaded',
  );
  const [exportErrors, setExportErrors] = useState<Record<string, string>>({});
  const exporter = useExport(setExportErrors);
  const errors = { ...input.errors, ...report.errors, ...exportErrors };
  const exportExcel = () => {
    if (query) void exporter.run(() => api.reports.exportArSchedule(query));
  };
  const changed = () => {
    report.clearErrors();
    setExportErrors({});
  };
  const s = report.data;

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
      {s && (
        <Paper withBorder radius="sm">
          <SortableTable
            label="AR schedule"
            testId="ar-schedule"
            rowTestId="schedule-row"
            columns={columns}
            rows={s.rows}
            rowKey={(r) => String(r.customerId)}
            footer={['Total', ...FIGURES.map(([key]) => inr(s.totals[key]))]}
            empty="No customer had a balance or a movement in this period."
          />
          <BooksCheck schedule={s} />
        </Paper>
      )}
    </Stack>
  );
}
