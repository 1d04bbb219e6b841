import { graphql } from '../../graphql/generated';

// The cheapest question the hub answers: how many times the fleet model has changed.
export const fleetRevisionQuery = graphql(`
  query FleetRevision {
    fleet {
      revision
    }
  }
`);
