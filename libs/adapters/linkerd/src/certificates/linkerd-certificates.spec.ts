import {
  TestCa,
  configMapOf,
  secretOf,
  webhookConfigurationOf,
} from '@meshwork/adapters-core/testing';
import { CertificateChainStatus, CertificateRole } from '@meshwork/model';
import { discoverPrimary, fixtureSnapshot } from '../testing/fixtures';
import { LINKERD_ISSUER_SECRET, LINKERD_TRUST_ROOTS } from './linkerd-certificates';

describe('Linkerd certificates', () => {
  let anchor: TestCa;
  let nextAnchor: TestCa;
  let issuer: TestCa;

  beforeAll(async () => {
    anchor = await TestCa.root({
      subject: 'CN=root.linkerd.cluster.local',
      daysLeft: 3450,
      pathLength: 1,
    });
    nextAnchor = await TestCa.root({ subject: 'CN=root-2.linkerd.cluster.local', daysLeft: 3650 });
    issuer = await anchor.issue({
      subject: 'CN=identity.linkerd.north.local',
      daysLeft: 5,
      pathLength: 0,
    });
  });

  it('reads every trust anchor of the bundle and the issuer, with the trust domain its name implies', async () => {
    const snapshot = fixtureSnapshot('control-plane')
      .add(
        configMapOf('linkerd', LINKERD_TRUST_ROOTS, {
          'ca-bundle.crt': anchor.pem + nextAnchor.pem,
        }),
        secretOf('linkerd', LINKERD_ISSUER_SECRET, {
          'crt.pem': issuer.pem,
          'key.pem': await issuer.privateKeyPem(),
        }),
        webhookConfigurationOf(
          'MutatingWebhookConfiguration',
          'linkerd-proxy-injector-webhook-config',
          'linkerd',
          anchor.pem,
        ),
      )
      .build();
    const { mesh, result } = discoverPrimary(snapshot);
    expect(mesh.trustDomain).toBe('cluster.local');
    expect(
      result.certificates.map((c) => [c.role, c.subject, c.chain.status, c.trustDomain]),
    ).toEqual([
      [
        CertificateRole.ROOT,
        'CN=root.linkerd.cluster.local',
        CertificateChainStatus.SELF_SIGNED,
        undefined,
      ],
      [
        CertificateRole.ROOT,
        'CN=root-2.linkerd.cluster.local',
        CertificateChainStatus.SELF_SIGNED,
        undefined,
      ],
      [
        CertificateRole.ISSUER,
        'CN=identity.linkerd.north.local',
        CertificateChainStatus.VALID,
        'north.local',
      ],
    ]);
    expect(result.certificates[0]!.alsoIn).toEqual([
      expect.objectContaining({
        kind: 'MutatingWebhookConfiguration',
        name: 'linkerd-proxy-injector-webhook-config',
      }),
    ]);
    expect(JSON.stringify(result)).not.toContain('PRIVATE KEY');
  });

  it('reads a cert-manager issuer (kubernetes.io/tls: tls.crt and the anchor in ca.crt)', () => {
    const snapshot = fixtureSnapshot('control-plane')
      .add(
        secretOf(
          'linkerd',
          LINKERD_ISSUER_SECRET,
          { 'tls.crt': issuer.pem, 'ca.crt': anchor.pem },
          'kubernetes.io/tls',
        ),
      )
      .build();
    const { result } = discoverPrimary(snapshot);
    expect(result.certificates.map((c) => [c.source.key, c.role])).toEqual([
      ['ca.crt', CertificateRole.ROOT],
      ['tls.crt', CertificateRole.ISSUER],
    ]);
  });
});
