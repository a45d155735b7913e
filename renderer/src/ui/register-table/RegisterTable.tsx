// The table every register's list uses: virtualised (only the rows on screen are in the DOM, so
// 100,000 rows scroll like 100), sortable by column, driven from the keyboard (↑ ↓ PageUp
// PageDown Home End, Enter opens), and exposed to assistive technology as one ARIA grid: the grid
// is the focusable element and names its active row with aria-activedescendant (allowed on a
// grid, not on a rowgroup). Columns come and go with the table's width (column-fit.ts).
import { memo, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { fitColumns, gridTracks, type ColumnSize } from './column-fit';

export interface RegisterColumn<Row, Sort extends string = string> extends ColumnSize {
  header: () => string;
  /** The sort this column's heading applies; none = not sortable. */
  sort?: Sort;
  cell: (row: Row) => ReactNode;
  /** Extra class on the column's cells (tests and benchmarks find the reference cell by it). */
  className?: string;
}

export interface SortState<Sort extends string> {
  sort: Sort;
  dir: 'asc' | 'desc';
}

const HEADER_HEIGHT = 40;
/** Horizontal padding of a row (both sides), the room the columns do not get. */
const ROW_PADDING = 24;

export function RegisterTable<Row, Sort extends string>({
  label,
  hint,
  total,
  rowAt,
  onRange,
  columns,
  sort,
  onSort,
  onOpen,
  rowHeight = 44,
  idPrefix,
  testId,
}: {
  /** The grid's accessible name. */
  label: string;
  hint?: ReactNode;
  total: number;
  rowAt: (index: number) => Row | undefined;
  /** Rows [first, last] are about to be shown: fetch them if they are not there yet. */
  onRange: (first: number, last: number) => void;
  columns: ReadonlyArray<RegisterColumn<Row, Sort>>;
  sort: SortState<Sort>;
  onSort: (next: SortState<Sort>) => void;
  onOpen: (row: Row) => void;
  rowHeight?: number;
  idPrefix: string;
  testId?: string;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    // The scroll box's client width: what the rows get once its scrollbar is drawn.
    const el = scrollRef.current;
    if (!el) return;
    const measure = () => setWidth(el.clientWidth - ROW_PADDING);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const shownIds = fitColumns(columns, width)
    .map((c) => c.id)
    .join(' ');
  // One array per set of shown columns, so memoised rows re-render only when that set changes.
  const shown = useMemo(() => columns.filter((c) => shownIds.split(' ').includes(c.id)), [columns, shownIds]);

  // The virtualiser's API is deliberately not memoisable; the compiler lint knows and warns.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    // The sticky heading row sits above the rows inside the same scroll box.
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useLayoutEffect(() => {
    if (total > 0) onRange(first, last);
  }, [first, last, total, onRange]);

  const current = Math.min(active, Math.max(0, total - 1));
  const move = (to: number) => {
    const next = Math.max(0, Math.min(total - 1, to));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.target !== e.currentTarget) return; // a sort button handles its own keys
    const targets: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, PageDown: current + 10, PageUp: current - 10, Home: 0, End: total - 1 };
    const to = targets[e.key];
    if (to !== undefined) {
      e.preventDefault();
      move(to);
    } else if (e.key === 'Enter') {
      const row = rowAt(current);
      if (row) onOpen(row);
    }
  };

  return (
    <div className="register-table" style={{ ['--register-columns' as string]: gridTracks(shown), ['--register-row-height' as string]: `${rowHeight}px` }}>
      {hint && <p className="field__hint register-table__hint">{hint}</p>}
      <div
        ref={scrollRef}
        className="register-table__scroll"
        role="grid"
        aria-label={label}
        aria-rowcount={total + 1}
        aria-colcount={shown.length}
        aria-readonly
        tabIndex={0}
        // Only while that row is rendered: an id that points at nothing is an invalid reference.
        aria-activedescendant={items.some((v) => v.index === current) ? `${idPrefix}-row-${current}` : undefined}
        onKeyDown={onKeyDown}
        data-testid={testId}
      >
        <div role="rowgroup" className="register-table__head">
          <div role="row" aria-rowindex={1} className="register-row register-row--head">
            {shown.map((c) => (
              <div
                key={c.id}
                role="columnheader"
                className={c.className}
                aria-sort={c.sort && sort.sort === c.sort ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
              >
                {c.sort ? (
                  // The visible heading is the button's whole name (WCAG 2.5.3); the arrow is decoration
                  // and the sort state is aria-sort on the heading.
                  <button type="button" className="register-table__sort" onClick={() => onSort({ sort: c.sort!, dir: sort.sort === c.sort && sort.dir === 'asc' ? 'desc' : 'asc' })}>
                    {c.header()}
                    {sort.sort === c.sort && (
                      <span aria-hidden="true">
                        {sort.dir === 'asc' ? ' ▲' : ' ▼'}
                      </span>
                    )}
                  </button>
                ) : (
                  c.header()
                )}
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" className="register-table__body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((v) => {
            const row = rowAt(v.index);
            return (
              <div
                key={v.key}
                id={`${idPrefix}-row-${v.index}`}
                role="row"
                aria-rowindex={v.index + 2}
                aria-selected={v.index === current}
                className={`register-row${v.index === current ? ' register-row--active' : ''}`}
                style={{ transform: `translateY(${v.start - HEADER_HEIGHT}px)` }}
                onClick={() => row && onOpen(row)}
              >
                {row ? (
                  <RowCells row={row} columns={shown} />
                ) : (
                  <div role="gridcell" className="loading">
                    …
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

/**
 * One row's cells. Memoised on the row object (a fetched page never changes) and the shown
 * columns, so scrolling re-renders only the rows that come into view.
 */
const RowCells = memo(function RowCells<Row>({ row, columns }: { row: Row; columns: ReadonlyArray<RegisterColumn<Row>> }) {
  return (
    <>
      {columns.map((c) => (
        <div key={c.id} role="gridcell" className={c.className}>
          {c.cell(row)}
        </div>
      ))}
    </>
  );
}) as <Row>(props: { row: Row; columns: ReadonlyArray<RegisterColumn<Row, string>> }) => ReactNode;
