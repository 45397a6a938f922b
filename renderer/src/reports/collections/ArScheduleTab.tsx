import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import type { Output } from '../../../../shared/contract';
import { useApi } from '../../api/context';
import { dateText } from '../../ui/dates';
import { customerColumn, moneyColumn } from './columns';
import { usePeriodInput, useReportTab } from './hooks';
import { inr } from './mis';
import { PeriodDates, ReportToolbar } from './ReportToolbar';
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
  customerColumn(),
  ...FIGURES.map(([key, header]) => moneyColumn<Row>(key, header, (r) => r[key], 150)),
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
  const tab = useReportTab(
    input.period,
    (q) => api.reports.arSchedule(q),
    (q) => api.reports.exportArSchedule(q),
    'The AR schedule could not be loaded',
  );
  const s = tab.data;

  return (
    <Stack gap="sm">
      <ReportToolbar tab={tab}>
        <PeriodDates input={input} tab={tab} />
      </ReportToolbar>
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
