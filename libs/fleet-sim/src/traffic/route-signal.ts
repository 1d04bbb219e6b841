import type { TrafficRoute } from './traffic-route';

const TAU = 2 * Math.PI;
/** Log-normal spread of latencies: p99 ≈ 4× the median. */
export const LATENCY_SIGMA = 0.6;

/** The route's quantities during second `k` since the model's epoch. */
export interface RouteSecond {
  rate: number;
  serverErrors: number;
  clientErrors: number;
  latencyMs: number;
}

/** Deterministic in (route, k): no clock and no state, so every reader sees the same traffic. */
export function routeSecond(route: TrafficRoute, k: number): RouteSecond {
  const d = route.drift;
  const rate =
    route.baseRate *
    (1 + 0.25 * Math.sin((TAU * k) / d.ratePeriod + d.ratePhase)) *
    (1 + 0.08 * Math.sin((TAU * k) / d.burstPeriod + d.burstPhase));
  const errorSwing = 1 + 0.5 * Math.sin((TAU * k) / d.errorPeriod + d.errorPhase);
  return {
    rate,
    serverErrors: Math.min(0.9, route.baseServerErrors * errorSwing),
    clientErrors: Math.min(0.5, route.baseClientErrors * errorSwing),
    latencyMs:
      route.baseLatencyMs * (1 + 0.2 * Math.sin((TAU * k) / d.latencyPeriod + d.latencyPhase)),
  };
}

/** Share of requests at or below `le` ms for a log-normal with median `medianMs`. */
export function latencyShareBelow(le: number, medianMs: number): number {
  if (!Number.isFinite(le)) return 1;
  if (le <= 0) return 0;
  return normalCdf(Math.log(le / medianMs) / LATENCY_SIGMA);
}

/** The q-quantile (0-1) of that log-normal. */
export function latencyQuantile(q: number, medianMs: number): number {
  return medianMs * Math.exp(LATENCY_SIGMA * normalQuantile(q));
}

function normalCdf(x: number): number {
  // Abramowitz-Stegun 7.1.26; error below 1.5e-7, far finer than any histogram bucket.
  const t = 1 / (1 + 0.3275911 * Math.abs(x / Math.SQRT2));
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

function normalQuantile(p: number): number {
  // Bisection on the CDF: called rarely (expected values in tests), so simplicity wins.
  let lo = -8;
  let hi = 8;
  for (let i = 0; i < 60; i += 1) {
    const mid = (lo + hi) / 2;
    if (normalCdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
