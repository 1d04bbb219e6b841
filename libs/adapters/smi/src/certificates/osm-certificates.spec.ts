import { TestCa, secretOf } from '@meshwork/adapters-core/testing';
import { CertificateChainStatus, CertificateRole } from '@meshwork/model';
import { SmiAdapter } from '../smi-adapter';
import { snapshotOf } from '../testing/fixtures';

describe('OSM certificates', () => {
  it('reads the root from the Secret the controller is told to use, RSA key size included', async () => {
    const root = await TestCa.root({
      subject: 'C=US, L=CA, O=Open Service Mesh, CN=osm-ca.openservicemesh.io',
      daysAgo: 3653,
      daysLeft: -3,
      keyAlgorithm: 'rsa-2048',
    });
    const adapter = new SmiAdapter();
    const snapshot = snapshotOf(['osm-control-plane'], {
      extra: [
        secretOf('osm-system', 'osm-ca-bundle', {
          'ca.crt': root.pem,
          'private.key': await root.privateKeyPem(),
        }),
      ],
    });
    const osm = adapter.detect(snapshot).find((m) => m.kind === 'OSM')!;
    const { certificates, errors } = adapter.discover(snapshot, osm);
    expect(errors).toEqual([]);
    expect(certificates).toEqual([
      expect.objectContaining({
        id: 'east/osm-system/Certificate/Secret:osm-ca-bundle:ca.crt:0',
        role: CertificateRole.ROOT,
        keyAlgorithm: 'RSA',
        keySize: 2048,
        chain: expect.objectContaining({ status: CertificateChainStatus.SELF_SIGNED }),
      }),
    ]);
    expect(Date.parse(certificates[0]!.notAfter)).toBeLessThan(Date.now());
  });
});
