import type { Service } from '@meshwork/model';
import type { ServiceSeriesResult, TrafficSnapshot } from './traffic-snapshot';

/**
 * Port for traffic metrics (Prometheus HTTP API, Thanos/Mimir, or the simulated traffic model).
 * Never throws for an unreachable store: failures come back as `available: false` and an error.
 */
export interface TrafficMetricsSource {
  /** `prometheus:<url>`, `simulated` or `none`. */
  readonly name: string;
  edges(windowSeconds: number): Promise<TrafficSnapshot>;
  serviceSeries(
    service: Service,
    windowSeconds: number,
    stepSeconds: number,
  ): Promise<ServiceSeriesResult>;
}
