import type { TrafficSnapshot } from '../../metrics/traffic-snapshot';
import { DEFAULT_APPENDERS } from '../appenders/default-appenders';
import { fleetOf, service, workload } from '../testing/topology-fixtures';
import { HealthTolerances, MeshKind, type Mesh } from '@meshwork/model';
import { computeTopology } from './compute-topology';
import { TopologyGranularity } from './topology-graph';

const loadgen = workload('east', 'shop', 'loadgen');
const web = workload('east', 'shop', 'web-v1', { labels: { app: 'web' } });
const cartEast = workload('east', 'shop', 'cart-v1', { labels: { app: 'cart' } });
const cartWest = workload('west', 'shop', 'cart-v1', { labels: { app: 'cart' } });
const services = [
  service('east', 'shop', 'web', [web]),
  service('east', 'shop', 'cart', [cartEast]),
  service('west', 'shop', 'cart', [cartWest]),
];
const fleet = fleetOf([loadgen, web, cartEast, cartWest], services);

const snapshot: TrafficSnapshot = {
  available: true,
  source: 'simulated',
  windowSeconds: 60,
  fetchedAt: new Date(0),
  edges: [
    {
      key: {
        source: { cluster: 'east', namespace: 'shop', workload: 'loadgen' },
        target: { cluster: 'east', namespace: 'shop', service: 'web', workload: 'web-v1' },
        protocol: 'http',
      },
      requestRate: 20,
      serverErrorRate: 0,
      clientErrorRate: 0,
    },
    {
      key: {
        source: { cluster: 'east', namespace: 'shop', workload: 'web-v1' },
        target: { cluster: 'west', namespace: 'shop', service: 'cart', workload: 'cart-v1' },
        protocol: 'grpc',
      },
      requestRate: 10,
      serverErrorRate: 2,
      clientErrorRate: 0,
      mtlsRate: 10,
      p95LatencyMs: 40,
    },
    {
      key: {
        source: { cluster: 'east', namespace: 'shop', workload: 'web-v1' },
        target: { cluster: 'east', namespace: 'shop', service: 'payments' },
        protocol: 'http',
      },
      requestRate: 1,
      serverErrorRate: 0,
      clientErrorRate: 0,
    },
  ],
};

const run = (request: Parameters<typeof computeTopology>[2]) =>
  computeTopology(fleet, snapshot, request, DEFAULT_APPENDERS, new HealthTolerances());

describe('computeTopology', () => {
  it('draws service nodes, a workload node for a caller with no service, and outside callees', () => {
    const graph = run({ granularity: TopologyGranularity.SERVICE });
    expect(graph.nodes.map((n) => `${n.id} ${n.kind}`).sort()).toEqual([
      'east/shop/Deployment/loadgen WORKLOAD',
      'east/shop/External/payments EXTERNAL',
      'east/shop/Service/cart SERVICE',
      'east/shop/Service/web SERVICE',
      'west/shop/Service/cart SERVICE',
    ]);
    const cross = graph.edges.find((e) => e.target === 'west/shop/Service/cart')!;
    expect(cross).toMatchObject({
      source: 'east/shop/Service/web',
      crossCluster: true,
      protocol: 'grpc',
      errorRate: 20,
      mtlsPercent: 100,
      p95LatencyMs: 40,
    });
    expect(graph.nodes.find((n) => n.id === 'east/shop/Service/cart')!.idle).toBe(true);
    expect(graph.nodes.find((n) => n.id === 'east/shop/Deployment/loadgen')!.trafficSource).toBe(
      true,
    );
  });

  it('names the mesh kind of every node, a caller with no service included', () => {
    const istio = { id: 'east/istio-system/Mesh/istio', kind: MeshKind.ISTIO } as Mesh;
    const graph = computeTopology(
      fleetOf([loadgen, web, cartEast, cartWest], services, 1, [istio]),
      snapshot,
      { granularity: TopologyGranularity.SERVICE },
      DEFAULT_APPENDERS,
      new HealthTolerances(),
    );
    const kindOf = (id: string) => graph.nodes.find((n) => n.id === id)?.meshKind;
    expect(kindOf('east/shop/Service/web')).toBe(MeshKind.ISTIO);
    expect(kindOf('east/shop/Deployment/loadgen')).toBe(MeshKind.ISTIO);
    // The west mesh is not in this fleet: no kind rather than a wrong one.
    expect(kindOf('west/shop/Service/cart')).toBeUndefined();
  });

  it('uses workload and app ids at those granularities, the same on every run', () => {
    const workloads = run({ granularity: TopologyGranularity.WORKLOAD });
    expect(workloads.edges.map((e) => e.id)).toContain(
      'east/shop/Deployment/web-v1>west/shop/Deployment/cart-v1',
    );
    const apps = run({ granularity: TopologyGranularity.APP });
    expect(apps.edges.map((e) => e.id)).toContain('east/shop/App/web>west/shop/App/cart');
    expect(run({ granularity: TopologyGranularity.APP }).nodes.map((n) => n.id)).toEqual(
      apps.nodes.map((n) => n.id),
    );
  });

  it('keeps the neighbours traffic connects to when filtering by cluster', () => {
    const graph = run({ granularity: TopologyGranularity.SERVICE, clusters: ['west'] });
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([
      'east/shop/Service/web',
      'west/shop/Service/cart',
    ]);
    expect(graph.edges).toHaveLength(1);
  });

  it('filters by health after the health appender ran', () => {
    const graph = run({ granularity: TopologyGranularity.SERVICE, health: ['FAILING'] });
    expect(graph.nodes.map((n) => n.id)).toEqual(['west/shop/Service/cart']);
  });

  it('keeps nodes and drops edges when metrics are unavailable', () => {
    const graph = computeTopology(
      fleet,
      { ...snapshot, available: false, edges: [], error: 'east: unreachable' },
      { granularity: TopologyGranularity.SERVICE },
      DEFAULT_APPENDERS,
      new HealthTolerances(),
    );
    expect(graph).toMatchObject({
      metricsAvailable: false,
      metricsError: 'east: unreachable',
      edges: [],
    });
    expect(graph.nodes).toHaveLength(3);
  });
});
