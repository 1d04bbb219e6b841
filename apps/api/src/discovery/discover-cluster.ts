import type { ClusterSnapshot, MeshAdapter, MeshDiscovery } from '@meshwork/adapters-core';
import { ClusterErrorCode, type ClusterError, type Mesh } from '@meshwork/model';
import { emptyClusterDiscovery, type ClusterDiscovery } from './cluster-discovery';
import { mergeDiscoveries } from './merge-discoveries';

/** Called when an adapter throws; the other adapters' results still count. */
export type AdapterFailure = (adapter: MeshAdapter, error: Error) => void;

/** Runs every adapter over one cluster's snapshot and merges their answers. */
export function discoverCluster(
  adapters: readonly MeshAdapter[],
  snapshot: ClusterSnapshot,
  connectionErrors: readonly ClusterError[],
  onAdapterFailure?: AdapterFailure,
): ClusterDiscovery {
  const meshes: Mesh[] = [];
  const parts: MeshDiscovery[] = [];
  const errors: ClusterError[] = [...connectionErrors];
  for (const adapter of adapters) {
    try {
      for (const mesh of adapter.detect(snapshot)) {
        meshes.push(mesh);
        parts.push(adapter.discover(snapshot, mesh));
      }
    } catch (error) {
      onAdapterFailure?.(adapter, error as Error);
      errors.push({
        cluster: snapshot.cluster,
        code: ClusterErrorCode.ADAPTER_FAILED,
        message: `${adapter.id} adapter failed: ${(error as Error).message}`,
      });
    }
  }
  return meshes.length || errors.length
    ? mergeDiscoveries(snapshot.cluster, meshes, parts, errors)
    : emptyClusterDiscovery(snapshot.cluster);
}
