import { graphql } from '../../../graphql/generated';

// The Meshes page: every mesh with its control planes, the links between meshes, and which
// clusters answer (a mesh in a stale cluster is last-known data and says so).
export const meshesQuery = graphql(`
  query Meshes {
    meshes {
      id
      kind
      name
      namespace
      version
      revision
      trustDomain
      health
      cluster {
        name
      }
      controlPlanes {
        name
        namespace
        revision
        version
        health
        readyReplicas
        desiredReplicas
      }
    }
    meshLinks {
      id
      kind
      fromCluster
      fromMeshId
      toCluster
      details {
        key
        value
      }
    }
    clusters {
      name
      reachability
      stale
    }
  }
`);
