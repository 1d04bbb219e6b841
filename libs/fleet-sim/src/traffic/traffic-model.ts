import { ExpositionWriter } from './exposition-writer';
import { inferRoutes } from './infer-routes';
import { inventoryFromObjects, type InventoryClusterSpec } from './inventory-from-objects';
import { renderConsulMetrics } from './render/consul-metrics';
import { renderIstioMetrics } from './render/istio-metrics';
import { renderLinkerdMetrics } from './render/linkerd-metrics';
import { renderOsmMetrics } from './render/osm-metrics';
import type { MeshRenderer } from './render/render-context';
import { RouteCounters } from './route-counters';
import { latencyQuantile, routeSecond } from './route-signal';
import type { InventoryCluster, TrafficMesh } from './traffic-inventory';
import type { TrafficRoute } from './traffic-route';

const RENDERERS: Record<TrafficMesh, MeshRenderer> = {
  istio: renderIstioMetrics,
  linkerd: renderLinkerdMetrics,
  consul: renderConsulMetrics,
  osm: renderOsmMetrics,
};

export interface TrafficModelOptions {
  /** Same seed, same inventory: same routes and the same numbers at the same second. Default `meshwork`. */
  seed?: string;
  /** When counters start (ms since 1970). Default: now. */
  epochMs?: number;
  /** The clock; tests pass a fake one. */
  now?: () => number;
}

/** What a route carried over a window, as the model knows it (the truth Prometheus should approach). */
export interface RouteWindowStats {
  route: TrafficRoute;
  /** Requests per second, averaged over the window. */
  requestRate: number;
  /** 5xx share, 0-100. */
  errorRate: number;
  /** 4xx share, 0-100. */
  clientErrorRate: number;
  p50LatencyMs: number;
  p95LatencyMs: number;
  p99LatencyMs: number;
  /** 100 when the route uses mTLS, else 0. */
  mtlsPercent: number;
}

/**
 * Simulated traffic for a fleet: a request graph between workloads and services (cross-cluster calls
 * included) whose rates, error shares and latencies drift deterministically, exported per cluster as
 * that cluster's mesh exports it (Istio, Linkerd, Consul/Envoy, OSM), with counters that only grow.
 */
export class TrafficModel {
  readonly routes: readonly TrafficRoute[];
  readonly epochMs: number;
  private readonly now: () => number;
  private readonly counters: RouteCounters[];
  private readonly meshes: Map<string, TrafficMesh>;
  private readonly trustDomains: Map<string, string>;
  /** Last text per cluster: a second's counters never change, so its text is built once. */
  private readonly rendered = new Map<string, { second: number; text: string }>();

  constructor(
    readonly clusters: readonly InventoryCluster[],
    options: TrafficModelOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.epochMs = options.epochMs ?? this.now();
    this.routes = inferRoutes(clusters, options.seed ?? 'meshwork');
    this.counters = this.routes.map((r) => new RouteCounters(r));
    this.meshes = new Map(clusters.map((c) => [c.name, c.mesh]));
    this.trustDomains = new Map(clusters.map((c) => [c.name, c.trustDomain]));
  }

  /** A model over clusters given as Kubernetes objects (scenario files, generated fleets). */
  static fromObjects(
    specs: readonly InventoryClusterSpec[],
    options?: TrafficModelOptions,
  ): TrafficModel {
    return new TrafficModel(specs.map(inventoryFromObjects), options);
  }

  clusterNames(): string[] {
    return this.clusters.map((c) => c.name);
  }

  /**
   * One cluster's metrics in Prometheus text format, counters as of `atMs`. Scrapes within the same
   * second share one text: building it is the costly part, and a scraper that retries after a
   * timeout must not multiply that cost.
   */
  render(cluster: string, atMs: number = this.now()): string {
    const mesh = this.meshes.get(cluster);
    if (!mesh) throw new Error(`traffic model: no cluster "${cluster}"`);
    const second = this.secondAt(atMs);
    const last = this.rendered.get(cluster);
    if (last?.second === second) return last.text;
    const outbound: RouteCounters[] = [];
    const inbound: RouteCounters[] = [];
    for (const counters of this.counters) {
      const { sourceCluster, destCluster } = counters.route;
      if (sourceCluster !== cluster && destCluster !== cluster) continue;
      counters.advanceTo(second);
      if (sourceCluster === cluster) outbound.push(counters);
      if (destCluster === cluster) inbound.push(counters);
    }
    const out = new ExpositionWriter();
    RENDERERS[mesh]({ cluster, trustDomains: this.trustDomains, outbound, inbound, out });
    const text = out.text();
    this.rendered.set(cluster, { second, text });
    return text;
  }

  /** Every route's averages over the `windowSeconds` whole seconds before `atMs`. */
  windowStats(windowSeconds: number, atMs: number = this.now()): RouteWindowStats[] {
    const end = this.secondAt(atMs);
    const start = Math.max(0, end - Math.max(1, Math.round(windowSeconds)));
    return this.routes.map((route) => {
      let requests = 0;
      let serverErrors = 0;
      let clientErrors = 0;
      let weightedLatency = 0;
      for (let k = start; k < end; k += 1) {
        const s = routeSecond(route, k);
        requests += s.rate;
        serverErrors += s.rate * s.serverErrors;
        clientErrors += s.rate * s.clientErrors;
        weightedLatency += s.rate * s.latencyMs;
      }
      const seconds = Math.max(1, end - start);
      const median = requests > 0 ? weightedLatency / requests : route.baseLatencyMs;
      return {
        route,
        requestRate: requests / seconds,
        errorRate: requests > 0 ? (100 * serverErrors) / requests : 0,
        clientErrorRate: requests > 0 ? (100 * clientErrors) / requests : 0,
        p50LatencyMs: latencyQuantile(0.5, median),
        p95LatencyMs: latencyQuantile(0.95, median),
        p99LatencyMs: latencyQuantile(0.99, median),
        mtlsPercent: route.mtls ? 100 : 0,
      };
    });
  }

  private secondAt(atMs: number): number {
    return Math.max(0, Math.floor((atMs - this.epochMs) / 1000));
  }
}
