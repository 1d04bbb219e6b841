import { type ElementDefinition } from 'cytoscape';
import { type TopologyGranularity } from '../graphql/topology-data';
import { type GraphGeometry, type Rect } from '../layout/graph-geometry';
import {
  addEdgeMetrics,
  edgeLabels,
  edgeTone,
  type EdgeMetrics,
  isFullyMutualTls,
  metricsOfEdge,
} from '../model/edge-metrics';
import { elementIds } from '../model/element-ids';
import { healthTone } from '../model/health-tone';
import { meshTag } from '../model/mesh-tag';
import { type HealthCounts, namespaceKey, type TopologyIndex } from '../model/topology-index';
import { type DetailLevel } from './level-of-detail';

const nouns: Record<TopologyGranularity, [string, string]> = {
  WORKLOAD: ['workload', 'workloads'],
  SERVICE: ['service', 'services'],
  APP: ['app', 'apps'],
};

function countLine(count: number, granularity: TopologyGranularity): string {
  const [one, many] = nouns[granularity];
  return `${count} ${count === 1 ? one : many}`;
}

// Glyphs from DejaVu Sans, so the counts say which state they count without colour.
function problemLine(counts: HealthCounts): string {
  const parts: string[] = [];
  if (counts.FAILING > 0) parts.push(`\u2715 ${counts.FAILING} failing`);
  if (counts.DEGRADED > 0) parts.push(`\u26a0 ${counts.DEGRADED} degraded`);
  return parts.length > 0 ? parts.join('  ') : '\u2713 no problems';
}

function edgeElement(
  id: string,
  source: string,
  target: string,
  metrics: EdgeMetrics,
  aggregated: boolean,
): ElementDefinition {
  const labels = edgeLabels(metrics);
  return {
    group: 'edges',
    data: {
      id,
      source,
      target,
      tone: edgeTone(metrics.errorRate, metrics.requestRate),
      labelRate: labels.rate,
      labelErrors: labels.errors,
      labelP95: labels.p95,
      width: aggregated ? Math.min(10, 1.5 + Math.log2(metrics.count)) : 1.5,
    },
    classes: [
      aggregated ? 'aggregate' : '',
      metrics.requestRate === 0 ? 'idle' : '',
      metrics.crossCluster ? 'cross-cluster' : '',
      isFullyMutualTls(metrics.mtlsPercent) ? 'mtls' : '',
      metrics.highlighted ? 'highlighted' : '',
    ]
      .filter(Boolean)
      .join(' '),
  };
}

/**
 * A cluster or namespace box: a plain node sized and placed by the layout, drawn under what it
 * holds. Not a cytoscape compound on purpose: with compounds, cytoscape walks every element's
 * parents on each frame and on each change, which costs more than drawing at fleet scale.
 */
function boxElement(id: string, label: string, rect: Rect, classes: string): ElementDefinition {
  return {
    group: 'nodes',
    data: { id, label, width: rect.width, height: rect.height },
    position: { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 },
    classes,
  };
}

/**
 * The elements to draw for the graph at a level of detail: open clusters as boxes around their
 * namespaces, closed ones as one node; open namespaces as boxes around their nodes, closed ones as
 * one node sized like the open box (opening one moves nothing else). Edges between two drawn
 * endpoints are summed into one; of those, at most `maxBoxEdges` are drawn, problems first.
 */
