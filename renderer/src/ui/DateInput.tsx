import { TextInput, type TextInputProps } from '@mantine/core';
import { IconCalendar } from '@tabler/icons-react';
import { useState } from 'react';
import { dateText, parseDateText } from './dates';

export interface DateInputProps extends Omit<TextInputProps, 'value' | 'onChange' | 'error'> {
  value: string;
  onChange: (text: string) => void;
  /** An error from the server wins over the input's own check. */
  error?: string | undefined;
}

/**
 * A date typed day first, as on every Indian voucher, and shown as dd-mm-yyyy when left.
 * Text, not a JS Date: the calendar day never shifts with the computer's time zone.
 */
export function DateInput({ value, onChange, error, onBlur, label, ...rest }: DateInputProps) {
  const [ownError, setOwnError] = useState<string | null>(null);
  const name = typeof label === 'string' ? label : 'Date';
  return (
    <TextInput
      placeholder="dd-mm-yyyy"
      autoComplete="off"
      {...rest}
      label={label}
      value={value}
      leftSection={<IconCalendar size={14} stroke={1.6} />}
      classNames={{ input: 'bahi-number' }}
      error={error ?? ownError}
      onChange={(e) => {
        setOwnError(null);
        onChange(e.currentTarget.value);
      }}
      onBlur={(e) => {
        const parsed = parseDateText(value, name);
        if (!parsed.ok) setOwnError(parsed.message);
        else if (parsed.iso && dateText(parsed.iso) !== value) onChange(dateText(parsed.iso));
        onBlur?.(e);
      }}
    />
  );
}
