import { TextInput, type TextInputProps } from '@mantine/core';
import { useState } from 'react';
import { stateName, validateGstin } from '../../../shared/gst';

/** What a valid GSTIN tells us: the registration state and the PAN inside it. */
export interface GstinParts {
  stateCode: string;
  pan: string;
}

export interface GstinInputProps extends Omit<TextInputProps, 'value' | 'onChange' | 'error'> {
  value: string;
  /** `parts` is set once the text is a valid GSTIN, so the form can fill state and PAN. */
  onChange: (text: string, parts: GstinParts | null) => void;
  error?: string | undefined;
}

export function GstinInput({ value, onChange, error, onBlur, ...rest }: GstinInputProps) {
  const [ownError, setOwnError] = useState<string | null>(null);
  const check = value.trim() ? validateGstin(value) : null;
  const hint = check?.ok
    ? `${stateName(check.stateCode) ?? check.stateCode} · PAN ${check.pan}`
    : undefined;
  return (
    <TextInput
      label="GSTIN"
      placeholder="27AAPFU0939F1ZV"
      maxLength={15}
      autoComplete="off"
      spellCheck={false}
      {...rest}
      classNames={{ input: 'bahi-mono' }}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      value={value}
      description={error || ownError ? undefined : hint}
      error={error ?? ownError}
      onChange={(e) => {
        const text = e.currentTarget.value.toUpperCase();
        setOwnError(null);
        const r = validateGstin(text);
        onChange(text, r.ok ? { stateCode: r.stateCode, pan: r.pan } : null);
      }}
      onBlur={(e) => {
        // Checked on leaving the field, not per keystroke: a half-typed GSTIN is not an error yet.
        if (check && !check.ok) setOwnError(check.message);
        onBlur?.(e);
      }}
    />
  );
}
