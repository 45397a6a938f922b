import { Text } from '@mantine/core';
import { inr } from './mis';
import type { SortColumn } from './SortableTable';

/** Rupees, right-aligned; sorted by the paise, largest first on the first press. */
export const moneyColumn = <T,>(
  key: string,
  header: string,
  get: (r: T) => number,
  width?: number,
): SortColumn<T> => ({
  key,
  header,
  numeric: true,
  width,
  sortValue: get,
  render: (r) => inr(get(r)),
});

/** The customer's name with its code under it; sorted by name. */
export const customerColumn = <
  T extends { customerName: string; customerCode: string },
>(): SortColumn<T> => ({
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
});
