import { controlPlaneHealthSeverity } from '../../../shared/format/control-plane-health';
import { compareNames, compareNullable, compareVersions } from '../../../shared/utils/compare';
import { type TableSort } from '../../../shared/utils/table-sort';
import { type MeshRow } from '../graphql/mesh-row';
import { type MeshSortKey } from './mesh-sort';

type Compare = (a: MeshRow, b: MeshRow) => number;

const byPlace: Compare = (a, b) =>
  compareNames(a.cluster.name, b.cluster.name) ||
  compareNames(a.namespace, b.namespace) ||
  compareNames(a.name, b.name);

function comparatorFor(key: MeshSortKey): Compare {
  switch (key) {
    case 'health':
      return (a, b) => controlPlaneHealthSeverity(a.health) - controlPlaneHealthSeverity(b.health);
    case 'kind':
      return (a, b) => a.kind.localeCompare(b.kind);
    case 'cluster':
      return byPlace;
    case 'version':
      return (a, b) => compareNullable(a.version, b.version, compareVersions);
    case 'trustDomain':
      return (a, b) => compareNullable(a.trustDomain, b.trustDomain, (x, y) => x.localeCompare(y));
  }
}

/** A sorted copy; ties fall back to cluster / namespace / name so rows never jump between refreshes. */
export function sortMeshes(rows: readonly MeshRow[], sort: TableSort<MeshSortKey>): MeshRow[] {
  const primary = comparatorFor(sort.key);
  const direction = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => direction * primary(a, b) || byPlace(a, b));
}
