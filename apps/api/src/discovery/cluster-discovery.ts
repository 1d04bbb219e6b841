import type {
  Certificate,
  ClusterError,
  Mesh,
  MeshLink,
  NativePolicy,
  Service,
  Workload,
} from '@meshwork/model';

/** Everything the adapters found in one cluster, as of `lastSyncedAt`. */
export interface ClusterDiscovery {
  cluster: string;
  meshes: Mesh[];
  services: Service[];
  workloads: Workload[];
  policies: NativePolicy[];
  links: MeshLink[];
  /** Public certificate facts only; see the secret sanitizer and adapters-core's collector. */
  certificates: Certificate[];
  errors: ClusterError[];
  lastSyncedAt?: Date;
}

export function emptyClusterDiscovery(cluster: string): ClusterDiscovery {
  return {
    cluster,
    meshes: [],
    services: [],
    workloads: [],
    policies: [],
    links: [],
    certificates: [],
    errors: [],
  };
}
