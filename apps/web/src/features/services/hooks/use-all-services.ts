import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import { type LiveResource, useLiveResource } from '../../../shared/hooks/use-live-resource';
import { idsOfKinds } from '../../../shared/utils/entity-id';
import { type ServiceMesh } from '../graphql/service-node';
import { serviceMeshesQuery } from '../graphql/service-meshes.query';
import { servicesPageQuery } from '../graphql/services-page.query';
import { fetchAllPages } from '../utils/fetch-all-pages';
import { type ServiceListRow, toServiceListRows } from '../utils/service-list-row';

/** The hub's largest page: fewer round trips for a big fleet. */
export const servicesPageSize = 1_000;

// The table shows Services and the kind and version of their Meshes, nothing else: a change of a
// workload or a policy alone (a rollout, readiness) does not refetch 10,000 rows.
const shownKinds = new Set(['Service', 'Mesh']);
const refresh = { affectedBy: (ids: readonly string[]) => idsOfKinds(ids, shownKinds) };

/** The first load, while its pages arrive: the rows so far, and how many there will be. */
export interface LoadProgress {
  rows: ServiceListRow[];
  total: number;
}

/**
 * Every service of the fleet, page by page, joined with its meshes. The first load shows its rows
 * as the pages arrive; a refresh replaces the whole list at once when all its pages are in, so a
 * loaded table never turns into a half-loaded one.
 */
export function useAllServices(): LiveResource<ServiceListRow[]> & {
  progress: LoadProgress | undefined;
} {
  const client = useClient();
  const [progress, setProgress] = useState<LoadProgress | undefined>(undefined);
  const firstLoad = useRef(true);
  const load = useCallback(async () => {
    // Meshes and the first page of services are asked for at once; rows show once both are in.
    let meshList: ServiceMesh[] | undefined;
    const meshesRequest = client
      .query(serviceMeshesQuery, {}, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        meshList = result.data?.meshes;
        return result;
      });
    const nodes = await fetchAllPages(
      async (after) => {
        const page = await client
          .query(
            servicesPageQuery,
            { first: servicesPageSize, after },
            { requestPolicy: 'network-only' },
          )
          .toPromise();
        if (!page.data) throw page.error ?? new Error('the hub returned no services');
        return page.data.services;
      },
      {
        onProgress: (sofar, total) => {
          if (firstLoad.current && meshList) {
            setProgress({ rows: toServiceListRows(sofar, meshList), total });
          }
        },
      },
    );
    const meshes = await meshesRequest;
    if (!meshes.data) return { error: meshes.error ?? new Error('the hub returned no meshes') };
    firstLoad.current = false;
    return { data: toServiceListRows(nodes, meshes.data.meshes) };
  }, [client]);
  // Every change of a service moves the fleet revision: no poll of its own, the change feed says when.
  const resource = useLiveResource('all', load, refresh);
  // The partial rows are dropped once the full list is on screen (not before: no flash of nothing).
  const loaded = resource.data !== undefined;
  useEffect(() => {
    if (loaded) setProgress(undefined);
  }, [loaded]);
  return { ...resource, progress };
}
