import { type ClusterSnapshot, CoreKinds } from '@meshwork/adapters-core';
import { type Mesh } from '@meshwork/model';
import { OsmMeshAttributes } from '../detect/osm-detector';
import { type TraefikMeshSettings } from '../detect/traefik-mesh-controller';
import { OsmConventions } from '../kube/osm-conventions';

/** The namespaces whose workloads, Services and SMI objects belong to one mesh. */
export interface MeshScope {
  includes(namespace: string): boolean;
  /** Sorted. */
  readonly namespaces: readonly string[];
}

function scopeOf(names: Iterable<string>): MeshScope {
  const set = new Set(names);
  return { includes: (namespace) => set.has(namespace), namespaces: [...set].sort() };
}

/** Every namespace the snapshot knows of, also from objects when Namespaces cannot be listed. */
function knownNamespaces(snapshot: ClusterSnapshot): Set<string> {
  const names = new Set(snapshot.list(CoreKinds.Namespace).map((n) => n.metadata.name));
  const objects = [...snapshot.list(CoreKinds.Service), ...snapshot.list(CoreKinds.Pod)];
  for (const object of objects) names.add(object.metadata.namespace ?? '');
  names.delete('');
  return names;
}

/** OSM meshes exactly the namespaces labelled `openservicemesh.io/monitored-by=<mesh name>`. */
export function osmScope(snapshot: ClusterSnapshot, mesh: Mesh): MeshScope {
  const meshName = mesh.attributes[OsmMeshAttributes.meshName] ?? mesh.name;
  return scopeOf(
    snapshot
      .list(CoreKinds.Namespace)
      .filter((n) => n.metadata.labels?.[OsmConventions.monitoredByLabel] === meshName)
      .map((n) => n.metadata.name),
  );
}

/**
 * Traefik Mesh watches every namespace (or the `--watchNamespaces` list) minus the ignored ones. Its
 * own namespace is left out too: the controller skips its own objects by their `app` label, so
 * nothing there is ever a meshed service, and its shadow Services would only add noise.
 */
export function traefikMeshScope(
  snapshot: ClusterSnapshot,
  mesh: Mesh,
  settings: TraefikMeshSettings,
): MeshScope {
  const watched = settings.watchNamespaces.length
    ? new Set(settings.watchNamespaces)
    : knownNamespaces(snapshot);
  return scopeOf(
    [...watched].filter((ns) => ns !== mesh.namespace && !settings.ignoreNamespaces.includes(ns)),
  );
}
