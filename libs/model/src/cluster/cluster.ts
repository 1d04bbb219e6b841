export enum ClusterReachability {
  REACHABLE = 'REACHABLE',
  /** The API server did not answer (connection refused, timeout, DNS). */
  UNREACHABLE = 'UNREACHABLE',
  /** The API server answered but rejected our credentials. */
  UNAUTHORIZED = 'UNAUTHORIZED',
  /** Not probed yet. */
  UNKNOWN = 'UNKNOWN',
}

export interface Cluster {
  /** Unique in the fleet; the first segment of every id. */
  name: string;
  reachability: ClusterReachability;
  /** Kubernetes server version (`gitVersion`), when known. */
  kubernetesVersion?: string;
  /** ISO-8601 time of the last successful contact; data older than this is served as stale. */
  lastSeen?: string;
  /** Why the cluster is not REACHABLE, in words. */
  message?: string;
}
