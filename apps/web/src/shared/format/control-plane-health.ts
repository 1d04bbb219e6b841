import { type ControlPlaneHealth } from '../../graphql/generated/graphql';
import { type StateTone } from '../components/state-icon';

export function controlPlaneHealthTone(health: ControlPlaneHealth): StateTone {
  switch (health) {
    case 'HEALTHY':
      return 'ok';
    case 'DEGRADED':
      return 'degraded';
    case 'DOWN':
      return 'failing';
    case 'UNKNOWN':
      return 'unknown';
  }
}

/** Lower is worse: the order in which pages list control planes, so problems come first. */
export function controlPlaneHealthSeverity(health: ControlPlaneHealth): number {
  switch (health) {
    case 'DOWN':
      return 0;
    case 'DEGRADED':
      return 1;
    case 'UNKNOWN':
      return 2;
    case 'HEALTHY':
      return 3;
  }
}
