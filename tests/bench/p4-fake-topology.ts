// A synthetic fleet topology to the GraphQL contract (apps/web/src/features/topology/graphql),
// deterministic for a seed: the benchmark's 1,000- and 5,000-node graphs and the browser tests'
// fake hub. Shapes follow real service graphs: most calls stay in their namespace (80 %), some
// cross namespaces in the cluster (17 %), a few cross clusters (3 %), partners picked at random.

export type Health = 'HEALTHY' | 'DEGRADED' | 'FAILING' | 'IDLE' | 'UNKNOWN';
export type MeshKind = 'ISTIO' | 'LINKERD' | 'CONSUL' | 'OSM';

export interface FakeNode {
  id: string;
  kind: string;
  cluster: string;
  namespace: string;
  name: string;
  mesh: string | null;
  meshKind: MeshKind | null;
  health: Health;
  healthReasons: string[];
  requestRate: number | null;
  errorRate: number | null;
  idle: boolean;
  trafficSource: boolean;
  highlighted: boolean;
  certificateAlert: boolean;
}

export interface FakeEdge {
  id: string;
  source: string;
  target: string;
  protocol: string;
  requestRate: number;
  errorRate: number;
  p50LatencyMs: number | null;
  p95LatencyMs: number | null;
  p99LatencyMs: number | null;
  mtlsPercent: number | null;
  crossCluster: boolean;
  highlighted: boolean;
}

export interface FakeTopology {
  nodes: FakeNode[];
  edges: FakeEdge[];
  window: number;
  generatedAt: string;
  metricsAvailable: boolean;
  metricsSource: string;
  metricsError: string | null;
}

export interface FakeFleetShape {
  clusters: number;
  namespacesPerCluster: number;
  nodesPerNamespace: number;
  edges: number;
  seed?: number;
}

/** 5,000 nodes, 15,000 edges: the benchmark's fleet (10 clusters × 20 namespaces × 25). */
export const fleet5k: FakeFleetShape = {
  clusters: 10,
  namespacesPerCluster: 20,
  nodesPerNamespace: 25,
  edges: 15_000,
};
/** 1,000 nodes, 3,000 edges (5 clusters × 10 namespaces × 20). */
export const fleet1k: FakeFleetShape = {
  clusters: 5,
  namespacesPerCluster: 10,
  nodesPerNamespace: 20,
  edges: 3_000,
};

const regions = ['east', 'west', 'north', 'south', 'central', 'eu', 'ap', 'sa', 'ca', 'af'];
const teams = [
  'payments',
  'checkout',
  'catalog',
  'search',
  'accounts',
  'orders',
  'shipping',
  'billing',
  'identity',
  'reviews',
  'ads',
  'media',
  'notify',
  'ledger',
  'pricing',
  'cart',
  'loyalty',
  'fraud',
  'reports',
  'gateway',
];
const roles = [
  'api',
  'worker',
  'db-proxy',
  'cache',
  'frontend',
  'backend',
  'auth',
  'events',
  'sync',
  'index',
];
const meshKinds: MeshKind[] = ['ISTIO', 'LINKERD', 'CONSUL', 'OSM'];

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same fleet. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickHealth(random: () => number): Health {
  const roll = random();
  if (roll < 0.03) return 'FAILING';
  if (roll < 0.09) return 'DEGRADED';
  if (roll < 0.13) return 'IDLE';
  if (roll < 0.15) return 'UNKNOWN';
  return 'HEALTHY';
}

const reasons: Record<Health, string[]> = {
  HEALTHY: [],
  DEGRADED: ['5xx at 2.4 % (degraded above 0 %)', '1 of 3 pods not ready'],
  FAILING: ['5xx at 14.2 % (failing at 10 %)', '0 of 2 pods ready'],
  IDLE: ['no requests in the window'],
  UNKNOWN: ['no metrics for this workload'],
};

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Builds the fleet's nodes and edges; node ids follow the contract's `<cluster>/<ns>/<Kind>/<name>`. */
export function generateTopology(shape: FakeFleetShape): FakeTopology {
  const random = seededRandom(shape.seed ?? 42);
  const nodes: FakeNode[] = [];
  const byNamespace: FakeNode[][] = [];
  const byCluster = new Map<string, FakeNode[]>();
  for (let c = 0; c < shape.clusters; c++) {
    const cluster = c < regions.length ? regions[c]! : `region-${c}`;
    const meshKind = meshKinds[c % meshKinds.length]!;
    const mesh = `${cluster}/${meshKind.toLowerCase()}-system/${meshKind.toLowerCase()}`;
    const clusterNodes: FakeNode[] = [];
    for (let n = 0; n < shape.namespacesPerCluster; n++) {
      const namespace = n < teams.length ? teams[n]! : `team-${n}`;
      const members: FakeNode[] = [];
      for (let k = 0; k < shape.nodesPerNamespace; k++) {
        const name =
          k === 0
            ? `${namespace}-ingress`
            : `${namespace}-${roles[k % roles.length]}${k >= roles.length ? `-${Math.floor(k / roles.length)}` : ''}`;
        const health = k === 0 ? 'HEALTHY' : pickHealth(random);
        const node: FakeNode = {
          id: `${cluster}/${namespace}/Service/${name}`,
          kind: 'SERVICE',
          cluster,
          namespace,
          name,
          mesh,
          meshKind,
          health,
          healthReasons: reasons[health],
          requestRate: health === 'IDLE' ? 0 : round(random() * 200),
          errorRate:
            health === 'FAILING'
              ? round(10 + random() * 20)
              : health === 'DEGRADED'
                ? round(0.5 + random() * 5)
                : 0,
          idle: health === 'IDLE',
          trafficSource: k === 0,
          highlighted: false,
          certificateAlert: false,
        };
        members.push(node);
        clusterNodes.push(node);
        nodes.push(node);
      }
      byNamespace.push(members);
    }
    byCluster.set(cluster, clusterNodes);
  }

  const edges: FakeEdge[] = [];
  const seen = new Set<string>();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  let attempts = 0;
  while (edges.length < shape.edges && attempts < shape.edges * 20) {
    attempts++;
    const namespace = pick(byNamespace);
    const source = pick(namespace);
    const roll = random();
    const target =
      roll < 0.8
        ? pick(namespace)
        : roll < 0.97
          ? pick(byCluster.get(source.cluster)!)
          : pick(nodes);
    if (target === source || target.trafficSource) continue;
    const key = `${source.id}>${target.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const idle = target.idle || random() < 0.04;
    const p50 = round(2 + random() * 40, 1);
    const crossCluster = source.cluster !== target.cluster;
    edges.push({
      id: `${source.id}>${target.id}`,
      source: source.id,
      target: target.id,
      protocol: random() < 0.2 ? 'grpc' : random() < 0.1 ? 'tcp' : 'http',
      requestRate: idle ? 0 : round(random() * 50),
      errorRate: idle
        ? 0
        : (target.errorRate ?? 0) > 0
          ? round((target.errorRate ?? 0) * (0.5 + random()))
          : 0,
      p50LatencyMs: idle ? null : p50,
      p95LatencyMs: idle ? null : round(p50 * (2 + random() * 3), 1),
      p99LatencyMs: idle ? null : round(p50 * (5 + random() * 5), 1),
      mtlsPercent: source.meshKind === 'CONSUL' && random() < 0.5 ? round(random() * 100, 1) : 100,
      crossCluster,
      highlighted: false,
    });
  }
  return {
    nodes,
    edges,
    window: 300,
    generatedAt: new Date().toISOString(),
    metricsAvailable: true,
    metricsSource: 'simulated',
    metricsError: null,
  };
}
