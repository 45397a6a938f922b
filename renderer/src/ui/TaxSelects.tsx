import { Group, Select, Text, type ComboboxItem, type SelectProps } from '@mantine/core';
import { pickHighlighted } from './selectKeys';
import { gstRateOptions, UNIT_OPTIONS, unitName } from './taxOptions';

type PickerProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string | null;
  onChange: (value: string | null) => void;
};

const byCodeOrName = ({ options, search }: { options: ComboboxItem[]; search: string }) => {
  const q = search.trim().toLowerCase();
  if (!q) return options;
  const starts = options.filter((o) => o.value.toLowerCase().startsWith(q));
  const named = options.filter(
    (o) => !starts.includes(o) && unitName(o.value).toLowerCase().includes(q),
  );
  return [...starts, ...named];
};

/** A GST unit (UQC): typing "kg" or "kilo" then Enter picks KGS. */
export function UnitSelect({ value, onChange, onKeyDown, ...rest }: PickerProps) {
  return (
    <Select
      searchable
      selectFirstOptionOnChange
      allowDeselect={false}
      openOnFocus={false}
      withCheckIcon={false}
      nothingFoundMessage="No such unit"
      {...rest}
      data={UNIT_OPTIONS}
      filter={byCodeOrName as SelectProps['filter']}
      value={value}
      onChange={(v) => onChange(v)}
      onKeyDown={(e) => {
        pickHighlighted(e);
        onKeyDown?.(e);
      }}
      renderOption={({ option }) => (
        <Group gap={8} wrap="nowrap">
          <Text size="xs" className="bahi-mono" w={34}>
            {option.value}
          </Text>
          <Text size="xs" c="dimmed">
            {unitName(option.value)}
          </Text>
        </Group>
      )}
      comboboxProps={{ withinPortal: true, width: 200, position: 'bottom-start' }}
    />
  );
}

/** A GST rate from the standard slabs; typing "18" then Enter picks 18%. */
export function GstRateSelect({ value, onChange, onKeyDown, ...rest }: PickerProps) {
  return (
    <Select
      searchable
      selectFirstOptionOnChange
      allowDeselect={false}
      openOnFocus={false}
      withCheckIcon={false}
      nothingFoundMessage="Not a GST rate"
      {...rest}
      data={gstRateOptions(value)}
      value={value}
      onChange={(v) => onChange(v)}
      onKeyDown={(e) => {
        pickHighlighted(e);
        onKeyDown?.(e);
      }}
      comboboxProps={{ withinPortal: true, width: 110, position: 'bottom-start' }}
    />
  );
}
