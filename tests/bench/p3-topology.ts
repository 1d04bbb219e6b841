/**
 * P3: topology query time on a generated fleet of 20 clusters x 500 services (~10,000 service nodes,
 * ~20-30,000 edges), metrics from the simulated traffic model. The FleetState is filled directly from
 * the real adapters run over in-memory snapshots of fleet-sim's generated objects (no API servers: P1
 * measures discovery). Measured in the hub process, over many runs:
 *   - cold:   the whole pipeline (nodes, edges, filters, appenders) on a fixed metrics snapshot;
 *   - cached: the same query again (the topology cache hit the server answers with between refreshes);
 *   - http:   the whole GraphQL request over HTTP from a cached topology (execution + JSON).
 *
 * Run: npx node -r ./scripts/register-ts.cjs tests/bench/p3-topology.ts [runs=30] [clusters=20] [services=500]
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { SnapshotBuilder } from '@meshwork/adapters-core';
import { generateFleet } from '@meshwork/fleet-sim';
import { HealthTolerances, type Mesh } from '@meshwork/model';
import pino from 'pino';
import { meshworkConfigSchema } from '../../apps/api/src/config/meshwork-config';
import { createApp } from '../../apps/api/src/create-app';
import { FleetState } from '../../apps/api/src/discovery/fleet-state.service';
import { meshAdapters } from '../../apps/api/src/discovery/mesh-adapters';
import { mergeDiscoveries } from '../../apps/api/src/discovery/merge-discoveries';
import { TrafficMetricsService } from '../../apps/api/src/metrics/traffic-metrics.service';
import { DEFAULT_APPENDERS } from '../../apps/api/src/topology/appenders/default-appenders';
import { computeTopology } from '../../apps/api/src/topology/graph/compute-topology';
import { TopologyGranularity } from '../../apps/api/src/topology/graph/topology-graph';
import { TopologyService } from '../../apps/api/src/topology/topology.service';

const RUNS = Number(process.argv[2] ?? 30);
const CLUSTERS = Number(process.argv[3] ?? 20);
const SERVICES = Number(process.argv[4] ?? 500);

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const pct = (xs: number[], p: number) =>
  sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const report = (label: string, xs: number[]) =>
  console.log(
    `${label.padEnd(8)} p50 ${fmt(pct(xs, 0.5))}  p95 ${fmt(pct(xs, 0.95))}  max ${fmt(Math.max(...xs))}  (n=${xs.length})`,
  );

async function main(): Promise<void> {
  let t = performance.now();
  const clusters = generateFleet({
    clusters: CLUSTERS,
    servicesPerCluster: SERVICES,
    workloadsPerService: 1,
    podsPerWorkload: 1,
    seed: 'p3',
  });
  console.log(
    `generated ${CLUSTERS} clusters x ${SERVICES} services in ${fmt(performance.now() - t)}`,
  );

  const config = meshworkConfigSchema.parse({
    demo: 'never',
    inCluster: 'never',
    metricsSource: 'simulated',
    // Long enough that "cached" runs share one metrics snapshot; "cold" runs force new ones.
    metricsCacheMs: 600_000,
    graphqlMaxFields: 100_000,
  });
  const { app } = await createApp({ config, logger: pino({ level: 'warn' }), targets: [] });
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');

  t = performance.now();
  const fleet = app.get(FleetState);
  const adapters = meshAdapters();
  const kinds = adapters.flatMap((a) => a.watchedKinds);
  for (const c of clusters) {
    const builder = new SnapshotBuilder(c.cluster, kinds);
    // Only the kinds some adapter watches (as the hub's informers would); Nodes etc. are skipped.
    for (const object of c.objects) {
      try {
        builder.add(object);
      } catch {
        // a kind no adapter asked for
      }
    }
    const snapshot = builder.build();
    const meshes: Mesh[] = [];
    const parts = [];
    for (const adapter of adapters)
      for (const mesh of adapter.detect(snapshot)) {
        meshes.push(mesh);
        parts.push(adapter.discover(snapshot, mesh));
      }
    fleet.replace(mergeDiscoveries(c.cluster, meshes, parts));
  }
  console.log(
    `discovered ${fleet.services().length} services, ${fleet.workloads().length} workloads in ${fmt(performance.now() - t)}`,
  );

  const topology = app.get(TopologyService);
  const first = await topology.topology(undefined, 300);
  console.log(
    `topology: ${first.nodes.length} nodes, ${first.edges.length} edges, ${first.edges.filter((e) => e.crossCluster).length} cross-cluster`,
  );

  // Cold: the whole pipeline on a fixed metrics snapshot (what a cache miss costs the server).
  const snapshot = await app.get(TrafficMetricsService).snapshot(300);
  const tolerances = new HealthTolerances();
  const cold: number[] = [];
  for (let i = 0; i < Math.min(RUNS, 10); i += 1) {
    const started = performance.now();
    computeTopology(
      fleet,
      snapshot,
      { granularity: TopologyGranularity.SERVICE },
      DEFAULT_APPENDERS,
      tolerances,
    );
    cold.push(performance.now() - started);
  }
  const cached: number[] = [];
  for (let i = 0; i < RUNS * 10; i += 1) {
    const started = performance.now();
    await topology.topology(undefined, 300);
    cached.push(performance.now() - started);
  }
  const query = `{ topology(window: 300) { metricsAvailable nodes { id kind cluster namespace name mesh meshKind health healthReasons requestRate errorRate idle trafficSource highlighted certificateAlert } edges { id source target protocol requestRate errorRate p50LatencyMs p95LatencyMs p99LatencyMs mtlsPercent crossCluster highlighted } } }`;
  const http: number[] = [];
  const httpCpu: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const text = await response.text();
    http.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    httpCpu.push((used.user + used.system) / 1000);
    if (process.env.P3_TRACE)
      console.log(`http run ${i}: ${(performance.now() - started).toFixed(1)} ms`);
    bytes = text.length;
    if (!text.startsWith('{"data"')) throw new Error(text.slice(0, 300));
  }
  console.log(`response ${(bytes / 1024 / 1024).toFixed(1)} MiB`);
  report('cold', cold);
  report('cached', cached);
  report('http', http);
  // CPU time of this process (server and the client reading the body): less skewed by other load.
  report('http-cpu', httpCpu);
  console.log(
    `goal: p95 <= 200 ms from cache -> ${pct(cached, 0.95) <= 200 ? 'met' : 'NOT met'} (service), ${pct(http, 0.95) <= 200 ? 'met' : 'NOT met'} (http)`,
  );
  await app.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
