export const clusterSortKeys = ['severity', 'name', 'server', 'version', 'lastSeen'] as const;

export type ClusterSortKey = (typeof clusterSortKeys)[number];

/** How the clusters table is ordered; lives in the URL as `?sort=name` or `?sort=-name`. */
export interface ClusterSort {
  key: ClusterSortKey;
  descending: boolean;
}

export const defaultClusterSort: ClusterSort = { key: 'severity', descending: false };

function isClusterSortKey(value: string): value is ClusterSortKey {
  return (clusterSortKeys as readonly string[]).includes(value);
}

/** Reads the `sort` URL parameter; anything unknown falls back to problems first. */
export function parseClusterSort(param: string | null): ClusterSort {
  if (!param) return defaultClusterSort;
  const descending = param.startsWith('-');
  const key = descending ? param.slice(1) : param;
  return isClusterSortKey(key) ? { key, descending } : defaultClusterSort;
}

/** The `sort` URL parameter for a sort, or null for the default so that plain URLs stay plain. */
export function formatClusterSort(sort: ClusterSort): string | null {
  if (sort.key === defaultClusterSort.key && sort.descending === defaultClusterSort.descending) {
    return null;
  }
  return `${sort.descending ? '-' : ''}${sort.key}`;
}

/** Clicking the current column flips its direction; clicking another starts in its natural order. */
export function nextClusterSort(current: ClusterSort, clicked: ClusterSortKey): ClusterSort {
  return current.key === clicked
    ? { key: clicked, descending: !current.descending }
    : { key: clicked, descending: false };
}
