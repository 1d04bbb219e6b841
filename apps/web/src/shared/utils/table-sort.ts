/** How a table is ordered; lives in the URL as `?sort=name` or `?sort=-name`. */
export interface TableSort<Key extends string> {
  key: Key;
  descending: boolean;
}

export interface TableSortParam<Key extends string> {
  readonly defaultSort: TableSort<Key>;
  /** Reads the `sort` URL parameter; anything unknown falls back to the default. */
  parse(param: string | null): TableSort<Key>;
  /** The `sort` URL parameter, or null for the default so that plain URLs stay plain. */
  format(sort: TableSort<Key>): string | null;
  /** Clicking the current column flips its direction; another column starts in its natural order. */
  next(current: TableSort<Key>, clicked: Key): TableSort<Key>;
}

/** The URL form of a table's sort, for tables whose columns are `keys`. */
export function tableSortParam<Key extends string>(
  keys: readonly Key[],
  defaultSort: TableSort<Key>,
): TableSortParam<Key> {
  const isKey = (value: string): value is Key => (keys as readonly string[]).includes(value);
  return {
    defaultSort,
    parse(param) {
      if (!param) return defaultSort;
      const descending = param.startsWith('-');
      const key = descending ? param.slice(1) : param;
      return isKey(key) ? { key, descending } : defaultSort;
    },
    format(sort) {
      if (sort.key === defaultSort.key && sort.descending === defaultSort.descending) return null;
      return `${sort.descending ? '-' : ''}${sort.key}`;
    },
    next(current, clicked) {
      return current.key === clicked
        ? { key: clicked, descending: !current.descending }
        : { key: clicked, descending: false };
    },
  };
}