export function buildScene(
  index: TopologyIndex,
  geometry: GraphGeometry,
  detail: DetailLevel,
  granularity: TopologyGranularity,
  maxBoxEdges?: number,
): Scene {
  const elements: ElementDefinition[] = [];
  /** The drawn element each node is part of: itself, its namespace or its cluster. */
  const endpoint = new Map<string, string>();

  for (const cluster of index.clusters) {
    const rect = geometry.clusters.get(cluster.name);
    if (!rect) continue;
    if (!detail.full && detail.closedClusters.has(cluster.name)) {
      const id = elementIds.cluster(cluster.name);
      elements.push({
        group: 'nodes',
        data: {
          id,
          label: `${cluster.name}\n${countLine(cluster.nodeCount, granularity)}\n${problemLine(cluster.counts)}`,
          tone: healthTone(cluster.worst),
          width: rect.width,
          height: rect.height,
        },
        position: { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 },
        classes: `cluster-summary${cluster.highlighted ? ' highlighted' : ''}`,
      });
      for (const namespace of cluster.namespaces) {
        for (const node of namespace.nodes) endpoint.set(node.id, id);
      }
      continue;
    }
    elements.push(
      boxElement(elementIds.clusterBox(cluster.name), cluster.name, rect, 'cluster-box'),
    );
    for (const namespace of cluster.namespaces) {
      const box = geometry.namespaces.get(namespace.key);
      if (!box) continue;
      if (!detail.full && !detail.openNamespaces.has(namespace.key)) {
        const id = elementIds.namespace(namespace.key);
        elements.push({
          group: 'nodes',
          data: {
            id,
            label: `${namespace.name}\n${countLine(namespace.nodes.length, granularity)}\n${problemLine(namespace.counts)}`,
            tone: healthTone(namespace.worst),
            width: box.width,
            height: box.height,
          },
          position: { x: box.x + box.width / 2, y: box.y + box.height / 2 },
          classes: `namespace-summary${namespace.highlighted ? ' highlighted' : ''}`,
        });
        for (const node of namespace.nodes) endpoint.set(node.id, id);
        continue;
      }
      elements.push(
        boxElement(elementIds.namespaceBox(namespace.key), namespace.name, box, 'namespace-box'),
      );
      for (const node of namespace.nodes) {
        endpoint.set(node.id, node.id);
        elements.push({
          group: 'nodes',
          data: {
            id: node.id,
            label: `${node.name}\n${node.certificateAlert ? '\u26a0 ' : ''}${meshTag(node.meshKind)}`,
            tone: healthTone(node.health),
            kind: node.kind,
          },
          position: geometry.nodes.get(node.id) ?? { x: box.x, y: box.y },
          classes: [
            'topology-node',
            node.highlighted ? 'highlighted' : '',
            node.certificateAlert ? 'certificate-alert' : '',
            node.trafficSource ? 'traffic-source' : '',
          ]
            .filter(Boolean)
            .join(' '),
        });
      }
    }
  }

  const summed = new Map<string, { source: string; target: string; metrics: EdgeMetrics }>();
  const endpointIsNode = (id: string) => index.nodeById.has(id);
  for (const edge of index.edgeById.values()) {
    const source = endpoint.get(edge.source);
    const target = endpoint.get(edge.target);
    if (source === undefined || target === undefined) continue;
    if (source === edge.source && target === edge.target) {
      elements.push(edgeElement(edge.id, source, target, metricsOfEdge(edge), false));
      continue;
    }
    // Traffic inside a closed box is part of its counts, not a loop on it.
    if (source === target) continue;
    const id = elementIds.edges(source, target);
    const total = summed.get(id);
    if (total) addEdgeMetrics(total.metrics, edge);
    else summed.set(id, { source, target, metrics: metricsOfEdge(edge) });
  }
  const boxEdges = [...summed.values()];
  // Zoomed in, the eye is on the open nodes: fewer box-to-box edges, those touching them first.
  const limit =
    maxBoxEdges ?? (detail.openNamespaces.size > 0 ? maxBoxEdgesZoomedIn : maxBoxEdgesFarOut);
  if (boxEdges.length > limit) {
    const priority = (edge: (typeof boxEdges)[number]) =>
      edgePriority(edge.metrics) +
      (endpointIsNode(edge.source) || endpointIsNode(edge.target) ? 32 : 0);
    boxEdges.sort(
      (a, b) => priority(b) - priority(a) || b.metrics.requestRate - a.metrics.requestRate,
    );
  }
  for (const { source, target, metrics } of boxEdges.slice(0, limit)) {
    const id = elementIds.edges(source, target);
    elements.push(edgeElement(id, source, target, metrics, true));
  }
  return {
    elements,
    boxEdges: boxEdges.length,
    omittedBoxEdges: Math.max(0, boxEdges.length - limit),
  };
}

/** What to draw, and how many edges between closed boxes were left out (see `buildScene`). */
export interface Scene {
  elements: ElementDefinition[];
  boxEdges: number;
  omittedBoxEdges: number;
}

/**
 * Far out, thousands of box-to-box edges make a hairball that says nothing and costs every frame.
 * Up to this many are drawn, problems first; edges between open nodes are always drawn.
 */
const maxBoxEdgesFarOut = 800;
const maxBoxEdgesZoomedIn = 200;

function edgePriority(metrics: EdgeMetrics): number {
  const tone = edgeTone(metrics.errorRate, metrics.requestRate);
  return (
    (tone === 'failing' ? 8 : tone === 'degraded' ? 4 : 0) +
    (metrics.highlighted ? 16 : 0) +
    (metrics.crossCluster ? 2 : 0)
  );
}

/** The namespace and cluster that must stay open for an element id to be drawn as itself. */
export function boxesHolding(
  index: TopologyIndex,
  id: string | null,
): { clusters: Set<string>; namespaces: Set<string> } {
  const clusters = new Set<string>();
  const namespaces = new Set<string>();
  const add = (nodeId: string) => {
    const node = index.nodeById.get(nodeId);
    if (!node) return;
    clusters.add(node.cluster);
    namespaces.add(namespaceKey(node.cluster, node.namespace));
  };
  if (id !== null) {
    const edge = index.edgeById.get(id);
    if (edge) {
      add(edge.source);
      add(edge.target);
    } else add(id);
  }
  return { clusters, namespaces };
}
