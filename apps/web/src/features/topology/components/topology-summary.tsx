import { type TopologyGranularity } from '../graphql/topology-data';
import { type TopologyIndex } from '../model/topology-index';
import { HealthMark } from './health-mark';

const nouns: Record<TopologyGranularity, string> = {
  WORKLOAD: 'workloads',
  SERVICE: 'services',
  APP: 'apps',
};

/** The answer first: how big the graph is and how many of its nodes are in trouble. */
export function TopologySummary({
  index,
  granularity,
}: {
  index: TopologyIndex;
  granularity: TopologyGranularity;
}) {
  let failing = 0;
  let degraded = 0;
  for (const cluster of index.clusters) {
    failing += cluster.counts.FAILING;
    degraded += cluster.counts.DEGRADED;
  }
  return (
    <p className="topology-summary" data-testid="topology-summary">
      <span>
        {index.nodeById.size.toLocaleString()} {nouns[granularity]} ·{' '}
        {index.edgeById.size.toLocaleString()} edges · {index.clusters.length} clusters
      </span>
      {failing > 0 && (
        <span>
          <strong>{failing}</strong> <HealthMark health="FAILING" />
        </span>
      )}
      {degraded > 0 && (
        <span>
          <strong>{degraded}</strong> <HealthMark health="DEGRADED" />
        </span>
      )}
    </p>
  );
}
