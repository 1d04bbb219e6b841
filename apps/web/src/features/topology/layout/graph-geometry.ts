import { type TopologyIndex } from '../model/topology-index';
import { type LayoutRequest, type LayoutResult } from './layout-protocol';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Where the layout put every node, namespace box and cluster box, by id. */
export interface GraphGeometry {
  nodes: Map<string, Point>;
  namespaces: Map<string, Rect>;
  clusters: Map<string, Rect>;
  bounds: Rect;
}

/** The layout's input for an indexed graph, in the order `toGeometry` reads the answer back. */
export function layoutRequestFor(
  index: TopologyIndex,
  aspectRatio = 1.6,
): Omit<LayoutRequest, 'requestId'> {
  const clusters = index.clusters.map((cluster) => cluster.name);
  const namespaces: string[] = [];
  const namespaceCluster: number[] = [];
  const nodeIds: string[] = [];
  const nodeNames: string[] = [];
  const nodeNamespace: number[] = [];
  const sources: number[] = [];
  const nodeIndex = new Map<string, number>();
  index.clusters.forEach((cluster, c) => {
    for (const namespace of cluster.namespaces) {
      const ns = namespaces.length;
      namespaces.push(namespace.key);
      namespaceCluster.push(c);
      for (const node of namespace.nodes) {
        nodeIndex.set(node.id, nodeIds.length);
        nodeIds.push(node.id);
        nodeNames.push(node.name);
        nodeNamespace.push(ns);
        sources.push(node.trafficSource ? 1 : 0);
      }
    }
  });
  const edges = new Int32Array(index.edgeById.size * 2);
  let e = 0;
  for (const edge of index.edgeById.values()) {
    edges[e++] = nodeIndex.get(edge.source)!;
    edges[e++] = nodeIndex.get(edge.target)!;
  }
  return {
    clusters,
    namespaces,
    namespaceCluster: Int32Array.from(namespaceCluster),
    nodeIds,
    nodeNames,
    nodeNamespace: Int32Array.from(nodeNamespace),
    edges,
    trafficSources: Uint8Array.from(sources),
    aspectRatio,
  };
}

function rectAt(values: Float64Array, i: number): Rect {
  return {
    x: values[i * 4]!,
    y: values[i * 4 + 1]!,
    width: values[i * 4 + 2]!,
    height: values[i * 4 + 3]!,
  };
}

/** Reads the layout's typed arrays back into lookups by id. */
export function toGeometry(
  request: Pick<LayoutRequest, 'clusters' | 'namespaces' | 'nodeIds'>,
  result: LayoutResult,
): GraphGeometry {
  const nodes = new Map<string, Point>();
  request.nodeIds.forEach((id, n) => {
    nodes.set(id, { x: result.positions[n * 2]!, y: result.positions[n * 2 + 1]! });
  });
  const namespaces = new Map<string, Rect>();
  request.namespaces.forEach((key, ns) => namespaces.set(key, rectAt(result.namespaceRects, ns)));
  const clusters = new Map<string, Rect>();
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  request.clusters.forEach((name, c) => {
    const rect = rectAt(result.clusterRects, c);
    clusters.set(name, rect);
    x1 = Math.min(x1, rect.x);
    y1 = Math.min(y1, rect.y);
    x2 = Math.max(x2, rect.x + rect.width);
    y2 = Math.max(y2, rect.y + rect.height);
  });
  const bounds =
    clusters.size === 0
      ? { x: 0, y: 0, width: 0, height: 0 }
      : { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
  return { nodes, namespaces, clusters, bounds };
}
