import {
  type Health,
  type TopologyData,
  type TopologyEdgeData,
  type TopologyNodeData,
} from '../graphql/topology-data';
import { worseHealth } from './health-tone';

export type HealthCounts = Record<Health, number>;

export interface NamespaceGroup {
  /** `cluster/namespace`. */
  key: string;
  cluster: string;
  name: string;
  nodes: TopologyNodeData[];
  counts: HealthCounts;
  worst: Health;
  highlighted: boolean;
  /** Inbound requests per second of its nodes. */
  requestRate: number;
}

export interface ClusterGroup {
  name: string;
  namespaces: NamespaceGroup[];
  nodeCount: number;
  counts: HealthCounts;
  worst: Health;
  highlighted: boolean;
}

/** The graph with the lookups the page needs: by id, by box, and each node's edges. */
export interface TopologyIndex {
  data: TopologyData;
  nodeById: Map<string, TopologyNodeData>;
  edgeById: Map<string, TopologyEdgeData>;
  clusters: ClusterGroup[];
  namespaceByKey: Map<string, NamespaceGroup>;
  clusterByName: Map<string, ClusterGroup>;
  inbound: Map<string, TopologyEdgeData[]>;
  outbound: Map<string, TopologyEdgeData[]>;
}

export function emptyHealthCounts(): HealthCounts {
  return { HEALTHY: 0, DEGRADED: 0, FAILING: 0, IDLE: 0, UNKNOWN: 0 };
}

export function namespaceKey(cluster: string, namespace: string): string {
  return `${cluster}/${namespace}`;
}

const byName = <T extends { name: string }>(a: T, b: T) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/** Groups nodes into clusters and namespaces (sorted by name) and indexes edges by endpoint. */
export function indexTopology(data: TopologyData): TopologyIndex {
  const nodeById = new Map<string, TopologyNodeData>();
  const namespaceByKey = new Map<string, NamespaceGroup>();
  const clusterByName = new Map<string, ClusterGroup>();
  for (const node of data.nodes) {
    nodeById.set(node.id, node);
    let cluster = clusterByName.get(node.cluster);
    if (!cluster) {
      cluster = {
        name: node.cluster,
        namespaces: [],
        nodeCount: 0,
        counts: emptyHealthCounts(),
        worst: 'IDLE',
        highlighted: false,
      };
      clusterByName.set(node.cluster, cluster);
    }
    const key = namespaceKey(node.cluster, node.namespace);
    let namespace = namespaceByKey.get(key);
    if (!namespace) {
      namespace = {
        key,
        cluster: node.cluster,
        name: node.namespace,
        nodes: [],
        counts: emptyHealthCounts(),
        worst: 'IDLE',
        highlighted: false,
        requestRate: 0,
      };
      namespaceByKey.set(key, namespace);
      cluster.namespaces.push(namespace);
    }
    namespace.nodes.push(node);
    namespace.counts[node.health] += 1;
    namespace.worst = worseHealth(namespace.worst, node.health);
    namespace.highlighted ||= node.highlighted;
    namespace.requestRate += node.requestRate ?? 0;
    cluster.nodeCount += 1;
    cluster.counts[node.health] += 1;
    cluster.worst = worseHealth(cluster.worst, node.health);
    cluster.highlighted ||= node.highlighted;
  }

  const edgeById = new Map<string, TopologyEdgeData>();
  const inbound = new Map<string, TopologyEdgeData[]>();
  const outbound = new Map<string, TopologyEdgeData[]>();
  for (const edge of data.edges) {
    // An edge to a node the answer does not hold (hidden, filtered) has nowhere to be drawn.
    if (!nodeById.has(edge.source) || !nodeById.has(edge.target)) continue;
    edgeById.set(edge.id, edge);
    push(outbound, edge.source, edge);
    push(inbound, edge.target, edge);
  }

  const clusters = [...clusterByName.values()].sort(byName);
  for (const cluster of clusters) {
    cluster.namespaces.sort(byName);
    for (const namespace of cluster.namespaces) namespace.nodes.sort(byName);
  }
  return { data, nodeById, edgeById, clusters, namespaceByKey, clusterByName, inbound, outbound };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
