import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  FLEET_CLUSTERS,
  FleetSim,
  readScenario,
  scenarioFleet,
  TrafficMetricsServer,
  TrafficModel,
  type RouteWindowStats,
} from '@meshwork/fleet-sim';
import { makeId } from '@meshwork/model';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { FleetState } from '../../apps/api/src/discovery/fleet-state.service';
import { eventually, startHubInProcess, type InProcessHub } from '../support/hub-in-process';
import { PROMETHEUS_BINARY, PrometheusServer, prometheusInstalled } from '../support/prometheus';

/** Seconds of traffic the topology looks at; Prometheus scrapes every second. */
const WINDOW = 30;
/** Relative tolerance on request rates (rate() extrapolation, counters floored, 1 s scrape lag). */
const RATE_TOLERANCE = 0.15;
/** Absolute tolerance on 5xx shares, in percentage points (a few requests of noise on small edges). */
const ERROR_TOLERANCE_PP = 1.5;

interface Edge {
  source: string;
  target: string;
  requestRate: number;
  errorRate: number;
  mtlsPercent: number | null;
  crossCluster: boolean;
}
interface Topology {
  metricsAvailable: boolean;
  metricsSource: string;
  metricsError: string | null;
  nodes: Array<{ id: string }>;
  edges: Edge[];
}
const QUERY = `query($g: TopologyGranularity, $w: Int) { topology(filter: { granularity: $g }, window: $w) {
  metricsAvailable metricsSource metricsError nodes { id } edges { source target requestRate errorRate mtlsPercent crossCluster } } }`;

// Debian's /usr/bin/prometheus is installed by .ci/run; without it this suite cannot run at all.
const describeWithPrometheus = prometheusInstalled() ? describe : describe.skip;
if (!prometheusInstalled())
  console.warn(
    `topology-prometheus: skipped, ${PROMETHEUS_BINARY} is missing (apt-get install prometheus)`,
  );

