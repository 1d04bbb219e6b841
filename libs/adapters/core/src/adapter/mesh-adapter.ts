import { type CapabilityTable, type Mesh, type MeshKind } from '@meshwork/model';
import { type KindRef } from '../kube/kind-ref';
import { type MeshPromql } from '../metrics/mesh-promql';
import { type ClusterSnapshot } from '../snapshot/cluster-snapshot';
import { type MeshDiscovery } from './mesh-discovery';

export type MeshAdapterId = 'istio' | 'linkerd' | 'consul' | 'smi';

/** A mesh found by `detect`. It is the model `Mesh`; the alias names its role in the contract. */
export type DetectedMesh = Mesh;

/**
 * One per mesh family. Adapters are pure over a `ClusterSnapshot`: no network, no clock, no state
 * between calls; the same snapshot gives the same answer.
 *
 * Later contract additions (PromQL builders for edges and service stats, `translate(policy, target)`)
 * will be added as members here; keep adapters as classes so they can grow without breaking callers.
 */
export interface MeshAdapter {
  readonly id: MeshAdapterId;
  /** Kinds the fleet layer must list/watch for this adapter; CRDs are marked `optional`. */
  readonly watchedKinds: readonly KindRef[];
  /**
   * What each mesh kind this adapter handles can express natively. Keyed by kind because one adapter
   * may serve several meshes that differ (smi: OSM has retries, Traefik Mesh has no timeouts).
   */
  readonly capabilities: Readonly<Partial<Record<MeshKind, CapabilityTable>>>;
  /** Every installation of this mesh family in the cluster (zero, one, or several). */
  detect(snapshot: ClusterSnapshot): DetectedMesh[];
  /** Services, workloads, policies, identities and links of one detected mesh. */
  discover(snapshot: ClusterSnapshot, mesh: DetectedMesh): MeshDiscovery;
  /**
   * PromQL for traffic edges and service stats, per mesh kind this adapter handles. Optional: a
   * mesh without it still shows up in the topology, without edges.
   */
  readonly promql?: Readonly<Partial<Record<MeshKind, MeshPromql>>>;
}
