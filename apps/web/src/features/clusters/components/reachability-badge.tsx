import { type Reachability } from '../../../graphql/generated/graphql';
import { ReachabilityIcon } from './reachability-icon';
import './reachability-badge.css';

type HealthTone = 'ok' | 'unknown' | 'failing' | 'degraded';

function toneOf(reachability: Reachability): HealthTone {
  switch (reachability) {
    case 'REACHABLE':
      return 'ok';
    case 'PENDING':
      return 'unknown';
    case 'UNREACHABLE':
      return 'failing';
    case 'UNAUTHORIZED':
      return 'degraded';
  }
}

/** The reachability word with an icon, coloured by state; the word is what tests and people read. */
export function ReachabilityBadge({ reachability }: { reachability: Reachability }) {
  return (
    <span
      className={`reachability-badge tone-${toneOf(reachability)}`}
      data-reachability={reachability}
    >
      <ReachabilityIcon reachability={reachability} />
      {reachability}
    </span>
  );
}
