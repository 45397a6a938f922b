import { BarChart } from '@mantine/charts';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconFilter } from '@tabler/icons-react';
import { formatINR, paise } from '../../../../shared/money';
import type { AgeingReport } from '../../../../shared/reports/contract';
import { dateText } from '../../ui/dates';
import { compactINR } from '../collections/mis';

const inr = (p: number) => formatINR(paise(p));

/** How the ageing total stands against the AR control account on the same date. */
export function booksCheck(r: Pick<AgeingReport, 'totals' | 'arControl' | 'filtered'>) {
  const difference = r.totals.total - r.arControl;
  return {
    difference,
    agrees: difference === 0,
    text: difference === 0 ? 'Agrees with the books' : `Differs by ${inr(Math.abs(difference))}`,
  };
}

/** The total beside the books' AR control balance, and the buckets as bars. */
export function AgeingSummary({ report }: { report: AgeingReport }) {
  const check = booksCheck(report);
  const color = check.agrees ? 'teal' : report.filtered ? 'gray' : 'red';
  const data = report.buckets.map((b, i) => ({
    bucket: b.label,
    amount: report.totals.amounts[i]!,
  }));
  return (
    <Group align="stretch" gap="sm" wrap="nowrap">
      <Paper withBorder radius="sm" p="sm" miw={330} data-testid="ageing-books">
        <Stack gap={6}>
          <Group justify="space-between" wrap="nowrap" gap="lg">
            <Text size="sm" c="dimmed">
              Ageing total
            </Text>
            <Text fw={700} className="bahi-number" data-testid="ageing-total-figure">
              {inr(report.totals.total)}
            </Text>
          </Group>
          <Group justify="space-between" wrap="nowrap" gap="lg">
            <Text size="sm" c="dimmed">
              AR control in the books on {dateText(report.asOf)}
            </Text>
            <Text fw={600} className="bahi-number" data-testid="ageing-ar-control">
              {inr(report.arControl)}
            </Text>
          </Group>
          <Badge
            size="lg"
            radius="sm"
            variant="light"
            color={color}
            tt="none"
            leftSection={
              check.agrees ? <IconCircleCheck size={15} /> : <IconAlertTriangle size={15} />
            }
            data-testid="ageing-books-check"
            data-agrees={check.agrees ? 'true' : 'false'}
          >
            {check.text}
          </Badge>
          {report.filtered && (
            <Text size="xs" c="dimmed" data-testid="ageing-filtered-note">
              <IconFilter size={12} style={{ verticalAlign: -1 }} /> Filters are on: the total
              covers the filtered customers only; the books cover every customer.
            </Text>
          )}
        </Stack>
      </Paper>
      <Paper withBorder radius="sm" p="xs" style={{ flex: 1, minWidth: 0 }}>
        <BarChart
          h={150}
          data={data}
          dataKey="bucket"
          series={[{ name: 'amount', label: 'Outstanding', color: 'ledger.6' }]}
          valueFormatter={(v) => formatINR(paise(Math.round(v)), { paise: false })}
          tickLine="y"
          gridAxis="y"
          // Short lakh and crore figures on the axis: full ones crowd out every other tick.
          yAxisProps={{ tickFormatter: compactINR, width: 64 }}
          aria-label="Outstanding by bucket"
          data-testid="ageing-chart"
        />
      </Paper>
    </Group>
  );
}
