import { Combobox, Loader, TextInput, useCombobox, type TextInputProps } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { focusNextField } from './keys';

/** Wait this long after a keystroke before asking the ledger; fast typists send one query. */
export const PICKER_DELAY_MS = 60;

export interface SearchPickerProps<T> extends Omit<
  TextInputProps,
  'value' | 'onChange' | 'error' | 'onSelect'
> {
  /** The label of what is picked now ('' when nothing is). */
  pickedLabel: string;
  search: (query: string) => Promise<T[]>;
  optionKey: (option: T) => string;
  optionLabel: (option: T) => string;
  renderOption: (option: T) => ReactNode;
  onPick: (option: T) => void;
  /** The text was cleared: nothing is picked any more. */
  onClear?: () => void;
  /** `true` marks the input invalid when the message is shown elsewhere. */
  error?: string | boolean | undefined;
  nothingFound?: string;
  /** Show the first matches as soon as the field takes focus. */
  openOnFocus?: boolean;
  /** After a pick, move on as Enter would (off when the caller moves focus itself). */
  advanceOnPick?: boolean;
  dropdownWidth?: number;
}

/**
 * Search as you type over the ledger, pick with ↑ ↓ Enter. Enter pressed before the answer
 * arrives picks the first match when it does, so a fast typist never lands on a stale option.
 */
export function SearchPicker<T>({
  pickedLabel,
  search,
  optionKey,
  optionLabel,
  renderOption,
  onPick,
  onClear,
  error,
  nothingFound = 'Nothing matches',
  openOnFocus = false,
  advanceOnPick = true,
  dropdownWidth,
  onKeyDown,
  onFocus,
  onBlur,
  rightSection,
  ...rest
}: SearchPickerProps<T>) {
  const shown = useRef<T[]>([]);
  // What Enter may take when nothing is highlighted: the options of an open dropdown only.
  const combobox = useCombobox({ onDropdownClose: () => (shown.current = []) });
  const { selectFirstOption, dropdownOpened } = combobox;
  const [text, setText] = useState(pickedLabel);
  const [shownFor, setShownFor] = useState(pickedLabel);
  const [options, setOptions] = useState<T[]>([]);
  const [loading, setLoading] = useState(false);
  const generation = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pickOnArrival = useRef(false);
  // Refs, not state: a key can arrive after an answer landed but before React re-rendered.
  const pending = useRef(false);
  const inputRef = useRef<HTMLInputElement>(null);

  // What is picked changed from outside (a pick, a reload): show its label.
  if (shownFor !== pickedLabel) {
    setShownFor(pickedLabel);
    setText(pickedLabel);
  }

  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    if (dropdownOpened && options.length > 0) selectFirstOption();
  }, [options, dropdownOpened, selectFirstOption]);

  const pick = (option: T) => {
    generation.current++;
    clearTimeout(timer.current);
    pickOnArrival.current = false;
    pending.current = false;
    // Rendered now and focus moved now, before the next key is handled: a key typed straight
    // after Enter belongs to the next field, never to this one.
    flushSync(() => {
      setLoading(false);
      setText(optionLabel(option));
      combobox.closeDropdown();
      onPick(option);
    });
    const input = inputRef.current;
    if (advanceOnPick && input && document.activeElement === input) focusNextField(input);
  };

  const showOptions = (rows: T[]) => {
    shown.current = rows;
    setOptions(rows);
  };

  const query = (q: string) => {
    const gen = ++generation.current;
    clearTimeout(timer.current);
    pending.current = true;
    setLoading(true);
    timer.current = setTimeout(() => {
      void search(q.trim()).then((rows) => {
        if (gen !== generation.current) return;
        pending.current = false;
        setLoading(false);
        if (pickOnArrival.current) {
          pickOnArrival.current = false;
          if (rows[0]) return pick(rows[0]);
        }
        showOptions(rows);
        combobox.openDropdown();
      });
    }, PICKER_DELAY_MS);
  };

  return (
    <Combobox
      store={combobox}
      withinPortal
      position="bottom-start"
      width={dropdownWidth}
      onOptionSubmit={(key) => {
        const option = options.find((o) => optionKey(o) === key);
        if (option) pick(option);
      }}
    >
      <Combobox.Target withExpandedAttribute>
        <TextInput
          ref={inputRef}
          autoComplete="off"
          spellCheck={false}
          {...rest}
          value={text}
          error={error}
          rightSection={loading ? <Loader size={12} /> : rightSection}
          onChange={(e) => {
            const next = e.currentTarget.value;
            setText(next);
            if (next.trim()) query(next);
            else {
              generation.current++;
              pending.current = false;
              setLoading(false);
              showOptions([]);
              combobox.closeDropdown();
            }
          }}
          onFocus={(e) => {
            if (openOnFocus) query(text === pickedLabel ? '' : text);
            onFocus?.(e);
          }}
          onKeyDown={(e) => {
            const plain = !e.ctrlKey && !e.altKey && !e.metaKey && !e.shiftKey;
            if (e.key === 'Enter' && plain && pending.current) {
              // The options on screen answer an older query; take the newest answer's first.
              e.preventDefault();
              combobox.resetSelectedOption();
              pickOnArrival.current = true;
            } else if (
              e.key === 'Enter' &&
              plain &&
              shown.current[0] &&
              combobox.getSelectedOptionIndex() === -1 &&
              text !== pickedLabel
            ) {
              // The answer is in but its first option is not highlighted yet: Enter still takes it.
              e.preventDefault();
              pick(shown.current[0]);
            } else if (e.key === 'ArrowDown' && !dropdownOpened && options.length === 0) {
              query(text === pickedLabel ? '' : text);
            }
            onKeyDown?.(e);
          }}
          onBlur={(e) => {
            combobox.closeDropdown();
            if (!pickOnArrival.current) {
              if (text.trim() === '') {
                if (pickedLabel) onClear?.();
              } else if (text !== pickedLabel) {
                // Unpicked search text is not a choice: show what is picked.
                setText(pickedLabel);
              }
            }
            onBlur?.(e);
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options mah={320} style={{ overflowY: 'auto' }}>
          {options.map((o) => (
            <Combobox.Option value={optionKey(o)} key={optionKey(o)}>
              {renderOption(o)}
            </Combobox.Option>
          ))}
          {options.length === 0 && <Combobox.Empty>{nothingFound}</Combobox.Empty>}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
