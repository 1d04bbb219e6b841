import { Health } from './health';
import type { HealthAssessment } from './health-assessment';
import type { ErrorThresholds, HealthToleranceRule } from './health-tolerance';

/** Inbound traffic over a window; undefined rates mean metrics are unavailable. */
export interface TrafficSample {
  /** Requests per second. */
  requestRate?: number;
  /** 5xx share, 0-100. */
  serverErrorPercent?: number;
  /** 4xx share, 0-100. */
  clientErrorPercent?: number;
}

const format = (percent: number) => `${percent < 1 ? percent.toFixed(2) : percent.toFixed(1)} %`;

function judge(
  percent: number | undefined,
  thresholds: ErrorThresholds,
  what: string,
): HealthAssessment {
  if (percent === undefined || !Number.isFinite(percent))
    return { health: Health.HEALTHY, reasons: [] };
  if (percent >= thresholds.failingAt)
    return {
      health: Health.FAILING,
      reasons: [`${what} ${format(percent)} ≥ ${thresholds.failingAt} %`],
    };
  if (percent >= thresholds.degradedAt)
    return {
      health: Health.DEGRADED,
      reasons: [`${what} ${format(percent)} ≥ ${thresholds.degradedAt} %`],
    };
  return { health: Health.HEALTHY, reasons: [] };
}

/**
 * Traffic health under a tolerance: UNKNOWN without metrics, IDLE without requests, else the worse
 * of the 5xx and 4xx judgements.
 */
export function trafficHealth(
  sample: TrafficSample,
  tolerance: HealthToleranceRule,
): HealthAssessment {
  if (sample.requestRate === undefined)
    return { health: Health.UNKNOWN, reasons: ['no traffic metrics'] };
  if (sample.requestRate <= 0) return { health: Health.IDLE, reasons: [] };
  const server = judge(sample.serverErrorPercent, tolerance.serverErrors, '5xx');
  const client = judge(sample.clientErrorPercent, tolerance.clientErrors, '4xx');
  const order = [Health.HEALTHY, Health.DEGRADED, Health.FAILING];
  const worst = order.indexOf(server.health) >= order.indexOf(client.health) ? server : client;
  return { health: worst.health, reasons: [...server.reasons, ...client.reasons] };
}
