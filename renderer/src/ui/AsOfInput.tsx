import { useState } from 'react';
import type { IsoDate } from '../../../shared/dates';
import { DateInput } from './DateInput';
import { dateText, parseDateText } from './dates';

/** A list's "As of" date, typed the Indian way and applied on Enter or when the field is left. */
export function AsOfInput({ asOf, onAsOf }: { asOf: string; onAsOf: (iso: IsoDate) => void }) {
  const [text, setText] = useState(() => dateText(asOf));
  const apply = (value: string) => {
    const d = parseDateText(value, 'As of');
    if (d.ok && d.iso) onAsOf(d.iso);
  };
  return (
    <DateInput
      label="As of"
      w={150}
      value={text}
      onChange={setText}
      onBlur={(e) => apply(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') apply(e.currentTarget.value);
      }}
    />
  );
}
