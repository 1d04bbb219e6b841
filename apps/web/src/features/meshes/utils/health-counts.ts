import { type ControlPlaneHealth } from '../../../graphql/generated/graphql';

export type HealthCounts = Record<ControlPlaneHealth, number>;

/** How many meshes are in each control-plane health state. */
export function countHealth(rows: ReadonlyArray<{ health: ControlPlaneHealth }>): HealthCounts {
  const counts: HealthCounts = { HEALTHY: 0, DEGRADED: 0, DOWN: 0, UNKNOWN: 0 };
  for (const row of rows) counts[row.health] += 1;
  return counts;
}