describeWithPrometheus('topology from a real Prometheus scraping the traffic model', () => {
  let sim: FleetSim;
  let traffic: TrafficMetricsServer;
  let prometheus: PrometheusServer;
  let hub: InProcessHub;
  let model: TrafficModel;

  beforeAll(async () => {
    sim = await FleetSim.start({ clusters: await scenarioFleet() });
    const kubeconfig = join(mkdtempSync(join(tmpdir(), 'meshwork-topology-')), 'kubeconfig');
    await sim.writeKubeconfig(kubeconfig);
    model = TrafficModel.fromObjects(
      FLEET_CLUSTERS.map((c) => ({
        name: c.cluster,
        mesh: c.mesh,
        objects: readScenario(c.scenario),
      })),
      { seed: 'integration' },
    );
    traffic = await TrafficMetricsServer.start(model);
    prometheus = await PrometheusServer.start(
      model.clusterNames().map((cluster) => ({
        job: cluster,
        target: traffic.target,
        metricsPath: traffic.metricsPath(cluster),
        labels: { cluster },
      })),
    );
    // One store for every cluster, told apart by the `cluster` label (as with Thanos or Mimir).
    hub = await startHubInProcess(kubeconfig, {
      prometheusUrl: prometheus.url,
      prometheusClusterLabel: 'cluster',
      metricsCacheMs: 500,
      prometheusTimeoutMs: 2_000,
      topologyRefreshSeconds: 1,
    });
    await eventually(
      async () => {
        const { fleet } = await hub.graphql<{ fleet: { clustersSynced: number } }>(
          '{ fleet { clustersSynced } }',
        );
        return fleet.clustersSynced === FLEET_CLUSTERS.length ? true : undefined;
      },
      60_000,
      'discovery of the five clusters',
    );
    await eventually(
      async () => ((await prometheus.seriesCount('up == 1')) === 5 ? true : undefined),
      20_000,
      'the first scrapes',
    );
    // rate() over the window needs the whole window scraped: with samples over only part of it,
    // rate() extrapolates half a scrape interval past them and reports a proportionally lower
    // rate. So wait until every target answered (nearly) every scrape of the last window, rather
    // than a fixed time, which a loaded machine can spend with scrapes timing out.
    await eventually(
      async () =>
        (await prometheus.seriesCount(
          `sum_over_time(up[${WINDOW}s]) >= ${WINDOW - 2} and up == 1`,
        )) === 5
          ? true
          : undefined,
      (3 * WINDOW + 30) * 1000,
      `a scraped window of ${WINDOW} s on every target`,
    );
  }, 240_000);

  afterAll(async () => {
    await hub?.stop();
    await prometheus?.dispose();
    await traffic?.stop();
    await sim?.stop();
  });

  /** The model's routes as the hub draws them: callers by their service (else workload), callees by service. */
  function expectedServiceEdges(
    stats: RouteWindowStats[],
  ): Map<string, { rate: number; errors: number; mtls: boolean; cross: boolean }> {
    const fleet = hub.app.get(FleetState);
    const expected = new Map<
      string,
      { rate: number; errors: number; mtls: boolean; cross: boolean }
    >();
    for (const s of stats) {
      const r = s.route;
      if (r.sourceMesh === 'osm') continue; // OSM names callees by workload: compared below
      const caller = fleet
        .workloads()
        .find(
          (w) =>
            w.cluster === r.sourceCluster &&
            w.namespace === r.source.namespace &&
            w.name === r.source.name,
        );
      if (!caller) continue;
      const source = caller.services[0] ?? caller.id;
      const target = makeId({
        cluster: r.destCluster,
        namespace: r.destService.namespace,
        kind: 'Service',
        name: r.destService.name,
      });
      const id = `${source}>${target}`;
      const sum = expected.get(id) ?? {
        rate: 0,
        errors: 0,
        mtls: r.mtls,
        cross: r.sourceCluster !== r.destCluster,
      };
      sum.rate += s.requestRate;
      sum.errors += (s.requestRate * s.errorRate) / 100;
      expected.set(id, sum);
    }
    return expected;
  }

  it('draws every modelled edge, cross-cluster ones included, with rates within 15 % and 5xx within 1.5 points', async () => {
    const [{ topology }, stats] = await Promise.all([
      hub.graphql<{ topology: Topology }>(QUERY, { g: 'SERVICE', w: WINDOW }),
      Promise.resolve(model.windowStats(WINDOW)),
    ]);
    expect(topology.metricsAvailable).toBe(true);
    expect(topology.metricsSource).toBe(`prometheus:${prometheus.url}`);
    expect(topology.metricsError).toBeNull();
    const drawn = new Map(topology.edges.map((e) => [`${e.source}>${e.target}`, e]));
    const expected = expectedServiceEdges(stats);
    expect(expected.size).toBeGreaterThan(10);
    const crossClusters = [...expected.values()].filter((e) => e.cross).length;
    expect(crossClusters).toBeGreaterThanOrEqual(3);
    for (const [id, want] of expected) {
      const got = drawn.get(id);
      expect({ id, drawn: got !== undefined }).toEqual({ id, drawn: true });
      if (!got) continue;
      const rateError = Math.abs(got.requestRate - want.rate) / want.rate;
      expect({
        id,
        got: got.requestRate,
        want: want.rate,
        ok: rateError <= RATE_TOLERANCE,
      }).toEqual({ id, got: got.requestRate, want: want.rate, ok: true });
      expect(Math.abs(got.errorRate - (100 * want.errors) / want.rate)).toBeLessThanOrEqual(
        ERROR_TOLERANCE_PP,
      );
      expect(got.crossCluster).toBe(want.cross);
    }
    // Istio's mTLS share comes from the callee's proxy; every modelled Istio edge has one.
    const istio = [...expected].filter(
      ([id]) => id.startsWith('east/') && drawn.get(id)?.mtlsPercent !== null,
    );
    for (const [id, want] of istio)
      expect(drawn.get(id)!.mtlsPercent).toBeCloseTo(want.mtls ? 100 : 0, 0);
  });

  it('draws OSM edges between workloads at workload granularity', async () => {
    const { topology } = await hub.graphql<{ topology: Topology }>(QUERY, {
      g: 'WORKLOAD',
      w: WINDOW,
    });
    const stats = model.windowStats(WINDOW).filter((s) => s.route.sourceMesh === 'osm');
    const drawn = new Map(topology.edges.map((e) => [`${e.source}>${e.target}`, e]));
    expect(stats.length).toBeGreaterThan(0);
    for (const s of stats)
      for (const t of s.route.targets) {
        const id = `central/${s.route.source.namespace}/Deployment/${s.route.source.name}>central/${t.workload!.namespace}/Deployment/${t.workload!.name}`;
        const got = drawn.get(id);
        expect({ id, drawn: got !== undefined }).toEqual({ id, drawn: true });
        const want = s.requestRate * t.share;
        // Several routes may end on the same workload pair; the drawn rate is at least this route's.
        expect(got!.requestRate).toBeGreaterThanOrEqual(want * (1 - RATE_TOLERANCE));
      }
  });

  it('answers serviceMetrics with range queries', async () => {
    const { serviceMetrics } = await hub.graphql<{
      serviceMetrics: {
        metricsAvailable: boolean;
        series: Array<{ name: string; points: Array<{ v: number }> }>;
      };
    }>(
      '{ serviceMetrics(id: "east/shop/Service/checkout", window: 60) { metricsAvailable series { name points { v } } } }',
    );
    expect(serviceMetrics.metricsAvailable).toBe(true);
    const rate = serviceMetrics.series.find((s) => s.name === 'requestRate')!;
    expect(rate.points.length).toBeGreaterThan(0);
    expect(rate.points.at(-1)!.v).toBeGreaterThan(0);
  });

  it('sends topologyUpdated over graphql-ws at the refresh interval', async () => {
    const client = createClient({
      url: `${hub.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      lazy: true,
    });
    const received: Array<{ at: number; edges: number }> = [];
    try {
      await new Promise<void>((resolve, reject) => {
        const stop = client.subscribe<{ topologyUpdated: { edges: unknown[] } }>(
          { query: `subscription { topologyUpdated(window: ${WINDOW}) { edges { id } } }` },
          {
            next: ({ data }) => {
              received.push({ at: Date.now(), edges: data?.topologyUpdated.edges.length ?? 0 });
              if (received.length === 2) {
                stop();
                resolve();
              }
            },
            error: reject,
            complete: () => resolve(),
          },
        );
      });
    } finally {
      await client.dispose();
    }
    expect(received).toHaveLength(2);
    expect(received.every((r) => r.edges > 10)).toBe(true);
    expect(received[1]!.at - received[0]!.at).toBeGreaterThanOrEqual(500);
  });

  it('still serves the topology, marked without metrics, once Prometheus stops', async () => {
    await prometheus.stop();
    await new Promise((resolve) => setTimeout(resolve, 800)); // past metricsCacheMs
    const { topology } = await hub.graphql<{ topology: Topology }>(QUERY, {
      g: 'SERVICE',
      w: WINDOW,
    });
    expect(topology.nodes.length).toBeGreaterThan(20);
    expect(topology.edges).toEqual([]);
    expect(topology.metricsAvailable).toBe(false);
    expect(topology.metricsError).toMatch(/unreachable|no answer/);
    expect(topology.metricsError).toContain(prometheus.url);
  });
});
