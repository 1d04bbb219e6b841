import type { Mesh } from '@meshwork/model';
import type { FleetFilter } from './discovery.inputs';

interface Filterable {
  cluster: string;
  namespace: string;
  name: string;
  kind?: string;
  meshes: readonly string[];
}

/** A predicate for FleetFilter over anything that has a cluster, namespace, name and meshes. */
export function fleetMatcher(
  where: FleetFilter | undefined,
  meshes: readonly Mesh[],
): (item: Filterable) => boolean {
  if (!where) return () => true;
  const text = where.text?.trim().toLowerCase();
  const ofKinds = where.meshKinds?.length
    ? new Set(meshes.filter((m) => where.meshKinds!.includes(m.kind)).map((m) => m.id))
    : undefined;
  return (item) =>
    (!where.clusters?.length || where.clusters.includes(item.cluster)) &&
    (!where.namespaces?.length || where.namespaces.includes(item.namespace)) &&
    (!where.meshes?.length || item.meshes.some((m) => where.meshes!.includes(m))) &&
    (!ofKinds || item.meshes.some((m) => ofKinds.has(m))) &&
    (!where.kind || item.kind === where.kind) &&
    (!text ||
      item.name.toLowerCase().includes(text) ||
      item.namespace.toLowerCase().includes(text));
}
