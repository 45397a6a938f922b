import { Select, type ComboboxItem, type SelectProps } from '@mantine/core';
import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import {
  MODE_LABELS,
  RECEIPT_MODES,
  type BankAccount,
  type ReceiptMode,
} from '../../../shared/receipts/contract';
import { TDS_SECTIONS } from '../../../shared/receipts/tds';
import { focusNextField } from '../ui/keys';
import { pickHighlighted } from '../ui/selectKeys';

export type TypeableProps = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'filter'> & {
  value: string | null;
  onChange: (value: string | null) => void;
};

/** Options that start with what was typed first, then those that contain it. */
const startsFirst = ({ options, search }: { options: ComboboxItem[]; search: string }) => {
  const q = search.trim().toLowerCase();
  if (!q) return options;
  const starts = options.filter((o) => o.label.toLowerCase().startsWith(q));
  const contains = options.filter((o) => !starts.includes(o) && o.label.toLowerCase().includes(q));
  return [...starts, ...contains];
};

/**
 * A select you type into: the first match is highlighted, Enter picks it and moves on to the
 * next field, as Tally does.
 */
export function TypeableSelect({
  value,
  onChange,
  onKeyDown,
  data,
  ...rest
}: TypeableProps & { data: ComboboxItem[] }) {
  // After a pick, move on once it is rendered: that render lands before the next key does, so
  // a key typed straight after Enter is the next field's. A frame later, if nothing rendered.
  const advance = useRef<HTMLInputElement | null>(null);
  const moveOn = () => {
    const input = advance.current;
    advance.current = null;
    if (input && document.activeElement === input) focusNextField(input);
  };
  useLayoutEffect(moveOn);
  return (
    <Select
      searchable
      selectFirstOptionOnChange
      allowDeselect={false}
      openOnFocus={false}
      withCheckIcon={false}
      comboboxProps={{ withinPortal: true, position: 'bottom-start' }}
      {...rest}
      data={data}
      filter={startsFirst as SelectProps['filter']}
      value={value}
      onChange={(v) => onChange(v)}
      onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
        const picking =
          e.key === 'Enter' && e.currentTarget.getAttribute('aria-expanded') === 'true';
        pickHighlighted(e);
        if (picking && e.defaultPrevented) {
          advance.current = e.currentTarget;
          requestAnimationFrame(moveOn);
        }
        onKeyDown?.(e);
      }}
    />
  );
}

const MODE_OPTIONS = RECEIPT_MODES.map((m) => ({ value: m, label: MODE_LABELS[m] }));

/** Cheque, NEFT, RTGS, IMPS, UPI, card, cash or other: "ne" then Enter picks NEFT. */
export function ModeSelect({
  value,
  onChange,
  ...rest
}: Omit<TypeableProps, 'value' | 'onChange'> & {
  value: ReceiptMode;
  onChange: (mode: ReceiptMode) => void;
}) {
  return (
    <TypeableSelect
      nothingFoundMessage="Cheque, NEFT, RTGS, IMPS, UPI, card, cash or other"
      {...rest}
      data={MODE_OPTIONS}
      value={value}
      onChange={(v) => v && onChange(v as ReceiptMode)}
    />
  );
}

/** The bank (or cash) accounts money of this mode can go into. */
export function BankAccountSelect({
  accounts,
  value,
  onChange,
  ...rest
}: Omit<TypeableProps, 'value' | 'onChange'> & {
  accounts: BankAccount[];
  value: number | null;
  onChange: (id: number) => void;
}) {
  return (
    <TypeableSelect
      nothingFoundMessage="No such account"
      {...rest}
      data={accounts.map((a) => ({ value: String(a.id), label: a.name }))}
      value={value === null ? null : String(value)}
      onChange={(v) => v && onChange(Number(v))}
    />
  );
}

const SECTION_OPTIONS = TDS_SECTIONS.map((s) => ({ value: s.section, label: s.label }));

/** The section the customer deducted TDS under; "194c" then Enter picks 194C. */
export function TdsSectionSelect(props: TypeableProps) {
  return (
    <TypeableSelect
      nothingFoundMessage="Not a TDS section Bahi knows"
      clearable
      {...props}
      data={SECTION_OPTIONS}
      comboboxProps={{ withinPortal: true, position: 'bottom-start', width: 320 }}
    />
  );
}
