import { graphql } from '../../../graphql/generated';

// The same graph pushed by the hub whenever it recomputes it, while the live socket is up.
export const topologyUpdatedSubscription = graphql(`
  subscription TopologyUpdated($filter: TopologyFilter, $window: Int) {
    topologyUpdated(filter: $filter, window: $window) {
      ...TopologyFields
    }
  }
`);
