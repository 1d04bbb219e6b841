import { useLiveQuery } from '../../../shared/hooks/use-live-query';
import { meshesQuery } from '../graphql/meshes.query';

/** Health arrives with fleet changes; the poll is for clusters turning stale, which does not. */
export const meshesRefresh = { liveIntervalMs: 30_000, fallbackIntervalMs: 10_000 };

const noVariables = {};

export function useMeshes() {
  return useLiveQuery(meshesQuery, noVariables, meshesRefresh);
}
