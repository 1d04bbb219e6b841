import {
  type Certificate,
  type ClusterError,
  type MeshIdentity,
  type MeshLink,
  type NativePolicy,
  type Service,
  type Workload,
} from '@meshwork/model';

/**
 * What one adapter found for one mesh in one cluster. A malformed object becomes an entry in `errors`
 * (code INVALID_OBJECT), never an exception, so one bad VirtualService cannot hide the rest.
 */
export interface MeshDiscovery {
  /** Services with at least one workload in the mesh, or targeted by its policies. */
  services: Service[];
  /** Workloads in the mesh, plus workloads in mesh-enabled namespaces left out (dataPlaneMode NONE). */
  workloads: Workload[];
  policies: NativePolicy[];
  /** Distinct identities of the mesh's workloads. */
  identities: MeshIdentity[];
  links: MeshLink[];
  /**
   * Certificates the mesh relies on (roots, issuers, webhook CAs), public parts only. Secrets reach
   * adapters with their key fields already dropped; adapters read certificate values only.
   */
  certificates: Certificate[];
  errors: ClusterError[];
}

export function emptyDiscovery(): MeshDiscovery {
  return {
    services: [],
    workloads: [],
    policies: [],
    identities: [],
    links: [],
    certificates: [],
    errors: [],
  };
}
