import { useLiveQuery } from '../../../shared/hooks/use-live-query';
import { meshesQuery } from '../graphql/meshes.query';

/** Poll rates of the Meshes page: slow while live (for reachability), faster as the fallback. */
export const meshesRefresh = { liveIntervalMs: 30_000, fallbackIntervalMs: 5_000 };

const noVariables = {};

export function useMeshes() {
  return useLiveQuery(meshesQuery, noVariables, meshesRefresh);
}
