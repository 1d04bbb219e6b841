import { type Health } from '../graphql/topology-data';
import { healthSeverity } from '../model/health-tone';
import { type HealthCounts as Counts } from '../model/topology-index';
import { HealthMark } from './health-mark';

const order = (Object.keys(healthSeverity) as Health[]).sort(
  (a, b) => healthSeverity[b] - healthSeverity[a],
);

/** How many nodes are in each health state, worst first; states with none are left out. */
export function HealthCounts({ counts }: { counts: Counts }) {
  return (
    <ul className="topology-health-counts">
      {order
        .filter((health) => counts[health] > 0)
        .map((health) => (
          <li key={health} data-health-count={health}>
            <strong>{counts[health]}</strong> <HealthMark health={health} />
          </li>
        ))}
    </ul>
  );
}
