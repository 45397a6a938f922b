import { useState } from 'react';
import { DateInput } from '../../ui/DateInput';
import { dateText, parseDateText } from '../../ui/dates';

export interface Period {
  from: string;
  to: string;
}

/** The period as typed, once both ends are real dates in order; else what is wrong, by field. */
export function periodFrom(
  fromText: string,
  toText: string,
): { period: Period | null; errors: { from?: string; to?: string } } {
  const from = parseDateText(fromText, 'From');
  const to = parseDateText(toText, 'To');
  const errors: { from?: string; to?: string } = {};
  if (!from.ok) errors.from = from.message;
  else if (!from.iso) errors.from = 'Enter the from date';
  if (!to.ok) errors.to = to.message;
  else if (!to.iso) errors.to = 'Enter the to date';
  if (from.ok && to.ok && from.iso && to.iso && from.iso > to.iso) {
    errors.to = 'The period ends before it starts';
  }
  if (errors.from || errors.to || !from.ok || !to.ok || !from.iso || !to.iso) {
    return { period: null, errors };
  }
  return { period: { from: from.iso, to: to.iso }, errors };
}

interface PeriodInputsProps {
  period: Period;
  /** A whole, ordered period: on leaving either date, or Enter in To. */
  onPeriod: (period: Period) => void;
  /** From the ledger, by field. */
  errors?: { from?: string; to?: string };
}

/** From and To, typed day first; the period takes effect when it is whole and in order. */
export function PeriodInputs({ period, onPeriod, errors = {} }: PeriodInputsProps) {
  const [fromText, setFromText] = useState(() => dateText(period.from));
  const [toText, setToText] = useState(() => dateText(period.to));
  const [shown, setShown] = useState(period);
  const [typed, setTyped] = useState<{ from?: string; to?: string }>({});
  // A period set from outside (another screen, the other tab) replaces what was typed.
  if (shown.from !== period.from || shown.to !== period.to) {
    setShown(period);
    setFromText(dateText(period.from));
    setToText(dateText(period.to));
    setTyped({});
  }

  const apply = (f: string, t: string) => {
    const { period: next, errors: problems } = periodFrom(f, t);
    setTyped(problems);
    if (next && (next.from !== period.from || next.to !== period.to)) onPeriod(next);
  };

  return (
    <>
      <DateInput
        label="From"
        w={150}
        value={fromText}
        onChange={setFromText}
        onBlur={(e) => apply(e.currentTarget.value, toText)}
        error={typed.from ?? errors.from}
      />
      <DateInput
        label="To"
        w={150}
        value={toText}
        onChange={setToText}
        onBlur={(e) => apply(fromText, e.currentTarget.value)}
        onKeyDown={(e) => {
          // The last field: Enter applies the period instead of moving on.
          if (e.key === 'Enter') apply(fromText, e.currentTarget.value);
        }}
        error={typed.to ?? errors.to}
      />
    </>
  );
}
