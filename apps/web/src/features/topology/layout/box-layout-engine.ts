import { callDepth } from './call-depth';
import { layoutGeometry as g } from './layout-geometry';
import { type LayoutRequest, type LayoutResult } from './layout-protocol';
import { shelfPack } from './shelf-pack';

interface NamespaceSlots {
  columns: number;
  /** Node id per grid cell, row by row; null for a free cell. */
  cells: Array<string | null>;
  /**
   * The most cells the box was sized for since it was last re-gridded: a box does not shrink when
   * a node leaves, so the boxes after it do not move up and down with every scale-in and out.
   */
  reserved: number;
}

/**
 * Grid-of-boxes layout: clusters hold namespaces, namespaces hold a grid of nodes. It remembers
 * where every node, namespace and cluster went, so a refresh with the same graph draws the same
 * picture, and a new node takes a free cell instead of pushing the others around.
 */
export class BoxLayoutEngine {
  private readonly slots = new Map<string, NamespaceSlots>();
  private readonly namespaceOrder = new Map<string, string[]>();
  private clusterOrder: string[] = [];

  layout(request: LayoutRequest): LayoutResult {
    const started = performance.now();
    const nodeCount = request.nodeIds.length;
    const depth = callDepth(nodeCount, request.edges, request.trafficSources);

    const members: number[][] = request.namespaces.map(() => []);
    for (let n = 0; n < nodeCount; n++) members[request.nodeNamespace[n]!]!.push(n);

    const cellOf = new Int32Array(nodeCount);
    const grids = request.namespaces.map((key, ns) => {
      const nodes = members[ns]!;
      nodes.sort(
        (a, b) =>
          depth[a]! - depth[b]! || compareText(request.nodeNames[a]!, request.nodeNames[b]!),
      );
      const slots = this.placeInGrid(
        key,
        nodes.map((n) => request.nodeIds[n]!),
      );
      const cellIndex = new Map(slots.cells.map((id, cell) => [id, cell]));
      for (const n of nodes) cellOf[n] = cellIndex.get(request.nodeIds[n]!) ?? 0;
      const rows = Math.max(1, Math.ceil(slots.reserved / slots.columns));
      const columns = Math.max(1, Math.min(slots.columns, slots.reserved));
      return {
        columns: slots.columns,
        width: (columns - 1) * g.cellWidth + g.nodeSize + 2 * g.namespacePadding,
        height:
          (rows - 1) * g.cellHeight + g.nodeSize + g.namespacePaddingTop + g.namespacePaddingBottom,
      };
    });

    const clusterNamespaces: number[][] = request.clusters.map(() => []);
    request.namespaces.forEach((_, ns) =>
      clusterNamespaces[request.namespaceCluster[ns]!]!.push(ns),
    );

    const namespaceRects = new Float64Array(request.namespaces.length * 4);
    const namespaceIndex = new Map(request.namespaces.map((key, ns) => [key, ns]));
    const clusterSizes = request.clusters.map((cluster, c) => {
      const order = this.stableOrder(
        this.namespaceOrder.get(cluster) ?? [],
        clusterNamespaces[c]!.map((ns) => request.namespaces[ns]!),
      );
      this.namespaceOrder.set(cluster, order);
      const ordered = order.map((key) => namespaceIndex.get(key)!);
      const packed = shelfPack(
        ordered.map((ns) => grids[ns]!),
        g.namespaceGap,
        g.aspectRatio,
      );
      ordered.forEach((ns, i) => {
        namespaceRects[ns * 4] = packed.places[i]!.x + g.clusterPadding;
        namespaceRects[ns * 4 + 1] = packed.places[i]!.y + g.clusterPadding;
        namespaceRects[ns * 4 + 2] = grids[ns]!.width;
        namespaceRects[ns * 4 + 3] = grids[ns]!.height;
      });
      return {
        width: packed.width + 2 * g.clusterPadding,
        height: packed.height + 2 * g.clusterPadding,
      };
    });

    this.clusterOrder = this.stableOrder(this.clusterOrder, request.clusters);
    const clusterIndex = new Map(request.clusters.map((name, c) => [name, c]));
    const orderedClusters = this.clusterOrder.map((name) => clusterIndex.get(name)!);
    const fleet = shelfPack(
      orderedClusters.map((c) => clusterSizes[c]!),
      g.clusterGap,
      request.aspectRatio,
    );
    const clusterRects = new Float64Array(request.clusters.length * 4);
    orderedClusters.forEach((c, i) => {
      clusterRects[c * 4] = fleet.places[i]!.x;
      clusterRects[c * 4 + 1] = fleet.places[i]!.y;
      clusterRects[c * 4 + 2] = clusterSizes[c]!.width;
      clusterRects[c * 4 + 3] = clusterSizes[c]!.height;
    });
    // Namespace rectangles were relative to their cluster until now.
    request.namespaces.forEach((_, ns) => {
      const c = request.namespaceCluster[ns]!;
      namespaceRects[ns * 4] = namespaceRects[ns * 4]! + clusterRects[c * 4]!;
      namespaceRects[ns * 4 + 1] = namespaceRects[ns * 4 + 1]! + clusterRects[c * 4 + 1]!;
    });

    const positions = new Float64Array(nodeCount * 2);
    const half = g.nodeSize / 2;
    for (let n = 0; n < nodeCount; n++) {
      const ns = request.nodeNamespace[n]!;
      const columns = grids[ns]!.columns;
      const cell = cellOf[n]!;
      positions[n * 2] =
        namespaceRects[ns * 4]! + g.namespacePadding + half + (cell % columns) * g.cellWidth;
      positions[n * 2 + 1] =
        namespaceRects[ns * 4 + 1]! +
        g.namespacePaddingTop +
        half +
        Math.floor(cell / columns) * g.cellHeight;
    }
    return {
      requestId: request.requestId,
      positions,
      namespaceRects,
      clusterRects,
      durationMs: performance.now() - started,
    };
  }

