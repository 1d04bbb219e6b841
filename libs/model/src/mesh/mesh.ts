import { type MeshKind } from './mesh-kind';

export enum ControlPlaneHealth {
  /** Every desired replica is ready. */
  HEALTHY = 'HEALTHY',
  /** Some, not all, replicas are ready. */
  DEGRADED = 'DEGRADED',
  /** No replica is ready (or desired replicas is zero). */
  DOWN = 'DOWN',
  UNKNOWN = 'UNKNOWN',
}

export interface Replicas {
  desired: number;
  ready: number;
}

/**
 * One control-plane deployment unit of a mesh: an istiod revision, the Linkerd control plane, the Consul
 * servers plus injector. A mesh has several when it runs canary revisions side by side.
 */
export interface ControlPlane {
  /** Name of the main object (Deployment/StatefulSet), e.g. `istiod-1-22`. */
  name: string;
  namespace: string;
  /** Revision name (`default` when the mesh has no revisions concept or the default revision). */
  revision: string;
  version?: string;
  /** Trust domain this control plane signs identities for; may differ during a migration. */
  trustDomain?: string;
  replicas: Replicas;
  health: ControlPlaneHealth;
}

/** A service mesh installation found in one cluster. */
export interface Mesh {
  /** `<cluster>/<control-plane namespace>/Mesh/<name>` (see `makeId`). */
  id: string;
  kind: MeshKind;
  /** Short name, unique in (cluster, namespace), e.g. `istio`, `linkerd`, `consul`. */
  name: string;
  cluster: string;
  /** Control-plane namespace. */
  namespace: string;
  /** Version of the default (or newest) control plane. */
  version?: string;
  /** The revision that un-revisioned injection (`istio-injection=enabled`) uses, when any. */
  revision?: string;
  trustDomain?: string;
  controlPlanes: ControlPlane[];
  /** Worst health over `controlPlanes`. */
  health: ControlPlaneHealth;
  /** Mesh-specific facts worth showing (Istio `CLUSTER_ID`, network, Consul datacenter...). */
  attributes: Record<string, string>;
}
