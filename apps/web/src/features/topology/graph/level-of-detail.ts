import { type GraphGeometry, type Rect } from '../layout/graph-geometry';
import { type TopologyIndex } from '../model/topology-index';

/** What the camera sees: cytoscape's zoom and pan (screen = model × zoom + pan) and the canvas size. */
export interface Camera {
  zoom: number;
  pan: { x: number; y: number };
  width: number;
  height: number;
}

/** Which boxes are drawn open: a closed cluster is one node, a closed namespace is one node. */
export interface DetailLevel {
  /** True when everything is open, whatever the camera (small graphs). */
  full: boolean;
  closedClusters: ReadonlySet<string>;
  openNamespaces: ReadonlySet<string>;
}

export interface DetailRules {
  /** Graphs up to this many nodes are always drawn in full. */
  fullUpToNodes: number;
  /** Namespaces open from this zoom on (a node is then ~8 px wide) … */
  openNamespaceZoom: number;
  /** … and close again below this one, so a zoom at the edge does not flicker. */
  closeNamespaceZoom: number;
  /**
   * A cluster becomes one node when its namespace boxes would be narrower than this on screen
   * (on average): too small to read, they would only be noise and cost.
   */
  closeClusterBelowPx: number;
  openClusterFromPx: number;
  /** Boxes this far (in screens) beyond the visible area count as visible, so a short pan finds them open. */
  margin: number;
}

export const defaultDetailRules: DetailRules = {
  fullUpToNodes: 500,
  openNamespaceZoom: 0.22,
  closeNamespaceZoom: 0.18,
  closeClusterBelowPx: 60,
  openClusterFromPx: 75,
  margin: 0.1,
};

export function fullDetail(): DetailLevel {
  return { full: true, closedClusters: new Set(), openNamespaces: new Set() };
}

function intersects(a: Rect, b: Rect): boolean {
  return (
    a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height
  );
}

/**
 * Semantic zoom: far out, a namespace is one box with counts and a cluster may be one node; close
 * in, the namespaces on screen open to their nodes. What is open stays bounded by what fits on a
 * screen, so drawing cost no longer grows with the fleet. `pinned` boxes stay open (the selection).
 */
export function chooseDetail(
  index: TopologyIndex,
  geometry: GraphGeometry,
  camera: Camera,
  pinned: { clusters: ReadonlySet<string>; namespaces: ReadonlySet<string> },
  previous: DetailLevel | undefined,
  rules: DetailRules = defaultDetailRules,
): DetailLevel {
  if (index.data.nodes.length <= rules.fullUpToNodes) return fullDetail();
  const marginX = (camera.width * rules.margin) / camera.zoom;
  const marginY = (camera.height * rules.margin) / camera.zoom;
  const visible: Rect = {
    x: -camera.pan.x / camera.zoom - marginX,
    y: -camera.pan.y / camera.zoom - marginY,
    width: camera.width / camera.zoom + 2 * marginX,
    height: camera.height / camera.zoom + 2 * marginY,
  };
  const wasOpen = (key: string) => previous?.full || previous?.openNamespaces.has(key) === true;
  const wasClosed = (name: string) => previous?.closedClusters.has(name) === true;

  const closedClusters = new Set<string>();
  const openNamespaces = new Set<string>();
  for (const cluster of index.clusters) {
    if (!geometry.clusters.has(cluster.name)) continue;
    let widths = 0;
    for (const namespace of cluster.namespaces)
      widths += geometry.namespaces.get(namespace.key)?.width ?? 0;
    const onScreen = (widths / Math.max(1, cluster.namespaces.length)) * camera.zoom;
    const limit = wasClosed(cluster.name) ? rules.openClusterFromPx : rules.closeClusterBelowPx;
    if (!pinned.clusters.has(cluster.name) && onScreen < limit) {
      closedClusters.add(cluster.name);
      continue;
    }
    for (const namespace of cluster.namespaces) {
      if (pinned.namespaces.has(namespace.key)) {
        openNamespaces.add(namespace.key);
        continue;
      }
      const box = geometry.namespaces.get(namespace.key);
      const zoomLimit = wasOpen(namespace.key) ? rules.closeNamespaceZoom : rules.openNamespaceZoom;
      if (box && camera.zoom >= zoomLimit && intersects(box, visible))
        openNamespaces.add(namespace.key);
    }
  }
  return { full: false, closedClusters, openNamespaces };
}

export function sameDetail(a: DetailLevel | undefined, b: DetailLevel): boolean {
  if (!a || a.full !== b.full) return false;
  if (a.closedClusters.size !== b.closedClusters.size) return false;
  if (a.openNamespaces.size !== b.openNamespaces.size) return false;
  for (const name of b.closedClusters) if (!a.closedClusters.has(name)) return false;
  for (const key of b.openNamespaces) if (!a.openNamespaces.has(key)) return false;
  return true;
}
