import { compareNames, compareVersions } from '../../../shared/utils/compare';
import { type TableSort } from '../../../shared/utils/table-sort';
import { type ServiceListRow } from './service-list-row';
import { type ServiceSortKey } from './service-sort';

type Compare = (a: ServiceListRow, b: ServiceListRow) => number;

const byPath: Compare = (a, b) =>
  compareNames(a.cluster, b.cluster) ||
  compareNames(a.namespace, b.namespace) ||
  compareNames(a.name, b.name);

const meshKey = (row: ServiceListRow) => row.meshes.map((mesh) => mesh.kind ?? '~').join(',');

function comparatorFor(key: ServiceSortKey): Compare {
  switch (key) {
    case 'name':
      return byPath;
    case 'mesh':
      return (a, b) => meshKey(a).localeCompare(meshKey(b));
    case 'versions':
      // More versions first in the natural order: a rollout in progress is the interesting case.
      return (a, b) =>
        b.versions.length - a.versions.length ||
        compareVersions(a.versions[0] ?? '', b.versions[0] ?? '');
    case 'workloads':
      return (a, b) => a.workloadCount - b.workloadCount;
  }
}

/** A sorted copy; ties fall back to cluster / namespace / name, so rows never jump on a refresh. */
export function sortServices(
  rows: readonly ServiceListRow[],
  sort: TableSort<ServiceSortKey>,
): ServiceListRow[] {
  const primary = comparatorFor(sort.key);
  const direction = sort.descending ? -1 : 1;
  if (sort.key === 'name') return [...rows].sort((a, b) => direction * byPath(a, b));
  return [...rows].sort((a, b) => direction * primary(a, b) || byPath(a, b));
}