  /** Keeps known nodes in their cells; new ones take free cells in call order. */
  private placeInGrid(key: string, ids: string[]): NamespaceSlots {
    const previous = this.slots.get(key);
    const present = new Set(ids);
    const ideal = Math.max(1, Math.ceil(Math.sqrt(ids.length)));
    let slots: NamespaceSlots;
    const kept = previous
      ? previous.cells.filter((id) => id !== null && present.has(id)).length
      : 0;
    // Re-grid when the namespace grew or shrank a lot: a 2-wide grid of 40 nodes reads badly.
    if (
      !previous ||
      previous.columns > ideal * 2 ||
      previous.columns * 2 < ideal ||
      kept * 2 < ids.length
    ) {
      const byOldCell = (previous?.cells ?? []).filter(
        (id): id is string => id !== null && present.has(id),
      );
      const old = new Set(byOldCell);
      const cells = [...byOldCell, ...ids.filter((id) => !old.has(id))];
      slots = { columns: ideal, cells, reserved: cells.length };
    } else {
      const cells = previous.cells.map((id) => (id !== null && present.has(id) ? id : null));
      const placed = new Set(cells);
      let free = 0;
      for (const id of ids) {
        if (placed.has(id)) continue;
        while (free < cells.length && cells[free] !== null) free++;
        cells[free] = id;
      }
      while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
      slots = {
        columns: previous.columns,
        cells,
        reserved: Math.max(previous.reserved, cells.length),
      };
    }
    this.slots.set(key, slots);
    return slots;
  }

  /** The previous order of what is still there, then what is new in the given order. */
  private stableOrder(previous: readonly string[], current: readonly string[]): string[] {
    const present = new Set(current);
    const kept = previous.filter((key) => present.has(key));
    const known = new Set(kept);
    return [...kept, ...current.filter((key) => !known.has(key))];
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
