import { Textarea } from '@mantine/core';
import type { FieldErrors } from '../api/errors';
import { DateInput } from './DateInput';
import { parseDateText } from './dates';

/**
 * A required day typed the Indian way: its ISO text, or '' with the problem put in `found` under
 * `field` (`missing` says what to enter when it is blank).
 */
export function requiredDay(
  text: string,
  label: string,
  field: string,
  found: FieldErrors,
  missing = `Enter the ${label.toLowerCase()}`,
): string {
  const d = parseDateText(text, label);
  if (!d.ok) found[field] = d.message;
  else if (!d.iso) found[field] = missing;
  return d.ok ? (d.iso ?? '') : '';
}

/** The day something happened and what it was: a hold and its reason, a note, a resolution. */
export function DateAndText(props: {
  dateLabel: string;
  date: string;
  onDate: (text: string) => void;
  dateError: string | undefined;
  /** "Reason" unless said otherwise. */
  textLabel?: string;
  text: string;
  onText: (value: string) => void;
  textError: string | undefined;
  placeholder: string;
  required?: boolean;
  maxLength?: number;
}) {
  return (
    <>
      <DateInput
        label={props.dateLabel}
        withAsterisk
        value={props.date}
        onChange={props.onDate}
        error={props.dateError}
      />
      <Textarea
        label={props.textLabel ?? 'Reason'}
        withAsterisk={props.required ?? true}
        placeholder={props.placeholder}
        autosize
        minRows={2}
        maxLength={props.maxLength ?? 500}
        value={props.text}
        onChange={(e) => props.onText(e.currentTarget.value)}
        error={props.textError}
      />
    </>
  );
}
