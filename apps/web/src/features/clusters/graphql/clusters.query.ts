import { graphql } from '../../../graphql/generated';

// Every field the Clusters page shows; polled, so it stays small.
export const clustersQuery = graphql(`
  query Clusters {
    clusters {
      name
      server
      context
      source
      reachability
      stale
      kubernetesVersion
      lastSeenAt
      lastCheckedAt
      error
    }
  }
`);
