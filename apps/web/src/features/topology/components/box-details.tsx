import { type TopologyNodeData } from '../graphql/topology-data';
import { elementIds } from '../model/element-ids';
import { healthSeverity } from '../model/health-tone';
import { type ClusterGroup, type NamespaceGroup } from '../model/topology-index';
import { HealthCounts } from './health-counts';
import { HealthMark } from './health-mark';
import { NodeLink } from './node-link';

const listed = 25;

function worstFirst(nodes: readonly TopologyNodeData[]): TopologyNodeData[] {
  return [...nodes].sort(
    (a, b) =>
      healthSeverity[b.health] - healthSeverity[a.health] ||
      (b.requestRate ?? 0) - (a.requestRate ?? 0),
  );
}

interface BoxActions {
  onSelect: (id: string) => void;
  onReveal: (id: string) => void;
}

/** A namespace box: its counts, and its nodes with problems first. */
export function NamespaceDetails({
  namespace,
  onSelect,
  onReveal,
}: { namespace: NamespaceGroup } & BoxActions) {
  const nodes = worstFirst(namespace.nodes);
  return (
    <div data-selection-type="namespace">
      <header className="topology-panel-header">
        <p className="muted">namespace in {namespace.cluster}</p>
        <h2>{namespace.name}</h2>
      </header>
      <HealthCounts counts={namespace.counts} />
      <button
        type="button"
        className="topology-button"
        onClick={() => onReveal(elementIds.namespace(namespace.key))}
      >
        Zoom in
      </button>
      <section className="topology-panel-section">
        <h3>
          Nodes <span className="muted">({nodes.length})</span>
        </h3>
        <ul className="topology-neighbours">
          {nodes.slice(0, listed).map((node) => (
            <li key={node.id}>
              <NodeLink node={node} onSelect={onSelect} />
            </li>
          ))}
          {nodes.length > listed && <li className="muted">and {nodes.length - listed} more</li>}
        </ul>
      </section>
    </div>
  );
}

/** A cluster box: its counts and namespaces, worst first. */
export function ClusterDetails({
  cluster,
  onSelect,
  onReveal,
}: { cluster: ClusterGroup } & BoxActions) {
  const namespaces = [...cluster.namespaces].sort(
    (a, b) => healthSeverity[b.worst] - healthSeverity[a.worst],
  );
  return (
    <div data-selection-type="cluster">
      <header className="topology-panel-header">
        <p className="muted">cluster</p>
        <h2>{cluster.name}</h2>
      </header>
      <HealthCounts counts={cluster.counts} />
      <button
        type="button"
        className="topology-button"
        onClick={() => onReveal(elementIds.cluster(cluster.name))}
      >
        Zoom in
      </button>
      <section className="topology-panel-section">
        <h3>
          Namespaces <span className="muted">({namespaces.length})</span>
        </h3>
        <ul className="topology-neighbours">
          {namespaces.slice(0, listed).map((namespace) => (
            <li key={namespace.key}>
              <button
                type="button"
                className="topology-node-link"
                onClick={() => onSelect(elementIds.namespace(namespace.key))}
              >
                <strong>{namespace.name}</strong>{' '}
                <span className="muted">{namespace.nodes.length}</span>{' '}
                <HealthMark health={namespace.worst} />
              </button>
            </li>
          ))}
          {namespaces.length > listed && (
            <li className="muted">and {namespaces.length - listed} more</li>
          )}
        </ul>
      </section>
    </div>
  );
}
