import { graphql } from '../../../graphql/generated';

// One certificate for the detail panel: every public fact, its issuers up to the root with how each
// link was checked, and the findings that name it.
export const certificateDetailQuery = graphql(`
  query CertificateDetail($id: ID!) {
    certificate(id: $id) {
      id
      cluster
      mesh
      meshKind
      meshName
      role
      subject
      issuer
      serial
      sans
      keyAlgorithm
      keySize
      curve
      notBefore
      notAfter
      expiryClass
      daysLeft
      sha256Fingerprint
      isCA
      pathLen
      pem
      trustDomain
      note
      source {
        kind
        namespace
        name
        key
        index
      }
      alsoIn {
        kind
        namespace
        name
        key
        index
      }
      chain {
        status
        issuerId
        message
      }
      issuers {
        id
        role
        subject
        notAfter
        expiryClass
        daysLeft
        chain {
          status
          message
        }
      }
      findings {
        id
        kind
        severity
        message
      }
    }
  }
`);
