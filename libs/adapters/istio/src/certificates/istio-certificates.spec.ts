import { CertificateKinds, type KubeObject, SnapshotBuilder } from '@meshwork/adapters-core';
import {
  TestCa,
  configMapOf,
  secretOf,
  webhookConfigurationOf,
} from '@meshwork/adapters-core/testing';
import { CertificateChainStatus, CertificateRole, ClusterErrorCode } from '@meshwork/model';
import { IstioAdapter } from '../istio-adapter';
import { readFixture } from '../testing/load-fixture';

const adapter = new IstioAdapter();

function discover(...extra: KubeObject[]) {
  const snapshot = new SnapshotBuilder('east', adapter.watchedKinds)
    .serve(...adapter.watchedKinds)
    .add(...readFixture('zero-workloads'), ...extra)
    .build();
  const [mesh] = adapter.detect(snapshot);
  if (!mesh) throw new Error('no Istio mesh in the fixture');
  return { mesh, result: adapter.discover(snapshot, mesh) };
}

describe('Istio certificates', () => {
  let root: TestCa;
  let intermediate: TestCa;
  let selfSigned: TestCa;

  beforeAll(async () => {
    root = await TestCa.root({ subject: 'O=Istio, CN=Root CA', daysLeft: 3350 });
    intermediate = await root.issue({
      subject: 'O=Istio, CN=Intermediate CA, L=west',
      daysLeft: 45,
      pathLength: 0,
    });
    selfSigned = await TestCa.root({ subject: 'O=cluster.local', daysLeft: 3600 });
  });

  it('reads cacerts, the published root and the injector webhook as one root and one intermediate', async () => {
    const { mesh, result } = discover(
      secretOf('istio-system', 'cacerts', {
        'ca-cert.pem': intermediate.pem,
        'ca-key.pem': await intermediate.privateKeyPem(),
        'cert-chain.pem': intermediate.pem + root.pem,
        'root-cert.pem': root.pem,
      }),
      configMapOf('istio-system', 'istio-ca-root-cert', { 'root-cert.pem': root.pem }),
      webhookConfigurationOf(
        'MutatingWebhookConfiguration',
        'istio-sidecar-injector',
        'istio-system',
        root.pem,
      ),
    );
    expect(result.errors).toEqual([]);
    expect(
      result.certificates.map((c) => [c.role, c.subject, c.chain.status, c.alsoIn.length]),
    ).toEqual([
      [
        CertificateRole.INTERMEDIATE,
        'O=Istio, CN=Intermediate CA, L=west',
        CertificateChainStatus.VALID,
        1,
      ],
      [CertificateRole.ROOT, 'O=Istio, CN=Root CA', CertificateChainStatus.SELF_SIGNED, 3],
    ]);
    expect(result.certificates.every((c) => c.mesh === mesh.id && c.cluster === 'east')).toBe(true);
    expect(JSON.stringify(result)).not.toContain('PRIVATE KEY');
  });

  it("reads istiod's self-signed CA when nothing is plugged in, and says it is unused when cacerts exists", () => {
    const alone = discover(
      secretOf('istio-system', 'istio-ca-secret', { 'ca-cert.pem': selfSigned.pem }),
    );
    expect(alone.result.certificates).toEqual([
      expect.objectContaining({ role: CertificateRole.ROOT, subject: 'O=cluster.local' }),
    ]);
    expect(alone.result.certificates[0]).not.toHaveProperty('note');

    const both = discover(
      secretOf('istio-system', 'istio-ca-secret', { 'ca-cert.pem': selfSigned.pem }),
      secretOf('istio-system', 'cacerts', { 'root-cert.pem': root.pem }),
    );
    const unused = both.result.certificates.find((c) => c.subject === 'O=cluster.local');
    expect(unused?.note).toMatch(/not in use/);
  });

  it('reads TLS-style cacerts (tls.crt, ca.crt) too', () => {
    const { result } = discover(
      secretOf(
        'istio-system',
        'cacerts',
        { 'tls.crt': intermediate.pem, 'ca.crt': root.pem },
        'kubernetes.io/tls',
      ),
    );
    expect(result.certificates.map((c) => [c.source.key, c.role])).toEqual([
      ['ca.crt', CertificateRole.ROOT],
      ['tls.crt', CertificateRole.INTERMEDIATE],
    ]);
  });

  it('reports a broken cacerts value as INVALID_OBJECT and keeps discovering', () => {
    const { result } = discover(
      secretOf('istio-system', 'cacerts', {
        'root-cert.pem': 'not a certificate',
        'ca-cert.pem': intermediate.pem,
      }),
    );
    expect(result.certificates).toHaveLength(1);
    expect(result.errors).toEqual([
      expect.objectContaining({
        code: ClusterErrorCode.INVALID_OBJECT,
        message: 'Secret istio-system/cacerts, key root-cert.pem: no PEM certificate in it',
        name: 'cacerts',
      }),
    ]);
  });

  it('watches both webhook configuration kinds', () => {
    expect(adapter.watchedKinds).toEqual(expect.arrayContaining(Object.values(CertificateKinds)));
  });
});
