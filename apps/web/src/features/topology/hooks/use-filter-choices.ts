import { useMemo, useRef } from 'react';
import { usePolledQuery } from '../../../shared/hooks/use-polled-query';
import { type FilterChoices } from '../components/topology-toolbar';
import { filterOptionsQuery } from '../graphql/filter-options.query';
import { type TopologyData } from '../graphql/topology-data';
import { meshTag } from '../model/mesh-tag';

const optionsRefreshMs = 60_000;
const noVariables = {};

/**
 * The choices of the cluster, namespace and mesh filters. Clusters and meshes come from the hub's
 * lists (so a filter never hides its own alternatives); namespaces from every graph seen so far.
 */
export function useFilterChoices(topology: TopologyData | undefined): FilterChoices {
  const options = usePolledQuery(filterOptionsQuery, noVariables, optionsRefreshMs).data;
  const seenNamespaces = useRef(new Map<string, Set<string>>());
  const namespaces = useMemo(() => {
    for (const node of topology?.nodes ?? []) {
      const clusters = seenNamespaces.current.get(node.namespace) ?? new Set<string>();
      clusters.add(node.cluster);
      seenNamespaces.current.set(node.namespace, clusters);
    }
    return [...seenNamespaces.current.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, clusters]) => ({
        value: name,
        label: name,
        detail: [...clusters].sort().join(', '),
      }));
  }, [topology]);
  return useMemo(
    () => ({
      clusters: (options?.clusters ?? [])
        .map((cluster) => ({ value: cluster.name, label: cluster.name }))
        .sort((a, b) => a.label.localeCompare(b.label)),
      namespaces,
      meshes: (options?.meshes ?? [])
        .map((mesh) => ({
          value: mesh.id,
          label: `${meshTag(mesh.kind)} ${mesh.name}`,
          detail: mesh.cluster.name,
        }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    }),
    [options, namespaces],
  );
}
