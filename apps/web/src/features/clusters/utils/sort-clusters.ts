import { type ClusterRow } from '../graphql/cluster-row';
import { type ClusterSort, type ClusterSortKey } from './cluster-sort';
import { reachabilitySeverity } from './reachability-severity';

type Compare = (a: ClusterRow, b: ClusterRow) => number;

const byName: Compare = (a, b) => a.name.localeCompare(b.name, 'en', { numeric: true });

// Missing values sort first in the natural order: a cluster never seen or of unknown version is the
// one to look at.
function compareNullable<T>(a: T | null, b: T | null, compare: (x: T, y: T) => number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return compare(a, b);
}

function versionParts(version: string): number[] {
  return (version.match(/\d+/g) ?? []).map(Number);
}

function compareVersions(a: string, b: string): number {
  const left = versionParts(a);
  const right = versionParts(b);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return a.localeCompare(b);
}

function comparatorFor(key: ClusterSortKey): Compare {
  switch (key) {
    case 'severity':
      return (a, b) => reachabilitySeverity(a.reachability) - reachabilitySeverity(b.reachability);
    case 'name':
      return byName;
    case 'server':
      return (a, b) => compareNullable(a.server, b.server, (x, y) => x.localeCompare(y));
    case 'version':
      return (a, b) => compareNullable(a.kubernetesVersion, b.kubernetesVersion, compareVersions);
    case 'lastSeen':
      return (a, b) =>
        compareNullable(a.lastSeenAt, b.lastSeenAt, (x, y) => Date.parse(x) - Date.parse(y));
  }
}

/**
 * A sorted copy of the clusters. Ties always fall back to the name, A to Z, so rows never jump
 * around between two polls that returned the same data.
 */
export function sortClusters(rows: readonly ClusterRow[], sort: ClusterSort): ClusterRow[] {
  const primary = comparatorFor(sort.key);
  const direction = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => direction * primary(a, b) || byName(a, b));
}
