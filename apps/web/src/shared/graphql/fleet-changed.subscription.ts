import { graphql } from '../../graphql/generated';

// Only what decides whether to refetch; pages ask for the data itself with their own queries.
export const fleetChangedSubscription = graphql(`
  subscription FleetChanged {
    fleetChanged {
      revision
      clusters
      changedIds
    }
  }
`);
