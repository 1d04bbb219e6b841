/** Rows `start` (inclusive) to `end` (exclusive) of a list: what a windowed table puts in the DOM. */
export interface RowRange {
  start: number;
  end: number;
}

export interface WindowGeometry {
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  rowCount: number;
  /** Rows rendered beyond each edge, so a fast scroll does not show blank space for a frame. */
  overscan: number;
}

/** The rows that intersect the viewport, plus `overscan` on each side, clamped to the list. */
export function visibleRange({
  scrollTop,
  viewportHeight,
  rowHeight,
  rowCount,
  overscan,
}: WindowGeometry): RowRange {
  if (rowCount <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(0, viewportHeight)) / rowHeight);
  const start = Math.min(rowCount, Math.max(0, first - overscan));
  const end = Math.min(rowCount, last + overscan);
  return { start: Math.min(start, end), end };
}

/** The scrollTop that brings row `index` fully into view, or undefined when it already is. */
export function scrollTopToReveal(
  index: number,
  { scrollTop, viewportHeight, rowHeight }: Omit<WindowGeometry, 'rowCount' | 'overscan'>,
): number | undefined {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return undefined;
}
