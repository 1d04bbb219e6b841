import type { RouteWindowStats, TrafficModel } from '@meshwork/fleet-sim';
import type { Service } from '@meshwork/model';
import type { FleetView } from '../../topology/graph/fleet-view';
import type { TrafficMetricsSource } from '../traffic-metrics-source';
import {
  SERIES_UNITS,
  type EdgeSample,
  type ServiceSeries,
  type ServiceSeriesResult,
  type TrafficSnapshot,
} from '../traffic-snapshot';
import { fleetInventory } from './fleet-inventory';

export interface SimulatedSourceOptions {
  seed?: string;
  /** When simulated traffic began; default an hour before the source was made, so there is history. */
  epochMs?: number;
  now?: () => number;
}

/**
 * Traffic for the demo fleet, read straight from the traffic model built over the discovered fleet
 * (no Prometheus in between). Rebuilt when the fleet changes, with the same seed and epoch, so the
 * numbers continue where they were.
 */
export class SimulatedMetricsSource implements TrafficMetricsSource {
  readonly name = 'simulated';
  private model?: { revision: number; model: TrafficModel };
  private readonly epochMs: number;
  private readonly now: () => number;

  constructor(
    private readonly fleet: FleetView,
    private readonly options: SimulatedSourceOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.epochMs = options.epochMs ?? this.now() - 3_600_000;
  }

  async edges(windowSeconds: number): Promise<TrafficSnapshot> {
    const stats = (await this.current()).windowStats(windowSeconds, this.now());
    return {
      available: true,
      source: this.name,
      edges: stats.flatMap(toSamples),
      windowSeconds,
      fetchedAt: new Date(this.now()),
    };
  }

  async serviceSeries(
    service: Service,
    windowSeconds: number,
    stepSeconds: number,
  ): Promise<ServiceSeriesResult> {
    const model = await this.current();
    const end = this.now();
    const names = [
      'requestRate',
      'errorRate',
      'p50LatencyMs',
      'p95LatencyMs',
      'p99LatencyMs',
    ] as const;
    const series: ServiceSeries[] = names.map((name) => ({
      name,
      unit: SERIES_UNITS[name],
      points: [],
    }));
    for (let t = end - windowSeconds * 1000; t <= end; t += stepSeconds * 1000) {
      const inbound = model
        .windowStats(stepSeconds, t)
        .filter(
          (s) =>
            s.route.destCluster === service.cluster &&
            s.route.destService.namespace === service.namespace &&
            s.route.destService.name === service.name,
        );
      const rate = inbound.reduce((sum, s) => sum + s.requestRate, 0);
      const weighted = (pick: (s: RouteWindowStats) => number) =>
        rate > 0 ? inbound.reduce((sum, s) => sum + pick(s) * s.requestRate, 0) / rate : 0;
      const values = [
        rate,
        weighted((s) => s.errorRate),
        weighted((s) => s.p50LatencyMs),
        weighted((s) => s.p95LatencyMs),
        weighted((s) => s.p99LatencyMs),
      ];
      values.forEach((v, i) => series[i]!.points.push({ t: new Date(t), v }));
    }
    return { available: true, series };
  }

  private async current(): Promise<TrafficModel> {
    if (this.model?.revision !== this.fleet.revision) {
      // The traffic model lives in fleet-sim, loaded only when simulated traffic is asked for: a hub
      // on real clusters never loads the simulator (~300 modules).
      const { TrafficModel: Model } = await import('./traffic-model');
      this.model = {
        revision: this.fleet.revision,
        model: new Model(fleetInventory(this.fleet), {
          seed: this.options.seed,
          epochMs: this.epochMs,
          now: this.now,
        }),
      };
    }
    return this.model.model;
  }
}

function toSamples(stats: RouteWindowStats): EdgeSample[] {
  const r = stats.route;
  return r.targets.map((target) => {
    const rate = stats.requestRate * target.share;
    return {
      key: {
        source: {
          cluster: r.sourceCluster,
          namespace: r.source.namespace,
          workload: r.source.name,
          workloadKind: r.source.kind,
          service: r.sourceService,
        },
        target: {
          cluster: r.destCluster,
          namespace: r.destService.namespace,
          service: r.destService.name,
          workload: target.workload?.name,
          workloadKind: target.workload?.kind,
        },
        protocol: r.protocol,
      },
      requestRate: rate,
      serverErrorRate: (rate * stats.errorRate) / 100,
      clientErrorRate: (rate * stats.clientErrorRate) / 100,
      mtlsRate: r.mtls ? rate : 0,
      mtlsTotalRate: rate,
      p50LatencyMs: stats.p50LatencyMs,
      p95LatencyMs: stats.p95LatencyMs,
      p99LatencyMs: stats.p99LatencyMs,
    };
  });
}
