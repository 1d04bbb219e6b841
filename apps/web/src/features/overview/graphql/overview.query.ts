import { graphql } from '../../../graphql/generated';

// The Overview's answer: which clusters answer and are synced, which control planes are healthy,
// how many certificates are in each expiry class, and the fleet's totals.
export const overviewQuery = graphql(`
  query Overview {
    fleet {
      clusters
      clustersSynced
      meshes
      services
      workloads
      policies
    }
    certificateSummary {
      total
      expired
      critical
      warning
      ok
      criticalDays
      warningDays
      findingErrors
      findingWarnings
    }
    clusters {
      name
      reachability
      stale
      synced
      lastSeenAt
      lastSyncedAt
      error
      meshCount
      errors {
        code
        message
        verb
        group
        resource
      }
    }
    meshes {
      id
      kind
      name
      namespace
      version
      health
      cluster {
        name
      }
      controlPlanes {
        name
        health
        readyReplicas
        desiredReplicas
      }
    }
  }
`);
