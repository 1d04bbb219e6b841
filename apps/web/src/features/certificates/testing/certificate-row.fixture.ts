import { type CertificateRow, type TrustFindingRow } from '../graphql/certificate-rows';

/** A Certificates-query row with plausible defaults, for specs. */
export function certificateRow(
  overrides: Partial<CertificateRow> & { id: string },
): CertificateRow {
  return {
    cluster: 'east',
    mesh: 'east/istio-system/Mesh/istio',
    meshKind: 'ISTIO',
    meshName: 'istio',
    role: 'ROOT',
    subject: 'O=Istio, CN=Root CA',
    issuer: 'O=Istio, CN=Root CA',
    notBefore: '2025-01-01T00:00:00.000Z',
    notAfter: '2035-01-01T00:00:00.000Z',
    expiryClass: 'OK',
    daysLeft: 3000,
    keyAlgorithm: 'EC',
    keySize: 256,
    trustDomain: null,
    note: null,
    source: {
      kind: 'Secret',
      namespace: 'istio-system',
      name: 'cacerts',
      key: 'root-cert.pem',
    },
    chain: { status: 'SELF_SIGNED', issuerId: null },
    ...overrides,
  };
}

export function findingRow(overrides: Partial<TrustFindingRow> & { id: string }): TrustFindingRow {
  return {
    kind: 'SHARED_ROOT',
    severity: 'INFO',
    message: 'east/istio and west/istio share the root',
    certificates: [],
    clusters: ['east', 'west'],
    meshes: ['east/istio-system/Mesh/istio', 'west/istio-system/Mesh/istio'],
    ...overrides,
  };
}
