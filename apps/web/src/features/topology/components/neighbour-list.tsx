import { type TopologyEdgeData } from '../graphql/topology-data';
import { formatPercent, formatRate } from '../model/format-metric';
import { type TopologyIndex } from '../model/topology-index';
import { NodeLink } from './node-link';

const shown = 40;

interface NeighbourListProps {
  title: string;
  index: TopologyIndex;
  edges: readonly TopologyEdgeData[];
  /** Which end of each edge is the neighbour. */
  end: 'source' | 'target';
  onSelect: (id: string) => void;
}

/** Callers or callees of a node, busiest first, with the traffic of each edge. */
export function NeighbourList({ title, index, edges, end, onSelect }: NeighbourListProps) {
  const sorted = [...edges].sort((a, b) => b.requestRate - a.requestRate);
  return (
    <section
      className="topology-panel-section"
      data-neighbours={end === 'source' ? 'inbound' : 'outbound'}
    >
      <h3>
        {title} <span className="muted">({edges.length})</span>
      </h3>
      {edges.length === 0 ? (
        <p className="muted">None in this window</p>
      ) : (
        <ul className="topology-neighbours">
          {sorted.slice(0, shown).map((edge) => {
            const node = index.nodeById.get(edge[end]);
            if (!node) return null;
            return (
              <li key={edge.id}>
                <NodeLink node={node} onSelect={onSelect} />
                <button
                  type="button"
                  className="link-button topology-edge-link"
                  onClick={() => onSelect(edge.id)}
                >
                  {formatRate(edge.requestRate)} · {formatPercent(edge.errorRate)} 5xx
                </button>
              </li>
            );
          })}
          {sorted.length > shown && <li className="muted">and {sorted.length - shown} more</li>}
        </ul>
      )}
    </section>
  );
}
