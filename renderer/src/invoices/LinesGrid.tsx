import { ActionIcon, Button, Group, Kbd, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { Item } from '../../../shared/items/contract';
import { formatIndianNumber, paise } from '../../../shared/money';
import type { TaxedLine } from '../../../shared/tax/gst';
import { errorsUnder, type FieldErrors } from '../api/errors';
import { focusField } from '../ui/keys';
import { MoneyInput } from '../ui/MoneyInput';
import { GstRateSelect, UnitSelect } from '../ui/TaxSelects';
import { isBlankLine, type LineValues } from './invoiceForm';
import { ItemPicker } from './pickers';

type Cell =
  | 'no'
  | 'item'
  | 'description'
  | 'hsnSac'
  | 'quantity'
  | 'unit'
  | 'rate'
  | 'discount'
  | 'gstRateBps'
  | 'taxable'
  | 'tax'
  | 'total'
  | 'remove';

const COLUMNS: { cell: Cell; width: string; label: string; right?: boolean }[] = [
  { cell: 'no', width: '30px', label: '#', right: true },
  { cell: 'item', width: 'minmax(140px, 1fr)', label: 'Item' },
  { cell: 'description', width: 'minmax(150px, 1.25fr)', label: 'Description' },
  { cell: 'hsnSac', width: '96px', label: 'HSN/SAC' },
  { cell: 'quantity', width: '64px', label: 'Qty', right: true },
  { cell: 'unit', width: '72px', label: 'Unit' },
  { cell: 'rate', width: '106px', label: 'Rate', right: true },
  { cell: 'discount', width: '72px', label: 'Disc %/₹', right: true },
  { cell: 'gstRateBps', width: '68px', label: 'GST' },
  { cell: 'taxable', width: '104px', label: 'Taxable', right: true },
  { cell: 'tax', width: '92px', label: 'Tax', right: true },
  { cell: 'total', width: '108px', label: 'Amount', right: true },
  { cell: 'remove', width: '28px', label: '' },
];
const TEMPLATE = COLUMNS.map((c) => c.width).join(' ');
const columnOf = (cell: string) => COLUMNS.findIndex((c) => c.cell === cell) + 1;
/** Enter on this cell of the last line starts a new line. */
const LAST_INPUT: Cell = 'gstRateBps';

const amount = (p: number | undefined) => (p === undefined ? '' : formatIndianNumber(paise(p)));

export interface LinesGridProps {
  lines: LineValues[];
  taxed: (TaxedLine | null)[];
  intraState: boolean;
  errors: FieldErrors;
  onLine: (index: number, patch: Partial<LineValues>, cell: string) => void;
  onPickItem: (index: number, item: Item) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
  /** Enter on the item cell of an empty last line: the lines are done. */
  onDone: () => void;
}

/**
 * The voucher's lines, keyboard first as in Tally: Enter walks the cells, Enter past the last
 * line opens a new one, Enter on an empty line leaves the grid, Ctrl+Delete removes a line.
 */
export function LinesGrid({
  lines,
  taxed,
  intraState,
  errors,
  onLine,
  onPickItem,
  onAdd,
  onRemove,
  onDone,
}: LinesGridProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  // The cell to focus after the render the change causes (a new line exists only then, a
  // removed one is gone): that render lands before the next key does, where a frame might not.
  const wantFocus = useRef<string | null>(null);
  const cellAt = (key: string) =>
    rootRef.current?.querySelector<HTMLElement>(`[data-cell="${key}"]`) ?? null;
  const focusCell = (row: number, cell: Cell) => {
    wantFocus.current = `${row}.${cell}`;
  };
  useLayoutEffect(() => {
    const key = wantFocus.current;
    const el = key ? cellAt(key) : null;
    if (el) {
      wantFocus.current = null;
      focusField(el);
    }
  });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    const [rowText, cell] = (target.getAttribute('data-cell') ?? '').split('.');
    if (!cell || e.defaultPrevented) return;
    const row = Number(rowText);
    if (e.key === 'Delete' && e.ctrlKey) {
      e.preventDefault();
      onRemove(row);
      focusCell(Math.max(0, Math.min(row, lines.length - 2)), 'item');
      return;
    }
    const plain = !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey;
    if (e.key !== 'Enter' || !plain || target.getAttribute('aria-expanded') === 'true') return;
    const last = row === lines.length - 1;
    const line = lines[row];
    if (cell === 'item' && last && line && isBlankLine(line) && lines.length > 1) {
      e.preventDefault();
      onDone();
    } else if (cell === LAST_INPUT && last) {
      e.preventDefault();
      onAdd();
      focusCell(row + 1, 'item');
    }
  };

  const taxHeader = intraState ? 'CGST+SGST' : 'IGST';
  return (
    <div
      ref={rootRef}
      className="bahi-lines"
      role="group"
      aria-label="Lines"
      data-testid="lines-grid"
      style={{ ['--bahi-lines-columns' as string]: TEMPLATE }}
      onKeyDown={onKeyDown}
    >
      <div className="bahi-lines-row bahi-lines-head">
        {COLUMNS.map((c) => (
          <div key={c.cell} className="bahi-lines-cell" data-align={c.right ? 'right' : undefined}>
            {c.cell === 'tax' ? taxHeader : c.label}
          </div>
        ))}
      </div>
      {lines.map((line, i) => (
        <LineRow
          key={line.key}
          index={i}
          line={line}
          taxed={taxed[i] ?? null}
          errors={errorsUnder(errors, `lines.${i}`)}
          onLine={onLine}
          onPickItem={(item) => {
            onPickItem(i, item);
            focusCell(i, 'quantity');
          }}
          onRemove={() => onRemove(i)}
          canRemove={lines.length > 1}
        />
      ))}
      <Group justify="space-between" px={6} py={4} className="bahi-lines-foot">
        <Button
          variant="subtle"
          size="compact-xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => {
            onAdd();
            focusCell(lines.length, 'item');
          }}
          disabled={lines.length >= 1000}
        >
          Add line
        </Button>
        <Text size="xs" c="dimmed">
          <Kbd size="xs">Enter</Kbd> next cell · <Kbd size="xs">Enter</Kbd> past the last line: new
          line · <Kbd size="xs">Enter</Kbd> on an empty line: done · <Kbd size="xs">Ctrl+Del</Kbd>{' '}
          remove line
        </Text>
      </Group>
    </div>
  );
}

