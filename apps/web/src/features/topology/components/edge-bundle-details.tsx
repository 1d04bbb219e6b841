import { type TopologyEdgeData } from '../graphql/topology-data';
import { type EdgeMetrics } from '../model/edge-metrics';
import { parseSelectionId } from '../model/element-ids';
import { formatPercent, formatRate } from '../model/format-metric';
import { type TopologyIndex } from '../model/topology-index';
import { EdgeFigures } from './edge-figures';

const listed = 30;

function endpointName(id: string): string {
  const ref = parseSelectionId(id);
  switch (ref.type) {
    case 'namespace':
      return ref.key;
    case 'cluster':
      return ref.name;
    case 'element':
    case 'edges':
      return id;
  }
}

interface EdgeBundleDetailsProps {
  source: string;
  target: string;
  edges: readonly TopologyEdgeData[];
  total: EdgeMetrics;
  index: TopologyIndex;
  onSelect: (id: string) => void;
}

/** The edges between two closed boxes: their sum, and each edge, busiest first. */
export function EdgeBundleDetails({
  source,
  target,
  edges,
  total,
  index,
  onSelect,
}: EdgeBundleDetailsProps) {
  const name = (id: string) => {
    const node = index.nodeById.get(id);
    return node ? `${node.namespace}/${node.name}` : id;
  };
  return (
    <div data-selection-type="edges">
      <header className="topology-panel-header">
        <p className="muted">{total.count} edges</p>
        <h2>
          {endpointName(source)} → {endpointName(target)}
        </h2>
      </header>
      <EdgeFigures {...total} />
      <section className="topology-panel-section">
        <h3>Edges</h3>
        <ul className="topology-neighbours">
          {edges.slice(0, listed).map((edge) => (
            <li key={edge.id}>
              <button
                type="button"
                className="topology-node-link"
                onClick={() => onSelect(edge.id)}
              >
                {name(edge.source)} → {name(edge.target)}{' '}
                <span className="muted">
                  {formatRate(edge.requestRate)} · {formatPercent(edge.errorRate)} 5xx
                </span>
              </button>
            </li>
          ))}
          {edges.length > listed && <li className="muted">and {edges.length - listed} more</li>}
        </ul>
      </section>
    </div>
  );
}
