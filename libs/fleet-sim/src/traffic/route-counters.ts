import { latencyShareBelow, LATENCY_SIGMA, routeSecond } from './route-signal';
import type { TrafficRoute } from './traffic-route';

export type CodeClass = '2xx' | '4xx' | '5xx';
export const CODE_CLASSES: readonly CodeClass[] = ['2xx', '4xx', '5xx'];
/** The status code the model answers with for each class. */
export const STATUS_CODE: Readonly<Record<CodeClass, string>> = {
  '2xx': '200',
  '4xx': '404',
  '5xx': '503',
};

/** Every bucket bound (ms) any rendered histogram uses: Istio/Envoy defaults and Linkerd's. */
export const LATENCY_BOUNDS: readonly number[] = [
  ...new Set([
    0.5, 1, 2, 3, 4, 5, 10, 20, 25, 30, 40, 50, 100, 200, 250, 300, 400, 500, 1000, 2000, 2500,
    3000, 4000, 5000, 10000, 20000, 30000, 40000, 50000, 60000, 300000, 600000, 1800000, 3600000,
  ]),
].sort((a, b) => a - b);

/** Cumulative totals for one (route, target workload, code class): what a proxy's counters hold. */
export interface CodeCounters {
  count: number;
  sumMs: number;
  /** Cumulative count at or below each of LATENCY_BOUNDS. */
  buckets: Float64Array;
}

/**
 * Counters of one route since the model's epoch, advanced one whole second at a time so they only
 * grow, and are the same whenever (and however often) they are read.
 */
export class RouteCounters {
  private second = 0;
  readonly targets: Array<Record<CodeClass, CodeCounters>>;

  constructor(readonly route: TrafficRoute) {
    this.targets = route.targets.map(() => ({
      '2xx': emptyCounters(),
      '4xx': emptyCounters(),
      '5xx': emptyCounters(),
    }));
  }

  /** Adds every whole second before `second` not yet counted. */
  advanceTo(second: number): void {
    for (; this.second < second; this.second += 1) {
      const now = routeSecond(this.route, this.second);
      const shares: Record<CodeClass, number> = {
        '2xx': 1 - now.serverErrors - now.clientErrors,
        '4xx': now.clientErrors,
        '5xx': now.serverErrors,
      };
      const meanMs = now.latencyMs * Math.exp((LATENCY_SIGMA * LATENCY_SIGMA) / 2);
      const below = LATENCY_BOUNDS.map((le) => latencyShareBelow(le, now.latencyMs));
      this.route.targets.forEach((target, t) => {
        for (const code of CODE_CLASSES) {
          const requests = now.rate * target.share * shares[code];
          const counters = this.targets[t]![code];
          counters.count += requests;
          counters.sumMs += requests * meanMs;
          for (let b = 0; b < below.length; b += 1) counters.buckets[b]! += requests * below[b]!;
        }
      });
    }
  }
}

function emptyCounters(): CodeCounters {
  return { count: 0, sumMs: 0, buckets: new Float64Array(LATENCY_BOUNDS.length) };
}
