import { Select, type ComboboxItem } from '@mantine/core';
import type { FocusEvent } from 'react';
import { pickHighlighted } from '../../ui/selectKeys';

interface FilterSelectProps {
  label: string;
  placeholder: string;
  w: number;
  data: (string | ComboboxItem)[];
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string | undefined;
  nothingFound: string;
}

/**
 * A filter picked by typing (Enter takes the first match). Emptying the text and leaving the
 * field clears the filter, so the keyboard never needs the mouse-only clear button.
 */
export function FilterSelect({ label, nothingFound, onChange, ...rest }: FilterSelectProps) {
  return (
    <Select
      {...rest}
      label={label}
      searchable
      clearable
      selectFirstOptionOnChange
      onChange={(v) => onChange(v)}
      onKeyDown={pickHighlighted}
      onBlur={(e: FocusEvent<HTMLInputElement>) => {
        if (rest.value !== null && e.currentTarget.value.trim() === '') onChange(null);
      }}
      nothingFoundMessage={nothingFound}
      clearButtonProps={{ 'aria-label': `Clear ${label.toLowerCase()}` }}
    />
  );
}
