import { type Reachability } from '../../../graphql/generated/graphql';

interface ClusterStatus {
  reachability: Reachability;
  stale: boolean;
}

/** Where a cluster stands, as the Overview counts it and the Clusters page filters it (`?state=`). */
export type ClusterState = 'reachable' | 'stale' | 'unreachable' | 'pending';

export const clusterStates: readonly ClusterState[] = [
  'reachable',
  'stale',
  'unreachable',
  'pending',
];

export function isClusterState(value: string | null): value is ClusterState {
  return value !== null && (clusterStates as readonly string[]).includes(value);
}

/**
 * Stale means not answering but with last known data on screen; unreachable means not answering
 * (or refusing us) with nothing known; pending means not tried yet.
 */
export function clusterState(cluster: ClusterStatus): ClusterState {
  if (cluster.reachability === 'REACHABLE') return 'reachable';
  if (cluster.stale) return 'stale';
  return cluster.reachability === 'PENDING' ? 'pending' : 'unreachable';
}

export function countClusterStates(
  clusters: ReadonlyArray<ClusterStatus>,
): Record<ClusterState, number> {
  const counts: Record<ClusterState, number> = {
    reachable: 0,
    stale: 0,
    unreachable: 0,
    pending: 0,
  };
  for (const cluster of clusters) counts[clusterState(cluster)] += 1;
  return counts;
}
