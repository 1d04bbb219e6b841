import { ControlPlaneHealth, type Replicas } from './mesh';

export function healthFromReplicas(replicas: Replicas): ControlPlaneHealth {
  if (replicas.desired <= 0 || replicas.ready <= 0) return ControlPlaneHealth.DOWN;
  return replicas.ready >= replicas.desired
    ? ControlPlaneHealth.HEALTHY
    : ControlPlaneHealth.DEGRADED;
}

const SEVERITY: Record<ControlPlaneHealth, number> = {
  [ControlPlaneHealth.HEALTHY]: 0,
  [ControlPlaneHealth.UNKNOWN]: 1,
  [ControlPlaneHealth.DEGRADED]: 2,
  [ControlPlaneHealth.DOWN]: 3,
};

/** Worst of several healths; an empty list is UNKNOWN. */
export function worstHealth(healths: readonly ControlPlaneHealth[]): ControlPlaneHealth {
  let worst: ControlPlaneHealth | undefined;
  for (const health of healths) {
    if (worst === undefined || SEVERITY[health] > SEVERITY[worst]) worst = health;
  }
  return worst ?? ControlPlaneHealth.UNKNOWN;
}
