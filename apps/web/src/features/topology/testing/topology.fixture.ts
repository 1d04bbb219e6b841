import {
  type TopologyData,
  type TopologyEdgeData,
  type TopologyNodeData,
} from '../graphql/topology-data';

/** A healthy service node at `cluster/namespace/name`, as the API would send it. */
export function aNode(
  cluster: string,
  namespace: string,
  name: string,
  overrides: Partial<TopologyNodeData> = {},
): TopologyNodeData {
  return {
    id: `${cluster}/${namespace}/Service/${name}`,
    kind: 'SERVICE',
    cluster,
    namespace,
    name,
    mesh: `${cluster}/istio-system/istio`,
    meshKind: 'ISTIO',
    health: 'HEALTHY',
    healthReasons: [],
    requestRate: 10,
    errorRate: 0,
    idle: false,
    trafficSource: false,
    highlighted: false,
    certificateAlert: false,
    ...overrides,
  };
}

/** An edge between two nodes with 1 req/s, no errors and full mTLS unless overridden. */
export function anEdge(
  source: TopologyNodeData,
  target: TopologyNodeData,
  overrides: Partial<TopologyEdgeData> = {},
): TopologyEdgeData {
  return {
    id: `${source.id}>${target.id}`,
    source: source.id,
    target: target.id,
    protocol: 'http',
    requestRate: 1,
    errorRate: 0,
    p50LatencyMs: 5,
    p95LatencyMs: 20,
    p99LatencyMs: 40,
    mtlsPercent: 100,
    crossCluster: source.cluster !== target.cluster,
    highlighted: false,
    ...overrides,
  };
}

export function aTopology(nodes: TopologyNodeData[], edges: TopologyEdgeData[] = []): TopologyData {
  return {
    nodes,
    edges,
    window: 300,
    generatedAt: '2025-01-01T00:00:00Z',
    metricsAvailable: true,
    metricsSource: 'simulated',
    metricsError: null,
  };
}

/** `clusters` × `namespaces` × `perNamespace` nodes, each calling the next one in its namespace. */
export function aGridTopology(
  clusters: number,
  namespaces: number,
  perNamespace: number,
): TopologyData {
  const nodes: TopologyNodeData[] = [];
  const edges: TopologyEdgeData[] = [];
  for (let c = 0; c < clusters; c++) {
    for (let n = 0; n < namespaces; n++) {
      let previous: TopologyNodeData | undefined;
      for (let k = 0; k < perNamespace; k++) {
        const node = aNode(`c${c}`, `ns${n}`, `svc${k}`);
        nodes.push(node);
        if (previous) edges.push(anEdge(previous, node));
        previous = node;
      }
    }
  }
  return aTopology(nodes, edges);
}
