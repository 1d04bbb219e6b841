import { useCallback } from 'react';
import { useClient } from 'urql';
import { useLiveResource } from '../../../shared/hooks/use-live-resource';
import {
  type CountGroup,
  fleetCountsRequest,
  readFleetCounts,
  type ServiceWorkloadCounts,
} from '../utils/fleet-counts-query';
import { overviewRefresh } from './use-overview';

/** Services and workloads per group (cluster, mesh), in one request, refetched on fleet changes. */
export function useFleetCounts(groups: readonly CountGroup[]) {
  const client = useClient();
  const load = useCallback(
    async (key: string) => {
      const forGroups = JSON.parse(key) as CountGroup[];
      if (forGroups.length === 0) return { data: new Map<string, ServiceWorkloadCounts>() };
      const { query, variables } = fleetCountsRequest(forGroups);
      const result = await client
        .query<Record<string, { totalCount: number }>>(query, variables, {
          requestPolicy: 'network-only',
        })
        .toPromise();
      return {
        data: result.data === undefined ? undefined : readFleetCounts(forGroups, result.data),
        error: result.error,
      };
    },
    [client],
  );
  return useLiveResource(JSON.stringify(groups), load, overviewRefresh);
}
