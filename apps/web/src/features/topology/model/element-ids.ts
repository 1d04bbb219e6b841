import { type TopologyNodeData } from '../graphql/topology-data';
import { namespaceKey } from './topology-index';

// Prefixes for what the graph draws besides the API's own node and edge ids. The API's ids start
// with a cluster name, and a Kubernetes context name has no use for these words plus a colon.
const prefix = {
  clusterBox: 'cluster-box:',
  cluster: 'cluster:',
  namespaceBox: 'namespace-box:',
  namespace: 'namespace:',
  edges: 'edges:',
} as const;

/** A drawn endpoint that is not a single node: a closed namespace or a closed cluster. */
export type GroupRef = { type: 'namespace'; key: string } | { type: 'cluster'; name: string };

export const elementIds = {
  /** An open cluster: the box around its namespaces. */
  clusterBox: (name: string) => prefix.clusterBox + name,
  /** A closed cluster drawn as one node; also how a cluster is selected. */
  cluster: (name: string) => prefix.cluster + name,
  namespaceBox: (key: string) => prefix.namespaceBox + key,
  namespace: (key: string) => prefix.namespace + key,
  /** The edge that stands for every edge from one drawn endpoint to another. */
  edges: (source: string, target: string) => `${prefix.edges}${source}\u2192${target}`,
};

/** What a selection id (from the URL or a click on a box) refers to, before looking it up. */
export type SelectionRef =
  { type: 'element'; id: string } | GroupRef | { type: 'edges'; source: string; target: string };

export function parseSelectionId(id: string): SelectionRef {
  if (id.startsWith(prefix.clusterBox))
    return { type: 'cluster', name: id.slice(prefix.clusterBox.length) };
  if (id.startsWith(prefix.cluster))
    return { type: 'cluster', name: id.slice(prefix.cluster.length) };
  if (id.startsWith(prefix.namespaceBox)) {
    return { type: 'namespace', key: id.slice(prefix.namespaceBox.length) };
  }
  if (id.startsWith(prefix.namespace))
    return { type: 'namespace', key: id.slice(prefix.namespace.length) };
  if (id.startsWith(prefix.edges)) {
    const [source, target] = id.slice(prefix.edges.length).split('\u2192');
    if (source !== undefined && target !== undefined) return { type: 'edges', source, target };
  }
  return { type: 'element', id };
}

/** The id a click on a drawn element selects: a box selects its namespace or cluster. */
export function selectionIdOf(elementId: string): string {
  const ref = parseSelectionId(elementId);
  switch (ref.type) {
    case 'cluster':
      return elementIds.cluster(ref.name);
    case 'namespace':
      return elementIds.namespace(ref.key);
    case 'element':
    case 'edges':
      return elementId;
  }
}

/** Whether a drawn endpoint (node id, namespace or cluster id) holds the node. */
export function endpointHolds(endpointId: string, node: TopologyNodeData): boolean {
  const ref = parseSelectionId(endpointId);
  switch (ref.type) {
    case 'cluster':
      return node.cluster === ref.name;
    case 'namespace':
      return namespaceKey(node.cluster, node.namespace) === ref.key;
    case 'element':
    case 'edges':
      return node.id === endpointId;
  }
}
