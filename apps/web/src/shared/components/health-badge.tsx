import { type ControlPlaneHealth } from '../../graphql/generated/graphql';
import { controlPlaneHealthTone } from '../format/control-plane-health';
import { StateBadge } from './state-badge';

/** A control plane's health: HEALTHY, DEGRADED, DOWN or UNKNOWN, with icon and colour. */
export function HealthBadge({ health, title }: { health: ControlPlaneHealth; title?: string }) {
  return (
    <StateBadge tone={controlPlaneHealthTone(health)} state={health} title={title}>
      {health}
    </StateBadge>
  );
}
