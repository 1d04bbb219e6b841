import type { ServiceSeriesName, TrafficEdgeKey } from '@meshwork/adapters-core';

/** One edge's traffic over a window, at the finest key its mesh reports. Rates in requests/s. */
export interface EdgeSample {
  key: TrafficEdgeKey;
  requestRate: number;
  serverErrorRate: number;
  clientErrorRate: number;
  /** Requests over mTLS and the requests that share was measured on; undefined when unknown. */
  mtlsRate?: number;
  mtlsTotalRate?: number;
  p50LatencyMs?: number;
  p95LatencyMs?: number;
  p99LatencyMs?: number;
}

/** Traffic of the whole fleet over one window; a new object whenever fresh data was read. */
export interface TrafficSnapshot {
  available: boolean;
  /** `prometheus:<url>`, `simulated` or `none`. */
  source: string;
  /** Why metrics are (partly) unavailable; names the clusters and the reason. */
  error?: string;
  edges: EdgeSample[];
  windowSeconds: number;
  fetchedAt: Date;
}

export interface SeriesPoint {
  t: Date;
  v: number;
}

export interface ServiceSeries {
  name: ServiceSeriesName;
  unit: string;
  points: SeriesPoint[];
}

export interface ServiceSeriesResult {
  available: boolean;
  error?: string;
  series: ServiceSeries[];
}

export const SERIES_UNITS: Readonly<Record<ServiceSeriesName, string>> = {
  requestRate: 'req/s',
  errorRate: '%',
  p50LatencyMs: 'ms',
  p95LatencyMs: 'ms',
  p99LatencyMs: 'ms',
};
