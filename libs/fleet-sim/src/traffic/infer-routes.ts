import { SeededRandom } from './seeded-random';
import type { InventoryCluster, InventoryService, InventoryWorkload } from './traffic-inventory';
import type { RouteHop, RouteTarget, TrafficRoute } from './traffic-route';

/** Names that sit at the front of a call chain. */
const FRONT = /(front|web|ui|gateway|ingress|portal)/;

interface Call {
  from: { cluster: InventoryCluster; workload: InventoryWorkload };
  to: { cluster: InventoryCluster; service: InventoryService };
  hop?: RouteHop;
  /** Multiplies the drawn base rate (cross-cluster shares of a local call). */
  weight?: number;
}

/**
 * A plausible request graph, the same for the same inventory and seed. Per namespace, services are
 * layered (front-end names first, then by name) and each service's workloads call some of the
 * next few services (two to four), so the graph has no cycles; workloads no service selects (load generators, batch
 * workers) call the first services. Cross-cluster: Istio callers of a service that also exists in
 * another Istio cluster send part of their calls there (multi-primary shares endpoints); a Linkerd
 * mirror service gets one local caller; a Consul export to a peer in the fleet gets one caller there.
 */
export function inferRoutes(clusters: readonly InventoryCluster[], seed: string): TrafficRoute[] {
  const calls: Call[] = [];
  for (const cluster of clusters) calls.push(...localCalls(cluster, seed));
  calls.push(...istioSharedCalls(clusters, calls, seed));
  calls.push(...mirrorCalls(clusters, seed));
  calls.push(...peerCalls(clusters, seed));
  const seen = new Set<string>();
  const routes: TrafficRoute[] = [];
  for (const call of calls) {
    const route = toRoute(call, seed);
    if (seen.has(route.id)) continue;
    seen.add(route.id);
    routes.push(route);
  }
  return routes;
}

function byNamespace<T extends { namespace: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items)
    groups.set(item.namespace, [...(groups.get(item.namespace) ?? []), item]);
  return groups;
}

