import type { ClusterSourceKind } from './cluster-target';
import type { Reachability } from './reachability';

/** What the hub knows about one cluster right now. */
export interface ClusterStatus {
  name: string;
  context: string;
  source: ClusterSourceKind;
  server?: string;
  reachability: Reachability;
  kubernetesVersion?: string;
  /** Last time the cluster answered a probe. Kept while it is unreachable, to show how stale it is. */
  lastSeenAt?: Date;
  lastCheckedAt?: Date;
  error?: string;
}
