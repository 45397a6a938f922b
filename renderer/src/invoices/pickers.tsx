import { Group, Stack, Text } from '@mantine/core';
import type { CustomerSummary } from '../../../shared/customers/contract';
import type { Item } from '../../../shared/items/contract';
import { formatINR, paise } from '../../../shared/money';
import { useApi } from '../api/context';
import { stateLabel } from '../ui/format';
import { SearchPicker, type SearchPickerProps } from '../ui/SearchPicker';
import { customerLabel } from './invoiceForm';

type PickerProps<T> = Omit<
  SearchPickerProps<T>,
  'search' | 'optionKey' | 'optionLabel' | 'renderOption'
>;

/** Customers by code, name, GSTIN or phone, as you type; archived ones are not offered. */
export function CustomerPicker(props: PickerProps<CustomerSummary>) {
  const api = useApi();
  return (
    <SearchPicker<CustomerSummary>
      nothingFound="No customer matches"
      dropdownWidth={460}
      {...props}
      search={async (search) => {
        const r = await api.customers.list({ search, limit: 20 });
        return r.ok ? r.data.rows : [];
      }}
      optionKey={(c) => String(c.id)}
      optionLabel={customerLabel}
      renderOption={(c) => (
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text size="sm" fw={500} truncate>
              {c.name}
            </Text>
            <Text size="xs" c="dimmed" className="bahi-mono">
              {c.code}
              {c.gstin ? ` · ${c.gstin}` : ''}
            </Text>
          </Stack>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {stateLabel(c.stateCode)}
          </Text>
        </Group>
      )}
    />
  );
}

/** Items by name or HSN/SAC prefix, as you type. */
export function ItemPicker(props: PickerProps<Item>) {
  const api = useApi();
  return (
    <SearchPicker<Item>
      nothingFound="No item matches; type the description instead"
      dropdownWidth={420}
      {...props}
      search={async (search) => {
        const r = await api.items.list({ search, limit: 20 });
        return r.ok ? r.data : [];
      }}
      optionKey={(i) => String(i.id)}
      optionLabel={(i) => i.name}
      renderOption={(i) => (
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text size="sm" fw={500} truncate>
              {i.name}
            </Text>
            <Text size="xs" c="dimmed" className="bahi-mono">
              {i.kind === 'goods' ? 'HSN' : 'SAC'} {i.hsnSac} · {i.unit}
            </Text>
          </Stack>
          <Text size="xs" className="bahi-number" style={{ whiteSpace: 'nowrap' }}>
            {i.defaultRate > 0 ? formatINR(paise(i.defaultRate)) : ''}
          </Text>
        </Group>
      )}
    />
  );
}
