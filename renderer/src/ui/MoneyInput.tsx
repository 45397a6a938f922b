import { TextInput, type TextInputProps } from '@mantine/core';
import { useState } from 'react';
import { moneyText, parseMoneyText } from './money';

export interface MoneyInputProps extends Omit<TextInputProps, 'value' | 'onChange' | 'error'> {
  value: string;
  onChange: (text: string) => void;
  /**
   * An error from the server wins over the input's own check; `true` marks the input invalid
   * when the message is shown elsewhere (under a grid's line).
   */
  error?: string | boolean | undefined;
}

/** Rupees typed as text (so 0.1 stays 0.1) and regrouped Indian-style when the field is left. */
export function MoneyInput({ value, onChange, error, onBlur, label, ...rest }: MoneyInputProps) {
  const [ownError, setOwnError] = useState<string | null>(null);
  const name = typeof label === 'string' ? label.replace(/\s*\(.*\)$/, '') : 'Amount';
  return (
    <TextInput
      {...rest}
      label={label}
      value={value}
      inputMode="decimal"
      leftSection="₹"
      leftSectionWidth={28}
      classNames={{ input: 'bahi-number' }}
      error={error ?? ownError}
      onChange={(e) => {
        setOwnError(null);
        onChange(e.currentTarget.value);
      }}
      onBlur={(e) => {
        const parsed = parseMoneyText(value, name);
        if (parsed.ok) {
          const pretty = moneyText(parsed.paise);
          if (pretty !== value) onChange(pretty);
        } else {
          setOwnError(parsed.message);
        }
        onBlur?.(e);
      }}
    />
  );
}
