import { type Reachability } from '../../../graphql/generated/graphql';

/**
 * Lower is worse: the order in which the Clusters page lists reachability, so that what needs a
 * person's attention comes first. A cluster we cannot read (unreachable or refused) outranks one
 * still being checked, which outranks a healthy one.
 */
export function reachabilitySeverity(reachability: Reachability): number {
  switch (reachability) {
    case 'UNREACHABLE':
    case 'UNAUTHORIZED':
      return 0;
    case 'PENDING':
      return 1;
    case 'REACHABLE':
      return 2;
  }
}
