import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useEffect,
  useImperativeHandle,
  useRef,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';
import type { CustomerSummary } from '../../../shared/customers/contract';
import { COLUMNS, GRID_TEMPLATE } from './columns';

const ROW_HEIGHT = 34;

export interface CustomerGridHandle {
  focus: () => void;
  scrollToIndex: (index: number) => void;
}

interface CustomerGridProps {
  total: number;
  rowAt: (index: number) => CustomerSummary | undefined;
  ensureRange: (first: number, last: number) => void;
  activeIndex: number;
  onActiveIndex: (index: number) => void;
  onOpen: (customer: CustomerSummary) => void;
  empty: ReactNode;
  ref?: Ref<CustomerGridHandle>;
}

/** A virtualised grid: only the rows on screen exist in the DOM, so 50,000 scroll like 50. */
export function CustomerGrid({
  total,
  rowAt,
  ensureRange,
  activeIndex,
  onActiveIndex,
  onOpen,
  empty,
  ref,
}: CustomerGridProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The compiler cannot memoise around TanStack's mutable instance; this grid is not memoised anyway.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // React 19 warns about flushSync during render; fixed-height rows do not need it.
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => ensureRange(first, last), [ensureRange, first, last]);

  useImperativeHandle(ref, () => ({
    focus: () => scrollRef.current?.focus(),
    scrollToIndex: (i) => virtualizer.scrollToIndex(i, { align: 'auto' }),
  }));

  const move = (to: number) => {
    const i = Math.max(0, Math.min(total - 1, to));
    onActiveIndex(i);
    virtualizer.scrollToIndex(i, { align: 'auto' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 340) / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(activeIndex + 1),
      ArrowUp: () => move(activeIndex - 1),
      PageDown: () => move(activeIndex + page),
      PageUp: () => move(activeIndex - page),
      Home: () => move(0),
      End: () => move(total - 1),
      Enter: () => {
        const row = rowAt(activeIndex);
        if (row) onOpen(row);
      },
    };
    const action = keys[e.key];
    if (action && total > 0) {
      e.preventDefault();
      action();
    }
  };

  return (
    <div
      className="bahi-grid"
      role="grid"
      aria-label="Customers"
      aria-rowcount={total + 1}
      data-testid="customer-grid"
      style={{ ['--bahi-grid-columns' as string]: GRID_TEMPLATE }}
    >
      <div className="bahi-grid-row bahi-grid-head" role="row" aria-rowindex={1}>
        {COLUMNS.map((c) => (
          <div key={c.key} role="columnheader" className="bahi-cell" data-align={c.align}>
            {c.label}
          </div>
        ))}
      </div>
      <div
        ref={scrollRef}
        className="bahi-grid-body"
        tabIndex={0}
        onKeyDown={onKeyDown}
        aria-activedescendant={total > 0 ? `customer-row-${activeIndex}` : undefined}
        style={{ scrollbarGutter: 'stable' }}
      >
        {total === 0 ? (
          empty
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const row = rowAt(item.index);
              return (
                <div
                  key={item.key}
                  id={`customer-row-${item.index}`}
                  role="row"
                  aria-rowindex={item.index + 2}
                  aria-selected={item.index === activeIndex}
                  data-testid={row ? 'customer-row' : 'customer-row-loading'}
                  data-archived={row?.archived ? 'true' : undefined}
                  className="bahi-grid-row"
                  style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                  onClick={() => {
                    onActiveIndex(item.index);
                    if (row) onOpen(row);
                  }}
                >
                  {COLUMNS.map((c) => (
                    <div
                      key={c.key}
                      role="gridcell"
                      className={c.mono ? 'bahi-cell bahi-mono' : 'bahi-cell'}
                      data-align={c.align}
                    >
                      {row ? c.render(row) : <span className="bahi-skeleton" />}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}
