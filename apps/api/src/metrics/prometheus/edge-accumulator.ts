import type { TrafficEdgeKey, TrafficStat } from '@meshwork/adapters-core';
import type { EdgeSample } from '../traffic-snapshot';

const FIELD: Record<TrafficStat, keyof Omit<EdgeSample, 'key'>> = {
  requests: 'requestRate',
  serverErrors: 'serverErrorRate',
  clientErrors: 'clientErrorRate',
  mtls: 'mtlsRate',
  mtlsTotal: 'mtlsTotalRate',
  p50: 'p50LatencyMs',
  p95: 'p95LatencyMs',
  p99: 'p99LatencyMs',
};

const QUANTILES = new Set<TrafficStat>(['p50', 'p95', 'p99']);

/** Merges query results into one sample per edge key, whichever cluster's store reported them. */
export class EdgeAccumulator {
  private readonly samples = new Map<string, EdgeSample>();

  add(key: TrafficEdgeKey, stat: TrafficStat, value: number): void {
    // histogram_quantile gives NaN for an edge with no requests in the window.
    if (!Number.isFinite(value)) return;
    const id = JSON.stringify(key);
    let sample = this.samples.get(id);
    if (!sample) {
      sample = { key, requestRate: 0, serverErrorRate: 0, clientErrorRate: 0 };
      this.samples.set(id, sample);
    }
    const field = FIELD[stat];
    const previous = sample[field] ?? 0;
    // Rates of the same key from several series add up; quantiles do not, keep the largest.
    sample[field] = QUANTILES.has(stat) ? Math.max(previous, value) : previous + value;
  }

  /** Edges that carried requests (a series with only mTLS or latency data is not an edge). */
  edges(): EdgeSample[] {
    return [...this.samples.values()].filter((s) => s.requestRate > 0);
  }
}
