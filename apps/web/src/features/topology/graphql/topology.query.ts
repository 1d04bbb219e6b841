import { graphql } from '../../../graphql/generated';

// The whole graph for one filter and window; the page asks again at its refresh interval.
export const topologyQuery = graphql(`
  query Topology($filter: TopologyFilter, $window: Int) {
    topology(filter: $filter, window: $window) {
      ...TopologyFields
    }
  }
`);
