import { type TopologyEdgeData } from '../graphql/topology-data';
import { formatLatency, formatPercent, formatRate } from './format-metric';
import { type HealthTone } from './health-tone';

/** The numbers of one drawn edge: a real edge, or the sum of the edges between two boxes. */
export interface EdgeMetrics {
  requestRate: number;
  /** Share of 5xx in percent, weighted by rate. */
  errorRate: number;
  /** The worst p95 of the edges behind it. */
  p95LatencyMs: number | null;
  /** The lowest mTLS share of the edges behind it. */
  mtlsPercent: number | null;
  crossCluster: boolean;
  highlighted: boolean;
  /** How many real edges it stands for. */
  count: number;
}

// Kiali's default tolerance for failure; below it any 5xx share worth a glance is "degraded".
const failingErrorPercent = 10;
const degradedErrorPercent = 0.1;

export function edgeTone(errorRate: number, requestRate: number): HealthTone {
  if (requestRate === 0) return 'idle';
  if (errorRate >= failingErrorPercent) return 'failing';
  if (errorRate >= degradedErrorPercent) return 'degraded';
  return 'ok';
}

export function metricsOfEdge(edge: TopologyEdgeData): EdgeMetrics {
  return {
    requestRate: edge.requestRate,
    errorRate: edge.errorRate,
    p95LatencyMs: edge.p95LatencyMs,
    mtlsPercent: edge.mtlsPercent,
    crossCluster: edge.crossCluster,
    highlighted: edge.highlighted,
    count: 1,
  };
}

/** Adds one more real edge into an aggregate, in place. */
export function addEdgeMetrics(total: EdgeMetrics, edge: TopologyEdgeData): void {
  const rate = total.requestRate + edge.requestRate;
  total.errorRate =
    rate === 0
      ? Math.max(total.errorRate, edge.errorRate)
      : (total.errorRate * total.requestRate + edge.errorRate * edge.requestRate) / rate;
  total.requestRate = rate;
  if (edge.p95LatencyMs !== null) {
    total.p95LatencyMs = Math.max(total.p95LatencyMs ?? 0, edge.p95LatencyMs);
  }
  if (edge.mtlsPercent !== null) {
    total.mtlsPercent = Math.min(total.mtlsPercent ?? 100, edge.mtlsPercent);
  }
  total.crossCluster ||= edge.crossCluster;
  total.highlighted ||= edge.highlighted;
  total.count += 1;
}

/** mTLS for every request: the edge gets the lock marker. */
export function isFullyMutualTls(mtlsPercent: number | null): boolean {
  return mtlsPercent !== null && mtlsPercent >= 100;
}

/** The three labels an edge can show, with the lock marker in front when all traffic is mTLS. */
export function edgeLabels(metrics: EdgeMetrics): { rate: string; errors: string; p95: string } {
  // U+26B7 is drawn as a key in common fonts (DejaVu, Segoe UI Symbol, Apple Symbols); the emoji
  // lock is missing on many Linux machines and would show as an empty box.
  const lock = isFullyMutualTls(metrics.mtlsPercent) ? '\u26b7 ' : '';
  return {
    rate: lock + formatRate(metrics.requestRate),
    errors: lock + formatPercent(metrics.errorRate),
    p95: lock + formatLatency(metrics.p95LatencyMs),
  };
}
