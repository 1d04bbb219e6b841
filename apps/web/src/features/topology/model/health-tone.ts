import { type Health } from '../graphql/topology-data';

/** How a health state is drawn: a colour family and an icon shape, so colour never stands alone. */
export type HealthTone = 'ok' | 'degraded' | 'failing' | 'idle' | 'unknown';

export function healthTone(health: Health): HealthTone {
  switch (health) {
    case 'HEALTHY':
      return 'ok';
    case 'DEGRADED':
      return 'degraded';
    case 'FAILING':
      return 'failing';
    case 'IDLE':
      return 'idle';
    case 'UNKNOWN':
      return 'unknown';
  }
}

/** Worst first: the order aggregates and lists use to put problems on top. */
export const healthSeverity: Record<Health, number> = {
  FAILING: 4,
  DEGRADED: 3,
  UNKNOWN: 2,
  HEALTHY: 1,
  IDLE: 0,
};

export function worseHealth(a: Health, b: Health): Health {
  return healthSeverity[b] > healthSeverity[a] ? b : a;
}

/** The word shown beside the icon. */
export const healthWord: Record<Health, string> = {
  HEALTHY: 'healthy',
  DEGRADED: 'degraded',
  FAILING: 'failing',
  IDLE: 'idle',
  UNKNOWN: 'unknown',
};
