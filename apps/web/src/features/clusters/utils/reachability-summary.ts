import { type Reachability } from '../../../graphql/generated/graphql';
import { type ClusterRow } from '../graphql/cluster-row';

export type ReachabilityCounts = Record<Reachability, number>;

export function countReachability(rows: readonly ClusterRow[]): ReachabilityCounts {
  const counts: ReachabilityCounts = { REACHABLE: 0, PENDING: 0, UNREACHABLE: 0, UNAUTHORIZED: 0 };
  for (const row of rows) counts[row.reachability] += 1;
  return counts;
}

/** The page's one-line answer, e.g. "3 of 4 clusters reachable". */
export function formatReachabilitySummary(counts: ReachabilityCounts): string {
  const total = counts.REACHABLE + counts.PENDING + counts.UNREACHABLE + counts.UNAUTHORIZED;
  return `${counts.REACHABLE} of ${total} ${total === 1 ? 'cluster' : 'clusters'} reachable`;
}
