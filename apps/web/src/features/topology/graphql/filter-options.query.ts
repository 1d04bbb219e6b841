import { graphql } from '../../../graphql/generated';

// The choices of the cluster and mesh filters: every one the hub knows, not only those in the
// graph on screen (which the filter itself narrows).
export const filterOptionsQuery = graphql(`
  query TopologyFilterOptions {
    clusters {
      name
    }
    meshes {
      id
      name
      kind
      cluster {
        name
      }
    }
  }
`);
