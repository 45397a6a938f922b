import { Badge, Group, Loader, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { Variance } from '../../../shared/orders/contract';

const FIELD_LABEL: Record<Variance['field'], string> = {
  quantity: 'Quantity',
  rate: 'Rate',
  discount: 'Discount',
};

/** How the draft differs from what the customer agreed, line by line, before it is issued. */
export function VarianceList({ variances }: { variances: Variance[] | null }) {
  if (variances === null) return <Loader size={12} />;
  if (variances.length === 0) {
    return (
      <Group gap={6} wrap="nowrap" data-testid="variance-none">
        <IconCircleCheck size={16} color="var(--mantine-color-teal-7)" />
        <Text size="xs" c="teal.8">
          No differences: the draft bills what is left on the order, at the agreed rate and
          discount.
        </Text>
      </Group>
    );
  }
  return (
    <div data-testid="variance">
      <Group gap={6} wrap="nowrap" mb={4}>
        <IconAlertTriangle size={16} color="var(--mantine-color-orange-7)" />
        <Text size="xs" fw={600} c="orange.9">
          {variances.length === 1
            ? '1 difference from the order'
            : `${variances.length} differences from the order`}
        </Text>
      </Group>
      <Table
        verticalSpacing={3}
        horizontalSpacing={8}
        fz="xs"
        withTableBorder
        aria-label="Differences from the order"
        className="bahi-number"
      >
        <Table.Thead bg="orange.0">
          <Table.Tr>
            <Table.Th w={44} ta="right">
              Line
            </Table.Th>
            <Table.Th w={260}>Description</Table.Th>
            <Table.Th w={90}>Differs in</Table.Th>
            <Table.Th>What the draft says</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {variances.map((v) => (
            <Table.Tr key={`${v.position}-${v.field}`} data-testid="variance-row">
              <Table.Td ta="right" c="dimmed">
                {v.position}
              </Table.Td>
              <Table.Td>
                <Text size="xs" truncate>
                  {v.description}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge size="xs" radius="sm" variant="light" color="orange" tt="none">
                  {FIELD_LABEL[v.field]}
                </Badge>
              </Table.Td>
              <Table.Td>{v.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
