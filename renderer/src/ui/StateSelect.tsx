import { Select, type SelectProps } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import { GST_STATES } from '../../../shared/gst';

const STATE_OPTIONS = GST_STATES.map((s) => ({ value: s.code, label: `${s.code} · ${s.name}` }));

type StateSelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string | null;
  onChange: (code: string | null) => void;
};

/**
 * Enter picks the highlighted option even when Mantine has lost track of it: its index is
 * reset by a timer started on focus, so focus-then-type within one tick (fast typists,
 * autofill, tests) leaves an option highlighted that Enter would not choose.
 */
function pickHighlighted(event: KeyboardEvent<HTMLInputElement>) {
  const input = event.currentTarget;
  if (event.key !== 'Enter' || input.getAttribute('aria-expanded') !== 'true') return;
  const list = document.getElementById(input.getAttribute('aria-controls') ?? '');
  const option = list?.querySelector<HTMLElement>('[data-combobox-selected]');
  if (option) {
    event.preventDefault();
    option.click();
  }
}

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
