import { type TopologyNodeData } from '../graphql/topology-data';
import { formatPercent, formatRate } from '../model/format-metric';
import { meshTag } from '../model/mesh-tag';
import { type TopologyIndex } from '../model/topology-index';
import { HealthMark } from './health-mark';
import { MetricsCharts } from './metrics-charts';
import { NeighbourList } from './neighbour-list';

interface NodeDetailsProps {
  node: TopologyNodeData;
  index: TopologyIndex;
  windowSeconds: number;
  refreshMs: number | undefined;
  onSelect: (id: string) => void;
}

/** One node: where it runs, its health and why, its traffic, and who it talks to. */
export function NodeDetails({ node, index, windowSeconds, refreshMs, onSelect }: NodeDetailsProps) {
  const inbound = index.inbound.get(node.id) ?? [];
  const outbound = index.outbound.get(node.id) ?? [];
  const sent = outbound.reduce((sum, edge) => sum + edge.requestRate, 0);
  return (
    <div data-selection-type="node" data-node-id={node.id}>
      <header className="topology-panel-header">
        <p className="topology-node-path muted">
          {node.cluster} / {node.namespace}
        </p>
        <h2>{node.name}</h2>
        <p className="topology-panel-tags">
          <span className="topology-tag">{node.kind.toLowerCase()}</span>
          <span className="topology-tag" title={node.mesh ?? undefined} data-mesh={node.mesh ?? ''}>
            {meshTag(node.meshKind)}
            {node.mesh ? ` · ${node.mesh}` : ''}
          </span>
          {node.trafficSource && <span className="topology-tag">traffic source</span>}
          {node.certificateAlert && (
            <span className="topology-tag tone-failing">⚠ mesh CA expiring</span>
          )}
        </p>
      </header>
      <section className="topology-panel-section">
        <h3>Health</h3>
        <HealthMark health={node.health} />
        {node.healthReasons.length > 0 && (
          <ul className="topology-reasons">
            {node.healthReasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        )}
      </section>
      <dl className="topology-figures">
        <div>
          <dt>Inbound</dt>
          <dd>{formatRate(node.requestRate)}</dd>
        </div>
        <div>
          <dt>5xx</dt>
          <dd>{formatPercent(node.errorRate)}</dd>
        </div>
        <div>
          <dt>Outbound</dt>
          <dd>{formatRate(sent)}</dd>
        </div>
      </dl>
      <NeighbourList
        title="Inbound from"
        index={index}
        edges={inbound}
        end="source"
        onSelect={onSelect}
      />
      <NeighbourList
        title="Outbound to"
        index={index}
        edges={outbound}
        end="target"
        onSelect={onSelect}
      />
      <section className="topology-panel-section">
        <h3>Traffic</h3>
        <MetricsCharts id={node.id} windowSeconds={windowSeconds} refreshMs={refreshMs} />
      </section>
    </div>
  );
}
