import { graphql } from '../../../graphql/generated';

// Every field the Topology page draws, shared by the query and the subscription.
export const topologyFieldsFragment = graphql(`
  fragment TopologyFields on Topology {
    window
    generatedAt
    metricsAvailable
    metricsSource
    metricsError
    nodes {
      id
      kind
      cluster
      namespace
      name
      mesh
      meshKind
      health
      healthReasons
      requestRate
      errorRate
      idle
      trafficSource
      highlighted
      certificateAlert
    }
    edges {
      id
      source
      target
      protocol
      requestRate
      errorRate
      p50LatencyMs
      p95LatencyMs
      p99LatencyMs
      mtlsPercent
      crossCluster
      highlighted
    }
  }
`);
