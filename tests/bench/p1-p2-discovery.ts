/**
 * P1: time from hub start to a complete model, and the hub's peak RSS, on fleet-sim's generated
 *     fleet of 20 clusters x 500 services x 2 workloads x 3 pods (10,000 services, 60,000 pods).
 * P2: latency from a change in a cluster to the `fleetChanged` event naming it, over 200 changes.
 *
 * Run: npx node -r ./scripts/register-ts.cjs tests/bench/p1-p2-discovery.ts [runs=3] [clusters=20] [services=500]
 * The hub runs compiled, as its own process (as `npm start` does), fleet-sim in this one.
 */
import { readFileSync } from 'node:fs';
import type { FleetSim } from '@meshwork/fleet-sim';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { buildApi } from '../support/build-api';
import { startHubProcess, type HubProcess } from '../support/hub-process';
import { startP1Fleet } from './support/p1-fleet';

const runs = Number(process.argv[2] ?? 3);
// The fleet by default; smaller ones (e.g. `3 4 100`) to try the harness quickly.
const CLUSTERS = Number(process.argv[3] ?? 20);
const SERVICES = Number(process.argv[4] ?? 500);
const CHANGES = 200;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

async function fleetCounts(url: string): Promise<{ services: number; clustersSynced: number }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ fleet { services clustersSynced } }' }),
  });
  return (
    (await response.json()) as { data: { fleet: { services: number; clustersSynced: number } } }
  ).data.fleet;
}

async function p1(
  kubeconfigPath: string,
  compiledMain: string,
): Promise<{ hub: HubProcess; ms: number; fromReadyMs: number; peakRssMb: number }> {
  const started = Date.now();
  const hub = await startHubProcess({
    kubeconfigPath,
    compiledMain,
    env: { MESHWORK_LOG_LEVEL: 'error' },
    readyTimeoutMs: 120_000,
  });
  const ready = Date.now();
  let lastReport = Date.now();
  for (;;) {
    // A hub busy for seconds may drop an idle keep-alive connection as the poll reuses it: poll again.
    const counts = await fleetCounts(hub.url).catch(() => undefined);
    if (!counts) continue;
    if (Date.now() - lastReport > 5_000) {
      lastReport = Date.now();
      console.log(`  ${Date.now() - started} ms: ${JSON.stringify(counts)}`);
    }
    if (counts.clustersSynced === CLUSTERS && counts.services >= CLUSTERS * SERVICES) break;
    if (Date.now() - started > 180_000)
      throw new Error(`incomplete model after 180 s: ${JSON.stringify(counts)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const ms = Date.now() - started;
  // P1's peak: the most the hub held from its start until its model was complete.
  return { hub, ms, fromReadyMs: Date.now() - ready, peakRssMb: peakRssMb(hub.process.pid!) };
}

/** RSS and heap in use once the model is complete (after a second of quiet), from the hub's /metrics. */
async function memoryAfterSync(url: string): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const text = await (await fetch(`${url}/metrics`)).text();
  const mb = (name: string) =>
    (Number(new RegExp(`^${name} (\\S+)`, 'm').exec(text)?.[1] ?? NaN) / 2 ** 20).toFixed(0);
  return `after sync: RSS ${mb('process_resident_memory_bytes')} MB, heap used ${mb('nodejs_heap_size_used_bytes')} MB`;
}

async function p2(sim: FleetSim, hub: HubProcess): Promise<number[]> {
  const client = createClient({
    url: hub.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    lazy: false,
  });
  const waiting = new Map<string, number>();
  const latencies: number[] = [];
  const subscribed = new Promise<void>((resolve) => client.on('connected', () => resolve()));
  const unsubscribe = client.subscribe<{ fleetChanged: { changedIds: string[] } }>(
    { query: 'subscription { fleetChanged { revision changedIds } }' },
    {
      next: ({ data }) => {
        const now = performance.now();
        for (const id of data?.fleetChanged.changedIds ?? []) {
          const sent = waiting.get(id);
          if (sent !== undefined) {
            latencies.push(now - sent);
            waiting.delete(id);
          }
        }
      },
      error: (error) => console.error('subscription failed', error),
      complete: () => undefined,
    },
  );
  await subscribed;
  await new Promise((resolve) => setTimeout(resolve, 500));
  for (let i = 0; i < CHANGES; i++) {
    const cluster = sim.clusters[i % sim.clusters.length]!;
    const [service] = cluster.store
      .list('v1', 'Service')
      // The generator's application services (team-NN namespaces): the model leaves out the
      // control planes' and the default `kubernetes` Service, whose changes raise no event.
      .filter((s) => s.metadata.namespace?.startsWith('team-'))
      .slice(i % 50, (i % 50) + 1);
    if (!service) continue;
    const id = `${cluster.name}/${service.metadata.namespace}/Service/${service.metadata.name}`;
    waiting.set(id, performance.now());
    cluster.store.patch('v1', 'Service', service.metadata.name, service.metadata.namespace, {
      metadata: { labels: { 'bench-change': String(i) } },
    });
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const deadline = Date.now() + 10_000;
  while (waiting.size > 0 && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50));
  unsubscribe();
  await client.dispose();
  if (waiting.size > 0)
    console.log(`  ${waiting.size} changes never reported: ${[...waiting.keys()].join(', ')}`);
  return latencies;
}

async function main(): Promise<void> {
  // The hub as `npm start` runs it: compiled once into dist/api, before any clock starts.
  const compiled = buildApi();
  console.log(compiled.summary);
  const t0 = Date.now();
  const { sim, kubeconfigPath, objects } = await startP1Fleet(CLUSTERS, SERVICES);
  console.log(`fleet-sim: ${CLUSTERS} clusters, ${objects} objects, up in ${Date.now() - t0} ms`);

  const p1Times: number[] = [];
  const p1FromReady: number[] = [];
  const rss: number[] = [];
  const p2p50: number[] = [];
  const p2p95: number[] = [];
  for (let run = 1; run <= runs; run++) {
    const { hub, ms, fromReadyMs, peakRssMb: p1Peak } = await p1(kubeconfigPath, compiled.main);
    rss.push(p1Peak);
    const settled = await memoryAfterSync(hub.url);
    const latencies = await p2(sim, hub);
    const runPeak = peakRssMb(hub.process.pid!);
    await hub.stop();
    p1Times.push(ms);
    p1FromReady.push(fromReadyMs);
    p2p50.push(percentile(latencies, 0.5));
    p2p95.push(percentile(latencies, 0.95));
    console.log(
      `run ${run}: P1 complete model ${ms} ms after spawn (${fromReadyMs} ms after /readyz), peak RSS ${p1Peak.toFixed(0)} MB (${settled}; ${runPeak.toFixed(0)} MB by the end of P2); ` +
        `P2 ${latencies.length}/${CHANGES} events, p50 ${p2p50.at(-1)!.toFixed(0)} ms, p95 ${p2p95.at(-1)!.toFixed(0)} ms`,
    );
  }
  console.log(
    `median of ${runs}: P1 ${median(p1Times)} ms (goal <= 5000), from ready ${median(p1FromReady)} ms, peak RSS ${median(rss).toFixed(0)} MB (goal <= 600); ` +
      `P2 p50 ${median(p2p50).toFixed(0)} ms, p95 ${median(p2p95).toFixed(0)} ms (goal p95 <= 250)`,
  );
  await sim.stop();
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
