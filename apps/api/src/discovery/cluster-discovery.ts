import type {
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
  errors: ClusterError[];
  lastSyncedAt?: Date;
}

export function emptyClusterDiscovery(cluster: string): ClusterDiscovery {
  return { cluster, meshes: [], services: [], workloads: [], policies: [], links: [], errors: [] };
}
