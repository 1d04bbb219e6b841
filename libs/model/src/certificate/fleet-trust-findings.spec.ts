import { MeshKind } from '../mesh/mesh-kind';
import { type MeshLink, MeshLinkKind } from '../mesh-link/mesh-link';
import { CertificateChainStatus, CertificateRole } from './certificate';
import { chainOf } from './certificate-chain';
import { fleetTrustFindings } from './fleet-trust-findings';
import { certificateFixture, meshFixture } from './testing/certificate-fixtures';
import { TrustFindingKind, TrustFindingSeverity } from './trust-finding';

const east = meshFixture({ id: 'east/istio-system/Mesh/istio' });
const west = meshFixture({ id: 'west/istio-system/Mesh/istio' });

const root = (cluster: string, print: string) =>
  certificateFixture({
    id: `${cluster}/istio-system/Certificate/root`,
    mesh: `${cluster}/istio-system/Mesh/istio`,
    sha256Fingerprint: print,
  });

const intermediate = (cluster: string, overrides: Parameters<typeof certificateFixture>[0]) =>
  certificateFixture({
    mesh: `${cluster}/istio-system/Mesh/istio`,
    role: CertificateRole.INTERMEDIATE,
    subject: `O=Istio, CN=Intermediate CA, L=${cluster}`,
    notAfter: '2027-01-01T00:00:00.000Z',
    chain: {
      status: CertificateChainStatus.VALID,
      issuerId: `${cluster}/istio-system/Certificate/root`,
      message: 'signed by root',
    },
    ...overrides,
  });

const remoteSecret = (from: string, to: string): MeshLink => ({
  id: `${from}/istio-system/MeshLink/ISTIO_REMOTE_SECRET:istio-remote-secret-${to}`,
  kind: MeshLinkKind.ISTIO_REMOTE_SECRET,
  fromCluster: from,
  fromMesh: `${from}/istio-system/Mesh/istio`,
  toCluster: to,
  source: {
    cluster: from,
    group: '',
    kind: 'Secret',
    namespace: 'istio-system',
    name: `istio-remote-secret-${to}`,
  },
  details: {},
});

const kinds = (findings: { kind: TrustFindingKind }[]) => findings.map((f) => f.kind).sort();

describe('fleetTrustFindings', () => {
  it('reports one SHARED_ROOT for two linked Istio meshes with the same root, whichever side links', () => {
    const findings = fleetTrustFindings(
      [east, west],
      [remoteSecret('east', 'west'), remoteSecret('west', 'east')],
      [root('east', 'AB:CD'), root('west', 'AB:CD')],
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      kind: TrustFindingKind.SHARED_ROOT,
      severity: TrustFindingSeverity.INFO,
      clusters: ['east', 'west'],
      certificates: ['east/istio-system/Certificate/root', 'west/istio-system/Certificate/root'],
    });
  });

  it('reports ROOT_MISMATCH as an error when linked meshes share no root', () => {
    const findings = fleetTrustFindings(
      [east, west],
      [remoteSecret('east', 'west')],
      [root('east', 'AB:CD'), root('west', 'EF:01')],
    );
    expect(findings.map((f) => [f.kind, f.severity])).toEqual([
      [TrustFindingKind.ROOT_MISMATCH, TrustFindingSeverity.ERROR],
    ]);
    expect(findings[0]!.message).toContain('east/istio and west/istio');
  });

  it('warns when a link points at a cluster without a mesh of the same kind', () => {
    const consul = meshFixture({ id: 'south/consul/Mesh/consul', kind: MeshKind.CONSUL });
    const findings = fleetTrustFindings([east, consul], [remoteSecret('east', 'south')], []);
    expect(findings).toEqual([
      expect.objectContaining({
        kind: TrustFindingKind.LINKED_PEER_NOT_FOUND,
        severity: TrustFindingSeverity.WARNING,
        meshes: ['east/istio-system/Mesh/istio'],
      }),
    ]);
  });

  it('reports differing trust domains of linked meshes and of a certificate and its mesh', () => {
    const westOther = { ...west, trustDomain: 'west.local' };
    const issuer = intermediate('east', {
      id: 'east/istio-system/Certificate/ca',
      trustDomain: 'other.local',
    });
    const findings = fleetTrustFindings(
      [east, westOther],
      [remoteSecret('east', 'west')],
      [root('east', 'AB'), root('west', 'AB'), issuer],
    );
    expect(kinds(findings)).toEqual([
      TrustFindingKind.SHARED_ROOT,
      TrustFindingKind.TRUST_DOMAIN_MISMATCH,
      TrustFindingKind.TRUST_DOMAIN_MISMATCH,
    ]);
    expect(findings[0]!.kind).toBe(TrustFindingKind.TRUST_DOMAIN_MISMATCH);
    expect(findings[0]!.certificates).toEqual(['east/istio-system/Certificate/ca']);
  });

  it('finds an issuer that does not chain to the root, and a root that expires before its issuer', () => {
    const stray = intermediate('east', {
      id: 'east/istio-system/Certificate/stray',
      chain: {
        status: CertificateChainStatus.ISSUER_NOT_FOUND,
        message: 'no certificate named "CN=Old Root"',
      },
    });
    const shortRoot = { ...root('east', 'AB'), notAfter: '2026-06-01T00:00:00.000Z' };
    const longIssuer = intermediate('east', { id: 'east/istio-system/Certificate/ca' });
    const findings = fleetTrustFindings([east], [], [shortRoot, stray, longIssuer]);
    expect(kinds(findings)).toEqual([
      TrustFindingKind.ISSUER_NOT_SIGNED_BY_ROOT,
      TrustFindingKind.ROOT_EXPIRES_BEFORE_ISSUER,
    ]);
    const notSigned = findings.find((f) => f.kind === TrustFindingKind.ISSUER_NOT_SIGNED_BY_ROOT)!;
    expect(notSigned.message).toContain('CN=Old Root');
  });

  it('flags RSA keys under 2048 bits as errors and says when a mesh has no root', () => {
    const weak = intermediate('east', {
      id: 'east/istio-system/Certificate/weak',
      keyAlgorithm: 'RSA',
      keySize: 1024,
    });
    const findings = fleetTrustFindings([east], [], [weak]);
    expect(findings.map((f) => [f.kind, f.severity])).toEqual([
      [TrustFindingKind.WEAK_KEY, TrustFindingSeverity.ERROR],
      [TrustFindingKind.NO_ROOT, TrustFindingSeverity.WARNING],
    ]);
  });
});

describe('chainOf', () => {
  it('follows issuers to the root and stops on a loop', () => {
    const a = intermediate('east', {
      id: 'east/x/Certificate/a',
      chain: {
        status: CertificateChainStatus.VALID,
        issuerId: 'east/x/Certificate/b',
        message: '',
      },
    });
    const b = intermediate('east', {
      id: 'east/x/Certificate/b',
      chain: {
        status: CertificateChainStatus.VALID,
        issuerId: 'east/x/Certificate/a',
        message: '',
      },
    });
    const byId = new Map([a, b].map((c) => [c.id, c]));
    expect(chainOf(a, byId).map((c) => c.id)).toEqual([
      'east/x/Certificate/a',
      'east/x/Certificate/b',
    ]);
  });
});
