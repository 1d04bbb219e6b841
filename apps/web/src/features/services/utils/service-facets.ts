import { type MeshKind } from '../../../graphql/generated/graphql';
import { meshKindLabel, meshKinds } from '../../../shared/format/mesh-kind-label';
import { type SelectOption } from '../../../shared/components/select-filter';
import { compareNames } from '../../../shared/utils/compare';
import { type ServiceListRow } from './service-list-row';

export interface ServiceFacets {
  clusters: SelectOption[];
  namespaces: SelectOption[];
  kinds: SelectOption[];
}

const withCount = (value: string, label: string, count: number): SelectOption => ({
  value,
  label: `${label} (${count.toLocaleString('en')})`,
});

function tally<Key>(keys: Iterable<Key>): Map<Key, number> {
  const counts = new Map<Key, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/**
 * The choices of the Services filters, each with how many services it holds. Namespaces are those
 * of the chosen cluster (namespace names repeat across clusters, so the list would mislead otherwise).
 */
export function serviceFacets(
  rows: readonly ServiceListRow[],
  cluster: string | undefined,
): ServiceFacets {
  const clusters = tally(rows.map((row) => row.cluster));
  const namespaces = tally(
    rows.filter((row) => !cluster || row.cluster === cluster).map((row) => row.namespace),
  );
  const kinds = tally<MeshKind>(
    rows.flatMap((row) => [...new Set(row.meshes.flatMap((mesh) => mesh.kind ?? []))]),
  );
  return {
    clusters: [...clusters.keys()].sort(compareNames).map((c) => withCount(c, c, clusters.get(c)!)),
    namespaces: [...namespaces.keys()]
      .sort(compareNames)
      .map((ns) => withCount(ns, ns, namespaces.get(ns)!)),
    kinds: meshKinds
      .filter((kind) => kinds.has(kind))
      .map((kind) => withCount(kind, meshKindLabel(kind), kinds.get(kind)!)),
  };
}
