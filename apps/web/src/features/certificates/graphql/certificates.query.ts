import { graphql } from '../../../graphql/generated';

// Everything the Certificates page lists and draws: every certificate (soonest expiry first, as the
// hub sorts them), the trust findings, the sources the hub could not read, and stale clusters.
export const certificatesQuery = graphql(`
  query Certificates {
    certificates {
      id
      cluster
      mesh
      meshKind
      meshName
      role
      subject
      issuer
      notBefore
      notAfter
      expiryClass
      daysLeft
      keyAlgorithm
      keySize
      trustDomain
      note
      source {
        kind
        namespace
        name
        key
      }
      chain {
        status
        issuerId
      }
    }
    trustFindings {
      id
      kind
      severity
      message
      certificates
      clusters
      meshes
    }
    certificateSummary {
      criticalDays
      warningDays
    }
    certificateSources {
      cluster
      mesh
      kind
      state
      message
    }
    clusters {
      name
      stale
    }
  }
`);
