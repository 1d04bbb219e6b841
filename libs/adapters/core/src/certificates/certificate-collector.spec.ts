import {
  CertificateChainStatus,
  CertificateRole,
  CertificateSourceKind,
  ClusterErrorCode,
} from '@meshwork/model';
import { SnapshotBuilder } from '../snapshot/snapshot-builder';
import { CertificateCollector } from './certificate-collector';
import { CertificateKinds } from './certificate-kinds';
import { chainRole, fixedRole, trustBundleRole } from './certificate-role-rules';
import { configMapOf, secretOf, webhookConfigurationOf } from './testing/certificate-objects';
import { TestCa } from './testing/test-ca';

const owner = { id: 'east/istio-system/Mesh/istio', namespace: 'istio-system' };

describe('CertificateCollector', () => {
  let root: TestCa;
  let intermediate: TestCa;
  let otherRoot: TestCa;
  let impostor: TestCa;

  beforeAll(async () => {
    root = await TestCa.root({ subject: 'O=Istio, CN=Root CA', daysLeft: 3000 });
    intermediate = await root.issue({ subject: 'O=Istio, CN=Intermediate CA', daysLeft: 45 });
    otherRoot = await TestCa.root({ subject: 'CN=Other Root', daysLeft: 100 });
    // Same name as the root, different key: what a root re-keyed without re-issuing looks like.
    impostor = await TestCa.root({ subject: 'O=Istio, CN=Root CA', daysLeft: 3000 });
  });

  const snapshot = (...objects: object[]) =>
    new SnapshotBuilder('east', Object.values(CertificateKinds))
      .add(...(objects as never[]))
      .build();

  it('merges one certificate stored in several places and verifies the chain', async () => {
    const snap = snapshot(
      secretOf('istio-system', 'cacerts', {
        'ca-cert.pem': intermediate.pem,
        'ca-key.pem': await intermediate.privateKeyPem(),
        'cert-chain.pem': intermediate.pem + root.pem,
        'root-cert.pem': root.pem,
      }),
      configMapOf('istio-system', 'istio-ca-root-cert', { 'root-cert.pem': root.pem }),
    );
    const { certificates, errors } = new CertificateCollector('east', owner)
      .addSecret(snap, 'istio-system', 'cacerts', ['root-cert.pem'], {
        role: fixedRole(CertificateRole.ROOT),
      })
      .addSecret(snap, 'istio-system', 'cacerts', ['ca-cert.pem', 'cert-chain.pem'], {
        role: chainRole(CertificateRole.INTERMEDIATE),
      })
      .addConfigMap(snap, 'istio-system', 'istio-ca-root-cert', ['root-cert.pem'], {
        role: trustBundleRole,
      })
      .result();

    expect(errors).toEqual([]);
    expect(certificates.map((c) => [c.id, c.role, c.chain.status])).toEqual([
      ['east/istio-system/Certificate/Secret:cacerts:ca-cert.pem:0', 'INTERMEDIATE', 'VALID'],
      ['east/istio-system/Certificate/Secret:cacerts:root-cert.pem:0', 'ROOT', 'SELF_SIGNED'],
    ]);
    const [ca, rootCert] = certificates;
    expect(ca!.chain.issuerId).toBe(rootCert!.id);
    expect(rootCert!.alsoIn).toEqual([
      {
        kind: 'Secret',
        namespace: 'istio-system',
        name: 'cacerts',
        key: 'cert-chain.pem',
        index: 1,
      },
      {
        kind: 'ConfigMap',
        namespace: 'istio-system',
        name: 'istio-ca-root-cert',
        key: 'root-cert.pem',
        index: 0,
      },
    ]);
    expect(ca!.alsoIn).toEqual([expect.objectContaining({ key: 'cert-chain.pem', index: 0 })]);
    expect(JSON.stringify(certificates)).not.toContain('PRIVATE KEY');
  });

  it('tells an unknown issuer from a signature that does not verify', () => {
    const snap = snapshot(
      secretOf('istio-system', 'cacerts', {
        'ca-cert.pem': intermediate.pem,
        'root-cert.pem': impostor.pem,
      }),
      secretOf('istio-system', 'other', { 'ca.crt': otherRoot.pem }),
    );
    const alone = new CertificateCollector('east', owner)
      .addSecret(snap, 'istio-system', 'cacerts', ['ca-cert.pem'], {
        role: fixedRole(CertificateRole.INTERMEDIATE),
      })
      .result().certificates[0]!;
    expect(alone.chain).toEqual({
      status: CertificateChainStatus.ISSUER_NOT_FOUND,
      message: 'its issuer "O=Istio, CN=Root CA" is not among the mesh\'s certificates',
    });
    const withImpostor = new CertificateCollector('east', owner)
      .addSecret(snap, 'istio-system', 'cacerts', ['ca-cert.pem', 'root-cert.pem'], {
        role: trustBundleRole,
      })
      .result().certificates;
    expect(withImpostor.find((c) => c.role === CertificateRole.INTERMEDIATE)!.chain.status).toBe(
      CertificateChainStatus.SIGNATURE_INVALID,
    );
  });

  it('turns a value that does not parse into an INVALID_OBJECT error naming the object and key', () => {
    const snap = snapshot(
      secretOf('linkerd', 'linkerd-identity-issuer', { 'crt.pem': 'garbage' }),
      configMapOf('linkerd', 'linkerd-identity-trust-roots', { 'ca-bundle.crt': root.pem }),
    );
    const owner2 = { id: 'north/linkerd/Mesh/linkerd', namespace: 'linkerd' };
    const { certificates, errors } = new CertificateCollector('north', owner2)
      .addSecret(snap, 'linkerd', 'linkerd-identity-issuer', ['crt.pem'], {
        role: fixedRole(CertificateRole.ISSUER),
      })
      .addConfigMap(snap, 'linkerd', 'linkerd-identity-trust-roots', ['ca-bundle.crt'], {
        role: trustBundleRole,
      })
      .result();
    expect(certificates).toHaveLength(1);
    expect(errors).toEqual([
      {
        cluster: 'north',
        code: ClusterErrorCode.INVALID_OBJECT,
        message: 'Secret linkerd/linkerd-identity-issuer, key crt.pem: no PEM certificate in it',
        group: '',
        resource: 'secrets',
        namespace: 'linkerd',
        name: 'linkerd-identity-issuer',
      },
    ]);
  });

  it("reads the caBundle of the mesh's webhooks, by serving namespace, or by name when reached by URL", () => {
    const snap = snapshot(
      webhookConfigurationOf(
        'MutatingWebhookConfiguration',
        'istio-sidecar-injector',
        'istio-system',
        root.pem,
        ['rev.namespace.sidecar-injector.istio.io', 'rev.object.sidecar-injector.istio.io'],
      ),
      webhookConfigurationOf(
        'ValidatingWebhookConfiguration',
        'other-mesh-validator',
        'linkerd',
        otherRoot.pem,
      ),
      webhookConfigurationOf(
        'ValidatingWebhookConfiguration',
        'istiod-default-validator',
        undefined,
        intermediate.pem,
      ),
      // Served from another namespace: another mesh's, even though its name matches.
      webhookConfigurationOf(
        'ValidatingWebhookConfiguration',
        'istiod-other-validator',
        'istio-other',
        otherRoot.pem,
      ),
    );
    const { certificates } = new CertificateCollector('east', owner)
      .addWebhooks(snap, { role: fixedRole(CertificateRole.WEBHOOK) }, /^istiod-/)
      .result();
    expect(
      certificates.map((c) => [c.source.kind, c.source.name, c.source.key, c.alsoIn.length]),
    ).toEqual([
      [
        CertificateSourceKind.MutatingWebhookConfiguration,
        'istio-sidecar-injector',
        'rev.namespace.sidecar-injector.istio.io',
        1,
      ],
      [
        CertificateSourceKind.ValidatingWebhookConfiguration,
        'istiod-default-validator',
        'istiod-default-validator.example.io',
        0,
      ],
    ]);
    expect(certificates[0]!.id).toBe(
      'east/istio-system/Certificate/MutatingWebhookConfiguration:istio-sidecar-injector:rev.namespace.sidecar-injector.istio.io:0',
    );
  });

  it('takes the trust domain from a SPIFFE SAN before the mesh naming rule, and keeps notes', async () => {
    const spiffe = await root.issue({
      subject: 'CN=spiffe ca',
      daysLeft: 10,
      uris: ['spiffe://Prod.Example/'],
    });
    const snap = snapshot(
      secretOf('istio-system', 'a', { 'x.pem': spiffe.pem, 'y.pem': root.pem }),
    );
    const { certificates } = new CertificateCollector('east', owner)
      .addSecret(snap, 'istio-system', 'a', ['x.pem', 'y.pem'], {
        role: trustBundleRole,
        trustDomainOf: () => 'from.rule',
        note: 'just a test',
      })
      .result();
    expect(certificates.map((c) => [c.subject, c.trustDomain, c.note])).toEqual([
      ['CN=spiffe ca', 'prod.example', 'just a test'],
      ['O=Istio, CN=Root CA', 'from.rule', 'just a test'],
    ]);
  });
});