function layered(services: InventoryService[]): InventoryService[] {
  const rank = (s: InventoryService) => (FRONT.test(s.name) ? 0 : 1);
  return [...services].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

function localCalls(cluster: InventoryCluster, seed: string): Call[] {
  const calls: Call[] = [];
  const workloads = new Map(cluster.workloads.map((w) => [`${w.namespace}/${w.name}`, w]));
  const served = new Set(
    cluster.services.flatMap((s) => s.workloads.map((w) => `${s.namespace}/${w}`)),
  );
  const local = cluster.services.filter((s) => !s.mirrorOf);
  for (const [namespace, group] of byNamespace(local)) {
    const random = new SeededRandom(`${seed}/${cluster.name}/${namespace}`);
    const chain = layered(group);
    chain.forEach((service, i) => {
      const next = chain.slice(i + 1, i + 5);
      const count = Math.min(next.length, 2 + Math.floor(random.next() * 3));
      const callees = next.filter((_, j) => j < count);
      for (const name of service.workloads) {
        const workload = workloads.get(`${namespace}/${name}`);
        if (!workload) continue;
        // Several services may select the same pods (per-version services); nobody calls itself.
        for (const callee of callees.filter((c) => !c.workloads.includes(name)))
          calls.push({ from: { cluster, workload }, to: { cluster, service: callee } });
      }
    });
  }
  // Callers no service selects: the front of their own namespace, or of the first other namespaces.
  const chains = [...byNamespace(local)].map(([namespace, group]) => ({
    namespace,
    chain: layered(group),
  }));
  for (const workload of cluster.workloads) {
    if (served.has(`${workload.namespace}/${workload.name}`)) continue;
    const own = chains.find((c) => c.namespace === workload.namespace);
    const callees = own
      ? own.chain.slice(0, 2)
      : chains.slice(0, 2).flatMap((c) => c.chain.slice(0, 1));
    for (const callee of callees)
      calls.push({ from: { cluster, workload }, to: { cluster, service: callee } });
  }
  return calls;
}

function istioSharedCalls(
  clusters: readonly InventoryCluster[],
  local: readonly Call[],
  seed: string,
): Call[] {
  const istio = clusters.filter((c) => c.mesh === 'istio');
  const calls: Call[] = [];
  for (const call of local) {
    if (call.from.cluster.mesh !== 'istio' || call.hop || call.to.cluster !== call.from.cluster)
      continue;
    for (const other of istio) {
      if (other === call.from.cluster) continue;
      const twin = other.services.find(
        (s) => s.namespace === call.to.service.namespace && s.name === call.to.service.name,
      );
      if (!twin) continue;
      const random = new SeededRandom(`${seed}/shared/${call.from.workload.name}/${other.name}`);
      calls.push({
        from: call.from,
        to: { cluster: other, service: twin },
        weight: random.between(0.25, 0.6),
      });
    }
  }
  return calls;
}

function mirrorCalls(clusters: readonly InventoryCluster[], seed: string): Call[] {
  const calls: Call[] = [];
  for (const cluster of clusters) {
    for (const mirror of cluster.services.filter((s) => s.mirrorOf)) {
      const target = clusters.find((c) => c.name === mirror.mirrorOf!.cluster);
      const remote = target?.services.find(
        (s) => s.namespace === mirror.namespace && s.name === mirror.mirrorOf!.name,
      );
      const random = new SeededRandom(`${seed}/mirror/${cluster.name}/${mirror.name}`);
      const sameNamespace = cluster.workloads.filter((w) => w.namespace === mirror.namespace);
      const caller = random.pick(sameNamespace.length ? sameNamespace : cluster.workloads);
      if (!caller) continue;
      calls.push({
        from: { cluster, workload: caller },
        to: target && remote ? { cluster: target, service: remote } : { cluster, service: mirror },
        hop: { kind: 'linkerd-mirror', mirrorService: mirror.name },
      });
    }
  }
  return calls;
}

function peerCalls(clusters: readonly InventoryCluster[], seed: string): Call[] {
  const calls: Call[] = [];
  for (const exporter of clusters.filter((c) => c.mesh === 'consul')) {
    for (const exported of exporter.exports) {
      const peer = clusters.find((c) => c.name === exported.peer && c.mesh === 'consul');
      const service = exporter.services.find((s) => s.name === exported.service);
      if (!peer || !service) continue;
      const random = new SeededRandom(`${seed}/peer/${peer.name}/${service.name}`);
      const caller = random.pick(peer.workloads);
      if (caller)
        calls.push({
          from: { cluster: peer, workload: caller },
          to: { cluster: exporter, service },
          hop: { kind: 'consul-peer', peer: exporter.name },
        });
    }
  }
  return calls;
}

function toRoute(call: Call, seed: string): TrafficRoute {
  const { from, to } = call;
  const id = `${from.cluster.name}/${from.workload.namespace}/${from.workload.name}>${to.cluster.name}/${to.service.namespace}/${to.service.name}`;
  const random = new SeededRandom(`${seed}/${id}`);
  // Most calls are clean; some degrade (0.3-3 % 5xx), a few fail (10-25 %), as in any real fleet.
  const condition = random.next();
  const serverErrors =
    condition < 0.08
      ? random.between(0.1, 0.25)
      : condition < 0.2
        ? random.between(0.003, 0.03)
        : random.between(0, 0.0006);
  const targets: RouteTarget[] = [];
  const backends = to.service.workloads.flatMap(
    (name) =>
      to.cluster.workloads.find((w) => w.namespace === to.service.namespace && w.name === name) ??
      [],
  );
  if (backends.length === 0) targets.push({ share: 1 });
  else {
    const weights = backends.map(() => random.between(0.3, 1));
    const total = weights.reduce((a, b) => a + b, 0);
    backends.forEach((workload, i) => targets.push({ workload, share: weights[i]! / total }));
  }
  const sourceService = from.cluster.services.find(
    (s) =>
      !s.mirrorOf &&
      s.namespace === from.workload.namespace &&
      s.workloads.includes(from.workload.name),
  );
  return {
    id,
    sourceCluster: from.cluster.name,
    sourceMesh: from.cluster.mesh,
    source: from.workload,
    sourceService: sourceService?.name,
    destCluster: to.cluster.name,
    destMesh: to.cluster.mesh,
    destService: to.service,
    targets,
    hop: call.hop,
    protocol: to.service.protocol,
    // Istio sidecars and Linkerd/Consul/OSM proxies use mTLS between meshed pods by default.
    mtls: !random.chance(0.05),
    baseRate: random.between(4, 60) * (call.weight ?? 1),
    baseServerErrors: serverErrors,
    baseClientErrors: random.chance(0.1) ? random.between(0.08, 0.25) : random.between(0, 0.03),
    baseLatencyMs: random.between(4, 90),
    drift: {
      ratePeriod: random.between(600, 1800),
      ratePhase: random.between(0, 2 * Math.PI),
      burstPeriod: random.between(60, 180),
      burstPhase: random.between(0, 2 * Math.PI),
      errorPeriod: random.between(300, 1200),
      errorPhase: random.between(0, 2 * Math.PI),
      latencyPeriod: random.between(300, 900),
      latencyPhase: random.between(0, 2 * Math.PI),
    },
  };
}
