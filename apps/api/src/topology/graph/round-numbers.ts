import type { TopologyGraph } from './topology-graph';

const round = (value: number | undefined, digits: number): number | undefined => {
  if (value === undefined) return undefined;
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
};

/**
 * Rounds rates to 1/1000 req/s and percentages and latencies to 1/100: finer digits are noise
 * (rate() extrapolation) and only make a 30,000-edge answer longer to serialize.
 */
export function roundNumbers(graph: TopologyGraph): void {
  for (const n of graph.nodes) {
    n.requestRate = round(n.requestRate, 3);
    n.errorRate = round(n.errorRate, 2);
  }
  for (const e of graph.edges) {
    e.requestRate = round(e.requestRate, 3)!;
    e.errorRate = round(e.errorRate, 2)!;
    e.p50LatencyMs = round(e.p50LatencyMs, 2);
    e.p95LatencyMs = round(e.p95LatencyMs, 2);
    e.p99LatencyMs = round(e.p99LatencyMs, 2);
  }
}