interface LineRowProps {
  index: number;
  line: LineValues;
  taxed: TaxedLine | null;
  errors: FieldErrors;
  onLine: LinesGridProps['onLine'];
  onPickItem: (item: Item) => void;
  onRemove: () => void;
  canRemove: boolean;
}

function LineRow({
  index,
  line,
  taxed,
  errors,
  onLine,
  onPickItem,
  onRemove,
  canRemove,
}: LineRowProps) {
  const n = index + 1;
  const errorId = (cell: string) => `line-${line.key}-${cell}-error`;
  /**
   * Props every input cell shares: its place in the grid, its name, and its error, whose
   * message sits in a row under the line (Mantine's own would wrap inside the narrow cell).
   */
  const cellProps = (cell: Cell, name: string) => ({
    size: 'xs' as const,
    'aria-label': `Line ${n} ${name}`,
    'data-cell': `${index}.${cell}`,
    withAria: false,
    'aria-invalid': errors[cell] ? true : undefined,
    'aria-describedby': errors[cell] ? errorId(cell) : undefined,
    error: errors[cell] ? true : undefined,
  });
  const text = (cell: 'description' | 'hsnSac' | 'quantity' | 'discount') => ({
    value: line[cell],
    onChange: (e: { currentTarget: HTMLInputElement }) =>
      onLine(index, { [cell]: e.currentTarget.value }, cell),
  });
  const messages = Object.entries(errors).sort(([a], [b]) => columnOf(a) - columnOf(b));
  const tax = taxed ? taxed.cgst + taxed.sgst + taxed.igst : undefined;

  const cells: Record<Cell, ReactNode> = {
    no: n,
    item: (
      <ItemPicker
        {...cellProps('item', 'item')}
        placeholder="Search item"
        pickedLabel={line.itemName}
        onPick={onPickItem}
        onClear={() => onLine(index, { itemId: null, itemName: '' }, 'item')}
        advanceOnPick={false}
      />
    ),
    description: (
      <TextInput {...cellProps('description', 'description')} {...text('description')} />
    ),
    hsnSac: (
      <TextInput
        {...cellProps('hsnSac', 'HSN/SAC')}
        {...text('hsnSac')}
        inputMode="numeric"
        maxLength={8}
        classNames={{ input: 'bahi-mono' }}
      />
    ),
    quantity: (
      <TextInput
        {...cellProps('quantity', 'quantity')}
        {...text('quantity')}
        inputMode="decimal"
        classNames={{ input: 'bahi-number' }}
      />
    ),
    unit: (
      <UnitSelect
        {...cellProps('unit', 'unit')}
        value={line.unit}
        onChange={(unit) => onLine(index, { unit }, 'unit')}
        rightSection={<span />}
        rightSectionWidth={4}
      />
    ),
    rate: (
      <MoneyInput
        {...cellProps('rate', 'rate')}
        value={line.rate}
        onChange={(rate) => onLine(index, { rate }, 'rate')}
      />
    ),
    discount: (
      <TextInput
        {...cellProps('discount', 'discount')}
        {...text('discount')}
        classNames={{ input: 'bahi-number' }}
      />
    ),
    gstRateBps: (
      <GstRateSelect
        {...cellProps('gstRateBps', 'GST rate')}
        value={line.gstRateBps}
        onChange={(gstRateBps) => onLine(index, { gstRateBps }, 'gstRateBps')}
        rightSection={<span />}
        rightSectionWidth={4}
      />
    ),
    taxable: amount(taxed?.taxable),
    tax: (
      <span title={taxed ? (intraTitle(taxed) ?? `IGST ${amount(taxed.igst)}`) : undefined}>
        {amount(tax)}
      </span>
    ),
    total: <strong>{amount(taxed?.total)}</strong>,
    remove: (
      <Tooltip label="Remove line (Ctrl+Del)" openDelay={400}>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          tabIndex={-1}
          aria-label={`Remove line ${n}`}
          disabled={!canRemove}
          onClick={onRemove}
        >
          <IconX size={14} />
        </ActionIcon>
      </Tooltip>
    ),
  };

  return (
    <div className="bahi-lines-row" data-testid="invoice-line">
      {COLUMNS.map((c) => (
        <div
          key={c.cell}
          className="bahi-lines-cell"
          data-align={c.right ? 'right' : undefined}
          data-computed={['no', 'taxable', 'tax', 'total'].includes(c.cell) || undefined}
        >
          {cells[c.cell]}
        </div>
      ))}
      {messages.map(([cell, message]) => (
        // Under the cell it concerns, running on to the right so long messages stay one line.
        <div
          key={cell}
          id={errorId(cell)}
          className="bahi-lines-error"
          role="alert"
          style={{ gridColumn: `${Math.max(columnOf(cell), 2)} / -1` }}
        >
          {message}
        </div>
      ))}
    </div>
  );
}

const intraTitle = (t: TaxedLine) =>
  t.igst === 0 ? `CGST ${amount(t.cgst)} + SGST ${amount(t.sgst)}` : null;
