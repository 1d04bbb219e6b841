import { useLiveQuery } from '../../../shared/hooks/use-live-query';
import { overviewQuery } from '../graphql/overview.query';

/**
 * Reachability and sync progress change without fleet events, so the Overview keeps a steady poll
 * while live as well; without the socket it polls faster.
 */
export const overviewRefresh = { liveIntervalMs: 10_000, fallbackIntervalMs: 5_000 };

const noVariables = {};

export function useOverview() {
  return useLiveQuery(overviewQuery, noVariables, overviewRefresh);
}
