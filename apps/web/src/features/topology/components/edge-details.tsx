import { type TopologyEdgeData } from '../graphql/topology-data';
import { type TopologyIndex } from '../model/topology-index';
import { EdgeFigures } from './edge-figures';
import { MetricsCharts } from './metrics-charts';
import { NodeLink } from './node-link';

interface EdgeDetailsProps {
  edge: TopologyEdgeData;
  index: TopologyIndex;
  windowSeconds: number;
  refreshMs: number | undefined;
  onSelect: (id: string) => void;
}

/** One edge: both ends, its protocol and numbers, and the charts of the service it calls. */
export function EdgeDetails({ edge, index, windowSeconds, refreshMs, onSelect }: EdgeDetailsProps) {
  const source = index.nodeById.get(edge.source)!;
  const target = index.nodeById.get(edge.target)!;
  return (
    <div data-selection-type="edge" data-edge-id={edge.id}>
      <header className="topology-panel-header">
        <p className="muted">{edge.protocol.toUpperCase()} traffic</p>
        <h2>
          {source.name} → {target.name}
        </h2>
      </header>
      <section className="topology-panel-section">
        <h3>From</h3>
        <NodeLink node={source} onSelect={onSelect} />
        <h3>To</h3>
        <NodeLink node={target} onSelect={onSelect} />
      </section>
      <EdgeFigures {...edge} />
      <section className="topology-panel-section">
        <h3>Traffic into {target.name}</h3>
        <MetricsCharts id={target.id} windowSeconds={windowSeconds} refreshMs={refreshMs} />
      </section>
    </div>
  );
}
