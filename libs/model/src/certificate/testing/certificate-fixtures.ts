import { ControlPlaneHealth, type Mesh } from '../../mesh/mesh';
import { MeshKind } from '../../mesh/mesh-kind';
import {
  type Certificate,
  CertificateChainStatus,
  CertificateRole,
  CertificateSourceKind,
} from '../certificate';

/** A model Certificate with plausible defaults, for specs of pure rules (no real key material). */
export function certificateFixture(overrides: Partial<Certificate> & { id: string }): Certificate {
  return {
    cluster: overrides.id.split('/')[0] ?? 'east',
    mesh: 'east/istio-system/Mesh/istio',
    source: {
      kind: CertificateSourceKind.Secret,
      namespace: 'istio-system',
      name: 'cacerts',
      key: 'root-cert.pem',
      index: 0,
    },
    alsoIn: [],
    role: CertificateRole.ROOT,
    subject: 'O=Istio, CN=Root CA',
    issuer: 'O=Istio, CN=Root CA',
    serial: '01',
    sans: [],
    keyAlgorithm: 'EC',
    keySize: 256,
    curve: 'prime256v1',
    notBefore: '2025-01-01T00:00:00.000Z',
    notAfter: '2035-01-01T00:00:00.000Z',
    sha256Fingerprint: `AA:${overrides.id}`,
    isCA: true,
    pem: '-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n',
    chain: { status: CertificateChainStatus.SELF_SIGNED, message: 'self-signed' },
    ...overrides,
  };
}

export function meshFixture(overrides: Partial<Mesh> & { id: string }): Mesh {
  const [cluster = 'east', namespace = 'istio-system', , name = 'istio'] = overrides.id.split('/');
  return {
    kind: MeshKind.ISTIO,
    name,
    cluster,
    namespace,
    trustDomain: 'cluster.local',
    controlPlanes: [],
    health: ControlPlaneHealth.HEALTHY,
    attributes: {},
    ...overrides,
  };
}
