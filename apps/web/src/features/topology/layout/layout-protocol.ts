/**
 * What the page sends the layout worker: the graph reduced to indices (cheap to copy), grouped
 * into clusters and namespaces. Edges only order nodes inside their namespace.
 */
export interface LayoutRequest {
  requestId: number;
  clusters: string[];
  /** `cluster/namespace` keys. */
  namespaces: string[];
  /** For each namespace, the index of its cluster. */
  namespaceCluster: Int32Array;
  nodeIds: string[];
  /** For each node, the index of its namespace. */
  nodeNamespace: Int32Array;
  /** For each node, the sort name used when it first gets a place. */
  nodeNames: string[];
  /** Pairs of node indices, source then target. */
  edges: Int32Array;
  /** Nodes that only send traffic start the order inside their namespace. */
  trafficSources: Uint8Array;
  /** Width over height of the screen the clusters are packed for. */
  aspectRatio: number;
}

/** Positions in model coordinates; rectangles as x, y (top left), width, height. */
export interface LayoutResult {
  requestId: number;
  /** x, y for each node of the request, in request order. */
  positions: Float64Array;
  namespaceRects: Float64Array;
  clusterRects: Float64Array;
  /** How long the layout took inside the worker (ms). */
  durationMs: number;
}
