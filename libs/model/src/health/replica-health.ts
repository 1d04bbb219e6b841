import { Health } from './health';
import type { HealthAssessment } from './health-assessment';

/** Pod readiness: every desired replica ready is HEALTHY, some DEGRADED, none FAILING. */
export function replicaHealth(replicas: { desired: number; ready: number }): HealthAssessment {
  const { desired, ready } = replicas;
  if (desired <= 0) return { health: Health.IDLE, reasons: [] };
  if (ready <= 0) return { health: Health.FAILING, reasons: [`0/${desired} pods ready`] };
  if (ready < desired)
    return { health: Health.DEGRADED, reasons: [`${ready}/${desired} pods ready`] };
  return { health: Health.HEALTHY, reasons: [] };
}
