import { type Reachability } from '../../../graphql/generated/graphql';
import { type ClusterRow } from '../graphql/cluster-row';
import { countReachability, formatReachabilitySummary } from '../utils/reachability-summary';
import { ReachabilityIcon } from './reachability-icon';

// The states that need a word beside the headline; reachable ones are the headline itself.
const problemStates: ReadonlyArray<{ state: Reachability; label: string; tone: string }> = [
  { state: 'UNREACHABLE', label: 'unreachable', tone: 'failing' },
  { state: 'UNAUTHORIZED', label: 'unauthorized', tone: 'degraded' },
  { state: 'PENDING', label: 'still checking', tone: 'unknown' },
];

/** The page's answer in one line: "3 of 4 clusters reachable", then what is wrong with the rest. */
export function ClustersSummary({ clusters }: { clusters: readonly ClusterRow[] }) {
  const counts = countReachability(clusters);
  return (
    <p className="clusters-summary">
      <strong data-testid="clusters-summary">{formatReachabilitySummary(counts)}</strong>
      {problemStates
        .filter(({ state }) => counts[state] > 0)
        .map(({ state, label, tone }) => (
          <span key={state} className={`summary-problem tone-${tone}`}>
            <ReachabilityIcon reachability={state} />
            {counts[state]} {label}
          </span>
        ))}
    </p>
  );
}
