import { graphql } from '../../../graphql/generated';

// The detail panel: where the service runs, what runs behind it, what applies to it.
export const serviceDetailQuery = graphql(`
  query ServiceDetail($id: ID!) {
    service(id: $id) {
      id
      name
      namespace
      logicalKey
      cluster {
        name
      }
      versions
      ports {
        name
        port
        protocol
        appProtocol
      }
      meshes {
        id
        kind
        version
        health
      }
      workloads {
        id
        kind
        name
        namespace
        readyReplicas
        desiredReplicas
        dataPlaneMode
        identity
        version
      }
      policies {
        id
        kind
        name
        namespace
        effects {
          type
          summary
        }
        targets
        unmodelled
      }
      otherClusters {
        id
        name
        namespace
        cluster {
          name
        }
      }
    }
  }
`);
