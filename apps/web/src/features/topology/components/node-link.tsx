import { type TopologyNodeData } from '../graphql/topology-data';
import { HealthMark } from './health-mark';

/** A node named with its cluster and namespace (a name alone is ambiguous across clusters). */
export function NodeLink({
  node,
  onSelect,
}: {
  node: TopologyNodeData;
  onSelect: (id: string) => void;
}) {
  return (
    <button
      type="button"
      className="topology-node-link"
      onClick={() => onSelect(node.id)}
      data-node-id={node.id}
    >
      <span className="topology-node-path muted">
        {node.cluster} / {node.namespace} /
      </span>{' '}
      <strong>{node.name}</strong> <HealthMark health={node.health} />
    </button>
  );
}
