import { UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useImperativeHandle, useRef, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import type { AgeingSort } from './ageingForm';

const ROW_HEIGHT = 34;
/** The body keeps a gutter for its vertical scrollbar. */
const SCROLLBAR = 16;

/** The narrowest the grid goes: each column's least width (the first px in it) and the gutter. */
const leastWidth = (columns: { width: string }[]) =>
  columns.reduce((sum, c) => sum + Number(/(\d+)px/.exec(c.width)?.[1] ?? 0), SCROLLBAR);

export interface GridColumn<T> {
  key: string;
  label: string;
  /** A grid track: `120px`, or `minmax(104px, 1fr)` (its first px is its least width). */
  width: string;
  align?: 'right';
  mono?: boolean;
  /** Amounts and days sort largest first on the first click. */
  numeric?: boolean;
  render: (row: T) => ReactNode;
  /** The total under this column, if it has one. */
  total?: ReactNode;
}

export interface AgeingGridHandle {
  focus: () => void;
}

interface AgeingGridProps<T> {
  label: string;
  testId: string;
  rows: readonly T[];
  columns: GridColumn<T>[];
  rowKey: (row: T) => string | number;
  activeIndex: number;
  onActiveIndex: (index: number) => void;
  onOpen: (row: T) => void;
  /** Whether a row can be opened (a settled write-off has no view). */
  canOpen?: (row: T) => boolean;
  sort: AgeingSort | null;
  onSort: (key: string, numeric: boolean) => void;
  empty: ReactNode;
  /** Escape from the rows (the drawer closes itself; the screen ignores it). */
  onEscape?: () => void;
  ref?: Ref<AgeingGridHandle>;
}

/**
 * The report's rows, virtualised (100,000 documents scroll like 100): a header to sort by any
 * column, arrows to move, Enter to drill in, and the totals held under the rows.
 */
export function AgeingGrid<T>({
  label,
  testId,
  rows,
  columns,
  rowKey,
  activeIndex,
  onActiveIndex,
  onOpen,
  canOpen = () => true,
  sort,
  onSort,
  empty,
  onEscape,
  ref,
}: AgeingGridProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const total = rows.length;
  // The compiler cannot memoise around TanStack's mutable instance; this grid is not memoised anyway.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const template = columns.map((c) => c.width).join(' ');

  useImperativeHandle(ref, () => ({ focus: () => scrollRef.current?.focus() }));

  const move = (to: number) => {
    const i = Math.max(0, Math.min(total - 1, to));
    onActiveIndex(i);
    virtualizer.scrollToIndex(i, { align: 'auto' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape' && onEscape) {
      e.preventDefault();
      onEscape();
      return;
    }
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 340) / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(activeIndex + 1),
      ArrowUp: () => move(activeIndex - 1),
      PageDown: () => move(activeIndex + page),
      PageUp: () => move(activeIndex - page),
      Home: () => move(0),
      End: () => move(total - 1),
      Enter: () => {
        const row = rows[activeIndex];
        if (row !== undefined && canOpen(row)) onOpen(row);
      },
    };
    const action = keys[e.key];
    if (action && total > 0) {
      e.preventDefault();
      action();
    }
  };

  const hasTotals = columns.some((c) => c.total !== undefined);
  return (
    <div
      className="bahi-grid"
      role="grid"
      aria-label={label}
      aria-rowcount={total + 1}
      data-testid={testId}
      data-wide
      style={{ ['--bahi-grid-columns' as string]: template }}
    >
      {/* Narrower than its columns (a laptop screen), the grid scrolls sideways as one. */}
      <div className="bahi-grid-wide" style={{ minWidth: leastWidth(columns) }}>
        <div className="bahi-grid-row bahi-grid-head" role="row" aria-rowindex={1}>
          {columns.map((c) => {
            const sorted = sort?.key === c.key ? sort.dir : null;
            return (
              <div
                key={c.key}
                role="columnheader"
                className="bahi-cell"
                data-align={c.align}
                aria-sort={
                  sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined
                }
              >
                <UnstyledButton
                  onClick={() => onSort(c.key, c.numeric ?? false)}
                  fz="inherit"
                  fw="inherit"
                  c="inherit"
                  tt="inherit"
                  aria-label={`Sort by ${c.label}`}
                  style={{ display: 'inline-flex', alignItems: 'center', gap: 2 }}
                >
                  {c.label}
                  {sorted === 'asc' && <IconArrowUp size={12} />}
                  {sorted === 'desc' && <IconArrowDown size={12} />}
                </UnstyledButton>
              </div>
            );
          })}
        </div>
        <div
          ref={scrollRef}
          className="bahi-grid-body"
          tabIndex={0}
          onKeyDown={onKeyDown}
          aria-activedescendant={total > 0 ? `${testId}-row-${activeIndex}` : undefined}
          style={{ scrollbarGutter: 'stable' }}
        >
          {total === 0 ? (
            empty
          ) : (
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {items.map((item) => {
                const row = rows[item.index]!;
                return (
                  <div
                    key={rowKey(row)}
                    id={`${testId}-row-${item.index}`}
                    role="row"
                    aria-rowindex={item.index + 2}
                    aria-selected={item.index === activeIndex}
                    data-testid={`${testId}-row`}
                    className="bahi-grid-row"
                    style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                    onClick={() => {
                      onActiveIndex(item.index);
                      if (canOpen(row)) onOpen(row);
                    }}
                  >
                    {columns.map((c) => (
                      <div
                        key={c.key}
                        role="gridcell"
                        className={c.mono ? 'bahi-cell bahi-mono' : 'bahi-cell'}
                        data-align={c.align}
                        data-column={c.key}
                      >
                        {c.render(row)}
                      </div>
                    ))}
                  </div>
                );
              })}
            </div>
          )}
        </div>
        {hasTotals && (
          <div
            className="bahi-grid-row bahi-grid-head"
            role="row"
            data-testid={`${testId}-totals`}
            style={{ textTransform: 'none', fontSize: 13, fontWeight: 700 }}
          >
            {columns.map((c) => (
              <div
                key={c.key}
                role="gridcell"
                className="bahi-cell"
                data-align={c.align}
                data-column={c.key}
              >
                {c.total}
              </div>
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
