import { useLiveQuery } from '../../../shared/hooks/use-live-query';
import { serviceDetailQuery } from '../graphql/service-detail.query';

/** Workload readiness changes with every rollout and arrives as fleet events; poll only without them. */
export const serviceDetailRefresh = { fallbackIntervalMs: 5_000 };

export function useServiceDetail(id: string) {
  return useLiveQuery(serviceDetailQuery, { id }, serviceDetailRefresh);
}
