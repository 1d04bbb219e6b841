import type { TrafficMetricsSource } from './traffic-metrics-source';
import type { ServiceSeriesResult, TrafficSnapshot } from './traffic-snapshot';

const REASON = 'no metrics source configured (set MESHWORK_PROMETHEUS_URL)';

/** When nothing is configured: the topology still has its nodes, and says why there are no edges. */
export class NoMetricsSource implements TrafficMetricsSource {
  readonly name = 'none';

  edges(windowSeconds: number): Promise<TrafficSnapshot> {
    return Promise.resolve({
      available: false,
      source: this.name,
      error: REASON,
      edges: [],
      windowSeconds,
      fetchedAt: new Date(0),
    });
  }

  serviceSeries(): Promise<ServiceSeriesResult> {
    return Promise.resolve({ available: false, error: REASON, series: [] });
  }
}
