import { type TopologyEdgeData, type TopologyNodeData } from '../graphql/topology-data';
import { addEdgeMetrics, type EdgeMetrics, metricsOfEdge } from './edge-metrics';
import { endpointHolds, parseSelectionId } from './element-ids';
import { type ClusterGroup, type NamespaceGroup, type TopologyIndex } from './topology-index';

/** What the side panel shows for a selection id. */
export type ResolvedSelection =
  | { type: 'node'; node: TopologyNodeData }
  | { type: 'edge'; edge: TopologyEdgeData }
  | { type: 'namespace'; namespace: NamespaceGroup }
  | { type: 'cluster'; cluster: ClusterGroup }
  | { type: 'edges'; source: string; target: string; edges: TopologyEdgeData[]; total: EdgeMetrics }
  | { type: 'missing'; id: string };

/** Looks a selection up in the graph; `missing` when the current filter does not hold it. */
export function resolveSelection(index: TopologyIndex, id: string): ResolvedSelection {
  const ref = parseSelectionId(id);
  switch (ref.type) {
    case 'namespace': {
      const namespace = index.namespaceByKey.get(ref.key);
      return namespace ? { type: 'namespace', namespace } : { type: 'missing', id };
    }
    case 'cluster': {
      const cluster = index.clusterByName.get(ref.name);
      return cluster ? { type: 'cluster', cluster } : { type: 'missing', id };
    }
    case 'edges': {
      const edges: TopologyEdgeData[] = [];
      let total: EdgeMetrics | undefined;
      for (const edge of index.edgeById.values()) {
        const from = index.nodeById.get(edge.source)!;
        const to = index.nodeById.get(edge.target)!;
        if (!endpointHolds(ref.source, from) || !endpointHolds(ref.target, to)) continue;
        edges.push(edge);
        if (total) addEdgeMetrics(total, edge);
        else total = metricsOfEdge(edge);
      }
      if (!total) return { type: 'missing', id };
      edges.sort((a, b) => b.requestRate - a.requestRate);
      return { type: 'edges', source: ref.source, target: ref.target, edges, total };
    }
    case 'element': {
      const node = index.nodeById.get(id);
      if (node) return { type: 'node', node };
      const edge = index.edgeById.get(id);
      return edge ? { type: 'edge', edge } : { type: 'missing', id };
    }
  }
}
