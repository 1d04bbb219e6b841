import {
  CoreKinds,
  kindKey,
  type ClusterSnapshot,
  type MeshAdapter,
} from '@meshwork/adapters-core';
import { ClusterErrorCode, type ClusterError } from '@meshwork/model';
import type { ClusterDiscovery } from './cluster-discovery';
import { discoverCluster } from './discover-cluster';
import { NAMESPACE_LOCAL_KINDS, NamespaceScopedSnapshot } from './namespace-scoped-snapshot';

/**
 * Changes to these kinds alone may be rediscovered namespace by namespace: pods and their controllers,
 * and Services (visible everywhere in the scoped run, so whatever depends on them is recomputed).
 */
export const NAMESPACE_SCOPABLE_KINDS: ReadonlySet<string> = new Set([
  ...NAMESPACE_LOCAL_KINDS,
  kindKey(CoreKinds.Service),
]);

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const adapterFailed = (errors: readonly ClusterError[]) =>
  errors.some((error) => error.code === ClusterErrorCode.ADAPTER_FAILED);
const sameIds = (a: readonly { id: string }[], b: readonly { id: string }[]) =>
  a.length === b.length && a.every((entity, i) => entity.id === b[i]!.id);

/**
 * Namespaces whose objects any namespace's services and workloads may depend on: the meshes' control
 * planes (root-namespace policies, revisions, mesh config), the objects behind multi-cluster links
 * and certificates, and kube-system.
 */
export function sharedNamespaces(discovery: ClusterDiscovery): Set<string> {
  const shared = new Set(['kube-system']);
  for (const mesh of discovery.meshes) shared.add(mesh.namespace);
  for (const link of discovery.links) shared.add(link.source.namespace);
  for (const certificate of discovery.certificates) shared.add(certificate.source.namespace);
  return shared;
}

/**
 * Brings `previous` up to date after changes to namespace-local objects in `changed` namespaces only,
 * by running the adapters over those namespaces (plus the shared ones) instead of the whole cluster,
 * so a change costs work in proportion to its namespace, not to the cluster.
 *
 * Returns undefined when the shortcut would not be exact and the whole cluster must be rediscovered:
 * a shared namespace changed, an adapter failed, the meshes came out different, or the changed
 * namespaces gained or lost a Service (policies elsewhere resolve hosts against them).
 */
export function rediscoverNamespaces(
  adapters: readonly MeshAdapter[],
  snapshot: ClusterSnapshot,
  previous: ClusterDiscovery,
  changed: ReadonlySet<string>,
  connectionErrors: readonly ClusterError[],
): ClusterDiscovery | undefined {
  const shared = sharedNamespaces(previous);
  if (adapterFailed(previous.errors) || [...changed].some((ns) => shared.has(ns))) return undefined;
  const visible = new Set([...shared, ...changed]);
  const scoped = discoverCluster(
    adapters,
    new NamespaceScopedSnapshot(snapshot, visible),
    connectionErrors,
  );
  if (adapterFailed(scoped.errors)) return undefined;
  if (JSON.stringify(scoped.meshes) !== JSON.stringify(previous.meshes)) return undefined;

  const inChanged = (namespace: string) => changed.has(namespace);
  const ownNamespace = (entity: { namespace: string }) => entity.namespace;
  const services = scoped.services.filter((s) => inChanged(s.namespace));
  if (
    !sameIds(
      services,
      previous.services.filter((s) => inChanged(s.namespace)),
    )
  )
    return undefined;
  /** The previous entities of unchanged namespaces and the new ones of the changed namespaces. */
  const merge = <T extends { id: string }>(
    before: T[],
    after: T[],
    namespaceOf: (e: T) => string,
  ) =>
    [
      ...before.filter((e) => !inChanged(namespaceOf(e))),
      ...after.filter((e) => inChanged(namespaceOf(e))),
    ].sort(byId);
  // Meshes, links and certificates come from kinds the scoped run sees whole, so they are exact.
  return {
    ...scoped,
    lastSyncedAt: previous.lastSyncedAt,
    services: merge(previous.services, scoped.services, ownNamespace),
    workloads: merge(previous.workloads, scoped.workloads, ownNamespace),
    policies: merge(previous.policies, scoped.policies, (p) => p.source.namespace),
  };
}
