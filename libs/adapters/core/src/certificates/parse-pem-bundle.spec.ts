import { parsePemBundle } from './parse-pem-bundle';
import { TestCa } from './testing/test-ca';

describe('parsePemBundle', () => {
  let root: TestCa;
  let intermediate: TestCa;
  let rsaLeaf: TestCa;

  beforeAll(async () => {
    root = await TestCa.root({ subject: 'O=Istio, CN=Root CA', daysLeft: 3650, pathLength: 1 });
    intermediate = await root.issue({
      subject: 'O=Istio, CN=Intermediate CA, L=east',
      daysLeft: 45,
      pathLength: 0,
      dnsNames: ['istiod.istio-system.svc'],
      uris: ['spiffe://cluster.local/ns/istio-system/sa/istiod'],
    });
    rsaLeaf = await intermediate.issue({
      subject: 'CN=webhook',
      daysLeft: 10,
      ca: false,
      keyAlgorithm: 'rsa-2048',
    });
  });

  it('reads every certificate of a chain file in order, with its public facts', () => {
    const result = parsePemBundle(intermediate.pem + root.pem);
    if (!result.ok) throw new Error(result.problem);
    const [first, second] = result.certificates;
    expect(result.certificates).toHaveLength(2);
    expect(first).toMatchObject({
      subject: 'O=Istio, CN=Intermediate CA, L=east',
      issuer: 'O=Istio, CN=Root CA',
      sans: ['DNS:istiod.istio-system.svc', 'URI:spiffe://cluster.local/ns/istio-system/sa/istiod'],
      keyAlgorithm: 'EC',
      keySize: 256,
      curve: 'prime256v1',
      isCA: true,
      pathLen: 0,
      selfSigned: false,
    });
    expect(second).toMatchObject({ isCA: true, pathLen: 1, selfSigned: true, sans: [] });
    expect(first!.serial).toMatch(/^[0-9A-F]+$/);
    expect(first!.sha256Fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(Date.parse(first!.notAfter) - Date.now()).toBeGreaterThan(44 * 86_400_000);
    expect(first!.pem).toMatch(/^-----BEGIN CERTIFICATE-----\n[\s\S]+-----END CERTIFICATE-----\n$/);
  });

  it('reads RSA key sizes and leaves pathLen out of leaves', () => {
    const result = parsePemBundle(rsaLeaf.pem);
    if (!result.ok) throw new Error(result.problem);
    expect(result.certificates[0]).toMatchObject({
      keyAlgorithm: 'RSA',
      keySize: 2048,
      isCA: false,
    });
    expect(result.certificates[0]).not.toHaveProperty('pathLen');
  });

  it('skips a private key stored next to the certificate and keeps nothing of it', async () => {
    const key = await intermediate.privateKeyPem();
    const result = parsePemBundle(key + intermediate.pem);
    if (!result.ok) throw new Error(result.problem);
    expect(result.certificates).toHaveLength(1);
    expect(JSON.stringify(result.certificates.map(({ x509: _, ...facts }) => facts))).not.toContain(
      'PRIVATE KEY',
    );
  });

  it('answers with a problem, not an exception, for text without certificates or with a broken one', () => {
    expect(parsePemBundle('hello')).toEqual({ ok: false, problem: 'no PEM certificate in it' });
    const broken = `${root.pem}-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n`;
    const result = parsePemBundle(broken);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatch(/^certificate 2 of 2 does not parse/);
  });
});
