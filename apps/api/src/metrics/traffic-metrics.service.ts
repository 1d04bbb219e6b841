import { Inject, Injectable } from '@nestjs/common';
import type { MeshAdapter } from '@meshwork/adapters-core';
import type { Service } from '@meshwork/model';
import type { Logger } from 'pino';
import type { ClusterTarget } from '../clusters/cluster-target';
import { CLUSTER_TARGETS } from '../clusters/clusters.tokens';
import { MESHWORK_CONFIG } from '../config/config.tokens';
import type { MeshworkConfig } from '../config/meshwork-config';
import { FleetState } from '../discovery/fleet-state.service';
import { MESH_ADAPTERS } from '../discovery/mesh-adapters.token';
import { LOGGER } from '../logging/logging.tokens';
import { NoMetricsSource } from './none-metrics-source';
import { PrometheusEndpoints } from './prometheus/prometheus-endpoints';
import { PrometheusMetricsSource } from './prometheus/prometheus-metrics-source';
import { SimulatedMetricsSource } from './simulated/simulated-metrics-source';
import type { TrafficMetricsSource } from './traffic-metrics-source';
import type { ServiceSeriesResult, TrafficSnapshot } from './traffic-snapshot';

/** Picks the metrics source from config; `auto`: Prometheus if configured, simulated for the demo. */
export function chooseMetricsSource(
  config: MeshworkConfig,
  targets: readonly ClusterTarget[],
  fleet: FleetState,
  adapters: readonly MeshAdapter[],
): TrafficMetricsSource {
  const endpoints = new PrometheusEndpoints(config);
  const prometheus = () =>
    new PrometheusMetricsSource(fleet, adapters, endpoints, config.metricsCacheMs);
  switch (config.metricsSource) {
    case 'prometheus':
      return endpoints.configured ? prometheus() : new NoMetricsSource();
    case 'simulated':
      return new SimulatedMetricsSource(fleet);
    case 'none':
      return new NoMetricsSource();
    case 'auto':
      if (endpoints.configured) return prometheus();
      if (targets.length > 0 && targets.every((t) => t.source === 'DEMO'))
        return new SimulatedMetricsSource(fleet);
      return new NoMetricsSource();
  }
}

/**
 * Traffic snapshots for the topology: one per window, reused for `metricsCacheMs` so that the
 * topology cache (keyed by snapshot) stays warm between refreshes.
 */
@Injectable()
export class TrafficMetricsService {
  private readonly source: TrafficMetricsSource;
  private readonly snapshots = new Map<
    number,
    { expires: number; snapshot: Promise<TrafficSnapshot> }
  >();

  constructor(
    @Inject(MESHWORK_CONFIG) private readonly config: MeshworkConfig,
    @Inject(CLUSTER_TARGETS) targets: ClusterTarget[],
    @Inject(MESH_ADAPTERS) adapters: MeshAdapter[],
    @Inject(LOGGER) logger: Logger,
    fleet: FleetState,
  ) {
    this.source = chooseMetricsSource(config, targets, fleet, adapters);
    logger.info({ metricsSource: this.source.name }, 'traffic metrics source chosen');
  }

  get sourceName(): string {
    return this.source.name;
  }

  snapshot(windowSeconds: number): Promise<TrafficSnapshot> {
    const now = Date.now();
    const cached = this.snapshots.get(windowSeconds);
    if (cached && cached.expires > now) return cached.snapshot;
    const snapshot = this.source.edges(windowSeconds);
    this.snapshots.set(windowSeconds, { expires: now + this.config.metricsCacheMs, snapshot });
    return snapshot;
  }

  serviceSeries(service: Service, windowSeconds: number): Promise<ServiceSeriesResult> {
    // About 120 points whatever the window; never finer than 10 s.
    const step = Math.max(10, Math.round(windowSeconds / 120));
    return this.source.serviceSeries(service, windowSeconds, step);
  }
}
