/**
 * Health of a workload, service, app, mesh or cluster: the worst of pod readiness and traffic health.
 * Ordered by severity in `HEALTH_SEVERITY`; IDLE (no traffic in the window) is not a problem.
 */
export enum Health {
  HEALTHY = 'HEALTHY',
  DEGRADED = 'DEGRADED',
  FAILING = 'FAILING',
  /** Ready, but no request in the window: nothing to judge traffic health on. */
  IDLE = 'IDLE',
  /** Nothing known: no replicas desired and no traffic, or the inputs are missing. */
  UNKNOWN = 'UNKNOWN',
}

/** Severity for "worst of": FAILING beats DEGRADED beats UNKNOWN beats HEALTHY beats IDLE. */
export const HEALTH_SEVERITY: Readonly<Record<Health, number>> = {
  [Health.IDLE]: 0,
  [Health.HEALTHY]: 1,
  [Health.UNKNOWN]: 2,
  [Health.DEGRADED]: 3,
  [Health.FAILING]: 4,
};
