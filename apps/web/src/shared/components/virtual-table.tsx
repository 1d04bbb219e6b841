import {
  type KeyboardEvent,
  type MouseEvent,
  memo,
  type ReactNode,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { type TableSort } from '../utils/table-sort';
import { type RowRange, scrollTopToReveal, visibleRange } from '../utils/visible-range';
import './data-table.css';
import './virtual-table.css';

export interface VirtualColumn<Row, SortKey extends string> {
  id: string;
  header: ReactNode;
  /** A CSS grid track, e.g. `minmax(0, 3fr)` or `7rem`. */
  width: string;
  numeric?: boolean;
  sortKey?: SortKey;
  cell: (row: Row) => ReactNode;
}

interface VirtualTableProps<Row, SortKey extends string> {
  label: string;
  rows: readonly Row[];
  columns: ReadonlyArray<VirtualColumn<Row, SortKey>>;
  rowKey: (row: Row) => string;
  /** Every row is exactly this tall (px): what makes windowing a division instead of a measurement. */
  rowHeight: number;
  overscan?: number;
  sort?: TableSort<SortKey>;
  onSort?: (key: SortKey) => void;
  selectedKey?: string;
  onSelect?: (row: Row) => void;
  emptyMessage: ReactNode;
}

interface RowProps<Row, SortKey extends string> {
  row: Row;
  index: number;
  rowKey: string;
  columns: ReadonlyArray<VirtualColumn<Row, SortKey>>;
  rowHeight: number;
  gridTemplateColumns: string;
  selected: boolean;
  onSelect: ((row: Row) => void) | undefined;
}

function VirtualRowImpl<Row, SortKey extends string>({
  row,
  index,
  rowKey,
  columns,
  rowHeight,
  gridTemplateColumns,
  selected,
  onSelect,
}: RowProps<Row, SortKey>) {
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    // A link inside the row navigates by itself (and keeps middle-click and copy-link working).
    if (!onSelect || (event.target as Element).closest('a, button')) return;
    onSelect(row);
  };
  return (
    <div
      role="row"
      className={`vt-row${selected ? ' is-selected' : ''}${onSelect ? ' is-clickable' : ''}`}
      aria-rowindex={index + 2}
      aria-selected={onSelect ? selected : undefined}
      data-row-key={rowKey}
      style={{
        gridTemplateColumns,
        height: rowHeight,
        transform: `translateY(${index * rowHeight}px)`,
      }}
      onClick={onClick}
    >
      {columns.map((column) => (
        <div key={column.id} role="cell" className={column.numeric ? 'vt-cell numeric' : 'vt-cell'}>
          {column.cell(row)}
        </div>
      ))}
    </div>
  );
}

// Rows re-render only when their own props change, not when the page's clock ticks.
const VirtualRow = memo(VirtualRowImpl) as typeof VirtualRowImpl;

function sameRange(a: RowRange, b: RowRange): boolean {
  return a.start === b.start && a.end === b.end;
}

/**
 * A table that keeps only the rows in view (plus `overscan`) in the DOM, so 10,000 rows scroll as
 * smoothly as 10. Rows have one fixed height; the body is its own scroll area below a fixed header.
 */
export function VirtualTable<Row, SortKey extends string>({
  label,
  rows,
  columns,
  rowKey,
  rowHeight,
  overscan = 8,
  sort,
  onSort,
  selectedKey,
  onSelect,
  emptyMessage,
}: VirtualTableProps<Row, SortKey>) {
  const body = useRef<HTMLDivElement>(null);
  const [range, setRange] = useState<RowRange>({ start: 0, end: Math.min(rows.length, 40) });
  const gridTemplateColumns = columns.map((column) => column.width).join(' ');

  const measure = useCallback(() => {
    const element = body.current;
    if (!element) return;
    const next = visibleRange({
      scrollTop: element.scrollTop,
      viewportHeight: element.clientHeight,
      rowHeight,
      rowCount: rows.length,
      overscan,
    });
    setRange((current) => (sameRange(current, next) ? current : next));
  }, [rowHeight, rows.length, overscan]);

  useLayoutEffect(() => {
    measure();
    const element = body.current;
    if (!element) return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [measure]);

  // Bring the selected row into view when the selection changes or first appears (a deep link).
  const revealed = useRef<string | undefined>(undefined);
  const selectedIndex =
    selectedKey === undefined ? -1 : rows.findIndex((row) => rowKey(row) === selectedKey);
  useEffect(() => {
    const element = body.current;
    if (!element || selectedIndex < 0 || revealed.current === selectedKey) return;
    revealed.current = selectedKey;
    const top = scrollTopToReveal(selectedIndex, {
      scrollTop: element.scrollTop,
      viewportHeight: element.clientHeight,
      rowHeight,
    });
    if (top !== undefined) element.scrollTop = top;
  }, [selectedIndex, selectedKey, rowHeight]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!onSelect || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    event.preventDefault();
    const step = event.key === 'ArrowDown' ? 1 : -1;
    const from = selectedIndex >= 0 ? selectedIndex : step > 0 ? range.start - 1 : range.end;
    const next = rows[Math.min(rows.length - 1, Math.max(0, from + step))];
    if (next) onSelect(next);
  };

  const visible = rows.slice(range.start, range.end);
  return (
    <div className="virtual-table" role="table" aria-label={label} aria-rowcount={rows.length + 1}>
      <div className="vt-head" role="rowgroup">
        <div
          role="row"
          className="vt-row vt-header-row"
          aria-rowindex={1}
          style={{ gridTemplateColumns }}
        >
          {columns.map((column) => {
            const active = column.sortKey !== undefined && sort?.key === column.sortKey;
            const ariaSort = active ? (sort?.descending ? 'descending' : 'ascending') : undefined;
            return (
              <div
                key={column.id}
                role="columnheader"
                aria-sort={column.sortKey ? (ariaSort ?? 'none') : undefined}
                className={column.numeric ? 'vt-cell numeric' : 'vt-cell'}
              >
                {column.sortKey && onSort ? (
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => onSort(column.sortKey!)}
                  >
                    {column.header}
                    <span className="sort-arrow" aria-hidden="true">
                      {active ? (sort?.descending ? '▼' : '▲') : ''}
                    </span>
                  </button>
                ) : (
                  column.header
                )}
              </div>
            );
          })}
        </div>
      </div>
      <div
        className="vt-body"
        role="rowgroup"
        ref={body}
        onScroll={measure}
        onKeyDown={onKeyDown}
        tabIndex={0}
        aria-label={`${label}, ${rows.length} rows`}
      >
        {rows.length === 0 ? (
          <div className="vt-empty">{emptyMessage}</div>
        ) : (
          <div className="vt-spacer" style={{ height: rows.length * rowHeight }}>
            {visible.map((row, offset) => {
              const key = rowKey(row);
              return (
                <VirtualRow
                  key={key}
                  row={row}
                  index={range.start + offset}
                  rowKey={key}
                  columns={columns}
                  rowHeight={rowHeight}
                  gridTemplateColumns={gridTemplateColumns}
                  selected={key === selectedKey}
                  onSelect={onSelect}
                />
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}
