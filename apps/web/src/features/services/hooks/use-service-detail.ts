import { useLiveQuery } from '../../../shared/hooks/use-live-query';
import { serviceDetailQuery } from '../graphql/service-detail.query';

/** Readiness changes with every rollout; each moves the fleet revision, so no poll of its own. */
export function useServiceDetail(id: string) {
  return useLiveQuery(serviceDetailQuery, { id });
}
