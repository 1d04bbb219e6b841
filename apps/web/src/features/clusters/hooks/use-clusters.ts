import { usePolledQuery } from '../../../shared/hooks/use-polled-query';
import { type ClusterRow } from '../graphql/cluster-row';
import { clustersQuery } from '../graphql/clusters.query';

/** How often the Clusters page asks the hub again while it is open and visible. */
export const clustersRefreshIntervalMs = 5_000;

const noVariables = {};

export interface ClustersState {
  clusters: readonly ClusterRow[] | undefined;
  error: string | undefined;
  fetchedAt: number | undefined;
  paused: boolean;
  refresh: () => void;
}

export function useClusters(): ClustersState {
  const result = usePolledQuery(clustersQuery, noVariables, clustersRefreshIntervalMs);
  return {
    clusters: result.data?.clusters,
    error: result.error?.message,
    fetchedAt: result.fetchedAt,
    paused: result.paused,
    refresh: result.refresh,
  };
}
