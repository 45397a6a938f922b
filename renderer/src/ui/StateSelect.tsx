import { Select, type SelectProps } from '@mantine/core';
import { GST_STATES } from '../../../shared/gst';
import { pickHighlighted } from './selectKeys';

const STATE_OPTIONS = GST_STATES.map((s) => ({ value: s.code, label: `${s.code} · ${s.name}` }));

type StateSelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string | null;
  onChange: (code: string | null) => void;
};

/** GST state by code; typing "27" or "maha" then Enter picks Maharashtra. */
export function StateSelect({ value, onChange, onKeyDown, ...rest }: StateSelectProps) {
  return (
    <Select
      searchable
      clearable
      selectFirstOptionOnChange
      allowDeselect={false}
      placeholder="Search state or code"
      nothingFoundMessage="No GST state matches"
      {...rest}
      data={STATE_OPTIONS}
      value={value}
      onChange={(v) => onChange(v)}
      onKeyDown={(e) => {
        pickHighlighted(e);
        onKeyDown?.(e);
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
