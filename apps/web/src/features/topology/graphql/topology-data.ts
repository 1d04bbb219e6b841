import {
  type ServiceMetricsQuery,
  type TopologyFieldsFragment,
} from '../../../graphql/generated/graphql';

export type {
  Health,
  MeshKind,
  TopologyFilter,
  TopologyGranularity,
  TopologyQueryVariables,
} from '../../../graphql/generated/graphql';

/** The graph as the Topology query and subscription return it. */
export type TopologyData = TopologyFieldsFragment;
export type TopologyNodeData = TopologyData['nodes'][number];
export type TopologyEdgeData = TopologyData['edges'][number];
export type MetricSeriesData = ServiceMetricsQuery['serviceMetrics']['series'][number];
