import type { MeshAdapter, MeshPromql, PromqlScope } from '@meshwork/adapters-core';
import { tryParseId, type MeshKind, type Service } from '@meshwork/model';
import type { FleetView } from '../../topology/graph/fleet-view';
import type { TrafficMetricsSource } from '../traffic-metrics-source';
import {
  SERIES_UNITS,
  type ServiceSeries,
  type ServiceSeriesResult,
  type TrafficSnapshot,
} from '../traffic-snapshot';
import { EdgeAccumulator } from './edge-accumulator';
import type { InstantSample } from './prometheus-client';
import type { PrometheusEndpoints } from './prometheus-endpoints';
import { QueryCache } from './query-cache';

/**
 * Traffic from Prometheus-compatible stores with each adapter's PromQL: per cluster, every mesh kind
 * running there gets its edge queries, sent together; results are cached for a short while. A cluster
 * whose store fails is named in the error; the others still give edges.
 */
export class PrometheusMetricsSource implements TrafficMetricsSource {
  readonly name: string;
  private readonly promql = new Map<MeshKind, MeshPromql>();
  private readonly cache: QueryCache;

  constructor(
    private readonly fleet: FleetView,
    adapters: readonly MeshAdapter[],
    private readonly endpoints: PrometheusEndpoints,
    cacheMs: number,
  ) {
    this.name = endpoints.describe();
    this.cache = new QueryCache(cacheMs);
    for (const adapter of adapters)
      for (const [kind, promql] of Object.entries(adapter.promql ?? {}))
        if (promql) this.promql.set(kind as MeshKind, promql);
  }

  async edges(windowSeconds: number): Promise<TrafficSnapshot> {
    const kindsByCluster = new Map<string, Set<MeshKind>>();
    for (const mesh of this.fleet.meshes())
      kindsByCluster.set(
        mesh.cluster,
        (kindsByCluster.get(mesh.cluster) ?? new Set()).add(mesh.kind),
      );
    const accumulator = new EdgeAccumulator();
    const failures: string[] = [];
    let answered = 0;
    await Promise.all(
      [...kindsByCluster].map(async ([cluster, kinds]) => {
        const endpoint = this.endpoints.for(cluster);
        if (!endpoint) {
          failures.push(`${cluster}: no Prometheus configured`);
          return;
        }
        const scope: PromqlScope = { cluster, windowSeconds, clusterLabel: endpoint.clusterLabel };
        const jobs = [...kinds].flatMap((kind) => {
          const promql = this.promql.get(kind);
          return promql ? promql.edgeQueries(scope).map((q) => ({ promql, ...q })) : [];
        });
        try {
          const results = await Promise.all(
            jobs.map((job) =>
              this.cache.get(`${endpoint.client.displayUrl}|${job.expr}`, () =>
                endpoint.client.query(job.expr),
              ),
            ),
          );
          results.forEach((samples: InstantSample[], i) => {
            const job = jobs[i]!;
            for (const sample of samples) {
              const key = job.promql.edgeKey(sample.metric, scope);
              if (key) accumulator.add(key, job.stat, sample.value);
            }
          });
          answered += 1;
        } catch (error) {
          failures.push(`${cluster}: ${(error as Error).message}`);
        }
      }),
    );
    const available = answered > 0 || (kindsByCluster.size === 0 && failures.length === 0);
    return {
      available,
      source: this.name,
      error: failures.length ? `metrics unavailable for ${failures.sort().join('; ')}` : undefined,
      edges: accumulator.edges(),
      windowSeconds,
      fetchedAt: new Date(),
    };
  }

  async serviceSeries(
    service: Service,
    windowSeconds: number,
    stepSeconds: number,
  ): Promise<ServiceSeriesResult> {
    const endpoint = this.endpoints.for(service.cluster);
    if (!endpoint)
      return {
        available: false,
        error: `${service.cluster}: no Prometheus configured`,
        series: [],
      };
    const kind = service.meshes
      .map((id) => this.fleet.meshes().find((m) => m.id === id)?.kind)
      .find((k): k is MeshKind => k !== undefined && this.promql.has(k));
    const promql = kind && this.promql.get(kind);
    if (!promql)
      return { available: false, error: 'the service is in no mesh with metrics', series: [] };
    const scope: PromqlScope = {
      cluster: service.cluster,
      // rate() needs a few scrapes per step; 60 s covers the usual 15-30 s scrape interval.
      windowSeconds: Math.max(60, 2 * stepSeconds),
      clusterLabel: endpoint.clusterLabel,
    };
    const workloads = service.workloads.flatMap((id) => tryParseId(id)?.name ?? []);
    const queries = promql.serviceQueries(
      { namespace: service.namespace, name: service.name, workloads },
      scope,
    );
    const end = new Date();
    const start = new Date(end.getTime() - windowSeconds * 1000);
    try {
      const series: ServiceSeries[] = await Promise.all(
        queries.map(async (q) => {
          const [first] = await endpoint.client.queryRange(q.expr, start, end, stepSeconds);
          return {
            name: q.name,
            unit: SERIES_UNITS[q.name],
            points: (first?.points ?? [])
              .filter((p) => Number.isFinite(p.v))
              .map((p) => ({ t: new Date(p.t), v: p.v })),
          };
        }),
      );
      return { available: true, series };
    } catch (error) {
      return {
        available: false,
        error: `${service.cluster}: ${(error as Error).message}`,
        series: [],
      };
    }
  }
}
